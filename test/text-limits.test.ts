// Free-text fields are capped (the provider's documented maximum, else 10,000 characters):
// tested for every field of every operation the served document lists under x-gateway-limits,
// while the reference's schemas stay as they are (test/conformance.test.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_TEXT_LIMIT } from '../src/core/text-limits.js';
import { listOperations, SchemaSampler, type Json, type OpenApi, type Operation } from './support/samples.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';

/** `body` with the field at `path` (`a.b`, `tags[]` = the items of tags) set to `value`. */
function withField(body: Json, path: string, value: string): Json {
  const [step, ...rest] = path.split('.');
  const name = step.replace(/\[\]$/, '');
  const record = (body && typeof body === 'object' && !Array.isArray(body) ? body : {}) as Record<string, Json>;
  const current = record[name];
  const inner = (item: Json) => (rest.length === 0 ? value : withField(item, rest.join('.'), value));
  const next = step.endsWith('[]') ? [inner(Array.isArray(current) ? (current[0] ?? {}) : {})] : inner(current ?? {});
  return { ...record, [name]: next };
}

const locOf = (path: string): (string | number)[] => ['body', ...path.split('.').flatMap((step) => (step.endsWith('[]') ? [step.slice(0, -2), 0] : [step]))];

describe('gateway limits on free text', () => {
  let t: TestApp;
  let document: OpenApi;
  let sampler: SchemaSampler;
  let limited: { op: Operation; limits: Record<string, number> }[];
  before(async () => {
    t = await testApp();
    document = t.app.openapi as unknown as OpenApi;
    sampler = new SchemaSampler(document.components.schemas);
    limited = listOperations(document).flatMap((op) => {
      const limits = (document.paths[op.path] as Record<string, { 'x-gateway-limits'?: { max_characters: Record<string, number> } }>)[op.method.toLowerCase()]['x-gateway-limits']
        ?.max_characters;
      return limits ? [{ op, limits }] : [];
    });
  });
  after(() => t.close());

  const send = (op: Operation, body: Json) =>
    t.app.inject({
      method: op.method as 'POST',
      url: op.path.replace(/\{(\w+)\}/g, '123'),
      headers: { 'x-api-key': TEST_KEY, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });

  it('documents a limit for every prompt and free text the reference leaves unbounded', () => {
    const prompts = limited.filter(({ limits }) => 'prompt' in limits);
    assert.ok(prompts.length >= 25, `${prompts.length} operations with a limited prompt`);
    const byProvider = (prefix: string) => limited.find(({ op }) => op.path.startsWith(prefix))!.limits;
    assert.equal(byProvider('/api/v1/openai/').prompt, 32_000);
    assert.equal(byProvider('/api/v1/firefly/image/generation/generate-image').prompt, 1_024);
    assert.equal(byProvider('/api/v1/bria/image/generation/generate-image').prompt, DEFAULT_TEXT_LIMIT);
    // Media fields are limited in bytes elsewhere; Runway's prompts have the reference's own limit.
    for (const { limits } of limited) {
      for (const path of Object.keys(limits)) assert.doesNotMatch(path, /(^|[._])(image|mask|video|file|url|uri)s?(\[\])?$/);
    }
    assert.ok(!limited.some(({ op }) => op.path.startsWith('/api/v1/runway/video/generation/generate-video-from-text')));
  });

  it('every limited field: one character over is a 422 at its loc, the limit itself passes', async (c) => {
    for (const { op, limits } of limited) {
      const base = sampler.sample(op.jsonBody!, true);
      for (const [path, limit] of Object.entries(limits)) {
        await c.test(`${op.method} ${op.path} ${path} ≤ ${limit}`, async () => {
          const over = await send(op, withField(base, path, 'x'.repeat(limit + 1)));
          assert.equal(over.statusCode, 422, over.body);
          const detail = over.json().detail as { loc: unknown[]; type: string; msg: string }[];
          assert.deepEqual(
            detail.map((d) => [d.loc, d.type]),
            [[locOf(path), 'string_too_long']],
          );
          assert.match(detail[0].msg, new RegExp(`at most ${limit} characters`));
          const at = await send(op, withField(base, path, 'x'.repeat(limit)));
          assert.equal(at.statusCode, 503, at.body);
        });
      }
    }
  });

  it('counts characters, not UTF-16 units: 10,000 emoji are 10,000 characters', async () => {
    const op = limited.find(({ op }) => op.path === '/api/v1/bria/image/generation/generate-image')!.op;
    assert.equal((await send(op, { prompt: '🦊'.repeat(DEFAULT_TEXT_LIMIT) })).statusCode, 503);
    assert.equal((await send(op, { prompt: '🦊'.repeat(DEFAULT_TEXT_LIMIT + 1) })).statusCode, 422);
  });

  it('an 11 MB prompt is refused before anything is stored', async () => {
    const op = limited.find(({ op }) => op.path === '/api/v1/bria/image/generation/generate-image')!.op;
    const response = await send(op, { prompt: 'a'.repeat(11 * 1024 * 1024) });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(response.json().detail[0].loc, ['body', 'prompt']);
  });
});
