// GET /api/v1/jobs/{id}/events: a Runway job (its twin reports progress while RUNNING) watched
// as server-sent events, resumed with Last-Event-ID, and announced across processes through
// PostgreSQL LISTEN/NOTIFY or Redis pub/sub.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import type { FastifyInstance } from 'fastify';
import { JobEvents } from '../src/jobs/events.js';
import { openStorage, type Storage } from '../src/storage/database.js';
import type { JobRow } from '../src/storage/schema.js';
import { JOB_TEST_ENV, testAppOn, TEST_KEY, type TestApp } from './support/app.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { startRunwayTwin } from './support/twins.js';

interface Frame {
  id: number;
  event: string;
  data: Record<string, any>;
}

function frames(body: string): Frame[] {
  return body
    .split('\n\n')
    .filter((block) => block.includes('data: '))
    .map((block) => {
      const field = (name: string) =>
        block
          .split('\n')
          .find((l) => l.startsWith(`${name}: `))!
          .slice(name.length + 2);
      return { id: Number(field('id')), event: field('event'), data: JSON.parse(field('data')) };
    });
}

for (const kind of databaseKinds) {
  describe(`job events on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let twin: Awaited<ReturnType<typeof startRunwayTwin>>;
    let gateway: TestApp;
    let app: FastifyInstance;
    let other: string;

    const watch = (id: string, headers: Record<string, string> = {}, key = TEST_KEY) =>
      app.inject({ method: 'GET', url: `/api/v1/jobs/${id}/events`, headers: { 'x-api-key': key, ...headers } });

    before(async () => {
      database = await kind.create();
      twin = await startRunwayTwin({ runningMs: 600 });
      gateway = await testAppOn(database, { ...JOB_TEST_ENV, VISION_STUDIO_LOG_LEVEL: 'silent', ...twin.env });
      app = gateway.app;
      other = (await app.keys.create({ name: 'other' })).key;
    });

    after(async () => {
      await gateway?.close();
      await twin?.app.close();
      await database?.cleanup();
    });

    let jobId: string;
    let all: Frame[];

    it('streams every state change and progress update, then the whole job, then ends', async () => {
      const created = await app.inject({
        method: 'POST',
        url: '/api/v1/runway/image/generation/generate-image',
        headers: { 'x-api-key': TEST_KEY, 'content-type': 'application/json' },
        payload: { prompt: 'A red square', aspect_ratio: '720:720' },
      });
      assert.equal(created.statusCode, 200, created.body);
      jobId = created.json().result.task_id;
      // inject resolves when the stream ends: after the final event.
      const response = await watch(jobId);
      assert.equal(response.statusCode, 200, response.body);
      assert.match(String(response.headers['content-type']), /^text\/event-stream/);
      all = frames(response.body);
      assert.equal(all[0].id, 0);
      assert.equal(all[0].data.state, 'queued');
      for (let i = 1; i < all.length; i++) assert.equal(all[i].id, all[i - 1].id + 1, 'events are numbered one by one');
      assert.ok(all.every((f) => f.event === 'job'));
      const running = all.filter((f) => f.data.state === 'running');
      assert.ok(running.length >= 2, `state change and progress updates: ${response.body}`);
      assert.ok(
        running.some((f) => f.data.progress > 0 && f.data.progress < 100),
        "Runway's progress passed through",
      );
      const last = all.at(-1)!;
      assert.equal(last.data.state, 'succeeded');
      assert.equal(last.data.id, jobId);
      assert.ok(last.data.result, 'the final event is the whole job');
      assert.ok(last.data.usage, 'with its usage');
      assert.equal(all.filter((f) => f.data.state === 'succeeded').length, 1);
      // The same as recorded: one row per event after the first.
      assert.equal((await app.events.since(jobId, 0)).length, all.length - 1);
    });

    it('resumes after Last-Event-ID, and has nothing more to say after the final event', async () => {
      const middle = all[1].id;
      const resumed = frames((await watch(jobId, { 'last-event-id': String(middle) })).body);
      assert.deepEqual(
        resumed.map((f) => f.id),
        all.filter((f) => f.id > middle).map((f) => f.id),
      );
      assert.equal(resumed.at(-1)!.data.state, 'succeeded');
      const done = await watch(jobId, { 'last-event-id': String(all.at(-1)!.id) });
      assert.equal(done.statusCode, 200);
      assert.deepEqual(frames(done.body), []);
    });

    it("another key's job, or no job, is 404", async () => {
      assert.equal((await watch(jobId, {}, other)).statusCode, 404);
      assert.equal((await watch('job_AAAAAAAAAAAAAAAAAAAAAA')).statusCode, 404);
      assert.equal((await app.inject({ method: 'GET', url: `/api/v1/jobs/${jobId}/events` })).statusCode, 401);
    });
  });
}

/** Two JobEvents over one database are two processes: what one records, the other hears. */
const announcers = [
  ...databaseKinds.filter((k) => k.name === 'postgres').map((k) => ({ name: 'PostgreSQL LISTEN/NOTIFY', kind: k, skip: k.skip, redisUrl: undefined })),
  {
    name: 'Redis pub/sub',
    kind: databaseKinds[0],
    skip: process.env.VISION_STUDIO_TEST_REDIS_URL ? undefined : 'VISION_STUDIO_TEST_REDIS_URL is not set',
    redisUrl: process.env.VISION_STUDIO_TEST_REDIS_URL,
  },
];

for (const { name, kind, skip, redisUrl } of announcers) {
  describe(`job events across processes through ${name}`, { skip }, () => {
    let database: TestDatabase;
    const storages: Storage[] = [];
    const opened: JobEvents[] = [];

    before(async () => (database = await kind.create()));
    after(async () => {
      for (const events of opened) await events.close();
      for (const storage of storages) await storage.close();
      await database?.cleanup();
    });

    it('a watcher in one process hears a job recorded by another', async () => {
      const prefix = `vs-test-${Date.now()}`;
      const open = async () => {
        const storage = await openStorage(database.url, database.dataDir);
        storages.push(storage);
        const events = await JobEvents.open({ storage, databaseUrl: database.url, redisUrl, redisPrefix: prefix, log: pino({ level: 'silent' }) });
        opened.push(events);
        return events;
      };
      const [a, b] = [await open(), await open()];
      const heard = new Promise<void>((resolve) => b.watch('job_cross', resolve));
      const job = { id: 'job_cross', state: 'running', progress: 0.5, upstream_status: 'RUNNING', updated_at: Date.now() } as JobRow;
      // As the engine does: the event written (with the step's end), then announced.
      const { sql, parameters } = a.statement(job);
      await storages[0].execute(sql, parameters);
      await a.announce(job.id);
      await heard;
      const [event] = await b.since('job_cross', 0);
      assert.deepEqual({ seq: event.seq, state: event.state, progress: event.progress }, { seq: 1, state: 'running', progress: 0.5 });
    });
  });
}
