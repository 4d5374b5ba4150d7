// Retention: old finished jobs with their outputs, and old inputs, are deleted — never what an
// unfinished job still needs; deleted assets answer 410 Gone. On SQLite and PostgreSQL, with
// the file store and an S3-compatible store (s3rver).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hashKey } from '../src/server/auth.js';
import { newId } from '../src/core/ids.js';
import { DAY_MS } from '../src/jobs/retention.js';
import type { JobState, NewJobRow } from '../src/storage/schema.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';
import { startS3 } from './support/s3.js';

const OTHER_KEY = 'retention-other-key-0123456789';
const OWNER = hashKey(TEST_KEY).toString('hex');

function jobRow(state: JobState, finishedAt: number | null, request: unknown = {}): NewJobRow {
  return {
    id: newId('job'),
    owner: OWNER,
    provider: 'bria',
    operation: 'bria.remove-background',
    state,
    request: JSON.stringify(request),
    upstream_id: null,
    upstream_status: null,
    progress: null,
    result: null,
    upstream_result: null,
    error: null,
    webhook_url: null,
    base_url: null,
    created_at: finishedAt ?? Date.now(),
    updated_at: Date.now(),
    started_at: null,
    finished_at: finishedAt,
    // Nothing due: the engine leaves these rows alone.
    next_run_at: null,
    deadline_at: Date.now() + DAY_MS,
    lease_owner: null,
    lease_until: null,
  };
}

const bytes = (size: number, fill: number) => Buffer.alloc(size, fill);

for (const kind of databaseKinds) {
  for (const store of ['fs', 's3'] as const) {
    describe(`retention (${kind.name}, ${store} store)`, { skip: kind.skip }, () => {
      let db: TestDatabase;
      let s3: Awaited<ReturnType<typeof startS3>> | undefined;
      let t: TestApp;
      const seeded = {} as Record<
        'oldJob' | 'recentJob' | 'running' | 'oldOutput1' | 'oldOutput2' | 'recentOutput' | 'oldInput' | 'neededInput' | 'recentInput',
        { id: string; storage_key?: string }
      >;

      before(async () => {
        db = await kind.create();
        if (store === 's3') {
          s3 = await startS3('retention');
          Object.assign(process.env, s3.env);
        }
        t = await testApp(
          {
            VISION_STUDIO_API_KEYS: `${TEST_KEY},${OTHER_KEY}`,
            ...(db.url ? { VISION_STUDIO_DATABASE_URL: db.url } : {}),
            ...(store === 's3' ? { VISION_STUDIO_ASSET_STORE: 's3://retention/assets' } : {}),
          },
          { dataDir: db.dataDir },
        );
        const now = Date.now();
        const { jobStore, assets, storage } = t.app;
        const job = async (state: JobState, finishedAt: number | null, request?: unknown) => jobStore.create(jobRow(state, finishedAt, request));
        seeded.oldJob = await job('succeeded', now - 31 * DAY_MS);
        seeded.recentJob = await job('failed', now - 29 * DAY_MS);
        seeded.oldOutput1 = await assets.store(OWNER, bytes(3000, 1), { jobId: seeded.oldJob.id, contentTypeHint: 'application/octet-stream' });
        seeded.oldOutput2 = await assets.store(OWNER, bytes(2000, 2), { jobId: seeded.oldJob.id, contentTypeHint: 'application/octet-stream' });
        seeded.recentOutput = await assets.store(OWNER, bytes(1000, 3), { jobId: seeded.recentJob.id, contentTypeHint: 'application/octet-stream' });
        seeded.oldInput = await assets.store(OWNER, bytes(700, 4), { contentTypeHint: 'application/octet-stream' });
        seeded.neededInput = await assets.store(OWNER, bytes(500, 5), { contentTypeHint: 'application/octet-stream' });
        seeded.recentInput = await assets.store(OWNER, bytes(300, 6), { contentTypeHint: 'application/octet-stream' });
        seeded.running = await job('running', null, { image: `asset://${seeded.neededInput.id}` });
        await storage.db
          .updateTable('assets')
          .set({ created_at: now - 8 * DAY_MS })
          .where('id', 'in', [seeded.oldInput.id, seeded.neededInput.id, seeded.oldOutput1.id, seeded.oldOutput2.id])
          .execute();
        await storage.db
          .updateTable('assets')
          .set({ created_at: now - 6 * DAY_MS })
          .where('id', '=', seeded.recentInput.id)
          .execute();
      });
      after(async () => {
        await t?.close();
        await s3?.close();
        await db?.cleanup();
      });

      const exists = async (asset: { storage_key?: string }) => (await t.app.assets.blobs.head(asset.storage_key!)) !== undefined;
      const getAsset = (id: string, key = TEST_KEY) => t.app.inject({ method: 'GET', url: `/api/v1/assets/${id}`, headers: { 'x-api-key': key } });
      const expected = { jobs: 1, outputs: { count: 2, bytes: 5000 }, inputs: { count: 1, bytes: 700 }, failed: 0 };
      const counts = ({ jobs, outputs, inputs, failed }: typeof expected) => ({ jobs, outputs, inputs, failed });

      it('a dry run reports what would go and deletes nothing', async () => {
        const report = await t.app.retention.purge({ dryRun: true });
        assert.deepEqual(counts(report), expected);
        for (const asset of Object.values(seeded).filter((a) => a.storage_key)) assert.ok(await exists(asset));
        assert.equal((await getAsset(seeded.oldOutput1.id)).statusCode, 200);
      });

      it('deletes old finished jobs with their outputs and old inputs, keeping what an unfinished job needs', async () => {
        const report = await t.app.retention.purge();
        assert.deepEqual(counts(report), expected);
        for (const gone of [seeded.oldOutput1, seeded.oldOutput2, seeded.oldInput]) assert.equal(await exists(gone), false);
        for (const kept of [seeded.recentOutput, seeded.neededInput, seeded.recentInput]) assert.ok(await exists(kept));
        const jobs = (await t.app.storage.db.selectFrom('jobs').select('id').execute()).map((j) => j.id).sort();
        assert.deepEqual(jobs, [seeded.recentJob.id, seeded.running.id].sort());
        assert.equal((await t.app.inject({ method: 'GET', url: `/api/v1/jobs/${seeded.oldJob.id}`, headers: { 'x-api-key': TEST_KEY } })).statusCode, 404);
      });

      it('a deleted asset answers 410 Gone to its owner and its signed links, 404 to anyone else', async () => {
        const gone = await getAsset(seeded.oldOutput1.id);
        assert.equal(gone.statusCode, 410, gone.body);
        assert.match(gone.json().detail, /retention/);
        assert.equal((await getAsset(seeded.oldInput.id)).statusCode, 410);
        assert.equal((await getAsset(seeded.oldOutput1.id, OTHER_KEY)).statusCode, 404);
        const signed = new URL(t.app.assets.signedUrl(seeded.oldOutput2.id, 'http://gateway.test'));
        assert.equal((await t.app.inject({ method: 'GET', url: `${signed.pathname}${signed.search}` })).statusCode, 410);
        assert.equal((await getAsset(seeded.recentOutput.id)).statusCode, 200);
        assert.equal((await getAsset(seeded.neededInput.id)).statusCode, 200);
      });

      it('running it again deletes nothing more; once the job is final its input goes too', async () => {
        assert.deepEqual(counts(await t.app.retention.purge()), { jobs: 0, outputs: { count: 0, bytes: 0 }, inputs: { count: 0, bytes: 0 }, failed: 0 });
        await t.app.storage.db.updateTable('jobs').set({ state: 'canceled', finished_at: Date.now() }).where('id', '=', seeded.running.id).execute();
        assert.deepEqual(counts(await t.app.retention.purge()), { jobs: 0, outputs: { count: 0, bytes: 0 }, inputs: { count: 1, bytes: 500 }, failed: 0 });
        assert.equal(await exists(seeded.neededInput), false);
      });
    });
  }
}
