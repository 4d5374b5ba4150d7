// Webhooks for finished jobs, on both databases: a real receiver on 127.0.0.1 checks every
// request with the official `standardwebhooks` verifier; retries, give-up, 410, timeouts,
// Retry-After, refused redirects, the lease between two dispatchers, URL validation at
// submission (classified only: nothing non-loopback is ever contacted) and the secret derivation.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { Webhook } from 'standardwebhooks';
import { retryAfterMs } from '../src/core/upstream-error.js';
import { newId } from '../src/core/ids.js';
import { RequestValidationError } from '../src/core/validation.js';
import { JobStore } from '../src/jobs/store.js';
import { MAX_RETRY_AFTER_MS, WebhookDispatcher, validateWebhookUrl, webhookSecretFor, type WebhookTiming } from '../src/jobs/webhooks.js';
import { openStorage, sharedSecret, type Storage } from '../src/storage/database.js';
import type { JobRow, NewJobRow, WebhookDeliveryRow } from '../src/storage/schema.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';

const retryAfter = (value: string | undefined, now: number) => retryAfterMs(value, now, MAX_RETRY_AFTER_MS);

// ---------------------------------------------------------------------------------------------
// a receiver that records what it gets; each test answers on its own path

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  at: number;
}

type Answer = (req: http.IncomingMessage, res: http.ServerResponse, count: number) => void;

interface Receiver {
  origin: string;
  received: Received[];
  on(path: string, answer: Answer): string;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const answers = new Map<string, Answer>();
  const counts = new Map<string, number>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
      const count = (counts.get(path) ?? 0) + 1;
      counts.set(path, count);
      const answer = answers.get(path);
      if (answer) answer(req, res, count);
      else res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    received,
    on(path, answer) {
      answers.set(path, answer);
      return `${origin}${path}`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const ok: Answer = (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
const status =
  (code: number, headers: Record<string, string> = {}): Answer =>
  (_req, res) =>
    res.writeHead(code, headers).end();

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) assert.fail(`condition not met within ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const logLines: string[] = [];
const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });

const FAST: WebhookTiming = { retryDelaysMs: [100, 100], timeoutMs: 1_000, sweepIntervalMs: 20, leaseMs: 3_000 };

// ---------------------------------------------------------------------------------------------
// without a database

describe('webhook secrets', () => {
  it('derive a stable whsec_ secret per owner (HMAC-SHA256(master, "webhook:" + owner), 32 bytes)', () => {
    const a = webhookSecretFor('master-1', 'owner-a');
    assert.equal(a, webhookSecretFor('master-1', 'owner-a'));
    assert.match(a, /^whsec_[A-Za-z0-9+/]+=*$/);
    const key = Buffer.from(a.slice('whsec_'.length), 'base64');
    assert.equal(key.length, 32);
    assert.deepEqual(key, createHmac('sha256', 'master-1').update('webhook:owner-a').digest());
    assert.notEqual(webhookSecretFor('master-1', 'owner-b'), a);
    assert.notEqual(webhookSecretFor('master-2', 'owner-a'), a);
    // The official library takes it as is.
    const wh = new Webhook(a);
    const signature = wh.sign('msg_1', new Date(), '{}');
    assert.match(signature, /^v1,/);
  });
});

describe('validateWebhookUrl', () => {
  async function refused(url: string, allowPrivateNetwork: boolean, msg: RegExp): Promise<void> {
    await assert.rejects(validateWebhookUrl(url, { allowPrivateNetwork }), (err: unknown) => {
      assert.ok(err instanceof RequestValidationError, String(err));
      assert.equal(err.statusCode, 422);
      assert.equal(err.detail.length, 1);
      assert.deepEqual(err.detail[0].loc, ['header', 'x-webhook-url']);
      assert.equal(err.detail[0].type, 'value_error');
      assert.match(err.detail[0].msg, msg);
      return true;
    });
  }

  it('refuses private addresses, other schemes, non-URLs and over-long URLs', async () => {
    await refused('http://127.0.0.1/x', false, /loopback/);
    await refused('http://10.1.2.3/x', false, /private/);
    await refused('http://[::1]/x', false, /loopback/);
    await refused('ftp://93.184.216.34/x', false, /scheme/);
    await refused('ftp://example.com/x', false, /scheme/);
    await refused('not a url', false, /not a valid URL/);
    await refused('', false, /empty/);
    await refused(`https://93.184.216.34/${'a'.repeat(2100)}`, false, /longer than 2048/);
    // Cloud metadata stays refused even with the private network allowed.
    await refused('http://169.254.169.254/latest', true, /metadata/);
  });

  it('accepts a public address (classified, never contacted) and answers the normalised URL', async () => {
    assert.equal(await validateWebhookUrl('https://93.184.216.34/hook', { allowPrivateNetwork: false }), 'https://93.184.216.34/hook');
    assert.equal(await validateWebhookUrl(' HTTPS://93.184.216.34:443/a/../hook#frag ', { allowPrivateNetwork: false }), 'https://93.184.216.34/hook');
    assert.equal(await validateWebhookUrl('http://127.0.0.1:8080/x', { allowPrivateNetwork: true }), 'http://127.0.0.1:8080/x');
  });
});

describe('retryAfterMs (capped at a day for webhooks)', () => {
  it('reads delta-seconds and HTTP dates, capped at 24 h', () => {
    assert.equal(retryAfter('2', 0), 2_000);
    assert.equal(retryAfter(undefined, 0), undefined);
    assert.equal(retryAfter('soon', 0), undefined);
    const now = Date.parse('2024-01-01T00:00:00Z');
    assert.equal(retryAfter('Mon, 01 Jan 2024 00:00:30 GMT', now), 30_000);
    assert.equal(retryAfter('Sun, 31 Dec 2023 00:00:00 GMT', now), 0);
    assert.equal(retryAfter('999999999', 0), 24 * 3_600_000);
  });
});

// ---------------------------------------------------------------------------------------------
// deliveries, on each database

for (const kind of databaseKinds) {
  describe(`webhook deliveries on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let storage: Storage;
    let store: JobStore;
    let master: string;
    let receiver: Receiver;
    let n = 0;

    before(async () => {
      database = await kind.create();
      storage = await openStorage(database.url, database.dataDir);
      store = new JobStore(storage);
      master = await sharedSecret(storage, 'webhook-master');
      receiver = await startReceiver();
    });
    after(async () => {
      await receiver?.close();
      await storage?.close();
      await database?.cleanup();
    });

    const dispatcher = (timing: WebhookTiming = FAST, on: Storage = storage, logger = log) =>
      new WebhookDispatcher({ storage: on, masterSecret: master, log: logger, allowPrivateNetwork: true, timing });

    /** A finished job of `owner` whose webhook goes to `answer` on a fresh path. */
    async function finishedJob(answer: Answer, owner = 'owner-a'): Promise<{ job: JobRow; path: string }> {
      const path = `/hook/${++n}?token=receiver-own-token`;
      const url = receiver.on(path, answer);
      const row: NewJobRow = {
        id: newId('job'),
        owner,
        provider: 'bria',
        operation: 'bria.remove-background',
        state: 'succeeded',
        request: '{}',
        upstream_id: null,
        upstream_status: null,
        progress: null,
        result: '{"image_url":"https://example.test/a.png"}',
        upstream_result: null,
        error: null,
        webhook_url: url,
        created_at: 1_000,
        updated_at: 2_000,
        started_at: 1_000,
        finished_at: 2_000,
        next_run_at: null,
        deadline_at: 100_000,
        lease_owner: null,
        lease_until: null,
      };
      return { job: await store.create(row), path };
    }

    const payloadOf = (job: JobRow) => ({ id: job.id, status: job.state, result: JSON.parse(job.result ?? 'null') });
    const requestsTo = (path: string) => receiver.received.filter((r) => r.path === path);
    const single = async (d: WebhookDispatcher, jobId: string, done: (row: WebhookDeliveryRow) => boolean) =>
      (
        await waitFor(
          () => d.deliveries(jobId),
          (rows) => rows.length === 1 && done(rows[0]),
        )
      )[0];

    /** Verifies one received request with the official library; answers the parsed payload. */
    const verify = (r: Received, owner = 'owner-a') => new Webhook(webhookSecretFor(master, owner)).verify(r.body, r.headers as Record<string, string>);

    it('delivers on the first try, signed so that the standardwebhooks verifier accepts it', async () => {
      const d = dispatcher();
      d.start();
      try {
        const { job, path } = await finishedJob(ok);
        await d.enqueue(job, payloadOf(job));
        const row = await single(d, job.id, (r) => r.state !== 'pending');
        assert.equal(row.state, 'delivered');
        assert.equal(row.attempts, 1);
        assert.equal(row.last_status, 200);
        assert.equal(row.last_error, null);
        assert.equal(row.next_attempt_at, null);
        assert.equal(row.lease_until, null);
        assert.match(row.id, /^whd_/);
        const [request] = requestsTo(path);
        assert.equal(requestsTo(path).length, 1);
        assert.deepEqual(verify(request), payloadOf(job));
        assert.equal(request.headers['webhook-id'], row.id);
        assert.equal(request.headers['content-type'], 'application/json');
        assert.equal(request.headers['user-agent'], 'vision-studio-webhooks');
        assert.ok(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000) < 10);
        // Another key's secret does not verify it.
        assert.throws(() => verify(request, 'owner-b'), /No matching signature/);
      } finally {
        await d.stop();
      }
    });

    it('signs with the secret of the job owner', async () => {
      const d = dispatcher();
      d.start();
      try {
        const { job, path } = await finishedJob(ok, 'owner-b');
        await d.enqueue(job, payloadOf(job));
        await single(d, job.id, (r) => r.state === 'delivered');
        assert.deepEqual(verify(requestsTo(path)[0], 'owner-b'), payloadOf(job));
        assert.throws(() => verify(requestsTo(path)[0], 'owner-a'));
      } finally {
        await d.stop();
      }
    });

    it('records nothing for a job without a webhook URL', async () => {
      const d = dispatcher();
      const { job } = await finishedJob(ok);
      await d.enqueue({ ...job, webhook_url: null }, payloadOf(job));
      assert.deepEqual(await d.deliveries(job.id), []);
    });

    it('retries after 500s with the same webhook-id, then is delivered', async () => {
      const d = dispatcher();
      d.start();
      try {
        const { job, path } = await finishedJob((req, res, count) => (count <= 2 ? status(500)(req, res, count) : ok(req, res, count)));
        await d.enqueue(job, payloadOf(job));
        const row = await single(d, job.id, (r) => r.state !== 'pending');
        assert.equal(row.state, 'delivered');
        assert.equal(row.attempts, 3);
        assert.equal(row.last_status, 200);
        const requests = requestsTo(path);
        assert.equal(requests.length, 3);
        for (const r of requests) {
          assert.equal(r.headers['webhook-id'], row.id);
          assert.deepEqual(verify(r), payloadOf(job));
        }
        // The retries follow the schedule (100 ms each here).
        assert.ok(requests[1].at - requests[0].at >= 90, `retry after ${requests[1].at - requests[0].at} ms`);
      } finally {
        await d.stop();
      }
    });

    it('gives up once the schedule is exhausted', async () => {
      const d = dispatcher();
      d.start();
      try {
        const { job, path } = await finishedJob(status(500));
        await d.enqueue(job, payloadOf(job));
        const row = await single(d, job.id, (r) => r.state !== 'pending');
        assert.equal(row.state, 'failed');
        assert.equal(row.attempts, 3); // the first attempt + 2 retries
        assert.equal(row.last_status, 500);
        assert.equal(row.last_error, 'receiver answered 500');
        assert.equal(row.next_attempt_at, null);
        await new Promise((r) => setTimeout(r, 250));
        assert.equal(requestsTo(path).length, 3);
      } finally {
        await d.stop();
      }
    });

    it('stops at once on 410 Gone', async () => {
      const d = dispatcher();
      d.start();
      try {
        const { job, path } = await finishedJob(status(410));
        await d.enqueue(job, payloadOf(job));
        const row = await single(d, job.id, (r) => r.state !== 'pending');
        assert.equal(row.state, 'failed');
        assert.equal(row.attempts, 1);
        assert.equal(row.last_status, 410);
        await new Promise((r) => setTimeout(r, 250));
        assert.equal(requestsTo(path).length, 1);
      } finally {
        await d.stop();
      }
    });

    it('records a timeout when the receiver hangs, and retries', async () => {
      const d = dispatcher({ retryDelaysMs: [500], timeoutMs: 300, sweepIntervalMs: 20, leaseMs: 2_000 });
      d.start();
      try {
        // The first request never gets an answer; the second one does.
        const { job, path } = await finishedJob((req, res, count) => (count === 1 ? undefined : ok(req, res, count)));
        await d.enqueue(job, payloadOf(job));
        const first = await single(d, job.id, (r) => r.attempts === 1);
        assert.equal(first.state, 'pending');
        assert.equal(first.last_status, null);
        assert.match(first.last_error ?? '', /timed out after 300 ms/);
        const row = await single(d, job.id, (r) => r.state !== 'pending');
        assert.equal(row.state, 'delivered');
        assert.equal(row.attempts, 2);
        assert.equal(requestsTo(path).length, 2);
      } finally {
        await d.stop();
      }
    });

    it('waits as long as Retry-After asks on 503', async () => {
      const d = dispatcher({ retryDelaysMs: [50], timeoutMs: 1_000, sweepIntervalMs: 20, leaseMs: 3_000 });
      d.start();
      try {
        const { job, path } = await finishedJob((req, res, count) => (count === 1 ? status(503, { 'retry-after': '1' })(req, res, count) : ok(req, res, count)));
        await d.enqueue(job, payloadOf(job));
        const row = await single(d, job.id, (r) => r.state !== 'pending');
        assert.equal(row.state, 'delivered');
        assert.equal(row.attempts, 2);
        const [a, b] = requestsTo(path);
        assert.ok(b.at - a.at >= 950, `retried after ${b.at - a.at} ms`);
      } finally {
        await d.stop();
      }
    });

    it('does not follow a redirect', async () => {
      const d = dispatcher({ retryDelaysMs: [], timeoutMs: 1_000, sweepIntervalMs: 20, leaseMs: 3_000 });
      d.start();
      try {
        const target = receiver.on('/redirect-target', ok);
        const { job } = await finishedJob(status(307, { location: target }));
        await d.enqueue(job, payloadOf(job));
        const row = await single(d, job.id, (r) => r.state !== 'pending');
        assert.equal(row.state, 'failed');
        assert.equal(row.last_status, 307);
        assert.match(row.last_error ?? '', /redirects are not followed/);
        assert.equal(requestsTo('/redirect-target').length, 0);
      } finally {
        await d.stop();
      }
    });

    it('reads at most a small part of a large answer and still counts a 2xx as delivered', async () => {
      const d = dispatcher();
      d.start();
      try {
        const { job } = await finishedJob((_req, res) => res.writeHead(200).end(Buffer.alloc(2_000_000, 'x')));
        await d.enqueue(job, payloadOf(job));
        const row = await single(d, job.id, (r) => r.state !== 'pending');
        assert.equal(row.state, 'delivered');
        assert.equal(row.attempts, 1);
      } finally {
        await d.stop();
      }
    });

    it('never lets two dispatchers on the same database deliver one delivery twice', async () => {
      const other = await openStorage(database.url, database.dataDir);
      // Each one counts what it delivered (a dispatcher takes at most 16 at a time: both get some).
      const delivered = { a: 0, b: 0 };
      const counting = (name: 'a' | 'b') => pino({ level: 'info' }, { write: (line: string) => void (line.includes('webhook delivered') && delivered[name]++) });
      const a = dispatcher(FAST, storage, counting('a'));
      const b = dispatcher(FAST, other, counting('b'));
      try {
        const jobs: JobRow[] = [];
        const paths: string[] = [];
        const slow: Answer = (req, res, count) => void setTimeout(() => ok(req, res, count), 100);
        for (let i = 0; i < 24; i++) {
          const { job, path } = await finishedJob(slow);
          jobs.push(job);
          paths.push(path);
          await a.enqueue(job, payloadOf(job));
        }
        a.start();
        b.start();
        for (const job of jobs) await single(a, job.id, (r) => r.state === 'delivered');
        for (const [i, path] of paths.entries()) {
          const requests = requestsTo(path);
          assert.equal(requests.length, 1, `${path} received ${requests.length} requests`);
          assert.deepEqual(verify(requests[0]), payloadOf(jobs[i]));
        }
        for (const job of jobs) assert.equal((await a.deliveries(job.id))[0].attempts, 1);
        assert.equal(delivered.a + delivered.b, jobs.length);
        assert.ok(delivered.a > 0 && delivered.b > 0, `a delivered ${delivered.a}, b ${delivered.b}`);
      } finally {
        await a.stop();
        await b.stop();
        await other.close();
      }
    });

    it('logs neither secrets nor receiver paths', () => {
      const all = logLines.join('');
      assert.ok(all.includes('webhook delivered'));
      assert.ok(!all.includes('whsec_'));
      assert.ok(!all.includes(webhookSecretFor(master, 'owner-a').slice('whsec_'.length)));
      assert.ok(!all.includes('receiver-own-token'));
    });
  });
}
