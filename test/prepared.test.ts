// Prepared queries (storage/prepared.ts) on both databases: the values of each call reach the
// database in their places, the SQL follows the shape of object arguments, and a builder that
// computes with a stand-in is refused instead of running wrong SQL. Statements of several
// queries run as one transaction.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openStorage, type Storage } from '../src/storage/database.js';
import { prepared } from '../src/storage/prepared.js';
import type { AssetRow } from '../src/storage/schema.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';

const asset = (id: string, over: Partial<AssetRow> = {}): AssetRow => ({
  id,
  owner: 'owner-a',
  job_id: null,
  storage_key: `k/${id}`,
  content_type: 'image/png',
  size: 10,
  sha256: 'ab'.repeat(32),
  width: null,
  height: null,
  duration_seconds: null,
  source_url: null,
  created_at: 1_000,
  deleted_at: null,
  ...over,
});

for (const kind of databaseKinds) {
  describe(`prepared queries on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let storage: Storage;

    before(async () => {
      database = await kind.create();
      storage = await openStorage(database.url, database.dataDir);
    });
    after(async () => {
      await storage.close();
      await database.cleanup();
    });

    it("inserts and reads back with each call's own values", async () => {
      const insert = prepared(storage, (db, row: AssetRow) => db.insertInto('assets').values(row).returningAll());
      const byOwner = prepared(storage, (db, owner: string, minSize: number) =>
        db.selectFrom('assets').select(['id', 'size']).where('owner', '=', owner).where('size', '>=', minSize).orderBy('id'),
      );
      for (let i = 0; i < 5; i++) {
        const row = await insert.first(asset(`asset_p${i}`, { size: i * 10, owner: i % 2 ? 'owner-b' : 'owner-a' }));
        assert.equal(row?.id, `asset_p${i}`);
        assert.equal(row?.size, i * 10);
      }
      assert.deepEqual(await byOwner.all('owner-a', 10), [
        { id: 'asset_p2', size: 20 },
        { id: 'asset_p4', size: 40 },
      ]);
      assert.deepEqual(await byOwner.all('owner-b', 0), [
        { id: 'asset_p1', size: 10 },
        { id: 'asset_p3', size: 30 },
      ]);
      assert.equal(await byOwner.first('owner-c', 0), undefined);
    });

    it('compiles one statement per shape of an object argument; undefined fields are left out', async () => {
      const insert = prepared(storage, (db, row: AssetRow) => db.insertInto('assets').values(row));
      const update = prepared(storage, (db, id: string, patch: Partial<AssetRow>) => db.updateTable('assets').set(patch).where('id', '=', id));
      const read = prepared(storage, (db, id: string) => db.selectFrom('assets').selectAll().where('id', '=', id));
      await insert.run(asset('asset_s1', { width: 5 }));
      assert.equal(await update.run('asset_s1', { width: 7 }), 1);
      assert.equal(await update.run('asset_s1', { height: 9, width: undefined }), 1);
      assert.equal(await update.run('asset_s1', { content_type: 'image/webp', size: 11 }), 1);
      assert.equal(await update.run('asset_missing', { size: 1 }), 0);
      const row = await read.first('asset_s1');
      assert.equal(row?.width, 7, 'an undefined field is not written');
      assert.equal(row?.height, 9);
      assert.equal(row?.content_type, 'image/webp');
      assert.equal(row?.size, 11);
    });

    it("runs prepared statements as one transaction: each one's result, or none of their writes", async () => {
      const insert = prepared(storage, (db, row: AssetRow) => db.insertInto('assets').values(row));
      const resize = prepared(storage, (db, id: string, size: number) => db.updateTable('assets').set({ size }).where('id', '=', id).returningAll());
      const results = await storage.transaction([insert.statement(asset('asset_t1')), resize.statement('asset_t1', 99)]);
      assert.equal(results[0].changes, 1);
      assert.equal((results[1].rows[0] as AssetRow).size, 99);
      // The second insert repeats a primary key: the first is rolled back with it.
      await assert.rejects(storage.transaction([insert.statement(asset('asset_t2')), insert.statement(asset('asset_t1'))]), /unique|UNIQUE/);
      const left = await storage.db.selectFrom('assets').select('id').where('id', 'in', ['asset_t1', 'asset_t2']).execute();
      assert.deepEqual(
        left.map((r) => r.id),
        ['asset_t1'],
      );
    });

    it('keeps none of a transaction whose deciding first statement changed nothing', async () => {
      const insert = prepared(storage, (db, row: AssetRow) => db.insertInto('assets').values(row));
      const resize = prepared(storage, (db, id: string, size: number) => db.updateTable('assets').set({ size }).where('id', '=', id).returningAll());
      const missed = await storage.transaction([resize.statement('asset_none', 1), insert.statement(asset('asset_d1'))], { firstDecides: true });
      assert.equal(missed.length, 1);
      assert.deepEqual(missed[0].rows, []);
      await insert.run(asset('asset_d2'));
      const hit = await storage.transaction([resize.statement('asset_d2', 5), insert.statement(asset('asset_d3'))], { firstDecides: true });
      assert.equal(hit.length, 2);
      const left = await storage.db.selectFrom('assets').select(['id', 'size']).where('id', 'in', ['asset_d1', 'asset_d2', 'asset_d3']).orderBy('id').execute();
      assert.deepEqual(left, [
        { id: 'asset_d2', size: 5 },
        { id: 'asset_d3', size: 10 },
      ]);
    });

    it('refuses a builder that computes with a stand-in', async () => {
      const wrong = prepared(storage, (db, owner: string) => db.selectFrom('assets').selectAll().where('owner', '=', `${owner}-suffix`));
      await assert.rejects(wrong.all('owner-a'), /computes with an argument/);
    });
  });
}
