// SQLite on its own thread (src/storage/sqlite-worker.ts): answers, errors, transactions and
// closing behave as a connection on the event loop's thread did.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Worker } from 'node:worker_threads';
import { Kysely, sql } from 'kysely';
import { SqliteThread, SqliteThreadDialect, SqliteThreadError } from '../src/storage/sqlite-worker.js';

describe('SQLite on its own thread', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vs-sqlite-thread-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runs statements in the order sent, answers rows or change counts, and errors with their SQLite code', async () => {
    const thread = await SqliteThread.open(path.join(dir, 'a.db'));
    try {
      await thread.run('create table t (id text primary key, n integer)', []);
      // Sent together without waiting: they run in this order.
      const writes = await Promise.all([1, 2, 3].map((n) => thread.run('insert into t (id, n) values (?, ?)', [`id${n}`, n])));
      assert.deepEqual(
        writes.map((w) => ('changes' in w ? w.changes : undefined)),
        [1, 1, 1],
      );
      const read = await thread.run('select id, n from t order by n', []);
      assert.deepEqual('rows' in read && read.rows, [
        { id: 'id1', n: 1 },
        { id: 'id2', n: 2 },
        { id: 'id3', n: 3 },
      ]);
      await assert.rejects(thread.run('insert into t (id, n) values (?, ?)', ['id1', 9]), (error: unknown) => {
        assert.ok(error instanceof SqliteThreadError);
        assert.equal(error.code, 'SQLITE_CONSTRAINT_PRIMARYKEY');
        return true;
      });
      // The thread goes on after a failed statement.
      assert.deepEqual(await thread.run('select count(*) as c from t', []), { rows: [{ c: 3 }] });
    } finally {
      await thread.close();
    }
  });

  it('copies the WAL into the database file in the background, not in a commit', async () => {
    const file = path.join(dir, 'checkpoints.db');
    const thread = await SqliteThread.open(file);
    try {
      await thread.run('create table blobs (key text primary key, data blob)', []);
      // 2 MB, 500 pages: far below the serving connection's own checkpoint threshold (10,000).
      for (let i = 0; i < 32; i++) await thread.run('insert into blobs (key, data) values (?, ?)', [`k${i}`, randomBytes(64 * 1024)]);
      let size = 0;
      for (let waited = 0; waited < 5_000 && size < 2 * 1024 * 1024; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        size = (await stat(file)).size;
      }
      assert.ok(size >= 2 * 1024 * 1024, `the database file holds the rows (${size} bytes)`);
    } finally {
      await thread.close();
    }
  });

  it('closes when its checkpointer thread has already ended', async () => {
    const thread = await SqliteThread.open(path.join(dir, 'checkpointer-gone.db'));
    await (thread as unknown as { checkpointer: Worker }).checkpointer.terminate();
    await thread.run('create table t (n integer)', []);
    await thread.close();
  });

  it('commits the statements of one message together, undoing a failing one alone', async () => {
    const thread = await SqliteThread.open(path.join(dir, 'group.db'));
    // Frames in the WAL since the last checkpoint, which empties it.
    const walFrames = async () => {
      const answer = await thread.run('pragma wal_checkpoint(passive)', []);
      await thread.run('pragma wal_checkpoint(truncate)', []);
      return ('rows' in answer ? (answer.rows[0] as { log: number }) : { log: -1 }).log;
    };
    try {
      await thread.run('create table t (id text primary key, n integer)', []);
      await walFrames();
      const insert = (n: number) => thread.run('insert into t (id, n) values (?, ?)', [`id${n}`, n]);
      for (let n = 0; n < 40; n++) await insert(n);
      const oneByOne = await walFrames();
      await Promise.all(Array.from({ length: 40 }, (_, i) => insert(100 + i)));
      const together = await walFrames();
      assert.ok(oneByOne >= 40, `one commit per statement: ${oneByOne} frames`);
      assert.ok(together * 10 <= oneByOne, `one commit for the message: ${together} frames against ${oneByOne}`);
      const outcomes = await Promise.allSettled([insert(200), insert(0), insert(201)]);
      assert.deepEqual(
        outcomes.map((o) => o.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      );
      assert.equal(((outcomes[1] as PromiseRejectedResult).reason as SqliteThreadError).code, 'SQLITE_CONSTRAINT_PRIMARYKEY');
      assert.deepEqual(await thread.run('select count(*) as c from t', []), { rows: [{ c: 82 }] });
    } finally {
      await thread.close();
    }
  });

  it('serves Kysely, one transaction at a time, rolled back on failure', async () => {
    const thread = await SqliteThread.open(path.join(dir, 'b.db'));
    const db = new Kysely<{ t: { id: string } }>({ dialect: new SqliteThreadDialect(thread) });
    try {
      await sql`create table t (id text primary key)`.execute(db);
      await assert.rejects(
        db.transaction().execute(async (trx) => {
          await trx.insertInto('t').values({ id: 'kept?' }).execute();
          throw new Error('changed my mind');
        }),
        /changed my mind/,
      );
      const both = await Promise.all([
        db.transaction().execute(async (trx) => trx.insertInto('t').values({ id: 'one' }).execute()),
        db.transaction().execute(async (trx) => trx.insertInto('t').values({ id: 'two' }).execute()),
      ]);
      assert.equal(both.length, 2);
      assert.deepEqual(
        (await db.selectFrom('t').select('id').orderBy('id').execute()).map((r) => r.id),
        ['one', 'two'],
      );
    } finally {
      await db.destroy();
    }
  });

  it('closes after the statements sent before, and refuses work afterwards', async () => {
    const file = path.join(dir, 'c.db');
    const thread = await SqliteThread.open(file);
    await thread.run('create table t (n integer)', []);
    const last = thread.run('insert into t (n) values (1)', []);
    await thread.close();
    assert.ok('changes' in (await last));
    await assert.rejects(thread.run('select 1', []), /database thread has stopped/);
    const again = await SqliteThread.open(file);
    assert.deepEqual(await again.run('select n from t', []), { rows: [{ n: 1 }] });
    await again.close();
  });

  it('fails to open as SQLite does, naming the reason', async () => {
    await assert.rejects(SqliteThread.open(path.join(dir, 'missing-dir', 'nested', 'x.db')), (error: unknown) => {
      assert.ok(error instanceof SqliteThreadError);
      assert.match(error.message, /unable to open|directory does not exist/);
      return true;
    });
  });
});
