// The job engine's own guarantees, with a real store and two engines sharing it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import type { FastifyBaseLogger } from 'fastify';
import { loadConfig } from '../src/config.js';
import { ProviderGuards } from '../src/core/resilience.js';
import type { JobAdapter } from '../src/jobs/adapter.js';
import { JobEngine } from '../src/jobs/engine.js';
import { LocalQueue } from '../src/jobs/queue.js';
import { JobStore } from '../src/jobs/store.js';
import { openStorage, type Storage } from '../src/storage/database.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';

const silent = pino({ level: 'silent' }) as unknown as FastifyBaseLogger;

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
      const engines = [0, 1].map(
        () =>
          new JobEngine({
            store: new JobStore(storage),
            queue: new LocalQueue(),
            adapters: new Map([['test.slow', slow]]),
            rehost: async () => ({ assets: [], bytes: [], keep: async () => {} }),
            loadAsset: async () => ({ data: Buffer.alloc(0), contentType: 'application/octet-stream' }),
            assetSource: async () => ({ size: 0, contentType: 'application/octet-stream', read: async () => [] }),
            assetUrl: async (id, job) => `${job.base_url}/api/v1/assets/${id}`,
            config: loadConfig({}),
            guards: new ProviderGuards(),
            log: silent,
            timing: { leaseMs: 300, sweepIntervalMs: 50 },
          }),
      );
      await Promise.all(engines.map((e) => e.start()));
      try {
        const job = await engines[0].submit({ owner: 'o', provider: 'test', operation: 'test.slow', request: {} });
        const done = await engines[1].waitForFinal(job.id, 5_000);
        assert.equal(done?.state, 'succeeded');
        assert.deepEqual(JSON.parse(done!.result!), { answer: 42 });
        assert.equal(starts, 1, 'the create ran twice');
      } finally {
        await Promise.all(engines.map((e) => e.stop()));
      }
    });
  });
}
