// Load: N concurrent clients for T seconds against a spawned gateway process in front of the
// BRIA twin, a mix of sync and async remove-background requests. No answer may be an error, and
// no accepted job may be lost: every task id answered reaches `succeeded` afterwards, with a
// real PNG output. Reports p50/p99 latency and throughput.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { request } from 'undici';
import { startGateway, type GatewayProcess } from '../support/process.js';
import { samplePng, startBriaTwin } from '../support/twins.js';
import { byProfile, gatewayEnv, guardLoopback, LOAD_KEY as KEY, PROFILE, runLoad, saveResult, settleJobs, tally, type Answer } from './support.js';

const guard = guardLoopback();
const CLIENTS = Number(process.env.RELIABILITY_CLIENTS ?? byProfile(32, 200));
const DURATION_MS = Number(process.env.RELIABILITY_SECONDS ?? byProfile(8, 30)) * 1000;
/** One request in SYNC_EVERY waits for its result (`sync: true`). */
const SYNC_EVERY = 5;
const REMOVE_BG = '/api/v1/bria/image/editing/remove-background';

describe(`load: ${CLIENTS} clients for ${DURATION_MS / 1000} s (${PROFILE} profile)`, () => {
  let twin: Awaited<ReturnType<typeof startBriaTwin>>;
  let gateway: GatewayProcess;
  let dataDir: string;
  let image: string;
  const results: Record<string, unknown> = { clients: CLIENTS, seconds: DURATION_MS / 1000, syncShare: 1 / SYNC_EVERY };

  before(async () => {
    twin = await startBriaTwin({ processingMs: 100, ratePerMinute: 100_000_000 });
    dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-load-'));
    gateway = await startGateway(gatewayEnv(dataDir, twin));
    image = (await samplePng()).toString('base64');
  });
  after(async () => {
    await gateway?.kill('SIGTERM');
    await twin?.app.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    results.loopbackViolations = guard.violations;
    await saveResult('load', results);
  });

  it('answers every request without an error and loses no accepted job', async () => {
    const accepted = new Set<string>();
    const failures: Answer[] = [];
    let syncDone = 0;
    const stats = await runLoad({
      url: gateway.url,
      clients: CLIENTS,
      durationMs: DURATION_MS,
      next: (_client, i) => {
        const sync = i % SYNC_EVERY === 0;
        return { path: REMOVE_BG, body: { image, sync }, sync, headers: { 'x-api-key': KEY } };
      },
      onAnswer: (answer, sync) => {
        if (answer.status !== 200) return void failures.push(answer);
        const result = answer.body?.result;
        if (result?.task_id) accepted.add(result.task_id);
        else if (sync && result?.image_url) syncDone++;
        else failures.push(answer);
      },
    });
    const drainStarted = Date.now();
    const jobs = await settleJobs(gateway.url, KEY, byProfile(90_000, 300_000));
    const drainSeconds = (Date.now() - drainStarted) / 1000;
    const lost = [...accepted].filter((id) => jobs.get(id)?.state !== 'succeeded');
    const states = tally([...jobs.values()], (j) => j.state);

    // A few outputs, downloaded: real PNGs.
    const sample = [...accepted].slice(0, 3);
    for (const id of sample) {
      const job = await request(`${gateway.url}/api/v1/jobs/${id}`, { headers: { 'x-api-key': KEY } });
      const url = ((await job.body.json()) as any).result.result.image_url;
      const png = await request(url);
      assert.equal((await sharp(Buffer.from(await png.body.arrayBuffer())).metadata()).format, 'png');
    }

    Object.assign(results, {
      requests: stats.requests,
      throughput: stats.throughput,
      latencyMs: stats.latencyMs,
      syncLatencyMs: stats.syncLatencyMs,
      asyncLatencyMs: stats.asyncLatencyMs,
      byStatus: stats.byStatus,
      networkErrors: stats.networkErrors,
      errors: failures.length,
      acceptedAsync: accepted.size,
      syncSucceeded: syncDone,
      jobsInStore: jobs.size,
      jobStates: states,
      lostJobs: lost.length,
      drainSeconds,
      gatewayAlive: gateway.child.exitCode === null,
    });
    assert.equal(stats.networkErrors, 0, 'requests failed without an answer');
    assert.deepEqual(
      failures.slice(0, 5).map((f) => `${f.status} ${JSON.stringify(f.body).slice(0, 200)}`),
      [],
      `${failures.length} error answers`,
    );
    assert.deepEqual(
      lost.slice(0, 10),
      [],
      `${lost.length} accepted jobs did not succeed: ${lost
        .slice(0, 5)
        .map((id) => JSON.stringify(jobs.get(id)))
        .join('\n')}`,
    );
    assert.equal(jobs.size, accepted.size + syncDone, 'the store holds exactly the accepted jobs');
    assert.deepEqual(states, { succeeded: jobs.size });
  });
});
