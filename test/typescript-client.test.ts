// The typed TypeScript client (clients/typescript): its generated types are current, and its
// job helpers follow a real job on a sandbox gateway listening on a port.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ApiError, createClient, followJob, uploadAsset, waitForJob, type Job, type VisionStudioClient } from '../clients/typescript/index.js';
import { renderClientSchema, SCHEMA_FILE } from '../scripts/generate-client.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';
import { samplePng } from './support/twins.js';

describe('TypeScript client', () => {
  let t: TestApp;
  let client: VisionStudioClient;
  before(async () => {
    t = await testApp({ VISION_STUDIO_SANDBOX: '1' });
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    client = createClient({ baseUrl: `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`, apiKey: TEST_KEY });
  });
  after(() => t.close());

  it('has generated types that match the served document (run `npm run client:generate` if not)', async () => {
    const served = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    assert.equal(await readFile(SCHEMA_FILE, 'utf8'), await renderClientSchema(served), 'clients/typescript/schema.ts is stale: run `npm run client:generate`');
  });

  it('starts an asynchronous job and waits for its result', async () => {
    const { data, error } = await client.POST('/api/v1/bria/image/editing/remove-background', {
      body: { image: `data:image/png;base64,${(await samplePng()).toString('base64')}`, sync: false },
    });
    assert.equal(error, undefined);
    const taskId = (data!.result as { task_id: string }).task_id;
    const seen: Job[] = [];
    const job = await waitForJob(client, taskId, { intervalMs: 50, onUpdate: (j) => seen.push(j) });
    assert.equal(job.state, 'succeeded');
    assert.match(JSON.stringify(job.result), /\/api\/v1\/assets\/asset_/);
    assert.equal(seen.at(-1), job);
    assert.ok(seen.every((j) => j.id === taskId));
  });

  it("answers a finished job at once, and reports a refused request as the gateway's 422", async () => {
    const { data } = await client.GET('/api/v1/jobs', { params: { query: { limit: 1 } } });
    const done = data!.result.jobs[0]!;
    const states = [];
    for await (const job of followJob(client, done.id)) states.push(job.state);
    assert.deepEqual(states, ['succeeded']);
    const refused = await client.POST('/api/v1/bria/image/editing/remove-background', { body: {} as never });
    assert.equal(refused.response.status, 422);
    assert.deepEqual((refused.error as { detail: { loc: unknown[] }[] }).detail[0]!.loc, ['body', 'image']);
  });

  it('uploads a file as an asset whose id works in a media field', async () => {
    const asset = await uploadAsset(client, new Blob([await samplePng(80, 60)], { type: 'image/png' }), 'product.png');
    assert.match(asset.asset_id, /^asset_/);
    assert.deepEqual([asset.content_type, asset.width, asset.height], ['image/png', 80, 60]);
    const { data } = await client.POST('/api/v1/bria/image/editing/remove-background', { body: { image: asset.asset_id, sync: false } });
    const job = await waitForJob(client, (data!.result as { task_id: string }).task_id, { intervalMs: 50 });
    assert.equal(job.state, 'succeeded');
    await assert.rejects(uploadAsset(client, new Blob(['not an image'], { type: 'text/plain' })), (error: unknown) => error instanceof ApiError && error.status === 422);
  });
});
