// The job engine's own guarantees, with a real store and two engines sharing it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import type { FastifyBaseLogger } from 'fastify';
import { AssetService } from '../src/assets/assets.js';
import { openBlobStore } from '../src/assets/blob-store.js';
import { loadConfig } from '../src/config.js';
import { ProviderGuards } from '../src/core/resilience.js';
import type { JobAdapter } from '../src/jobs/adapter.js';
import { JobEngine } from '../src/jobs/engine.js';
import { JobLimitError, type EngineDeps } from '../src/jobs/engine-types.js';
import { LocalQueue, type WorkQueue } from '../src/jobs/queue.js';
import { JobStore } from '../src/jobs/store.js';
import { openStorage, type Storage } from '../src/storage/database.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';

const silent = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;

/** A LocalQueue that notes which jobs went through it. */
class CountingQueue extends LocalQueue implements WorkQueue {
  readonly scheduled: string[] = [];
  override async schedule(jobId: string, delayMs: number): Promise<void> {
    this.scheduled.push(jobId);
    return super.schedule(jobId, delayMs);
  }
}

const engineWith = (storage: Storage, adapter: JobAdapter, extra: Partial<EngineDeps> = {}) =>
  new JobEngine({
    store: new JobStore(storage),
    queue: new LocalQueue(),
    adapters: new Map([['test.op', adapter]]),
    rehost: async () => ({ assets: [], bytes: [], keep: async () => [] }),
    loadAsset: async () => ({ data: Buffer.alloc(0), contentType: 'application/octet-stream' }),
    assetSource: async () => ({ size: 0, contentType: 'application/octet-stream', read: async () => [] }),
    assetUrl: async (id) => id,
    config: loadConfig({}),
    guards: new ProviderGuards(),
    log: silent,
    ...extra,
  });

for (const kind of databaseKinds) {
  describe(`job engine on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let storage: Storage;
    before(async () => {
      database = await kind.create();
      storage = await openStorage(database.url, database.dataDir);
    });
    after(async () => {
      await storage?.close();
      await database?.cleanup();
    });

    it('keeps the lease of a step that outlasts it, so no other process runs the job twice', async () => {
      let starts = 0;
      // A provider that takes four leases' time to answer a create.
      const slow: JobAdapter = {
        async start() {
          starts++;
          await new Promise((r) => setTimeout(r, 1_200));
          return { kind: 'done', outputs: [], data: { answer: 42 } };
        },
        async poll() {
          throw new Error('not polled');
        },
        result: (_assets, data) => data,
      };
      const engines = [0, 1].map(() => engineWith(storage, slow, { timing: { leaseMs: 300, sweepIntervalMs: 50 } }));
      await Promise.all(engines.map((e) => e.start()));
      try {
        const job = await engines[0].submit({ owner: 'o', provider: 'test', operation: 'test.op', request: {} });
        const done = await engines[1].waitForFinal(job.id, 5_000);
        assert.equal(done?.state, 'succeeded');
        assert.deepEqual(JSON.parse(done!.result!), { answer: 42 });
        assert.equal(starts, 1, 'the create ran twice');
      } finally {
        await Promise.all(engines.map((e) => e.stop()));
      }
    });

    it('runs a job here at once while a step slot is free (no queue, no claim), queues it otherwise', async () => {
      const gates: (() => void)[] = [];
      const started: { id: string; awaited: boolean | undefined }[] = [];
      const gated: JobAdapter = {
        async start(_request, ctx) {
          started.push({ id: ctx.jobId, awaited: ctx.awaited });
          await new Promise<void>((resolve) => gates.push(resolve));
          return { kind: 'done', outputs: [], data: { ok: true } };
        },
        async poll() {
          throw new Error('not polled');
        },
        result: (_assets, data) => data,
      };
      const queue = new CountingQueue();
      const engine = engineWith(storage, gated, { queue, timing: { concurrency: 1, sweepIntervalMs: 60_000 } });
      await engine.start();
      try {
        const input = { owner: 'o-run-here', provider: 'test', operation: 'test.op', request: {} };
        const first = await engine.submitAndWait(input, { timeoutMs: 5_000, inHand: false });
        // Recorded leased to this process, and started before submit returned, knowing a caller waits.
        assert.equal(first.job.lease_owner, engine.worker);
        assert.deepEqual(started, [{ id: first.job.id, awaited: true }]);
        const second = await engine.submit(input);
        assert.equal(second.lease_owner, null, 'no step slot free: recorded unleased');
        assert.deepEqual(queue.scheduled, [second.id]);
        gates.shift()!();
        assert.equal((await first.outcome)?.job.state, 'succeeded');
        // The second runs once the first gives its slot back.
        while (gates.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
        gates.shift()!();
        assert.equal((await engine.waitForFinal(second.id, 5_000))?.state, 'succeeded');
        assert.deepEqual(queue.scheduled, [second.id]);
      } finally {
        await engine.stop();
      }
    });

    it('records a job with a limit only while its owner has room', async () => {
      const instant: JobAdapter = {
        async start() {
          return { kind: 'pending', upstreamId: 'u', pollAfterMs: 60_000 };
        },
        async poll() {
          return { kind: 'pending', upstreamId: 'u', pollAfterMs: 60_000 };
        },
        result: (_assets, data) => data,
      };
      const engine = engineWith(storage, instant, { timing: { sweepIntervalMs: 60_000 } });
      await engine.start();
      try {
        const input = { owner: 'o-limited', provider: 'test', operation: 'test.op', request: {}, limit: 2 };
        await engine.submit(input);
        await engine.submit(input);
        await assert.rejects(engine.submit(input), (error) => error instanceof JobLimitError && error.limit === 2);
        const rows = await storage.db.selectFrom('jobs').select('id').where('owner', '=', 'o-limited').execute();
        assert.equal(rows.length, 2);
        // Another owner is not counted against it.
        await engine.submit({ ...input, owner: 'o-other' });
      } finally {
        await engine.stop();
      }
    });

    it("starts a waited job's upstream call while its record is written, and answers only once it is", async () => {
      const events: string[] = [];
      const store = new JobStore(storage);
      const createWithin = store.createWithin.bind(store);
      // The record takes its time: the upstream call starts meanwhile, its answer waits for it.
      store.createWithin = async (...args) => {
        events.push('record started');
        await new Promise((resolve) => setTimeout(resolve, 100));
        const row = await createWithin(...args);
        events.push('recorded');
        return row;
      };
      const fast: JobAdapter = {
        async start() {
          events.push('upstream called');
          return { kind: 'done', outputs: [], data: { ok: true } };
        },
        async poll() {
          throw new Error('not polled');
        },
        result: (_assets, data) => data,
      };
      const engine = engineWith(storage, fast, { store, timing: { sweepIntervalMs: 60_000 } });
      await engine.start();
      try {
        const input = { owner: 'o-overlap', provider: 'test', operation: 'test.op', request: {}, limit: 5 };
        const { job, outcome } = await engine.submitAndWait(input, { timeoutMs: 5_000, inHand: true });
        const done = await outcome;
        events.push('answered');
        assert.deepEqual(events, ['record started', 'upstream called', 'recorded', 'answered']);
        assert.equal(done?.job.id, job.id);
        assert.equal((await engine.waitForFinal(job.id, 5_000))?.state, 'succeeded');
      } finally {
        await engine.stop();
      }
    });

    it('a first step that runs while the record is written reads an input kept with that record once it is written', async () => {
      // An input too large to be handed over from memory: its row goes with the job's record.
      const assets = new AssetService(storage, openBlobStore(undefined, database.dataDir), { secret: 's', urlTtlSeconds: 60, allowPrivateNetwork: false });
      const { row: input, stored } = await assets.keepBytes('o-inputs', Buffer.alloc(2 * 1024 * 1024, 7), { contentTypeHint: 'application/octet-stream', readSoon: true });
      const store = new JobStore(storage);
      const create = store.create.bind(store);
      store.create = async (...args) => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        return create(...args);
      };
      const reading: JobAdapter = {
        async start(_request, ctx) {
          const link = await ctx.assetUrl(input.id);
          const source = await ctx.assetSource(input.id);
          return { kind: 'done', outputs: [], data: { size: source.size, link } };
        },
        async poll() {
          throw new Error('not polled');
        },
        result: (_assets, data) => data,
      };
      const engine = engineWith(storage, reading, {
        store,
        assetSource: (id, written) => assets.source(id, written),
        // A provider fetching the link finds the row: it is handed out once the record is written.
        assetUrl: async (id) => ((await assets.get(id)) ? `link:${id}` : 'no row yet'),
        timing: { sweepIntervalMs: 60_000 },
      });
      await engine.start();
      try {
        const submitted = { owner: 'o-inputs', provider: 'test', operation: 'test.op', request: {}, alongside: stored.then(() => [assets.record(input)]) };
        const { job, outcome } = await engine.submitAndWait(submitted, { timeoutMs: 5_000, inHand: true });
        await outcome;
        const done = await engine.waitForFinal(job.id, 5_000);
        assert.equal(done?.state, 'succeeded', done?.error ?? undefined);
        assert.deepEqual(JSON.parse(done!.result!), { size: 2 * 1024 * 1024, link: `link:${input.id}` });
        assert.equal(done?.attempts, 0, 'the first step failed');
      } finally {
        await engine.stop();
      }
    });

    it('aborts the upstream call of a waited job refused at the limit, keeps nothing of it, and records the owner’s next jobs first', async () => {
      const calls: { id: string; aborted: Promise<unknown> }[] = [];
      const hanging: JobAdapter = {
        async start(_request, ctx) {
          const aborted = new Promise((resolve) => ctx.signal.addEventListener('abort', () => resolve(ctx.signal.reason), { once: true }));
          calls.push({ id: ctx.jobId, aborted });
          await aborted;
          throw ctx.signal.reason;
        },
        async poll() {
          throw new Error('not polled');
        },
        result: (_assets, data) => data,
      };
      const engine = engineWith(storage, hanging, { timing: { sweepIntervalMs: 60_000 } });
      await engine.start();
      const owner = 'o-refused-late';
      try {
        // The owner is at its limit: one job of it is already running.
        await storage.db
          .insertInto('jobs')
          .values({
            id: 'job_at_limit',
            owner,
            provider: 'test',
            operation: 'test.op',
            state: 'running',
            request: '{}',
            created_at: 1,
            updated_at: 1,
            deadline_at: Date.now() + 60_000,
          })
          .execute();
        const input = { owner, provider: 'test', operation: 'test.op', request: {}, limit: 1 };
        await assert.rejects(engine.submitAndWait(input, { timeoutMs: 5_000, inHand: true }), (error) => error instanceof JobLimitError);
        assert.equal(calls.length, 1, 'the upstream call started while the record was written');
        assert.equal(((await calls[0].aborted) as Error).message, 'the job was not recorded');
        // Refused once that way: the next job of this owner is refused before any upstream call.
        await assert.rejects(engine.submitAndWait(input, { timeoutMs: 5_000, inHand: true }), (error) => error instanceof JobLimitError);
        assert.equal(calls.length, 1);
        await engine.stop();
        const rows = await storage.db.selectFrom('jobs').select('id').where('owner', '=', owner).execute();
        assert.deepEqual(
          rows.map((r) => r.id),
          ['job_at_limit'],
        );
      } finally {
        await engine.stop();
      }
    });
  });
}

describe('local step queue', () => {
  it('schedules nothing once closed: no timer is left to keep the process alive', async () => {
    const queue = new LocalQueue();
    await queue.start(async () => {});
    await queue.close();
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    // A step that ended after the engine stopped schedules its next poll.
    await queue.schedule('job_after_close', 60_000);
    assert.equal(timers(), before);
  });
});
