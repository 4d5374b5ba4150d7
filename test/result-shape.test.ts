// One shape for every answer carrying a job (issue #15): `task_id` and a uniform `outputs` list
// beside each provider's own fields, sync or async, reference route or job route; progress in
// percent everywhere; job records that say what the job was and what it did.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { testApp, type TestApp } from './support/app.js';
import { samplePng } from './support/twins.js';
import { until } from './support/until.js';
import { call as request, waitForJob } from './support/http.js';

describe('the uniform result shape (sandbox)', () => {
  let t: TestApp;
  let image: string;
  before(async () => {
    t = await testApp({ VISION_STUDIO_SANDBOX: '1', VISION_STUDIO_POLL_INITIAL_MS: '20', VISION_STUDIO_POLL_MAX_MS: '50' });
    image = (await samplePng()).toString('base64');
  });
  after(() => t.close());

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) => request(t.app, method, url, { payload });

  /** Checks one uniform output item against the asset it names, downloaded through its link. */
  async function checkOutput(item: any) {
    assert.match(item.asset_id, /^asset_[\w-]{22}$/);
    assert.deepEqual(
      Object.keys(item)
        .filter((k) => ['asset_id', 'url', 'content_type', 'width', 'height', 'duration_seconds'].includes(k))
        .sort(),
      ['asset_id', 'content_type', 'duration_seconds', 'height', 'url', 'width'],
    );
    const { pathname, search } = new URL(item.url);
    assert.equal(pathname, `/api/v1/assets/${item.asset_id}`);
    const bytes = await t.app.inject({ method: 'GET', url: `${pathname}${search}` });
    assert.equal(bytes.statusCode, 200);
    assert.equal(bytes.headers['content-type'], item.content_type);
    if (item.content_type.startsWith('image/')) {
      const meta = await sharp(bytes.rawPayload).metadata();
      assert.deepEqual([item.width, item.height], [meta.width, meta.height]);
    }
  }

  it("a sync answer has task_id and outputs beside the provider's fields", async () => {
    const response = await call('POST', '/api/v1/bria/image/editing/remove-background', { image, sync: true });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    assert.match(result.task_id, /^job_/);
    assert.equal(result.outputs.length, 1);
    await checkOutput(result.outputs[0]);
    assert.equal(result.image_url, result.outputs[0].url, 'the provider field is kept and names the same asset');
  });

  it('an async answer has task_id and an empty outputs list; every status route then lists the outputs', async () => {
    const response = await call('POST', '/api/v1/bria/image/editing/remove-background', { image, sync: false });
    const { result } = response.json();
    assert.deepEqual(result.outputs, []);
    assert.match(result.task_id, /^job_/);
    const done = await until(async () => {
      const s = (await call('GET', `/api/v1/bria/status/${result.task_id}`)).json();
      return s.status === 'COMPLETED' ? s : undefined;
    }, 'COMPLETED');
    assert.equal(done.task_id, result.task_id);
    assert.equal(done.outputs.length, 1);
    await checkOutput(done.outputs[0]);
    const job = (await call('GET', `/api/v1/jobs/${result.task_id}`)).json().result;
    assert.equal(job.task_id, result.task_id);
    assert.deepEqual(
      job.outputs.map((o: any) => o.asset_id),
      done.outputs.map((o: any) => o.asset_id),
    );
    assert.equal(job.progress, 100);
    assert.equal(job.operation, 'bria.remove-background');
    assert.equal(job.inputs.asset_ids.length, 1, 'the inline image, kept as an input asset');
    assert.notEqual(job.inputs.asset_ids[0], job.outputs[0].asset_id);
    assert.ok(job.attempts >= 1, 'at least the create call');
    assert.equal(job.failed_attempts, 0);
    assert.ok(job.duration_ms >= 0);
    const listed = (await call('GET', '/api/v1/jobs?limit=5')).json().result.jobs.find((j: any) => j.id === result.task_id);
    assert.deepEqual(listed.outputs, job.outputs);
  });

  it('a job record shows the prompt it was given', async () => {
    const response = await call('POST', '/api/v1/openai/image/generation/generate-image', { prompt: 'a paper boat on a pond' });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    const job = await waitForJob(t.app, result.task_id, { done: (j) => j.state === 'succeeded', what: 'succeeded' });
    assert.equal(job.inputs.prompt, 'a paper boat on a pond');
    assert.deepEqual(job.inputs.asset_ids, []);
  });

  it("Firefly's own outputs list keeps its fields, each item joined by the uniform ones; progress is percent", async () => {
    const response = await call('POST', '/api/v1/firefly/image/generation/generate-image', { x_model_version: 'image4_standard', prompt: 'a lighthouse at dusk' });
    assert.equal(response.statusCode, 200, response.body);
    const id = response.json().result.task_id;
    const done = await until(async () => {
      const s = (await call('GET', `/api/v1/firefly/status/${id}`)).json().result;
      return s.status === 'succeeded' ? s : undefined;
    }, 'succeeded');
    assert.equal(done.task_id, id);
    assert.equal(done.progress, 100);
    assert.equal(done.outputs.length, 1);
    await checkOutput(done.outputs[0]);
    assert.equal(done.result.outputs[0].image.url, done.outputs[0].url);
  });

  it("a provider's status route does not show another provider's job (404)", async () => {
    const response = await call('POST', '/api/v1/firefly/image/generation/generate-image', { x_model_version: 'image4_standard', prompt: 'a lighthouse' });
    const id = response.json().result.task_id;
    for (const path of [`/api/v1/runway/status/${id}`, `/api/v1/bria/status/${id}`]) {
      const other = await call('GET', path);
      assert.equal(other.statusCode, 404, `${path}: ${other.body}`);
      assert.deepEqual(other.json(), { detail: 'Job not found' });
    }
    assert.equal((await call('DELETE', `/api/v1/runway/cancel/${id}`)).statusCode, 404);
    assert.equal((await call('GET', `/api/v1/firefly/status/${id}`)).statusCode, 200);
  });
});
