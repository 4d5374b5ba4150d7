// GET /metrics: who may read it, and that requests, jobs, upstream calls, circuits, the queue
// and costs are counted as they happen (gateway → OpenAI twin on a loopback port).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { startOpenAITwin } from './support/twins.js';
import { until } from './support/until.js';

const OPERATOR = 'metrics-operator-key-0123456789';
const TOKEN = 'metrics-token-abcdefghijklmnop';
const GENERATE = '/api/v1/openai/image/generation/generate-image';

/** The value of one series in a Prometheus text answer, or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

for (const kind of databaseKinds) {
  describe(`GET /metrics on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let openai: Awaited<ReturnType<typeof startOpenAITwin>>;
    let app: FastifyInstance;
    let member: string;

    const scrape = async (headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` }) => app.inject({ method: 'GET', url: '/metrics', headers });

    before(async () => {
      database = await kind.create();
      openai = await startOpenAITwin();
      const config = loadConfig({
        VISION_STUDIO_API_KEYS: OPERATOR,
        VISION_STUDIO_METRICS_TOKEN: TOKEN,
        VISION_STUDIO_LOG_LEVEL: 'silent',
        VISION_STUDIO_RATE_LIMIT: '100000',
        ...(database.url ? { VISION_STUDIO_DATABASE_URL: database.url } : {}),
        ...openai.env,
      });
      app = await buildApp({ ...config, dataDir: database.dataDir }, { announceKey: () => {}, timing: { retryBaseMs: 20, sweepIntervalMs: 50, maxAttempts: 1 } });
      await app.ready();
      member = (await app.keys.create({ name: 'member' })).key;
    });

    after(async () => {
      await app?.close();
      await openai?.app.close();
      await database?.cleanup();
    });

    it('is for operator keys and the metrics token only', async () => {
      assert.equal((await scrape({})).statusCode, 401);
      assert.equal((await scrape({ authorization: 'Bearer wrong-token-0123456789' })).statusCode, 401);
      const member403 = await scrape({ 'x-api-key': member });
      assert.equal(member403.statusCode, 403);
      assert.match(JSON.parse(member403.body).detail, /operator keys/);
      assert.equal((await scrape({ authorization: `Bearer ${member}` })).statusCode, 403);
      assert.equal((await scrape({ 'x-api-key': OPERATOR })).statusCode, 200);
      const ok = await scrape();
      assert.equal(ok.statusCode, 200);
      assert.match(String(ok.headers['content-type']), /^text\/plain; version=0\.0\.4/);
    });

    it('counts requests by route, jobs by final state, upstream calls by status, cost, circuits and the queue', async () => {
      const made = await app.inject({
        method: 'POST',
        url: GENERATE,
        headers: { 'x-api-key': member, 'content-type': 'application/json' },
        payload: { prompt: 'a lantern', quality: 'low' },
      });
      assert.equal(made.statusCode, 200, made.body);
      // OpenAI's quota error is a 429 upstream (and, with one attempt, the job fails).
      const quota = await app.inject({
        method: 'POST',
        url: GENERATE,
        headers: { 'x-api-key': member, 'content-type': 'application/json' },
        payload: { prompt: 'insufficient-quota lantern' },
      });
      assert.equal(quota.statusCode, 429, quota.body);
      await app.inject({ method: 'GET', url: '/api/v1/jobs/job_unknown', headers: { 'x-api-key': member } });

      const text = await until(
        async () => {
          const body = (await scrape()).body;
          return (sample(body, 'vision_studio_usage_cost_usd_total{provider="openai"}') ?? 0) > 0 ? body : undefined;
        },
        "the job's cost in the metrics",
        30_000,
      );
      assert.equal(sample(text, `vision_studio_http_requests_total{method="POST",route="${GENERATE}",status="200"}`), 1);
      assert.equal(sample(text, `vision_studio_http_requests_total{method="POST",route="${GENERATE}",status="429"}`), 1);
      // The route pattern, not the URL: one series however many job ids are asked for.
      assert.equal(sample(text, 'vision_studio_http_requests_total{method="GET",route="/api/v1/jobs/:job_id",status="404"}'), 1);
      assert.equal(sample(text, `vision_studio_http_request_duration_seconds_count{method="POST",route="${GENERATE}",status="200"}`), 1);
      assert.equal(sample(text, 'vision_studio_jobs_total{provider="openai",operation="openai.generate-image",state="succeeded"}'), 1);
      assert.equal(sample(text, 'vision_studio_jobs_total{provider="openai",operation="openai.generate-image",state="failed"}'), 1);
      assert.equal(sample(text, 'vision_studio_job_duration_seconds_count{provider="openai",operation="openai.generate-image",state="succeeded"}'), 1);
      assert.equal(sample(text, 'vision_studio_upstream_request_duration_seconds_count{provider="openai",status="ok"}'), 1);
      assert.equal(sample(text, 'vision_studio_upstream_request_duration_seconds_count{provider="openai",status="429"}'), 1);
      assert.equal(sample(text, 'vision_studio_circuit_state{provider="openai"}'), 0);
      assert.equal(sample(text, 'vision_studio_queue_depth{state="queued"}'), 0);
      assert.equal(sample(text, 'vision_studio_queue_depth{state="running"}'), 0);
      const cost = sample(text, 'vision_studio_usage_cost_usd_total{provider="openai"}')!;
      const usage = JSON.parse((await app.inject({ method: 'GET', url: '/api/v1/usage', headers: { 'x-api-key': OPERATOR } })).body);
      assert.equal(Math.round(cost * 1e6), Math.round(usage.result.total_cost_usd * 1e6));
      assert.ok(sample(text, 'vision_studio_process_resident_memory_bytes')! > 0);
    });
  });
}
