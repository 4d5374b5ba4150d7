// Nothing accepted is lost: jobs accepted by a gateway process that is then SIGKILLed finish,
// with their outputs, once a gateway runs again — on SQLite and on PostgreSQL. With Redis,
// two processes share the work: jobs accepted by one finish when only the other is alive. In
// sandbox mode the twins die with the process: their jobs are submitted again to the next one's.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { startGateway, type GatewayProcess } from './support/process.js';
import { samplePng, startBriaTwin } from './support/twins.js';
import { until } from './support/until.js';

const KEY = 'crash-test-key-0123';
const JOBS = 12;

type Twin = Awaited<ReturnType<typeof startBriaTwin>>;

function gatewayEnv(database: TestDatabase, twin: Twin, extra: Record<string, string> = {}) {
  return {
    VISION_STUDIO_API_KEYS: KEY,
    VISION_STUDIO_DATA_DIR: database.dataDir,
    VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
    VISION_STUDIO_POLL_INITIAL_MS: '100',
    VISION_STUDIO_POLL_MAX_MS: '200',
    VISION_STUDIO_JOB_LEASE_MS: '2000',
    BRIA_API_TOKEN: twin.token,
    BRIA_BASE_URL: twin.url,
    ...(database.url ? { VISION_STUDIO_DATABASE_URL: database.url } : {}),
    ...extra,
  };
}

async function submitMany(gateway: GatewayProcess, image: string): Promise<string[]> {
  const responses = await Promise.all(
    Array.from({ length: JOBS }, () =>
      fetch(`${gateway.url}/api/v1/bria/image/editing/remove-background`, {
        method: 'POST',
        headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ image, sync: false }),
      }),
    ),
  );
  const ids: string[] = [];
  for (const response of responses) {
    assert.equal(response.status, 200);
    ids.push(((await response.json()) as { result: { task_id: string } }).result.task_id);
  }
  return ids;
}

/** Every job reaches `succeeded` through `gateway`, and its output is a real PNG. */
async function expectAllFinish(gateway: GatewayProcess, ids: string[]): Promise<void> {
  const deadline = Date.now() + 45_000;
  const pending = new Set(ids);
  while (pending.size > 0) {
    assert.ok(Date.now() < deadline, `jobs never finished: ${[...pending].join(', ')}`);
    for (const id of [...pending]) {
      const response = await fetch(`${gateway.url}/api/v1/jobs/${id}`, { headers: { 'x-api-key': KEY } });
      assert.equal(response.status, 200, `job ${id} was lost`);
      const job = ((await response.json()) as { result: { state: string; result: { image_url: string } } }).result;
      assert.ok(!['failed', 'canceled', 'expired'].includes(job.state), `job ${id} ended ${job.state}`);
      if (job.state !== 'succeeded') continue;
      const png = await fetch(job.result.image_url);
      assert.equal(png.status, 200);
      assert.equal((await sharp(Buffer.from(await png.arrayBuffer())).metadata()).format, 'png');
      pending.delete(id);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

for (const kind of databaseKinds) {
  describe(`SIGKILL on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let twin: Twin;
    let image: string;
    before(async () => {
      database = await kind.create();
      // Slow upstream: the kill lands while the jobs are queued or running.
      twin = await startBriaTwin({ processingMs: 1_500 });
      image = (await samplePng()).toString('base64');
    });
    after(async () => {
      await twin?.app.close();
      await database?.cleanup();
    });

    it(`loses none of ${JOBS} accepted jobs`, async () => {
      const first = await startGateway(gatewayEnv(database, twin));
      const ids = await submitMany(first, image);
      await first.kill('SIGKILL');
      const second = await startGateway(gatewayEnv(database, twin));
      try {
        await expectAllFinish(second, ids);
      } finally {
        await second.kill('SIGTERM');
      }
    });

    it("a waited job whose process dies during BRIA's sync call is started again by the next process", async () => {
      const creates = () => twin.calls.filter((c) => c.method === 'POST' && c.path === '/v2/image/edit/remove_background');
      const before = creates().length;
      const first = await startGateway(gatewayEnv(database, twin));
      const newestJob = async (gateway: GatewayProcess) => {
        const listed = await fetch(`${gateway.url}/api/v1/jobs?limit=1`, { headers: { 'x-api-key': KEY } });
        return ((await listed.json()) as { result: { jobs: { id: string }[] } }).result.jobs[0]?.id;
      };
      const earlier = await newestJob(first);
      const waited = fetch(`${first.url}/api/v1/bria/image/editing/remove-background`, {
        method: 'POST',
        headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ image, sync: true }),
      }).catch(() => undefined);
      const deadline = Date.now() + 10_000;
      // Recorded when it arrives; its body once parsed.
      while (creates().length === before || creates().at(-1)!.body === undefined) {
        assert.ok(Date.now() < deadline, 'the sync create never reached BRIA');
        await new Promise((r) => setTimeout(r, 20));
      }
      assert.equal((creates().at(-1)!.body as { sync?: boolean }).sync, true, 'a caller waits: sync mode');
      // The call starts while the job's record is written (after its input's bytes are stored): a
      // kill before that loses only a request nobody was answered for. Once it is recorded, the
      // job is the next process's to finish.
      let job: string | undefined;
      while ((job = await newestJob(first)) === earlier) {
        assert.ok(Date.now() < deadline, 'the job was never recorded');
        await new Promise((r) => setTimeout(r, 5));
      }
      // The twin takes 1.5 s to answer: the kill lands during the call.
      await first.kill('SIGKILL');
      assert.equal(await waited, undefined, 'the caller lost its connection');
      const second = await startGateway(gatewayEnv(database, twin));
      try {
        await expectAllFinish(second, [job!]);
        assert.equal(creates().length - before, 2, 'started again: a second create upstream');
        assert.equal((creates().at(-1)!.body as { sync?: boolean }).sync, false, 'nobody waits in the new process: asynchronous');
      } finally {
        await second.kill('SIGTERM');
      }
    });
  });
}

const redisUrl = process.env.VISION_STUDIO_TEST_REDIS_URL;

describe('two gateway processes sharing Redis', { skip: redisUrl ? undefined : 'VISION_STUDIO_TEST_REDIS_URL is not set' }, () => {
  const kind = databaseKinds.find((k) => k.name === 'postgres' && !k.skip) ?? databaseKinds[0];
  let database: TestDatabase;
  let twin: Twin;
  before(async () => {
    database = await kind.create();
    twin = await startBriaTwin({ processingMs: 1_000 });
  });
  after(async () => {
    await twin?.app.close();
    await database?.cleanup();
  });

  it('finishes jobs accepted by a process that died, on the one still alive', async () => {
    const shared = { VISION_STUDIO_REDIS_URL: redisUrl!, VISION_STUDIO_REDIS_PREFIX: `vs-test-${randomBytes(4).toString('hex')}` };
    const a = await startGateway(gatewayEnv(database, twin, shared));
    const b = await startGateway(gatewayEnv(database, twin, shared));
    try {
      const health = (await (await fetch(`${b.url}/health`)).json()) as { result: { queue: string } };
      assert.equal(health.result.queue, 'redis');
      const ids = await submitMany(a, (await samplePng()).toString('base64'));
      await a.kill('SIGKILL');
      await expectAllFinish(b, ids);
    } finally {
      await a.kill('SIGKILL');
      await b.kill('SIGTERM');
    }
  });
});

describe('sandbox mode', () => {
  let dataDir: string;
  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-crash-sandbox-'));
  });
  after(() => rm(dataDir, { recursive: true, force: true }));

  it("submits again to the new process's twins a job the dead process's twin held", async () => {
    const start = () => startGateway({ VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_POLL_INITIAL_MS: '100', VISION_STUDIO_POLL_MAX_MS: '200' }, ['--sandbox', '--data-dir', dataDir]);
    const job = async (gateway: GatewayProcess, id: string) => {
      const response = await fetch(`${gateway.url}/api/v1/jobs/${id}`, { headers: { 'x-api-key': KEY } });
      assert.equal(response.status, 200);
      return ((await response.json()) as { result: { state: string; attempts: number; error: unknown; outputs: { content_type: string }[] } }).result;
    };
    const first = await start();
    let second: GatewayProcess | undefined;
    try {
      // The sandbox's Veo operation takes 3 s: the kill lands while the first process's twin holds it.
      const response = await fetch(`${first.url}/api/v1/google-vision/video/generation/generate-video`, {
        method: 'POST',
        headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: 'a paper boat on a pond', sync: false }),
      });
      assert.equal(response.status, 200);
      const id = ((await response.json()) as { result: { task_id: string } }).result.task_id;
      const submitted = await until(async () => {
        const seen = await job(first, id);
        return seen.attempts >= 1 ? seen : undefined;
      }, 'the job submitted to the twin');
      assert.equal(submitted.state, 'running');
      await first.kill('SIGKILL');

      second = await start();
      const done = await until(
        async () => {
          const seen = await job(second!, id);
          return ['succeeded', 'failed', 'canceled', 'expired'].includes(seen.state) ? seen : undefined;
        },
        'the job to end',
        45_000,
      );
      assert.equal(done.state, 'succeeded', JSON.stringify(done.error));
      assert.equal(done.outputs[0]?.content_type, 'video/mp4');
      assert.match(second.output.stdout, /submitted again to the restarted emulators/);
    } finally {
      await first.kill('SIGKILL');
      await second?.kill('SIGTERM');
    }
  });
});
