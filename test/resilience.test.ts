// Upstream faults, one at a time: every accepted job ends in a final state with a truthful
// error, transient trouble is retried only where safe, and a failing provider's circuit opens
// (fast 503 with Retry-After) and closes again once it recovers.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { waitForJob } from './support/http.js';
import { samplePng, startBriaTwin } from './support/twins.js';

const KEY = 'resilience-key-0123';
const REMOVE_BG = '/api/v1/bria/image/editing/remove-background';
const CREATE = '^/v2/image/edit/remove_background$';
const STATUS = '^/v2/status/';

type Twin = Awaited<ReturnType<typeof startBriaTwin>>;

describe('upstream faults', () => {
  let database: TestDatabase;
  let twin: Twin;
  let app: FastifyInstance;
  let image: string;

  before(async () => {
    database = await databaseKinds[0].create();
    twin = await startBriaTwin({ processingMs: 100 });
    const config = loadConfig({
      VISION_STUDIO_API_KEYS: KEY,
      VISION_STUDIO_LOG_LEVEL: 'silent',
      VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
      VISION_STUDIO_POLL_INITIAL_MS: '20',
      VISION_STUDIO_POLL_MAX_MS: '40',
      VISION_STUDIO_SYNC_WAIT_MS: '8000',
      VISION_STUDIO_JOB_LEASE_MS: '1500',
      VISION_STUDIO_BREAKER_FAILURES: '4',
      VISION_STUDIO_BREAKER_OPEN_MS: '700',
      BRIA_API_TOKEN: twin.token,
      BRIA_BASE_URL: twin.url,
    });
    app = await buildApp({ ...config, dataDir: database.dataDir }, { timing: { retryBaseMs: 30, retryMaxMs: 100, sweepIntervalMs: 30 } });
    await app.ready();
    image = (await samplePng()).toString('base64');
  });
  beforeEach(() => twin.faults.clear());
  after(async () => {
    await app?.close();
    await twin?.app.close();
    await database?.cleanup();
  });

  const run = () => app.inject({ method: 'POST', url: REMOVE_BG, headers: { 'x-api-key': KEY, 'content-type': 'application/json' }, payload: { image, sync: true } });
  const job = async (id: string) => (await app.inject({ method: 'GET', url: `/api/v1/jobs/${id}`, headers: { 'x-api-key': KEY } })).json().result;
  /** An asynchronous request (a waited one is a single call in BRIA's sync mode: no status polls), followed to its end. */
  const runPolled = async () => {
    const accepted = await app.inject({ method: 'POST', url: REMOVE_BG, headers: { 'x-api-key': KEY, 'content-type': 'application/json' }, payload: { image, sync: false } });
    assert.equal(accepted.statusCode, 200, accepted.body);
    return waitForJob(app, accepted.json().result.task_id, { key: KEY });
  };
  const creates = () => twin.calls.filter((c) => c.path === '/v2/image/edit/remove_background').length;

  it('retries a create refused with 503 (not acted on) and succeeds', async () => {
    twin.faults.add({ mode: 'status', status: 503, path: CREATE, times: 2 });
    const before = creates();
    const response = await run();
    assert.equal(response.statusCode, 200, response.body);
    assert.ok(response.json().result.image_url);
    assert.equal(creates() - before, 3, 'refused twice, then sent again and accepted');
  });

  it('does not resend a create that failed with 500 (it may have been acted on)', async () => {
    twin.faults.add({ mode: 'status', status: 500, path: CREATE, times: 1 });
    const response = await run();
    assert.equal(response.statusCode, 502, response.body);
    const body = response.json();
    assert.equal(body.upstream_status, 500);
    assert.equal(body.provider, 'bria');
    assert.equal((await job(body.task_id)).state, 'failed');
    assert.equal((await job(body.task_id)).attempts, 1);
  });

  it('honours 429 Retry-After on a create', async () => {
    twin.faults.add({ mode: 'rate-limit', retryAfterSeconds: 1, path: CREATE, times: 1 });
    const started = Date.now();
    const response = await run();
    assert.equal(response.statusCode, 200, response.body);
    assert.ok(Date.now() - started >= 900, 'retried before Retry-After');
  });

  it('retries status polls through 5xx, resets and hangs (polls are idempotent)', async () => {
    twin.faults.add({ mode: 'status', status: 502, path: STATUS, times: 1 });
    twin.faults.add({ mode: 'reset', path: STATUS, times: 1 });
    twin.faults.add({ mode: 'hang', path: STATUS, times: 1, delayMs: 5_000 });
    const latest = await runPolled();
    assert.equal(latest.state, 'succeeded');
    assert.ok(latest.attempts >= 3, `attempts ${latest.attempts}`);
  });

  it('fails truthfully when the status answer is malformed or truncated', async () => {
    twin.faults.add({ mode: 'malformed-json', path: STATUS });
    const failed = await runPolled();
    assert.equal(failed.state, 'failed', JSON.stringify(failed));
    assert.match(failed.error.message, /BRIA answered with a body the gateway does not understand/);
  });

  it('fails truthfully when a sync create answers malformed JSON (not sent again: it may have been acted on)', async () => {
    twin.faults.add({ mode: 'malformed-json', path: CREATE, times: 1 });
    const before = creates();
    const response = await run();
    assert.equal(response.statusCode, 502, response.body);
    assert.match(response.json().detail, /BRIA answered with a body the gateway does not understand/);
    assert.equal(creates() - before, 1);
  });

  it('fails truthfully when the output link has expired (404)', async () => {
    twin.faults.add({ mode: 'status', status: 404, path: '^/files/' });
    const response = await run();
    assert.equal(response.statusCode, 502, response.body);
    assert.match(response.json().detail, /output could not be copied.*404/);
    assert.equal(response.json().code, 'output_unavailable');
  });

  it('copies an output that downloads slowly', async () => {
    twin.faults.add({ mode: 'slow-body', path: '^/files/', delayMs: 5 });
    const response = await run();
    assert.equal(response.statusCode, 200, response.body);
  });

  it('opens the circuit after repeated provider failures, answers 503 fast, and closes it on recovery', async () => {
    twin.faults.add({ mode: 'status', status: 500, path: CREATE });
    for (let i = 0; i < 4; i++) assert.equal((await run()).statusCode, 502);
    const health = (await app.inject({ method: 'GET', url: '/health' })).json().result;
    assert.equal(health.circuits.bria, 'open');
    const before = creates();
    const refused = await run();
    assert.equal(refused.statusCode, 503);
    assert.ok(Number(refused.headers['retry-after']) >= 1);
    assert.match(refused.json().detail, /bria is failing/);
    assert.equal(creates(), before, 'an open circuit sends nothing upstream');
    twin.faults.clear();
    await new Promise((r) => setTimeout(r, 800));
    const recovered = await run();
    assert.equal(recovered.statusCode, 200, recovered.body);
    assert.equal((await app.inject({ method: 'GET', url: '/health' })).json().result.circuits.bria, 'closed');
  });
});
