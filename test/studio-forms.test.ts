// The Studio's forms (studio/src/form-model.ts) over every operation of the served document:
// each reference operation gets a form whose starting values, sent as they are, pass the
// gateway's own request validation; and 422 details land on their fields.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { TSchema } from '@sinclair/typebox';
import { allOperations } from '../src/app.js';
import { components } from '../src/contract/components.js';
import { validatorCompiler } from '../src/core/validation.js';
import { JobView } from '../src/jobs/http.js';
import { buildRequest, errorsByField, fieldKey, initialValues, listOperations, operationOfJob, valuesFromJob, type Operation } from '../studio/src/form-model.js';
import { curlOf, typescriptOf } from '../studio/src/snippets.js';
import { listOperations as referenceOperations } from './support/openapi-diff.js';
import { testApp, type TestApp } from './support/app.js';

const reference = JSON.parse(await readFile(new URL('./fixtures/openapi.reference.json', import.meta.url), 'utf8'));
const compile = validatorCompiler([...components, JobView]);
const check = (schema: TSchema | undefined, httpPart: string, data: unknown) => {
  if (!schema) return undefined;
  const result = compile({ schema, httpPart, method: 'POST', url: '/' } as never)(data) as { error?: Error };
  return result.error?.message;
};

/** The path parameters a built URL carries, read back against the operation's template. */
function pathParams(template: string, url: string): Record<string, string> {
  const names = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '([^/?]+)')}(\\?|$)`);
  const match = pattern.exec(url);
  assert.ok(match, `${url} does not follow ${template}`);
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)]));
}

describe('Studio forms', () => {
  let t: TestApp;
  let operations: Map<string, Operation>;
  before(async () => {
    t = await testApp();
    const served = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    operations = new Map(listOperations(served).map((op) => [op.id, op]));
  });
  after(() => t.close());

  it('lists every served operation by its reference summary and provider', () => {
    const removeBackground = operations.get('POST /api/v1/bria/image/editing/remove-background')!;
    assert.equal(removeBackground.summary, 'Bria Remove Background');
    assert.equal(removeBackground.provider, 'BRIA');
    assert.equal(removeBackground.jobBacked, true);
    assert.equal(operations.get('GET /api/v1/jobs')!.provider, 'Gateway');
  });

  const specs = new Map(allOperations().map(({ op }) => [`${op.method} ${op.path}`, op]));
  const referenceIds = referenceOperations(reference).map(({ method, path }) => `${method.toUpperCase()} ${path}`);

  it('covers the 91 operations of the reference', () => assert.equal(referenceIds.length, 91));

  for (const id of referenceIds) {
    it(`${id}: the form's starting values pass the gateway's validation`, () => {
      const operation = operations.get(id);
      assert.ok(operation, `${id} has no form`);
      const spec = specs.get(id)!;
      const names = operation.fields.map(fieldKey);
      assert.equal(new Set(names).size, names.length, 'one control per field');
      if (operation.multipart) {
        // Sent as multipart from the picked file: one file control per binary part.
        assert.deepEqual(
          operation.fields.filter((f) => f.kind === 'file').map((f) => f.name),
          Object.keys(spec.multipart!.properties),
        );
        return;
      }
      const request = buildRequest(operation, initialValues(operation));
      const [, search = ''] = request.url.split('?');
      assert.equal(check(spec.params, 'params', pathParams(operation.path, request.url)), undefined);
      assert.equal(check(spec.query, 'querystring', Object.fromEntries(new URLSearchParams(search))), undefined);
      assert.equal(check(spec.body, 'body', request.body), undefined, JSON.stringify(request.body));
    });
  }

  it('finds the form of any job again from its record (one recorded before fields were kept), prefilled with its inputs, which pass validation', () => {
    const all = [...operations.values()];
    const assets = ['asset_0123456789abcdefghijkl', 'asset_mnopqrstuvwxyz01234567'];
    let prefilled = 0;
    for (const operation of all.filter((op) => op.jobBacked)) {
      const spec = specs.get(operation.id)!;
      assert.equal(operation.jobOperation, spec.job!.key, operation.id);
      assert.equal(operationOfJob(all, spec.job!.key), operation, `${spec.job!.key} leads back to ${operation.id}`);
      if (operation.multipart) continue;
      const media = operation.fields.filter((f) => f.in === 'body' && f.kind === 'media' && f.required);
      const inputs = assets.slice(0, Math.max(media.length, 1));
      const { values, unplaced } = valuesFromJob(operation, { asset_ids: inputs, prompt: 'a lighthouse at dusk', assets: null });
      const request = buildRequest(operation, values);
      assert.equal(check(spec.body, 'body', request.body), undefined, `${operation.id}: ${JSON.stringify(request.body)}`);
      media.forEach((field, i) => assert.equal(request.body![field.name], assets[i]));
      // An asset whose field the record does not tell is offered, not guessed.
      assert.deepEqual(unplaced, media.length === 0 ? inputs : []);
      if (operation.fields.some((f) => f.in === 'body' && f.name === 'prompt')) assert.equal(request.body!.prompt, 'a lighthouse at dusk');
      prefilled += 1;
    }
    assert.ok(prefilled >= 45, `only ${prefilled} job operations prefilled`);
    // A run from this browser session: every body field as it was sent.
    const generate = operations.get('POST /api/v1/bria/image/generation/generate-image')!;
    const sent = { method: 'POST', url: generate.path, body: { prompt: 'a lake', num_results: 3, sync: true } };
    assert.deepEqual(buildRequest(generate, valuesFromJob(generate, { asset_ids: [], prompt: 'a lake', assets: [] }, sent).values).body, {
      ...buildRequest(generate, initialValues(generate)).body,
      ...sent.body,
    });
  });

  it('runs a job again with each recorded asset in its own field: array items at their index, nested fields in place, nothing guessed', () => {
    const [a, b, c] = ['asset_aaaaaaaaaaaaaaaaaaaaaa', 'asset_bbbbbbbbbbbbbbbbbbbbbb', 'asset_cccccccccccccccccccccc'];
    const again = (id: string, assets: { field: string; asset_id: string }[], asset_ids = assets.map((x) => x.asset_id)) => {
      const operation = operations.get(id)!;
      const { values, unplaced } = valuesFromJob(operation, { asset_ids, prompt: null, assets });
      return { body: buildRequest(operation, values).body!, unplaced, spec: specs.get(id)! };
    };
    // An optional field: the one the record names, not the first media field.
    const cutout = again('POST /api/v1/bria/image/editing/product-cutout', [{ field: 'image_file', asset_id: a }]);
    assert.equal(cutout.body.image_file, a);
    assert.equal(cutout.body.image_url, undefined);
    assert.deepEqual(cutout.unplaced, []);
    assert.equal(check(cutout.spec.body, 'body', cutout.body), undefined);
    // Array items at their index.
    const refs = again('POST /api/v1/bria/image/editing-generation/generate-background', [
      { field: 'image', asset_id: a },
      { field: 'ref_images[1]', asset_id: c },
      { field: 'ref_images[0]', asset_id: b },
    ]);
    assert.deepEqual([refs.body.image, refs.body.ref_images], [a, [b, c]]);
    assert.equal(check(refs.spec.body, 'body', { ...refs.body, prompt: undefined }), undefined);
    // An item the record does not hold (a URL the provider fetched): the array is not guessed at.
    const gap = again('POST /api/v1/bria/image/editing-generation/generate-background', [
      { field: 'image', asset_id: a },
      { field: 'ref_images[1]', asset_id: c },
    ]);
    assert.equal(gap.body.ref_images, undefined);
    assert.deepEqual(gap.unplaced, [c]);
    // Nested fields, over the field's starting value; an array of objects item by item.
    const fill = again('POST /api/v1/firefly/image/editing-generation/inpaint', [
      { field: 'image.source.upload_id', asset_id: a },
      { field: 'mask.source.upload_id', asset_id: b },
    ]);
    assert.deepEqual((fill.body.image as any).source, { upload_id: a });
    assert.deepEqual((fill.body.mask as any).source, { upload_id: b });
    const runway = again('POST /api/v1/runway/image/generation/generate-image', [{ field: 'reference_images_url[0].uri', asset_id: a }]);
    assert.deepEqual(runway.body.reference_images_url, [{ uri: a }]);
    // A field the form does not have, and an asset the record lists without a field (a mask the gateway made): offered or left out, never put anywhere.
    const unknown = again('POST /api/v1/bria/image/editing/product-cutout', [{ field: 'no_such_field', asset_id: a }]);
    assert.deepEqual(unknown.unplaced, [a]);
    assert.equal(unknown.body.image_file ?? unknown.body.image_url, undefined);
    const made = again('POST /api/v1/bria/image/editing-generation/inpaint', [{ field: 'image', asset_id: a }], [a, b]);
    assert.deepEqual([made.body.image, made.body.mask, made.unplaced], [a, undefined, []]);
  });

  it('shows choices, defaults and descriptions from the schema, $refs resolved', () => {
    const op = operations.get('POST /api/v1/google-vision/video/generation/generate-video')!;
    const model = op.fields.find((f) => f.name === 'model')!;
    assert.equal(model.kind, 'choice');
    assert.ok(model.choices!.length > 1);
    assert.ok(model.choices!.includes(model.default));
    const text = operations.get('POST /api/v1/runway/video/generation/generate-video-from-text')!;
    const ratio = text.fields.find((f) => f.name === 'aspect_ratio')!;
    assert.deepEqual([ratio.kind, ratio.choices, ratio.default], ['choice', ['1280:720', '720:1280'], '1280:720']);
    assert.match(ratio.description!, /aspect ratio/);
    assert.equal(text.fields.find((f) => f.name === 'seed')!.kind, 'integer');
  });

  it('takes files or URLs in media fields, and only URLs where the schema says uri', () => {
    const kinds = (id: string) => Object.fromEntries(operations.get(id)!.fields.map((f) => [f.name, f.kind === 'media' ? (f.urlOnly ? 'url' : 'media') : f.kind]));
    assert.equal(kinds('POST /api/v1/bria/image/editing/remove-background').image, 'media');
    assert.equal(kinds('POST /api/v1/runway/video/generation/generate-video-from-image').image_url, 'url');
    const upload = kinds('POST /api/v1/bria-lora/datasets/{dataset_id}/images');
    assert.deepEqual([upload.file_path, upload.image_name], ['media', 'text']);
  });

  it('builds path, query and body from the values, and refuses JSON that does not parse', () => {
    const op = operations.get('GET /api/v1/bria-lora/projects/{project_id}/datasets')!;
    const values = { ...initialValues(op), 'path.project_id': '12', 'query.include_models': true };
    assert.deepEqual(buildRequest(op, values), { method: 'GET', url: '/api/v1/bria-lora/projects/12/datasets?include_models=true&include_models_ids=false' });
    const firefly = operations.get('POST /api/v1/firefly/image/generation/generate-image')!;
    const json = firefly.fields.find((f) => f.kind === 'json')!;
    assert.throws(() => buildRequest(firefly, { ...initialValues(firefly), [fieldKey(json)]: '{oops' }), { loc: ['body', json.name], msg: 'Not valid JSON' });
  });

  it('puts each 422 detail on its field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bria/image/generation/generate-image',
      headers: { 'x-api-key': 'test-key-0123456789', 'content-type': 'application/json' },
      payload: { prompt: 'a lake', num_results: 9 },
    });
    assert.equal(response.statusCode, 422);
    const byField = errorsByField(response.json().detail);
    assert.ok(byField['body.num_results']?.length, JSON.stringify(byField));
    assert.deepEqual(errorsByField([{ loc: ['body'], msg: 'Field required', type: 'missing' }]), { '': ['Field required'] });
    assert.deepEqual(errorsByField([{ loc: ['body', 'ref_images', 0], msg: 'bad', type: 'x' }]), { 'body.ref_images': ['0: bad'] });
  });

  it('writes the request as curl and as typed-client TypeScript, inline media shortened', () => {
    const request = { method: 'PUT', url: '/api/v1/bria-lora/datasets/7/images/9/caption', body: { dataset_id: 7, image_id: 9, caption: "it's a cat" } };
    const curl = curlOf('http://127.0.0.1:8000', request);
    assert.match(curl, /^curl -s -X PUT 'http:\/\/127\.0\.0\.1:8000\/api\/v1\/bria-lora\/datasets\/7\/images\/9\/caption'/);
    assert.match(curl, /-d '\{"dataset_id":7,"image_id":9,"caption":"it'\\''s a cat"\}'/);
    const ts = typescriptOf('http://127.0.0.1:8000', '/api/v1/bria-lora/datasets/{dataset_id}/images/{image_id}/caption', request);
    assert.match(
      ts,
      /client\.PUT\("\/api\/v1\/bria-lora\/datasets\/\{dataset_id\}\/images\/\{image_id\}\/caption", \{\n {2}params: \{"path":\{"dataset_id":"7","image_id":"9"\}\}/,
    );
    const inline = curlOf('http://x', { method: 'POST', url: '/a', body: { image: `data:image/png;base64,${'A'.repeat(5000)}` } });
    assert.match(inline, /…\(5022 characters\)/);
  });
});
