// Job records name the field of each input asset (`inputs.assets`, issue #15), for every job
// operation, from where the media intake read it; and the Studio's "Run again" form built from
// that record puts each asset back in its field, passes validation and runs (issue #19).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TSchema } from '@sinclair/typebox';
import { allOperations } from '../src/app.js';
import { components } from '../src/contract/components.js';
import { validatorCompiler } from '../src/core/validation.js';
import { fieldPath, InputRecorder, MAX_PARAMETER_CHARS, MAX_PARAMETERS_CHARS } from '../src/jobs/inputs.js';
import { JobView } from '../src/jobs/http.js';
import { buildRequest, fieldKey, initialValues, listOperations, pathParts, valuesFromJob, type FormValues, type Operation } from '../studio/src/form-model.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';
import { call as request } from './support/http.js';
import { shapedAs } from './support/shape.js';
import { samplePng } from './support/twins.js';

const compile = validatorCompiler([...components, JobView]);
const bodyProblem = (schema: TSchema | undefined, data: unknown) =>
  schema ? (compile({ schema, httpPart: 'body', method: 'POST', url: '/' } as never)(data) as { error?: Error }).error?.message : undefined;

/** A body that does not wait for the job where the caller may choose (the record is there from acceptance on). */
const noWait = (body: Record<string, unknown>) => ('sync' in body ? { ...body, sync: false } : body);

/** The value at a recorded field path inside a request body. */
const at = (body: unknown, path: string) => pathParts(path).reduce<any>((v, part) => v?.[part], body);

describe('job records name their input fields (sandbox)', () => {
  let t: TestApp;
  let operations: Operation[];
  const assets: string[] = [];
  before(async () => {
    t = await testApp({ VISION_STUDIO_SANDBOX: '1', VISION_STUDIO_POLL_INITIAL_MS: '20', VISION_STUDIO_POLL_MAX_MS: '50' });
    operations = listOperations((await t.app.inject({ method: 'GET', url: '/openapi.json' })).json());
    for (const size of [64, 72, 80]) {
      const upload = await t.app.inject({
        method: 'POST',
        url: '/api/v1/assets',
        headers: { 'x-api-key': TEST_KEY, 'content-type': 'image/png' },
        payload: await samplePng(size, 48),
      });
      assert.equal(upload.statusCode, 200, upload.body);
      assets.push(upload.json().result.asset_id);
    }
  });
  after(() => t.close());

  const post = (url: string, payload: unknown) => request(t.app, 'POST', url, { payload });
  /** The job's record, as it is from its acceptance on. */
  const jobOf = async (task: string) => (await request(t.app, 'GET', `/api/v1/jobs/${task}`)).json().result;

  it('parameters: the body fields as sent but the prompt and those named in assets; inline media and bytes are left out', () => {
    const recorder = new InputRecorder();
    const inline = `data:image/png;base64,${'A'.repeat(MAX_PARAMETER_CHARS)}`;
    const body = {
      prompt: 'a boat',
      seed: 7,
      sync: false,
      image: 'asset_sent',
      ref_images: [assets[0], 'https://example.com/a.png'],
      mask: Buffer.from('png'),
      style: { name: 'x' },
      extra: inline,
    };
    recorder.fill(recorder.reserve(), ['body', 'image'], 'asset://asset_kept');
    assert.deepEqual(recorder.record(body), {
      assets: [{ field: 'image', asset_id: 'asset_kept' }],
      prompt: 'a boat',
      // `image` is named in `assets`; `ref_images` (no asset recorded here) is kept as sent.
      parameters: { seed: 7, sync: false, ref_images: [assets[0], 'https://example.com/a.png'], style: { name: 'x' } },
    });
    // At the limit as JSON (the quotes count) a field is kept; one character more, it is not.
    const longest = 'x'.repeat(MAX_PARAMETER_CHARS - 2);
    assert.deepEqual(new InputRecorder().record({ note: longest, over: `${longest}x` }).parameters, { note: longest });
    // All of them together stop at MAX_PARAMETERS_CHARS: a body padded with unknown fields is not kept whole.
    const padded = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`extra_${i}`, 'y'.repeat(1_000)]));
    const { parameters } = new InputRecorder().record({ seed: 1, ...padded });
    const kept = Object.keys(parameters!);
    assert.equal(kept[0], 'seed');
    assert.ok(kept.length > 1 && JSON.stringify(parameters).length <= MAX_PARAMETERS_CHARS, `${kept.length} kept`);
  });

  it('a field path is the request body path of the 422 location', () => {
    assert.equal(fieldPath(['body', 'image']), 'image');
    assert.equal(fieldPath(['body', 'ref_images', 1]), 'ref_images[1]');
    assert.equal(fieldPath(['body', 'image', 'source', 'upload_id']), 'image.source.upload_id');
    assert.equal(fieldPath(['body', 'reference_images_url', 0, 'uri']), 'reference_images_url[0].uri');
    assert.deepEqual(pathParts('reference_images_url[0].uri'), ['reference_images_url', 0, 'uri']);
  });

  it('every job operation: each asset sent in a media field is recorded under that field, and Run again puts it back and runs', async () => {
    const specs = new Map(allOperations().map(({ op }) => [`${op.method} ${op.path}`, op]));
    const checked: string[] = [];
    const notAccepted: string[] = [];
    for (const operation of operations.filter((op) => op.jobBacked && op.path.startsWith('/api/v1/') && !op.multipart)) {
      const media = operation.fields.filter((f) => f.in === 'body' && f.kind === 'media');
      const required = media.filter((f) => f.required);
      // The form as it starts, with an asset in each required media field; then each optional one on its own too.
      const withAssets = (fields: typeof media): FormValues => {
        const values = initialValues(operation);
        fields.forEach((f, i) => (values[fieldKey(f)] = assets[i % assets.length]!));
        return values;
      };
      const tries = [required, ...media.filter((f) => !f.required).map((f) => [...required, f])];
      for (const fields of tries) {
        if (fields.length === 0) continue;
        const sent = buildRequest(operation, withAssets(fields));
        const answer = await post(sent.url, noWait(sent.body!));
        const what = `${operation.id} with ${fields.map((f) => f.name).join(', ')}`;
        if (answer.statusCode !== 200) {
          notAccepted.push(`${what}: ${answer.statusCode}`);
          continue;
        }
        const job = await jobOf(answer.json().result.task_id);
        // Every asset placed is recorded under its own field, and nothing else is.
        assert.deepEqual(job.inputs.assets.map((a: { field: string }) => a.field).sort(), fields.map((f) => f.name).sort(), `${what}: ${JSON.stringify(job.inputs)}`);
        for (const { field, asset_id } of job.inputs.assets) assert.equal(at(sent.body, field), asset_id, `${what}: ${field}`);

        // Run again (no memory of the request): the record alone puts each asset back where it was.
        const again = valuesFromJob(operation, job.inputs);
        assert.deepEqual(again.unplaced, [], what);
        const rebuilt = buildRequest(operation, again.values);
        // Every field sent is put back: the assets in theirs, the prompt, and the other fields (`inputs.parameters`).
        for (const [name, value] of Object.entries(noWait(sent.body!))) assert.deepEqual(shapedAs(rebuilt.body![name], value), value, `${what}: ${name} put back`);
        assert.equal(bodyProblem(specs.get(operation.id)!.body, rebuilt.body), undefined, what);
        const rerun = await post(rebuilt.url, noWait(rebuilt.body!));
        assert.equal(rerun.statusCode, 200, `${what} run again: ${rerun.body}`);
        assert.deepEqual((await jobOf(rerun.json().result.task_id)).inputs.assets, job.inputs.assets, `${what} run again`);
        checked.push(what);
      }
    }
    // What the starting form cannot run as it is (a choice between fields, a video, a URL-only field the sandbox cannot fetch) is left to the cases below.
    assert.ok(checked.length >= 30, `only ${checked.length} checked; not accepted: ${notAccepted.join('; ')}`);
    assert.ok(
      checked.some((w) => w.includes('product-cutout with image_file')),
      checked.join('\n'),
    );
  });

  it('array items, nested fields, a choice between fields; gateway-made masks are not inputs', async () => {
    const [a, b, c] = assets as [string, string, string];
    const cases: { path: string; body: Record<string, unknown>; fields: string[]; same?: boolean; madeMask?: boolean }[] = [
      { path: '/api/v1/bria/image/editing/product-cutout', body: { image_file: a }, fields: ['image_file'] },
      { path: '/api/v1/bria/image/editing/get-masks', body: { image_url: a }, fields: ['image_url'] },
      { path: '/api/v1/bria/image/editing-generation/generate-product-background-by-image', body: { image_file: a, ref_image_file: b }, fields: ['image_file', 'ref_image_file'] },
      { path: '/api/v1/bria/image/editing-generation/generate-background', body: { image: a, ref_images: [b, c] }, fields: ['image', 'ref_images[0]', 'ref_images[1]'] },
      { path: '/api/v1/bria/image/editing-generation/inpaint', body: { image: a, mask: b, prompt: 'a red door' }, fields: ['image', 'mask'] },
      {
        path: '/api/v1/bria/image/editing-generation/inpaint',
        body: { image: a, mask_type: 'border_only', prompt: 'a frame' },
        fields: ['image'],
        // mask_type comes back from the record's parameters: border_only, which needs no mask.
        madeMask: true,
      },
      // OpenAI's inpaint keeps the image as it sends it (EXIF rotation baked in): a new asset, in the same field.
      {
        path: '/api/v1/openai/image/editing-generation/inpaint',
        body: { image_file: a, inpaint_border_only: true, prompt: 'a frame' },
        fields: ['image_file'],
        same: false,
        madeMask: true,
      },
      {
        path: '/api/v1/firefly/image/editing-generation/inpaint',
        body: { image: { source: { upload_id: a } }, mask: { source: { upload_id: b } }, prompt: 'a red door' },
        fields: ['image.source.upload_id', 'mask.source.upload_id'],
      },
      {
        path: '/api/v1/runway/image/generation/generate-image',
        body: {
          prompt: 'a harbour',
          reference_images_url: [
            { tag: 'boat', uri: a },
            { tag: 'sky', uri: b },
          ],
        },
        // Each reference's `tag` is not an input asset: it comes back with the array as sent.
        fields: ['reference_images_url[0].uri', 'reference_images_url[1].uri'],
      },
    ];
    for (const { path, body, fields, same = true, madeMask = false } of cases) {
      const what = `${path} ${JSON.stringify(body)}`;
      const answer = await post(path, body);
      assert.equal(answer.statusCode, 200, `${what}: ${answer.body}`);
      const job = await jobOf(answer.json().result.task_id);
      assert.deepEqual(job.inputs.assets.map((x: { field: string }) => x.field).sort(), [...fields].sort(), what);
      // Every asset the job works on has its field, but for the mask the gateway made (kept, and still listed in asset_ids).
      const named = job.inputs.assets.map((x: { asset_id: string }) => x.asset_id);
      assert.deepEqual(job.inputs.asset_ids.filter((id: string) => !named.includes(id)).length, madeMask ? 1 : 0, what);
      assert.ok(
        named.every((id: string) => job.inputs.asset_ids.includes(id)),
        what,
      );
      if (same) for (const { field, asset_id } of job.inputs.assets) assert.equal(at(body, field), asset_id, `${what}: ${field}`);
      // Run again from the record alone: each asset at its place in the form's request.
      const operation = operations.find((op) => op.method === 'POST' && op.path === path)!;
      const again = valuesFromJob(operation, job.inputs);
      assert.deepEqual(again.unplaced, [], what);
      const rebuilt = buildRequest(operation, again.values).body!;
      for (const { field, asset_id } of job.inputs.assets) assert.equal(at(rebuilt, field), asset_id, `${what}: ${field} put back`);
      // And every other field as it was sent.
      if (same) for (const [name, value] of Object.entries(body)) assert.deepEqual(shapedAs(rebuilt[name], value), value, `${what}: ${name} put back`);
      const rerun = await post(path, noWait(rebuilt));
      assert.equal(rerun.statusCode, 200, `${what} run again: ${rerun.body}`);
      const next = await jobOf(rerun.json().result.task_id);
      assert.deepEqual(next.inputs.assets.map((x: { field: string }) => x.field).sort(), [...fields].sort(), `${what} run again`);
    }
  });
});
