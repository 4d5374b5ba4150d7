// The models file and the failover rules of the OpenAI-compatible API (src/compat/routing.ts).
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { failover, loadAliases, ModelsFileError, targetOrder, type Routing } from '../src/compat/routing.js';
import { UpstreamError, type UpstreamErrorCode } from '../src/core/upstream-error.js';
import type { JobRow } from '../src/storage/schema.js';

let dir: string;
const file = async (name: string, text: string) => {
  const at = path.join(dir, name);
  await writeFile(at, text);
  return at;
};

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'compat-routing-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('models file', () => {
  it('reads aliases, their targets, overrides, weights and shared capabilities', async () => {
    const aliases = loadAliases(
      await file(
        'ok.yaml',
        `
aliases:
  pics:
    description: two image models
    targets:
      - { model: bria/image-base-3.2, weight: 2 }
      - model: openai/gpt-image-2
        params: { quality: high }
`,
      ),
    );
    const pics = aliases.get('pics')!;
    assert.deepEqual(pics.capabilities, ['images.generations']);
    assert.deepEqual(
      pics.targets.map((t) => t.model),
      ['bria/image-base-3.2', 'openai/gpt-image-2'],
    );
    assert.deepEqual(pics.targets[1].params, { quality: 'high' });
    assert.equal(pics.description, 'two image models');
  });

  it('names the mistake: unknown model, no common capability, bad weight, bad YAML', async () => {
    const cases: [string, RegExp][] = [
      ['aliases:\n  a:\n    targets:\n      - model: acme/nothing\n', /aliases\.a\.targets\[0\]: unknown model "acme\/nothing"/],
      ['aliases:\n  a:\n    targets:\n      - model: bria/image-base-3.2\n      - model: runway/gen4_turbo\n', /no capability in common/],
      ['aliases:\n  a:\n    targets:\n      - { model: bria/image-base-3.2, weight: -1 }\n', /weight: expected a positive number/],
      ['aliases:\n  openai/gpt-image-2:\n    targets:\n      - model: bria/image-base-3.2\n', /cannot take the name of a model/],
      ['aliases: [', /VISION_STUDIO_MODELS_FILE/],
      ['models: {}', /expected a mapping with an `aliases` mapping/],
    ];
    for (const [i, [text, message]] of cases.entries()) {
      const at = await file(`bad-${i}.yaml`, text);
      assert.throws(
        () => loadAliases(at),
        (error: unknown) => error instanceof ModelsFileError && message.test(error.message),
        text,
      );
    }
  });

  it('orders by weight when weights are given, as written otherwise', async () => {
    const aliases = loadAliases(
      await file(
        'weights.yaml',
        `
aliases:
  weighted:
    targets:
      - { model: bria/image-base-3.2, weight: 1 }
      - { model: openai/gpt-image-2, weight: 3 }
  ordered:
    targets:
      - model: bria/image-base-3.2
      - model: openai/gpt-image-2
`,
      ),
    );
    const weighted = aliases.get('weighted')!;
    // A draw in the first quarter picks the weight-1 target first; beyond it, the weight-3 one.
    assert.equal(targetOrder(weighted, () => 0.2)[0].model, 'bria/image-base-3.2');
    assert.equal(targetOrder(weighted, () => 0.3)[0].model, 'openai/gpt-image-2');
    assert.equal(targetOrder(weighted, () => 0.3).length, 2);
    let firsts = 0;
    for (let i = 0; i < 2000; i++) if (targetOrder(weighted)[0].model === 'openai/gpt-image-2') firsts++;
    assert.ok(firsts > 1300 && firsts < 1700, `weight 3 of 4 should lead about 75% of draws, led ${firsts} of 2000`);
    assert.deepEqual(
      targetOrder(aliases.get('ordered')!, () => 0.99).map((t) => t.model),
      ['bria/image-base-3.2', 'openai/gpt-image-2'],
    );
  });
});

describe('failover', () => {
  const routing: Routing = {
    model: 'pics',
    targets: [
      { model: 'bria/image-base-3.2', provider: 'bria', operation: 'bria.generate-image', request: { a: 1 } },
      {
        model: 'openai/gpt-image-2',
        provider: 'openai',
        operation: 'openai.generate-image',
        request: { b: 2 },
        inputs: { assets: [{ field: 'image_url', asset_id: 'asset_b' }], prompt: 'a kite' },
      },
    ],
    active: 0,
    skipped: [],
  };
  const job = (r: Routing | null) => ({ id: 'job_x', provider: 'bria', operation: 'bria.generate-image', routing: r && JSON.stringify(r) }) as unknown as JobRow;
  const upstream = (status: number | undefined, code: UpstreamErrorCode = 'upstream_error') =>
    new UpstreamError({ provider: 'bria', code, message: 'boom', status, retryable: true });

  it('moves to the next target on 429, 5xx, a timeout or an open circuit', () => {
    for (const error of [upstream(503), upstream(429), upstream(500), upstream(undefined, 'timeout'), upstream(undefined, 'circuit_open')]) {
      const patch = failover(job(routing), error)!;
      assert.equal(patch.provider, 'openai');
      assert.equal(patch.operation, 'openai.generate-image');
      assert.deepEqual(JSON.parse(patch.request as string), { b: 2 });
      // The job's record shows the inputs by the fields of the operation now serving it.
      assert.deepEqual(JSON.parse(patch.inputs as string), { assets: [{ field: 'image_url', asset_id: 'asset_b' }], prompt: 'a kite' });
      const next = JSON.parse(patch.routing as string) as Routing;
      assert.equal(next.active, 1);
      assert.equal(next.skipped[0].model, 'bria/image-base-3.2');
    }
  });

  it('never on a 4xx about the request, past the last target, or for a job without targets', () => {
    assert.equal(failover(job(routing), upstream(422, 'content_moderation')), undefined);
    assert.equal(failover(job(routing), upstream(400)), undefined);
    assert.equal(failover(job({ ...routing, active: 1 }), upstream(503)), undefined);
    assert.equal(failover(job(null), upstream(503)), undefined);
  });
});
