// The job layer end to end, on both databases: request → gateway → BRIA twin on a real port →
// job record → polling → output copied into the asset store → served back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { Webhook } from 'standardwebhooks';
import type { FastifyInstance } from 'fastify';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { samplePng, startBriaTwin } from './support/twins.js';
import { until } from './support/until.js';
import { testAppOn } from './support/app.js';
import { call as request, fetchLink, waitForJob } from './support/http.js';

const KEY_A = 'key-a-0123456789';
const KEY_B = 'key-b-0123456789';
const REMOVE_BG = '/api/v1/bria/image/editing/remove-background';

type Twin = Awaited<ReturnType<typeof startBriaTwin>>;

async function gateway(database: TestDatabase, twin: Twin, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const { app } = await testAppOn(database, {
    VISION_STUDIO_API_KEYS: `${KEY_A},${KEY_B}`,
    VISION_STUDIO_LOG_LEVEL: 'silent',
    VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
    VISION_STUDIO_POLL_INITIAL_MS: '20',
    VISION_STUDIO_POLL_MAX_MS: '50',
    VISION_STUDIO_SYNC_WAIT_MS: '5000',
    VISION_STUDIO_RATE_LIMIT: '100000',
    BRIA_API_TOKEN: twin.token,
    BRIA_BASE_URL: twin.url,
    ...env,
  });
  return app;
}

const call = (app: FastifyInstance, method: 'GET' | 'POST' | 'DELETE', url: string, key = KEY_A, payload?: unknown) => request(app, method, url, { key, payload });

/** A second gateway with its own database: gateways sharing one share (and run) each other's jobs. */
async function isolated(kind: (typeof databaseKinds)[number], twin: Twin, env: Record<string, string> = {}) {
  const database = await kind.create();
  const app = await gateway(database, twin, env);
  return {
    app,
    async close() {
      await app.close();
      await database.cleanup();
    },
  };
}

for (const kind of databaseKinds) {
  describe(`jobs on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let twin: Twin;
    let app: FastifyInstance;
    let image: string;

    before(async () => {
      database = await kind.create();
      twin = await startBriaTwin();
      app = await gateway(database, twin);
      image = (await samplePng()).toString('base64');
    });
    after(async () => {
      await app?.close();
      await twin?.app.close();
      await database?.cleanup();
    });

    it('accepts an async job, runs it upstream and serves the copied output', async () => {
      const accepted = await call(app, 'POST', REMOVE_BG, KEY_A, { image, sync: false });
      assert.equal(accepted.statusCode, 200, accepted.body);
      const { status, result } = accepted.json();
      assert.equal(status, 'success');
      assert.match(result.task_id, /^job_[\w-]{22}$/);
      assert.ok(['queued', 'running'].includes(result.status));
      assert.equal(new URL(result.status_url).pathname, `/api/v1/bria/status/${result.task_id}`);

      // The upstream got BRIA's wire form: api_token header, base64 image, sync false.
      // The twin records a call when its headers arrive and its body once read (the gateway streams it).
      const sent = await until(async () => twin.calls.find((c) => c.path === '/v2/image/edit/remove_background' && c.body !== undefined), 'the upstream call');
      assert.equal(sent.headers.api_token, twin.token);
      assert.equal((sent.body as any).sync, false);
      assert.equal((sent.body as any).image, image);

      const done = await until(async () => {
        const s = (await call(app, 'GET', `/api/v1/bria/status/${result.task_id}`)).json();
        return s.status === 'COMPLETED' ? s : undefined;
      }, 'COMPLETED');
      assert.equal(done.request_id, result.task_id);
      assert.equal(done.error, null);
      const link = new URL(done.result.image_url);
      assert.match(link.pathname, /^\/api\/v1\/assets\/asset_[\w-]{22}$/);
      assert.ok(link.searchParams.get('sig'));

      const png = await fetchLink(app, done.result.image_url);
      assert.equal(png.statusCode, 200);
      assert.equal(png.headers['content-type'], 'image/png');
      const meta = await sharp(png.rawPayload).metadata();
      assert.equal(meta.format, 'png');
      assert.equal(meta.hasAlpha, true);
      assert.deepEqual([meta.width, meta.height], [64, 48]);

      // The job record keeps the upstream's link; the caller only ever sees the gateway's.
      const job = (await call(app, 'GET', `/api/v1/jobs/${result.task_id}`)).json().result;
      assert.equal(job.state, 'succeeded');
      assert.equal(job.provider, 'bria');
      assert.equal(job.operation, 'bria.remove-background');
      assert.ok(!JSON.stringify(job).includes(twin.url), 'the upstream URL leaked into the job view');
    });

    it('waits for the result when sync is true', async () => {
      const response = await call(app, 'POST', REMOVE_BG, KEY_A, { image, sync: true });
      assert.equal(response.statusCode, 200, response.body);
      const { result } = response.json();
      assert.match(new URL(result.image_url).pathname, /^\/api\/v1\/assets\//);
    });

    it('answers with the task id when the sync wait runs out, and the job still finishes', async () => {
      const slowTwin = await startBriaTwin({ processingMs: 800 });
      const { app: slow, close } = await isolated(kind, slowTwin, { VISION_STUDIO_SYNC_WAIT_MS: '100' });
      try {
        const response = await call(slow, 'POST', REMOVE_BG, KEY_A, { image, sync: true });
        assert.equal(response.statusCode, 200);
        const { result } = response.json();
        assert.ok(result.task_id, 'the async shape');
        await waitForJob(slow, result.task_id, { key: KEY_A, done: (s) => s.state === 'succeeded', what: 'the job to finish' });
      } finally {
        await close();
        await slowTwin.app.close();
      }
    });

    it('shows a key only its own jobs and assets', async () => {
      const { result } = (await call(app, 'POST', REMOVE_BG, KEY_A, { image, sync: true })).json();
      const mine = await call(app, 'GET', '/api/v1/jobs?provider=bria', KEY_A);
      const id = mine.json().result.jobs[0].id;
      assert.equal((await call(app, 'GET', `/api/v1/jobs/${id}`, KEY_B)).statusCode, 404);
      assert.equal((await call(app, 'GET', `/api/v1/bria/status/${id}`, KEY_B)).statusCode, 404);
      assert.equal((await call(app, 'DELETE', `/api/v1/jobs/${id}`, KEY_B)).statusCode, 404);
      assert.equal((await call(app, 'GET', '/api/v1/jobs', KEY_B)).json().result.jobs.length, 0);
      const assetPath = new URL(result.image_url).pathname;
      assert.equal((await call(app, 'GET', assetPath, KEY_B)).statusCode, 404);
      assert.equal((await call(app, 'GET', assetPath, KEY_A)).statusCode, 200);
      assert.equal((await call(app, 'GET', '/api/v1/bria/status/job_doesnotexistdoesnotexi')).statusCode, 404);
    });

    it('pages through jobs with a cursor and filters by state', async () => {
      for (let i = 0; i < 3; i++) await call(app, 'POST', REMOVE_BG, KEY_B, { image, sync: true });
      const first = (await call(app, 'GET', '/api/v1/jobs?limit=2', KEY_B)).json().result;
      assert.equal(first.jobs.length, 2);
      const second = (await call(app, 'GET', `/api/v1/jobs?limit=2&cursor=${first.next_cursor}`, KEY_B)).json().result;
      assert.equal(second.jobs.length, 1);
      assert.equal(second.next_cursor, null);
      const ids = [...first.jobs, ...second.jobs].map((j: any) => j.id);
      assert.equal(new Set(ids).size, 3);
      assert.equal((await call(app, 'GET', '/api/v1/jobs?state=failed', KEY_B)).json().result.jobs.length, 0);
      const bad = await call(app, 'GET', '/api/v1/jobs?cursor=nonsense', KEY_B);
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json().detail[0].loc, ['query', 'cursor']);
    });

    it('serves assets with ETag, Range and refuses a tampered signature', async () => {
      const { result } = (await call(app, 'POST', REMOVE_BG, KEY_A, { image, sync: true })).json();
      const whole = await fetchLink(app, result.image_url);
      const etag = String(whole.headers.etag);
      assert.match(etag, /^"[0-9a-f]{64}"$/);
      assert.equal((await fetchLink(app, result.image_url, { 'if-none-match': etag })).statusCode, 304);
      const part = await fetchLink(app, result.image_url, { range: 'bytes=0-7' });
      assert.equal(part.statusCode, 206);
      assert.equal(part.headers['content-range'], `bytes 0-7/${whole.rawPayload.length}`);
      assert.deepEqual(part.rawPayload, whole.rawPayload.subarray(0, 8));
      const tail = await fetchLink(app, result.image_url, { range: 'bytes=-4' });
      assert.deepEqual(tail.rawPayload, whole.rawPayload.subarray(-4));
      assert.equal((await fetchLink(app, result.image_url, { range: `bytes=${whole.rawPayload.length + 5}-` })).statusCode, 416);
      // Another first character of the signature, whatever it was (always replacing it with A was a no-op 1 run in 64).
      const tampered = result.image_url.replace(/sig=(.)/, (_: string, c: string) => `sig=${c === 'A' ? 'B' : 'A'}`);
      assert.equal((await fetchLink(app, tampered)).statusCode, 401);
      const noSig = new URL(result.image_url);
      assert.equal((await app.inject({ method: 'GET', url: noSig.pathname })).statusCode, 401);
    });

    it("fails a job truthfully when the upstream refuses the gateway's token", async () => {
      const { app: wrong, close } = await isolated(kind, { ...twin, token: 'not-the-token' });
      try {
        const response = await call(wrong, 'POST', REMOVE_BG, KEY_A, { image, sync: true });
        assert.equal(response.statusCode, 502, response.body);
        const body = response.json();
        assert.equal(body.provider, 'bria');
        assert.equal(body.upstream_status, 401);
        assert.match(body.detail, /BRIA_API_TOKEN/);
        assert.ok(!response.body.includes('not-the-token'), 'the token leaked');
        const status = (await call(wrong, 'GET', `/api/v1/bria/status/${body.task_id}`)).json();
        assert.equal(status.status, 'ERROR');
        assert.equal(status.error.code, 401);
      } finally {
        await close();
      }
    });

    it('cancels a running job', async () => {
      const slowTwin = await startBriaTwin({ processingMs: 5_000 });
      const { app: slow, close } = await isolated(kind, slowTwin);
      try {
        const { result } = (await call(slow, 'POST', REMOVE_BG, KEY_A, { image, sync: false })).json();
        await until(async () => {
          const j = (await call(slow, 'GET', `/api/v1/jobs/${result.task_id}`)).json().result;
          return j.state === 'running' ? j : undefined;
        }, 'running');
        const canceled = await call(slow, 'DELETE', `/api/v1/jobs/${result.task_id}`);
        assert.equal(canceled.statusCode, 200);
        assert.equal(canceled.json().result.state, 'canceled');
        const status = (await call(slow, 'GET', `/api/v1/bria/status/${result.task_id}`)).json();
        assert.equal(status.status, 'ERROR');
      } finally {
        await close();
        await slowTwin.app.close();
      }
    });

    it('posts a signed webhook when the job ends', async () => {
      const received: { headers: Record<string, string>; body: string }[] = [];
      const receiver = createServer((req, res) => {
        let body = '';
        req.on('data', (c) => (body += c));
        req.on('end', () => {
          received.push({ headers: req.headers as Record<string, string>, body });
          res.writeHead(204).end();
        });
      });
      await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
      const hook = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/vision?token=receiver-own`;
      try {
        const accepted = await app.inject({
          method: 'POST',
          url: REMOVE_BG,
          payload: { image },
          headers: { 'x-api-key': KEY_A, 'content-type': 'application/json', 'x-webhook-url': hook },
        });
        const { task_id } = accepted.json().result;
        await until(async () => (received.length > 0 ? true : undefined), 'the webhook');
        const secret = (await call(app, 'GET', '/api/v1/webhooks/secret')).json().result.secret;
        const payload = new Webhook(secret).verify(received[0].body, received[0].headers) as any;
        assert.equal(payload.type, 'job.succeeded');
        assert.equal(payload.data.id, task_id);
        assert.match(new URL(payload.data.result.image_url).pathname, /^\/api\/v1\/assets\//);
        assert.equal(new URL(payload.data.status_url).pathname, `/api/v1/bria/status/${task_id}`);
        const otherSecret = (await call(app, 'GET', '/api/v1/webhooks/secret', KEY_B)).json().result.secret;
        assert.notEqual(otherSecret, secret);
        assert.throws(() => new Webhook(otherSecret).verify(received[0].body, received[0].headers));
        // The receiver answered; the dispatcher records that right after.
        const deliveries = await until(async () => {
          const rows = await app.webhooks.deliveries(task_id);
          return rows.length === 1 && rows[0].state === 'delivered' ? rows : undefined;
        }, 'the delivery to be recorded');
        assert.equal(deliveries[0].attempts, 1);
      } finally {
        receiver.close();
      }
    });

    it('refuses a webhook URL it would not call', async () => {
      const strict = await isolated(kind, twin, { VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '0' });
      try {
        for (const hook of ['http://127.0.0.1/x', 'ftp://example.com/x', 'not a url']) {
          const response = await strict.app.inject({
            method: 'POST',
            url: REMOVE_BG,
            payload: { image },
            headers: { 'x-api-key': KEY_A, 'content-type': 'application/json', 'x-webhook-url': hook },
          });
          assert.equal(response.statusCode, 422, hook);
          assert.deepEqual(response.json().detail[0].loc, ['header', 'x-webhook-url']);
        }
      } finally {
        await strict.close();
      }
    });

    it('replays the first answer to an Idempotency-Key instead of starting a second job', async () => {
      const send = (key: string, body: unknown) =>
        app.inject({
          method: 'POST',
          url: REMOVE_BG,
          payload: body as never,
          headers: { 'x-api-key': KEY_A, 'content-type': 'application/json', 'idempotency-key': key },
        });
      const key = `retry-${Date.now()}`;
      const before = twin.calls.filter((c) => c.path === '/v2/image/edit/remove_background').length;
      const first = await send(key, { image });
      const again = await send(key, { image });
      assert.equal(again.statusCode, first.statusCode);
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.equal(again.json().result.task_id, first.json().result.task_id);
      await waitForJob(app, first.json().result.task_id, { key: KEY_A, done: (j) => j.state === 'succeeded', what: 'the job' });
      assert.equal(twin.calls.filter((c) => c.path === '/v2/image/edit/remove_background').length - before, 1, 'one upstream call');
      const changed = await send(key, { image, preserve_alpha: false });
      assert.equal(changed.statusCode, 409);
      assert.match(changed.json().detail, /different request/);
      const otherKey = await send(`${key}-2`, { image });
      assert.notEqual(otherKey.json().result.task_id, first.json().result.task_id);
      // Keys are per API key: the same key from another caller is a new request.
      const otherCaller = await app.inject({
        method: 'POST',
        url: REMOVE_BG,
        payload: { image },
        headers: { 'x-api-key': KEY_B, 'content-type': 'application/json', 'idempotency-key': key },
      });
      assert.equal(otherCaller.statusCode, 200);
      assert.notEqual(otherCaller.json().result.task_id, first.json().result.task_id);
      const bad = await send('x'.repeat(300), { image });
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json().detail[0].loc, ['header', 'idempotency-key']);
    });

    it('refuses bad media before accepting the job', async () => {
      const notImage = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n').toString('base64');
      const response = await call(app, 'POST', REMOVE_BG, KEY_A, { image: notImage });
      assert.equal(response.statusCode, 422);
      const [detail] = response.json().detail;
      assert.deepEqual(detail.loc, ['body', 'image']);
      assert.match(detail.msg, /not an image.*PDF/i);
    });
  });
}
