// The served document tells the truth about what the gateway answers (issue #15): a real 200
// schema for job-backed operations, the statuses each operation really sends, stable unique
// operationIds, servers, clean schema names, and Redocly's recommended rules with 0 errors.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { lintDocument } from '../scripts/lint-openapi.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';

const REMOVE_BG = '/api/v1/bria/image/editing/remove-background';

describe('the served OpenAPI document', () => {
  let t: TestApp;
  let doc: any;
  before(async () => {
    // Configured (so its operations get past the 503), but nothing here reaches it: a closed loopback port.
    t = await testApp({ BRIA_API_TOKEN: 'not-used-here', BRIA_BASE_URL: 'http://127.0.0.1:9' }, { bodyLimit: 64 * 1024 });
    doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
  });
  after(() => t.close());

  const operations = () => Object.entries<any>(doc.paths).flatMap(([path, item]) => Object.entries<any>(item).map(([method, op]) => ({ path, method, op })));
  const op = (path: string, method: string) => doc.paths[path][method];
  const statuses = (path: string, method: string) => Object.keys(op(path, method).responses).sort();

  it('passes Redocly lint (recommended rules) with 0 errors', async () => {
    const report = await lintDocument(doc);
    const errors = report.problems.filter((p) => p.severity === 'error');
    assert.deepEqual(
      errors.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`),
      [],
    );
    assert.equal(report.totals.errors, 0);
    console.log(`redocly lint: ${report.totals.errors} errors, ${report.totals.warnings} warnings`);
  });

  it('gives every operation a unique camelCase operationId', () => {
    const ids = operations().map(({ op }) => op.operationId);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z][a-zA-Z0-9]*$/);
    assert.equal(op(REMOVE_BG, 'post').operationId, 'briaRemoveBackground');
    assert.equal(op('/api/v1/firefly/cancel/{task_id}', 'delete').operationId, 'fireflyCancelJob');
    assert.equal(op('/api/v1/jobs/{job_id}', 'delete').operationId, 'cancelJob');
    assert.equal(op('/health', 'get').operationId, 'healthCheck');
  });

  it('names the servers, opens /health to everyone, and names schemas without module paths', () => {
    assert.deepEqual(doc.servers, [{ url: '/', description: 'This gateway' }]);
    assert.deepEqual(op('/health', 'get').security, []);
    assert.deepEqual(
      Object.keys(doc.components.schemas).filter((name) => !/^[A-Za-z][A-Za-z0-9]*$/.test(name)),
      [],
    );
    assert.ok(doc.components.schemas.ImagenPersonGeneration);
    assert.equal(doc.info.license.identifier, 'Apache-2.0');
  });

  it('documents the uniform result of every job-backed operation', () => {
    const result = op(REMOVE_BG, 'post').responses['200'].content['application/json'].schema.properties.result;
    // The uniform part beside the provider's own fields, in one closed object.
    assert.deepEqual([...result.required].sort(), ['outputs', 'task_id']);
    assert.equal(result.additionalProperties, false);
    assert.equal(result.properties.outputs.items.$ref, '#/components/schemas/OutputItem');
    assert.ok(result.properties.image_url, "BRIA's own image_url is documented");
    assert.ok(result.properties.task_id && result.properties.status_url);
    assert.deepEqual(Object.keys(doc.components.schemas.OutputItem.properties).sort(), ['asset_id', 'content_type', 'duration_seconds', 'height', 'url', 'width']);
    const status = op('/api/v1/bria/status/{task_id}', 'get').responses['200'].content['application/json'].schema;
    assert.ok(status.required.includes('task_id') && status.required.includes('outputs'));
  });

  it('lists the statuses each operation really sends', () => {
    assert.deepEqual(statuses(REMOVE_BG, 'post'), ['200', '401', '409', '413', '422', '429', '502', '503', '504']);
    const refusal = op(REMOVE_BG, 'post').responses['422'].content['application/json'].schema;
    assert.deepEqual(
      refusal.oneOf.map((s: any) => s.$ref),
      ['#/components/schemas/HTTPValidationError', '#/components/schemas/ProviderError'],
    );
    assert.deepEqual(Object.keys(doc.components.schemas.ProviderError.properties).sort(), ['code', 'detail', 'provider', 'task_id', 'upstream_status']);
    assert.deepEqual(statuses('/api/v1/jobs/{job_id}', 'get'), ['200', '401', '404', '422', '429']);
    assert.deepEqual(statuses('/health', 'get'), ['200', '429']);
    assert.ok(op(REMOVE_BG, 'post').responses['429'].headers['Retry-After']);
  });

  describe('and the gateway answers those statuses', () => {
    const post = (headers: Record<string, string>, payload: unknown) =>
      t.app.inject({ method: 'POST', url: REMOVE_BG, headers: { 'content-type': 'application/json', ...headers }, payload: JSON.stringify(payload) });

    it('401 without a key, 404 for a job that is not there, 413 for a body over the limit', async () => {
      assert.equal((await post({}, { image: 'x' })).statusCode, 401);
      const missing = await t.app.inject({ method: 'GET', url: '/api/v1/jobs/job_aaaaaaaaaaaaaaaaaaaaaa', headers: { 'x-api-key': TEST_KEY } });
      assert.equal(missing.statusCode, 404);
      assert.equal((await post({ 'x-api-key': TEST_KEY }, { image: 'A'.repeat(100 * 1024) })).statusCode, 413);
    });

    it('422 as the validation list', async () => {
      const answer = await post({ 'x-api-key': TEST_KEY }, {});
      assert.equal(answer.statusCode, 422);
      assert.deepEqual(answer.json().detail[0].loc, ['body', 'image']);
    });

    it('409 for an Idempotency-Key reused with another request', async () => {
      const key = { 'x-api-key': TEST_KEY, 'idempotency-key': 'openapi-test-1' };
      const first = await post(key, { image: 'not an image' });
      assert.equal(first.statusCode, 422, 'refused by the handler, and kept for the key');
      const reused = await post(key, { image: 'other' });
      assert.equal(reused.statusCode, 409, reused.body);
    });

    it('405 with Allow for a method a path does not serve (QUERY included), 404 for no such path', async () => {
      for (const [method, url, allow] of [
        ['PUT', '/api/v1/jobs/job_aaaaaaaaaaaaaaaaaaaaaa', 'GET, HEAD, DELETE'],
        ['DELETE', '/health', 'GET, HEAD'],
        ['QUERY', '/health', 'GET, HEAD'],
        ['GET', REMOVE_BG, 'POST'],
      ]) {
        const answer = await t.app.inject({ method: method as never, url, headers: { 'x-api-key': TEST_KEY } });
        assert.equal(answer.statusCode, 405, `${method} ${url}: ${answer.body}`);
        assert.equal(answer.headers.allow, allow);
        assert.match(answer.json().detail, /Method Not Allowed/);
        assert.equal(answer.headers['x-content-type-options'], 'nosniff', "the gateway's headers are on it");
      }
      assert.equal((await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' })).statusCode, 404);
    });
  });
});
