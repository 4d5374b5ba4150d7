// A caller waiting for a job (sync) is not held back by the poll interval: its job's polls start
// short. With a first poll due after the sync wait is over, the waited answer still carries the
// result; an unwaited job of the same operation keeps the configured schedule.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { samplePng, startBriaTwin } from './support/twins.js';

const KEY = 'sync-wait-key-0123456789';
const URL = '/api/v1/bria/image/editing/remove-background';
let app: FastifyInstance;
let close: () => Promise<void>;

before(async () => {
  const bria = await startBriaTwin({ processingMs: 5 });
  const dataDir = await mkdtemp(path.join(tmpdir(), 'sync-wait-'));
  const config = loadConfig({
    VISION_STUDIO_API_KEYS: KEY,
    VISION_STUDIO_LOG_LEVEL: 'silent',
    VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
    BRIA_API_TOKEN: bria.token,
    BRIA_BASE_URL: bria.url,
    // The configured first poll comes long after a sync request stops waiting.
    VISION_STUDIO_POLL_INITIAL_MS: '60000',
    VISION_STUDIO_POLL_MAX_MS: '60000',
    VISION_STUDIO_SYNC_WAIT_MS: '20000',
  });
  app = await buildApp({ ...config, dataDir });
  await app.ready();
  close = async () => {
    await app.close();
    await bria.app.close();
    await rm(dataDir, { recursive: true, force: true });
  };
});
after(() => close());

const send = async (sync: boolean) => {
  const image = `data:image/png;base64,${(await samplePng()).toString('base64')}`;
  const response = await app.inject({ method: 'POST', url: URL, headers: { 'x-api-key': KEY, 'content-type': 'application/json' }, payload: { image, sync } });
  assert.equal(response.statusCode, 200, response.body);
  return response.json().result as Record<string, unknown>;
};

it('a waited job is polled without waiting for the poll interval', async () => {
  const result = await send(true);
  assert.equal((result.outputs as unknown[] | undefined)?.length, 1, `the answer is the result, not a task to follow: ${JSON.stringify(result)}`);
  assert.match(String(result.image_url ?? JSON.stringify(result)), /\/api\/v1\/assets\/asset_/);
});

it('an unwaited job keeps the configured poll schedule', async () => {
  const { task_id: id } = await send(false);
  for (let i = 0; i < 100; i++) {
    const job = await app.jobStore.get(String(id));
    if (job?.state === 'running') break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const job = (await app.jobStore.get(String(id)))!;
  assert.equal(job.state, 'running');
  assert.ok(job.next_run_at! - job.updated_at >= 40_000, `next poll in ${job.next_run_at! - job.updated_at} ms`);
});
