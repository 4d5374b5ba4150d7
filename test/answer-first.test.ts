// Answer first: a caller waiting for an image as b64_json gets it from the bytes in hand while the
// gateway stores it; the job says `succeeded` only once the asset is stored, ends `failed` when it
// cannot be stored, and a process that dies between the answer and the store loses nothing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Asset } from '../src/assets/assets.js';
import { buildApp } from '../src/app.js';
import { SMALL_BLOB_MAX_BYTES } from '../src/assets/db-blobs.js';
import { outputAssetIds } from '../src/compat/answers.js';
import { loadConfig } from '../src/config.js';
import { ProviderGuards } from '../src/core/resilience.js';
import type { JobAdapter } from '../src/jobs/adapter.js';
import { JobEngine } from '../src/jobs/engine.js';
import { isFinal } from '../src/jobs/state.js';
import { LocalQueue } from '../src/jobs/queue.js';
import { JobStore } from '../src/jobs/store.js';
import { openStorage, type Storage } from '../src/storage/database.js';
import type { JobRow } from '../src/storage/schema.js';
import { databaseKinds } from './support/databases.js';
import { startOpenAITwin } from './support/twins.js';

const KEY = 'answer-first-key-0123456789';

describe('POST /v1/images/generations answers first', () => {
  let app: FastifyInstance;
  let dataDir: string;
  let close: () => Promise<void>;
  before(async () => {
    const openai = await startOpenAITwin();
    dataDir = await mkdtemp(path.join(tmpdir(), 'answer-first-'));
    const config = loadConfig({ VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_LOG_LEVEL: 'silent', VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1', ...openai.env });
    app = await buildApp({ ...config, dataDir });
    await app.ready();
    close = async () => {
      await app.close();
      await openai.app.close();
      await rm(dataDir, { recursive: true, force: true });
    };
  });
  after(() => close());

  const generate = (format = 'b64_json') =>
    app.inject({
      method: 'POST',
      url: '/v1/images/generations',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      payload: { model: 'openai/gpt-image-2', prompt: 'a paper boat', size: '1024x1024', response_format: format },
    });
  const jobOf = async (response: { headers: Record<string, unknown> }) => (await app.jobStore.get(String(response.headers['x-vision-studio-task-id'])))!;
  const until = async (id: string, done: (job: JobRow) => boolean) => {
    for (let i = 0; i < 200; i++) {
      const job = (await app.jobStore.get(id))!;
      if (done(job)) return job;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`job ${id} never got there`);
  };

  /**
   * Holds every blob write until `release()`; `fail` makes them throw instead. Small outputs go
   * through put() too, instead of the job's last transaction (the test below that one).
   */
  function holdWrites(fail?: Error) {
    const blobs = app.assets.blobs;
    const put = blobs.put;
    const putStatement = blobs.putStatement;
    blobs.putStatement = undefined;
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let writes = 0;
    blobs.put = async (...args) => {
      writes++;
      if (fail) throw fail;
      await released;
      return put.apply(blobs, args);
    };
    return {
      release,
      writes: () => writes,
      restore: () => {
        release();
        blobs.put = put;
        blobs.putStatement = putStatement;
      },
    };
  }

  it("keeps a small image in the database with the job's last transaction, not in a file", async () => {
    const response = await generate();
    assert.equal(response.statusCode, 200, response.body);
    const image = Buffer.from(response.json().data[0].b64_json, 'base64');
    assert.ok(image.length <= SMALL_BLOB_MAX_BYTES, `the twin's image is small (${image.length} bytes)`);
    const done = await until((await jobOf(response)).id, (j) => j.state === 'succeeded');
    const [id] = outputAssetIds(done);
    const asset = (await app.assets.get(id))!;
    const row = await app.storage.db.selectFrom('blobs').select('data').where('key', '=', asset.storage_key).executeTakeFirst();
    assert.deepEqual(Buffer.from(row!.data), image);
    assert.equal(asset.sha256, createHash('sha256').update(image).digest('hex'));
    await assert.rejects(stat(path.join(dataDir, 'assets', ...asset.storage_key.split('/'))), { code: 'ENOENT' });
    const served = await app.inject({ method: 'GET', url: `/api/v1/assets/${id}`, headers: { 'x-api-key': KEY } });
    assert.equal(served.statusCode, 200, served.body);
    assert.deepEqual(served.rawPayload, image);
  });

  it('answers with the image while it is being stored, and the job succeeds once it is', async () => {
    const hold = holdWrites();
    try {
      const response = await generate();
      assert.equal(response.statusCode, 200, response.body);
      const image = Buffer.from(response.json().data[0].b64_json, 'base64');
      assert.equal(image.subarray(1, 4).toString(), 'PNG');
      const job = await jobOf(response);
      assert.equal(hold.writes(), 1, 'the asset is being written');
      assert.notEqual(job.state, 'succeeded', 'succeeded before its asset is stored');
      hold.release();
      const done = await until(job.id, (j) => j.state === 'succeeded');
      const [id] = outputAssetIds(done);
      assert.deepEqual((await app.assets.load(id)).data, image, 'the stored asset is the image the caller got');
    } finally {
      hold.restore();
    }
  });

  it('a url answer waits for the store (its link may be fetched from any gateway process)', async () => {
    const hold = holdWrites();
    try {
      const pending = generate('url');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(hold.writes(), 1);
      let answered = false;
      void pending.then(() => {
        answered = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(answered, false, 'answered with a link to an asset not stored yet');
      hold.release();
      const response = await pending;
      assert.equal(response.statusCode, 200, response.body);
      const link = new URL(response.json().data[0].url);
      const fetched = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
      assert.equal(fetched.statusCode, 200);
    } finally {
      hold.restore();
    }
  });

  it('a store that keeps failing after the answer ends the job failed, not succeeded with a missing asset', async () => {
    const hold = holdWrites(new Error('disk full'));
    try {
      const response = await generate();
      assert.equal(response.statusCode, 200, 'the caller was answered from the bytes in hand');
      const job = await until((await jobOf(response)).id, (j) => j.state !== 'running' && j.state !== 'queued');
      assert.equal(job.state, 'failed');
      assert.equal(JSON.parse(job.error!).code, 'output_not_kept');
      assert.equal(job.result, null);
      assert.ok(hold.writes() > 1, 'the store was retried');
      assert.equal(job.upstream_calls, 1, 'the upstream was not asked again: the caller has its image');
    } finally {
      hold.restore();
    }
  });
});

describe('a key limited to one job at a time, asking for images one after another', () => {
  it("is never refused: each answer's job is recorded as ended before the next request's job", async () => {
    const openai = await startOpenAITwin();
    const dataDir = await mkdtemp(path.join(tmpdir(), 'answer-first-limit-'));
    const config = loadConfig({
      VISION_STUDIO_API_KEYS: KEY,
      VISION_STUDIO_MAX_CONCURRENT_JOBS: '1',
      VISION_STUDIO_LOG_LEVEL: 'silent',
      VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
      ...openai.env,
    });
    const app = await buildApp({ ...config, dataDir });
    try {
      const address = await app.listen({ host: '127.0.0.1', port: 0 });
      for (let i = 0; i < 30; i++) {
        const response = await fetch(`${address}/v1/images/generations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'openai/gpt-image-2', prompt: `a paper boat ${i}`, size: '1024x1024', response_format: 'b64_json' }),
        });
        const body = await response.text();
        assert.equal(response.status, 200, `request ${i}: ${body}`);
      }
    } finally {
      await app.close();
      await openai.app.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

const silent = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;
const sqlite = databaseKinds.find((kind) => kind.name === 'sqlite')!;

describe('a process that dies between the answer and the store', () => {
  let storage: Storage;
  let cleanup: () => Promise<void>;
  before(async () => {
    const database = await sqlite.create();
    storage = await openStorage(database.url, database.dataDir);
    cleanup = async () => {
      await storage.close();
      await database.cleanup();
    };
  });
  after(() => cleanup());

  it('leaves the job to the next process, which finishes it with a stored output', async () => {
    let starts = 0;
    const adapter: JobAdapter = {
      async start() {
        starts++;
        return { kind: 'done', outputs: [{ data: Buffer.from(`image ${starts}`), contentType: 'image/png' }] };
      },
      async poll() {
        throw new Error('not polled');
      },
      result: (assets) => ({ images: assets.map((a) => `asset://${a.id}`) }),
    };
    const stored = new Map<string, Buffer>();
    let storeStuck!: () => void;
    const stuck = new Promise<void>((resolve) => {
      storeStuck = resolve;
    });
    const engine = (keep: (id: string, bytes: Buffer) => Promise<void>, { takeOverLeases = false, sweepIntervalMs = 50 } = {}) =>
      new JobEngine({
        store: new JobStore(storage),
        queue: new LocalQueue(),
        adapters: new Map([['test.image', adapter]]),
        rehost: async (job, outputs) => {
          const assets = outputs.map((_output, i) => ({ id: `asset_${job.id}_${starts}_${i}` }) as Asset);
          const bytes = outputs.map((o) => o.data!);
          return {
            assets,
            bytes,
            keep: async () => {
              for (const [i, a] of assets.entries()) await keep(a.id, bytes[i]);
              return [];
            },
          };
        },
        loadAsset: async () => ({ data: Buffer.alloc(0), contentType: 'application/octet-stream' }),
        assetSource: async () => ({ size: 0, contentType: 'application/octet-stream', read: async () => [] }),
        assetUrl: async (id) => id,
        config: loadConfig({}),
        guards: new ProviderGuards(),
        log: silent,
        timing: { leaseMs: 60_000, sweepIntervalMs },
        takeOverLeases,
      });
    // The first process answers, then never gets its write done (it is as good as dead).
    // Its sweeper does not come round again: the job is not claimed back by this process.
    const first = engine(() => stuck, { sweepIntervalMs: 60_000 });
    await first.start();
    const { job, outcome } = await first.submitAndWait({ owner: 'o', provider: 'test', operation: 'test.image', request: {} }, { timeoutMs: 5_000, inHand: true });
    const answer = await outcome;
    assert.equal([...answer!.bytes!.values()][0].toString(), 'image 1');
    const meanwhile = (await storage.db.selectFrom('jobs').select('state').where('id', '=', job.id).executeTakeFirstOrThrow()).state;
    assert.ok(!isFinal(meanwhile), `the job is ${meanwhile} before its output is stored`);

    // (Its own step timer, due since the submit, fires meanwhile and finds the job leased: a dead
    // process would not run it after the take-over below.)
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The next process on the same database takes the job over (a restart on SQLite does so at once).
    const next = engine(
      async (id, bytes) => {
        stored.set(id, bytes);
      },
      { takeOverLeases: true },
    );
    await next.start();
    try {
      const final = await next.waitForFinal(job.id, 5_000);
      assert.equal(final?.state, 'succeeded');
      const [ref] = JSON.parse(final!.result!).images as string[];
      assert.equal(stored.get(ref.replace('asset://', ''))?.toString(), 'image 2', "the job's output is stored");
      assert.equal(starts, 2, "run again upstream: the first run's bytes died with its process");
    } finally {
      storeStuck();
      await Promise.all([first.stop(), next.stop()]);
    }
    const after = (await storage.db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirstOrThrow()) as JobRow;
    assert.equal(after.state, 'succeeded', 'the first process, coming back late, does not overwrite the outcome');
    assert.equal(after.result, JSON.stringify({ images: [`asset://${[...stored.keys()][0]}`] }));
  });
});
