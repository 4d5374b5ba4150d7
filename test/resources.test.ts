// The resource registry (core/resources.ts, server/resource-store.ts) on both databases: a provider sees only its own
// records of one key, forgetting a resource forgets what was recorded under it, expired records
// are gone, and the migration moves the BRIA LoRA ownership table into the registry (also on a
// database that already ran migrations sorting after it).
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { ResourceStore } from '../src/server/resource-store.js';
import { openStorage, type Storage } from '../src/storage/database.js';
import { migrations } from '../src/storage/migrations.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';

const ids = (records: { id: string }[]) => records.map((r) => r.id).sort();

for (const kind of databaseKinds) {
  describe(`resource registry on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let storage: Storage;
    let store: ResourceStore;

    before(async () => {
      database = await kind.create();
      storage = await openStorage(database.url, database.dataDir);
      store = new ResourceStore(storage);
    });
    after(async () => {
      await storage?.close();
      await database?.cleanup();
    });

    it('answers each provider and key only about its own records', async () => {
      const mine = store.scoped('firefly', 'owner-a');
      await mine.record('upload', 'u-1', { meta: { asset_id: 'asset_x' } });
      await mine.record('upload', 'u-2');
      await store.scoped('firefly', 'owner-b').record('upload', 'u-3');
      await store.scoped('bria-lora', 'owner-a').record('upload', 'u-4');

      const found = await mine.find('upload', 'u-1');
      assert.deepEqual({ ...found, createdAt: 0 }, { kind: 'upload', id: 'u-1', parent: null, meta: { asset_id: 'asset_x' }, createdAt: 0, expiresAt: null });
      assert.ok(Math.abs(found!.createdAt - Date.now()) < 60_000);
      assert.equal(await store.scoped('firefly', 'owner-b').find('upload', 'u-1'), undefined, 'another key');
      assert.equal(await store.scoped('bria-lora', 'owner-a').find('upload', 'u-1'), undefined, 'another provider');
      assert.equal(await mine.find('model', 'u-1'), undefined, 'another kind');
      assert.deepEqual(ids(await mine.list('upload')), ['u-1', 'u-2']);
      assert.deepEqual(ids(await store.scoped('firefly', 'owner-b').list('upload')), ['u-3']);
    });

    it('forgets a resource with everything recorded under it, and nothing of another key or provider', async () => {
      const a = store.scoped('lora', 'owner-a');
      await a.record('project', '1');
      await a.record('dataset', '10', { parent: { kind: 'project', id: '1' } });
      await a.record('image', '100', { parent: { kind: 'dataset', id: '10' } });
      await a.record('image', '101', { parent: { kind: 'dataset', id: '10' } });
      await a.record('model', '7', { parent: { kind: 'project', id: '1' }, meta: { dataset_id: 10 } });
      await a.record('project', '2');
      await a.record('dataset', '20', { parent: { kind: 'project', id: '2' } });
      // The same ids elsewhere: another key's, another provider's.
      await store.scoped('lora', 'owner-b').record('dataset', '30', { parent: { kind: 'project', id: '1' } });
      await store.scoped('other', 'owner-a').record('dataset', '10', { parent: { kind: 'project', id: '1' } });

      assert.deepEqual(ids(await a.list('image', { parent: { kind: 'dataset', id: '10' } })), ['100', '101']);
      assert.deepEqual((await a.find('model', '7'))?.meta, { dataset_id: 10 });

      await a.forget('dataset', '10');
      assert.deepEqual(ids(await a.list('image')), [], 'its images went with the dataset');
      assert.ok(await a.find('model', '7'), 'a model is recorded under its project, not the dataset');

      await a.forget('project', '1');
      assert.deepEqual(ids(await a.list('model')), []);
      assert.deepEqual(ids(await a.list('project')), ['2']);
      assert.deepEqual(ids(await a.list('dataset')), ['20']);
      assert.ok(await store.scoped('lora', 'owner-b').find('dataset', '30'), "another key's record stays");
      assert.ok(await store.scoped('other', 'owner-a').find('dataset', '10'), "another provider's record stays");
    });

    it('hands an id recorded again to the new creator', async () => {
      await store.scoped('lora', 'owner-a').record('project', '5');
      await store.scoped('lora', 'owner-b').record('project', '5', { meta: { note: 'again' } });
      assert.equal(await store.scoped('lora', 'owner-a').find('project', '5'), undefined);
      assert.deepEqual((await store.scoped('lora', 'owner-b').find('project', '5'))?.meta, { note: 'again' });
    });

    it('treats an expired record as unknown, and purges it', async () => {
      const a = store.scoped('expiring', 'owner-a');
      const now = Date.now();
      await a.record('upload', 'old', { expiresAt: now - 1 });
      await a.record('upload', 'live', { expiresAt: now + 60_000 });
      assert.equal(await a.find('upload', 'old'), undefined);
      assert.equal((await a.find('upload', 'live'))?.expiresAt, now + 60_000);
      assert.deepEqual(ids(await a.list('upload')), ['live']);
      assert.ok((await store.purgeExpired()) >= 1);
      const left = await storage.db.selectFrom('upstream_resources').select('upstream_id').where('provider', '=', 'expiring').execute();
      assert.deepEqual(
        left.map((r) => r.upstream_id),
        ['live'],
      );
    });

    it('refuses metadata over 4 KB: it is not a document store', async () => {
      await assert.rejects(store.scoped('x', 'owner-a').record('thing', '1', { meta: { text: 'x'.repeat(5000) } }), /metadata/);
    });
  });

  describe(`migration of BRIA LoRA ownership into the registry on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;

    before(async () => {
      database = await kind.create();
    });
    after(async () => {
      await database?.cleanup();
    });

    it('moves every row with its owner and links, then drops the old table (run after migrations that sort later)', async () => {
      // The database as the previous release left it: every other migration run, this one not.
      const file = path.join(database.dataDir, 'vision-studio.db');
      mkdirSync(database.dataDir, { recursive: true });
      const old = new Kysely<any>({
        dialect: database.url ? new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url }) }) : new SqliteDialect({ database: new SQLite(file) }),
      });
      const { '2026-12-02-13-resources': _resources, ...others } = migrations;
      const migrated = await new Migrator({ db: old, provider: { getMigrations: async () => others } }).migrateToLatest();
      assert.equal(migrated.error, undefined);
      const row = (kind: string, id: string, owner: string, project: string | null, dataset: string | null) => ({
        kind,
        upstream_id: id,
        owner,
        project_id: project,
        dataset_id: dataset,
        created_at: 1_700_000_000_000,
      });
      await old
        .insertInto('bria_lora_resources')
        .values([
          row('project', '1', 'owner-a', null, null),
          row('dataset', '10', 'owner-a', '1', null),
          row('image', '100', 'owner-a', '1', '10'),
          row('model', '7', 'owner-a', '1', '10'),
          row('project', '2', 'owner-b', null, null),
        ])
        .execute();
      await old.destroy();

      const storage = await openStorage(database.url, database.dataDir);
      try {
        const tables = (await storage.db.introspection.getTables()).map((t) => t.name);
        assert.ok(!tables.includes('bria_lora_resources'), 'the provider-specific table is gone');
        const a = new ResourceStore(storage).scoped('bria-lora', 'owner-a');
        assert.deepEqual(await a.find('dataset', '10'), {
          kind: 'dataset',
          id: '10',
          parent: { kind: 'project', id: '1' },
          meta: {},
          createdAt: 1_700_000_000_000,
          expiresAt: null,
        });
        assert.deepEqual((await a.find('image', '100'))?.parent, { kind: 'dataset', id: '10' });
        assert.deepEqual(await a.find('model', '7'), {
          kind: 'model',
          id: '7',
          parent: { kind: 'project', id: '1' },
          meta: { dataset_id: 10 },
          createdAt: 1_700_000_000_000,
          expiresAt: null,
        });
        assert.equal(await a.find('project', '2'), undefined, "owner-b's project is not owner-a's");
        assert.ok(await new ResourceStore(storage).scoped('bria-lora', 'owner-b').find('project', '2'));
        // The moved links work: forgetting the project forgets all of owner-a's records.
        await a.forget('project', '1');
        assert.deepEqual(await storage.db.selectFrom('upstream_resources').select(['owner', 'upstream_id']).execute(), [{ owner: 'owner-b', upstream_id: '2' }]);
      } finally {
        await storage.close();
      }
    });
  });
}
