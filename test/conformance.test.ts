// The served contract equals the reference document (vendored in test/fixtures), operation by
// operation: parameters, request bodies (recursively), content types, tags, summaries.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { diffDocuments, diffOperation, listOperations } from './support/openapi-diff.js';
import { testApp, type TestApp } from './support/app.js';

const reference = JSON.parse(await readFile(new URL('./fixtures/openapi.reference.json', import.meta.url), 'utf8'));

describe('served OpenAPI document', () => {
  let t: TestApp;
  let served: any;
  before(async () => {
    t = await testApp();
    const response = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    assert.equal(response.statusCode, 200);
    served = response.json();
  });
  after(() => t.close());

  it('is OpenAPI 3.1 with the API key scheme', () => {
    assert.equal(served.openapi, '3.1.0');
    assert.deepEqual(served.components.securitySchemes, reference.components.securitySchemes);
    // The reference's tags, in its order; the gateway's own (Jobs, Assets) may follow.
    assert.deepEqual(served.tags.slice(0, reference.tags.length), reference.tags);
  });

  it('serves all 91 operations of the reference', () => {
    const operations = listOperations(reference);
    assert.equal(operations.length, 91);
    const missing = operations.filter(({ path, method }) => !served.paths[path]?.[method]);
    assert.deepEqual(missing, []);
  });

  for (const { path, method } of listOperations(reference)) {
    it(`${method.toUpperCase()} ${path} matches the reference`, () => {
      assert.deepEqual(diffOperation(reference, served, path, method), []);
    });
  }

  it('is the same document that `vision-studio openapi` prints and /docs/json serves', async () => {
    const docs = await t.app.inject({ method: 'GET', url: '/docs/json' });
    assert.equal(docs.statusCode, 200);
    assert.deepEqual(docs.json(), served);
  });
});

describe('the conformance check itself', () => {
  let served: any;
  before(async () => {
    const t = await testApp();
    served = structuredClone(t.app.openapi);
    await t.close();
  });

  const bodyOf = (doc: any, path: string) => doc.paths[path].post.requestBody.content['application/json'].schema;
  const generate = '/api/v1/bria/image/generation/generate-image';

  it('finds no difference in the served document', () => {
    assert.deepEqual(diffDocuments(reference, served), []);
  });

  const mutations: [string, (doc: any) => void, RegExp][] = [
    ['a bound', (d) => (bodyOf(d, generate).properties.num_results.maximum = 5), /num_results: maximum is 5/],
    ['a default', (d) => (bodyOf(d, generate).properties.sync.default = false), /sync: default is false/],
    ['a length', (d) => (bodyOf(d, generate).properties.prompt.minLength = 3), /prompt: minLength is 3/],
    ['the required list', (d) => (bodyOf(d, generate).required = []), /required is \[\]/],
    ['an enum value', (d) => bodyOf(d, generate).properties.aspect_ratio.enum.pop(), /aspect_ratio: enum/],
    ['a type', (d) => (bodyOf(d, generate).properties.steps_num.type = 'number'), /steps_num: type is "number"/],
    ['a nullable branch', (d) => bodyOf(d, generate).properties.seed.anyOf.pop(), /seed: anyOf has 1 entries/],
    ['a property', (d) => delete bodyOf(d, generate).properties.ip_signal, /ip_signal: missing/],
    ['an extra property', (d) => (bodyOf(d, generate).properties.extra = { type: 'string' }), /extra: served but not/],
    ['a tag', (d) => (d.paths[generate].post.tags = ['Other']), /tags is \["Other"\]/],
    [
      'a content type',
      (d) => {
        const body = d.paths[generate].post.requestBody;
        body.content = { 'text/plain': body.content['application/json'] };
      },
      /content types are text\/plain/,
    ],
    [
      'a default next to a $ref',
      (d) => delete bodyOf(d, '/api/v1/firefly/image/generation/generate-image').properties.content_class.default,
      /content_class: default is undefined/,
    ],
    ['an enum component emptied', (d) => (d.components.schemas.ContentClass.enum = []), /content_class: enum values are missing/],
    [
      'a listed component property type',
      (d) => (d.components.schemas.SizeImagesAsyncModel.properties.width.type = 'string'),
      /size.width: type is string, reference lists integer/,
    ],
    [
      'a query parameter default',
      (d) => (d.paths['/api/v1/bria-lora/projects/{project_id}/datasets'].get.parameters[0].schema.default = true),
      /parameter query:include_models: default is true/,
    ],
    ['a path parameter', (d) => (d.paths['/api/v1/bria/status/{task_id}'].get.parameters = []), /parameter path:task_id: missing/],
    ['an operation', (d) => delete d.paths['/health'].get, /GET \/health: operation is not served/],
    [
      'a response property',
      (d) => delete d.paths['/api/v1/bria/status/{task_id}'].get.responses['200'].content['application/json'].schema.properties.request_id,
      /response 200\.request_id: missing/,
    ],
    [
      'a response status word',
      (d) => d.paths['/api/v1/bria/status/{task_id}'].get.responses['200'].content['application/json'].schema.properties.status.enum.pop(),
      /response 200\.status: enum/,
    ],
    ['a security requirement', (d) => (d.paths['/health'].get.security = [{ APIKeyHeader: [] }]), /GET \/health: security/],
  ];
  for (const [what, mutate, expected] of mutations) {
    it(`reports a changed ${what}`, () => {
      const doc = structuredClone(served);
      mutate(doc);
      const differences = diffDocuments(reference, doc);
      assert.ok(differences.length > 0, 'no difference reported');
      assert.ok(
        differences.some((d) => expected.test(d)),
        `expected ${expected} in:\n${differences.join('\n')}`,
      );
    });
  }
});
