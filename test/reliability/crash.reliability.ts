// A crash during load: the gateway process is SIGKILLed while clients keep sending (sync and
// async remove-background through the BRIA twin), then started again on the same address and
// database. Nothing accepted is lost: every task id answered before or after the kill reaches
// `succeeded`, and so does every job the store holds (those whose answer the kill cut off too).
// On SQLite and, when VISION_STUDIO_TEST_DATABASE_URL is set, on PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { request } from 'undici';
import { databaseKinds, type TestDatabase } from '../support/databases.js';
import { startGateway, type GatewayProcess } from '../support/process.js';
import { samplePng, startBriaTwin } from '../support/twins.js';
import { byProfile, freePort, gatewayEnv, guardLoopback, LOAD_KEY as KEY, PROFILE, runLoad, saveResult, settleJobs, sleep, tally } from './support.js';

const guard = guardLoopback();
const CLIENTS = byProfile(16, 64);
/** Load before the kill, and after the restarted process answers. */
const BEFORE_KILL_MS = byProfile(2_500, 8_000);
const AFTER_RESTART_MS = byProfile(2_500, 10_000);
const REMOVE_BG = '/api/v1/bria/image/editing/remove-background';
const results: Record<string, unknown> = { clients: CLIENTS, secondsBeforeKill: BEFORE_KILL_MS / 1000, secondsAfterRestart: AFTER_RESTART_MS / 1000 };

for (const kind of databaseKinds) {
  describe(`SIGKILL during load on ${kind.name} (${PROFILE} profile)`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let twin: Awaited<ReturnType<typeof startBriaTwin>>;
    let image: string;
    const processes: GatewayProcess[] = [];

    before(async () => {
      database = await kind.create();
      // A slow upstream: the kill lands while jobs are queued, running and being polled.
      twin = await startBriaTwin({ processingMs: 700, ratePerMinute: 100_000_000 });
      image = (await samplePng()).toString('base64');
    });
    after(async () => {
      for (const p of processes) await p.kill('SIGKILL');
      await twin?.app.close();
      await database?.cleanup();
    });

    it('loses none of the jobs accepted before or after the kill', async () => {
      const port = await freePort();
      const env = gatewayEnv(database.dataDir, twin, {
        ...(database.url ? { VISION_STUDIO_DATABASE_URL: database.url } : {}),
        // A job leased by the dead process is taken over once its lease runs out.
        VISION_STUDIO_JOB_LEASE_MS: '2000',
        VISION_STUDIO_POLL_INITIAL_MS: '100',
        VISION_STUDIO_SYNC_WAIT_MS: '10000',
      });
      const first = await startGateway(env, ['--port', String(port)]);
      processes.push(first);
      const accepted = new Set<string>();
      const acceptedAtKill = { count: 0 };
      let syncSucceeded = 0;
      const answers: Record<string, number> = {};
      const cut: string[] = [];
      let killAt = 0;
      let restartSeconds = 0;
      const control = { stop: false };
      const load = runLoad({
        url: first.url,
        clients: CLIENTS,
        durationMs: 10 * 60_000,
        control,
        networkErrorPauseMs: 100,
        next: (_c, i) => {
          const sync = i % 4 === 0;
          return { path: REMOVE_BG, body: { image, sync }, sync, headers: { 'x-api-key': KEY } };
        },
        onAnswer: (answer) => {
          if (answer.networkError) return void cut.push(answer.networkError);
          answers[answer.status] = (answers[answer.status] ?? 0) + 1;
          const result = answer.body?.result;
          if (answer.status === 200 && result?.task_id) accepted.add(result.task_id);
          else if (answer.status === 200 && result?.image_url) syncSucceeded++;
        },
      });
      await sleep(BEFORE_KILL_MS);
      acceptedAtKill.count = accepted.size;
      killAt = Date.now();
      await first.kill('SIGKILL');
      const second = await startGateway(env, ['--port', String(port)]);
      processes.push(second);
      restartSeconds = (Date.now() - killAt) / 1000;
      await sleep(AFTER_RESTART_MS);
      control.stop = true;
      const stats = await load;

      const jobs = await settleJobs(second.url, KEY, byProfile(90_000, 240_000));
      const lost = [...accepted].filter((id) => jobs.get(id)?.state !== 'succeeded');
      const notSucceeded = [...jobs.values()].filter((j) => j.state !== 'succeeded');
      const unfinishedAtKill = [...jobs.values()].filter((j) => j.createdAt <= killAt && (j.finishedAt === null || j.finishedAt > killAt));
      // Outputs are real PNGs, including a job that was unfinished when the process died.
      for (const id of [unfinishedAtKill[0]?.id, [...accepted].at(-1)].filter(Boolean) as string[]) {
        const job = await request(`${second.url}/api/v1/jobs/${id}`, { headers: { 'x-api-key': KEY } });
        const url = ((await job.body.json()) as any).result.result.image_url;
        const png = await request(url);
        assert.equal((await sharp(Buffer.from(await png.body.arrayBuffer())).metadata()).format, 'png');
      }
      results[kind.name] = {
        requests: stats.requests,
        answers,
        cutByTheKill: tally(cut, (c) => c),
        acceptedBeforeKill: acceptedAtKill.count,
        acceptedAfterRestart: accepted.size - acceptedAtKill.count,
        acceptedTotal: accepted.size,
        syncSucceeded,
        jobsInStore: jobs.size,
        unfinishedAtKill: unfinishedAtKill.length,
        jobsWhoseAnswerWasCut: jobs.size - accepted.size - syncSucceeded,
        restartSeconds,
        lostJobs: lost.length,
        notSucceeded: notSucceeded.length,
        latencyMs: stats.latencyMs,
        throughput: stats.throughput,
      };
      assert.ok(unfinishedAtKill.length > 0, 'the kill should land while jobs are in progress');
      assert.deepEqual(lost, [], `${lost.length} accepted jobs lost or not succeeded`);
      assert.deepEqual(
        notSucceeded.map((j) => `${j.id} ${j.state} ${JSON.stringify(j.error)}`),
        [],
        'every job in the store succeeds',
      );
      const errors = Object.entries(answers).filter(([status]) => status !== '200');
      assert.deepEqual(errors, [], 'no error answers (requests cut by the kill are counted apart)');
    });
  });
}

after(async () => {
  results.loopbackViolations = guard.violations;
  await saveResult('crash', results);
});
