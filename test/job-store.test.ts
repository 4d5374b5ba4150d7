// The job store on both databases: create, ownership, listing with cursors, leases, cancel.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newId } from '../src/core/ids.js';
import { JobStore, InvalidCursorError } from '../src/jobs/store.js';
import { openStorage, sharedSecret, type Storage } from '../src/storage/database.js';
import type { NewJobRow } from '../src/storage/schema.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';

const job = (over: Partial<NewJobRow> = {}): NewJobRow => ({
  id: newId('job'),
  owner: 'owner-a',
  provider: 'bria',
  operation: 'bria.remove-background',
  state: 'queued',
  request: '{"image":"asset://x"}',
  upstream_id: null,
  upstream_status: null,
  progress: null,
  result: null,
  upstream_result: null,
  error: null,
  webhook_url: null,
  base_url: null,
  created_at: 1_000,
  updated_at: 1_000,
  started_at: null,
  finished_at: null,
  next_run_at: 1_000,
  deadline_at: 100_000,
  lease_owner: null,
  lease_until: null,
  ...over,
});

for (const kind of databaseKinds) {
  describe(`job store on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let storage: Storage;
    let store: JobStore;
    before(async () => {
      database = await kind.create();
      storage = await openStorage(database.url, database.dataDir);
      store = new JobStore(storage);
    });
    after(async () => {
      await storage?.close();
      await database?.cleanup();
    });

    it('migrates idempotently (a second open finds nothing to do)', async () => {
      const again = await openStorage(database.url, database.dataDir);
      await again.close();
    });

    it('keeps timestamps as numbers and reads a job back only for its owner', async () => {
      const created = await store.create(job({ created_at: 1_700_000_000_123 }));
      assert.equal(created.created_at, 1_700_000_000_123);
      assert.equal(typeof created.attempts, 'number');
      assert.deepEqual(await store.getOwned(created.id, 'owner-a'), created);
      assert.equal(await store.getOwned(created.id, 'owner-b'), undefined);
    });

    it('lists newest first with a cursor, filtered by provider and state', async () => {
      const owner = 'lister';
      for (let i = 0; i < 7; i++) {
        await store.create(job({ owner, created_at: 5_000 + i, provider: i % 2 ? 'runway' : 'bria', state: i < 3 ? 'succeeded' : 'queued' }));
      }
      const first = await store.list(owner, { limit: 3 });
      assert.deepEqual(
        first.jobs.map((j) => j.created_at),
        [5_006, 5_005, 5_004],
      );
      assert.ok(first.next_cursor);
      const second = await store.list(owner, { limit: 3, cursor: first.next_cursor! });
      assert.deepEqual(
        second.jobs.map((j) => j.created_at),
        [5_003, 5_002, 5_001],
      );
      const third = await store.list(owner, { limit: 3, cursor: second.next_cursor! });
      assert.deepEqual(
        third.jobs.map((j) => j.created_at),
        [5_000],
      );
      assert.equal(third.next_cursor, null);
      const runway = await store.list(owner, { limit: 10, provider: 'runway' });
      assert.deepEqual(
        runway.jobs.map((j) => j.created_at),
        [5_005, 5_003, 5_001],
      );
      const done = await store.list(owner, { limit: 10, state: 'succeeded' });
      assert.equal(done.jobs.length, 3);
      await assert.rejects(store.list(owner, { limit: 3, cursor: 'garbage' }), InvalidCursorError);
    });

    it('leases a due job to one worker at a time, and again once the lease lapses', async () => {
      const created = await store.create(job({ next_run_at: 10 }));
      assert.equal(await store.claim(created.id, 'w1', 5, 1_000), undefined, 'not due yet');
      const first = await store.claim(created.id, 'w1', 20, 1_000);
      assert.equal(first?.lease_owner, 'w1');
      assert.equal(await store.claim(created.id, 'w2', 30, 1_000), undefined, 'leased');
      const stolen = await store.claim(created.id, 'w2', 1_021, 1_000);
      assert.equal(stolen?.lease_owner, 'w2', 'a lapsed lease is taken over');
      assert.equal(await store.release(created.id, 'w1', { state: 'running' }, 1_030), undefined, 'w1 lost its lease');
      const released = await store.release(created.id, 'w2', { state: 'running', next_run_at: 2_000 }, 1_030);
      assert.equal(released?.state, 'running');
      assert.equal(released?.lease_owner, null);
    });

    it('claims due jobs in batches without handing one to two sweepers', async () => {
      const owner = 'sweep';
      const ids = new Set<string>();
      for (let i = 0; i < 20; i++) ids.add((await store.create(job({ owner, next_run_at: 50_000 + i }))).id);
      const [a, b] = await Promise.all([store.claimDue('s1', 60_000, 5_000, 15), store.claimDue('s2', 60_000, 5_000, 15)]);
      const mine = [...a, ...b].filter((j) => ids.has(j.id));
      assert.equal(new Set(mine.map((j) => j.id)).size, mine.length, 'a job was claimed twice');
      const rest = await store.claimDue('s3', 60_000, 5_000, 100);
      assert.equal(mine.length + rest.filter((j) => ids.has(j.id)).length, 20);
    });

    it('records a cancel request only on an unfinished job of the owner', async () => {
      const running = await store.create(job({ state: 'running', next_run_at: null }));
      assert.equal(await store.requestCancel(running.id, 'owner-b', 7), undefined);
      const requested = await store.requestCancel(running.id, 'owner-a', 7);
      assert.equal(requested?.cancel_requested, 1);
      assert.equal(requested?.next_run_at, 7);
      const finished = await store.create(job({ state: 'succeeded', next_run_at: null }));
      assert.equal((await store.requestCancel(finished.id, 'owner-a', 8))?.cancel_requested, 0);
    });

    it('shares one generated secret between processes', async () => {
      const a = await sharedSecret(storage, 'webhook-secret');
      const other = await openStorage(database.url, database.dataDir);
      const b = await sharedSecret(other, 'webhook-secret');
      await other.close();
      assert.equal(a, b);
      assert.match(a, /^[\w-]{43}$/);
    });
  });
}
