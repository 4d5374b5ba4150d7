// `npm run bench`: the gateway's costs, each measured side by side with its baseline in the
// same run, on loopback only. Sections (BENCH_ONLY=overhead,async,memory,cold,peer picks some):
//   overhead  the same requests sent straight to the BRIA twin, through a bare Fastify+undici
//             proxy, and through the gateway, at 1, 64 and 256 connections (BENCH_BASELINE=<dir>: and
//             through the gateway built in another checkout)
//   async     async jobs accepted per second, on SQLite and (when a URL is given) PostgreSQL
//   memory    the gateway's RSS with 10,000 pending jobs; RSS and latency while 20 clients
//             each send a 20 MB image as base64
//   cold      process start → first 200 on /health, median of 5
//   peer      POST /v1/images/generations straight to the OpenAI twin, through Portkey's
//             open-source gateway and through this one, at 1 and 64 connections (bench/portkey.ts;
//             BENCH_PEER_ROUNDS=k: each pass k times in turn, the median kept)
// BENCH_GATEWAY_NODE_ARGS / BENCH_TWIN_NODE_ARGS: extra node arguments for the gateways and the
// twins, e.g. a preload that measures (bench/stage-times.mjs: where a request's time goes).
// Writes bench/results/<ISO 8601 time>.json and prints a table. Targets are reported as
// pass/fail; the exit code is 0 whatever they say (non-zero only if the bench itself broke).
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import sharp from 'sharp';
import { peerSection } from './portkey.js';
import { freePort, mb, measuringOtherLoad, procCpuMs, procMemory, ROOT, round, runLoad, sleep, startChild, waitForQuiet, type Child, type LoadResult } from './support.js';

// ---------------------------------------------------------------------------------------------
// Settings

const env = process.env;
const QUICK = env.BENCH_QUICK === '1';
const num = (name: string, full: number, quick: number) => (env[name] ? Number(env[name]) : QUICK ? quick : full);
/** Extra arguments for `node` when the bench starts a process, space-separated (e.g. `--import ./bench/stage-times.mjs`). */
const nodeArgs = (name: string): string[] => env[name]?.split(' ').filter(Boolean) ?? [];
const list = (name: string, fallback: number[]) => (env[name] ? env[name]!.split(',').map(Number) : fallback);

const settings = {
  profile: QUICK ? 'quick' : 'full',
  /** Seconds per overhead pass, and per warm-up pass (each target, each request kind). */
  passSeconds: num('BENCH_DURATION', 5, 2),
  warmupSeconds: num('BENCH_WARMUP', 2, 0.5),
  connections: list('BENCH_CONNECTIONS', [1, 64, 256]),
  /** Request kinds of the overhead section: status, sync. */
  kinds: (env.BENCH_KINDS ?? 'status,sync').split(',').map((s) => s.trim()) as ('status' | 'sync')[],
  asyncSeconds: num('BENCH_ASYNC_DURATION', 5, 2),
  asyncConnections: num('BENCH_ASYNC_CONNECTIONS', 64, 64),
  pendingJobs: num('BENCH_PENDING_JOBS', 10_000, 10_000),
  /** Seconds to let the engine settle with the pending jobs before the last RSS reading. */
  settleSeconds: num('BENCH_SETTLE', 5, 2),
  largeMb: num('BENCH_LARGE_MB', 20, 20),
  largeClients: num('BENCH_LARGE_CLIENTS', 20, 20),
  largePerClient: num('BENCH_LARGE_PER_CLIENT', 3, 1),
  /** VISION_STUDIO_BODY_MEMORY_LIMIT of the large-bodies gateway (default: the gateway's own, from the machine's memory). */
  largeBodyMemoryLimit: env.BENCH_LARGE_BODY_MEMORY_LIMIT,
  coldRuns: num('BENCH_COLD_RUNS', 5, 5),
  sections: (env.BENCH_ONLY ?? 'overhead,async,memory,cold,peer').split(',').map((s) => s.trim()),
  logLevel: env.BENCH_GATEWAY_LOG_LEVEL ?? 'info',
  databaseUrl: env.BENCH_DATABASE_URL ?? env.VISION_STUDIO_TEST_DATABASE_URL,
  cpuProfileDir: env.BENCH_CPU_PROF ? path.resolve(env.BENCH_CPU_PROF) : undefined,
  /** A built checkout of another commit, measured as one more target next to the gateway (before/after in one run). */
  baselineDir: env.BENCH_BASELINE ?? env.BENCH_PEER_BASELINE,
  /**
   * Others run test suites on this machine. A measurement during which processes outside the
   * bench used more than this many cores is "disturbed". Before each measurement the bench waits
   * (up to quietWaitSeconds) for quietSeconds of quiet; after a disturbed one it measures again, up to `retries` times, and flags what stays disturbed.
   */
  quietThreshold: num('BENCH_QUIET_THRESHOLD', 0.3, 0.3),
  quietWaitSeconds: num('BENCH_QUIET_WAIT', 60, 15),
  retries: num('BENCH_RETRIES', 2, 1),
  quietSeconds: num('BENCH_QUIET_SECONDS', 2, 1),
};

const TARGETS = {
  overheadP50Ms: 2,
  throughputVsBare: 0.7,
  asyncJobsPerSecond: 1_000,
  pendingRssMb: 300,
  coldStartMs: 1_000,
};

const KEY = 'bench-key-0123456789abcdef';
const TWIN_TOKEN = 'bench-bria-token';
const REMOVE_BG = '/api/v1/bria/image/editing/remove-background';
const TWIN_REMOVE_BG = '/v2/image/edit/remove_background';
const json = { 'content-type': 'application/json' };

// ---------------------------------------------------------------------------------------------
// Processes

/** The built CLI `npm start` runs in a checkout: the bundle, or dist/cli.js in builds before it. */
const builtCli = (root: string): string =>
  [path.join(root, 'dist/bundle/cli.js'), path.join(root, 'dist/cli.js')].find((file) => existsSync(file)) ?? path.join(root, 'dist/bundle/cli.js');

/** How the gateway is run: the built CLI (what `npm start` runs) if there is one, else tsx. */
function gatewayRuntime(): { runtime: 'dist' | 'tsx'; args: string[]; note?: string } {
  const wanted = env.BENCH_RUNTIME ?? 'auto';
  const built = builtCli(ROOT);
  if (wanted === 'tsx' || (wanted === 'auto' && !existsSync(built))) {
    return { runtime: 'tsx', args: ['--import', 'tsx', 'src/cli.ts'], note: wanted === 'auto' ? 'no dist/: run `npm run build` to measure the built gateway' : undefined };
  }
  if (!existsSync(built)) throw new Error(`BENCH_RUNTIME=dist but ${built} does not exist: run \`npm run build\``);
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(dir, { withFileTypes: true }).map((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? newest(p) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? statSync(p).mtimeMs : 0;
      }),
    );
  const stale = newest(path.join(ROOT, 'src')) > statSync(built).mtimeMs;
  return { runtime: 'dist', args: [built], note: stale ? 'the build is older than src/: run `npm run build` to measure the current code' : undefined };
}

const RUNTIME = gatewayRuntime();
const tempDirs: string[] = [];
const tempDir = (label: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `vision-studio-bench-${label}-`));
  tempDirs.push(dir);
  return dir;
};

async function startTwin(processingMs: number, kind: 'bria' | 'openai' = 'bria', token = TWIN_TOKEN): Promise<Child> {
  const port = await freePort();
  return startChild({
    name: `twin-${kind}`,
    args: [...nodeArgs('BENCH_TWIN_NODE_ARGS'), '--import', 'tsx', 'bench/twin-server.ts'],
    env: { TWIN_PORT: String(port), TWIN_TOKEN: token, TWIN_KIND: kind, TWIN_PROCESSING_MS: String(processingMs) },
    port,
    readyPath: '/',
  });
}

async function startProxy(upstream: string): Promise<Child> {
  const port = await freePort();
  return startChild({ name: 'bare-proxy', args: ['--import', 'tsx', 'bench/bare-proxy.ts'], env: { UPSTREAM: upstream, PROXY_PORT: String(port) }, port, readyPath: '/' });
}

interface Gateway extends Child {
  dataDir: string;
  startedInMs: number;
}

const baselineArgs = () => [builtCli(path.resolve(settings.baselineDir!))];

let profileCount = 0;
async function startGateway(label: string, twinUrl: string, extra: Record<string, string> = {}, dataDir = tempDir(label), runtimeArgs = RUNTIME.args): Promise<Gateway> {
  const port = await freePort();
  // One directory per process: its threads (the event loop's is tid 0, then SQLite's, the file writer's) each write a profile there.
  const profiling = settings.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(settings.cpuProfileDir, `${label}-${++profileCount}`)}`] : [];
  const child = await startChild({
    name: `gateway-${label}`,
    args: [...nodeArgs('BENCH_GATEWAY_NODE_ARGS'), ...profiling, ...runtimeArgs, 'serve', '--port', String(port)],
    env: {
      VISION_STUDIO_API_KEYS: KEY,
      VISION_STUDIO_DATA_DIR: dataDir,
      VISION_STUDIO_LOG_LEVEL: settings.logLevel,
      // The twin is on loopback, which the gateway refuses to fetch outputs from unless told.
      VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
      // The bench is one key sending thousands of requests and piling up pending jobs on purpose:
      // the per-key limits (600/min, 1,000 unfinished jobs by default) would answer 429.
      VISION_STUDIO_RATE_LIMIT: '1000000000',
      VISION_STUDIO_MAX_CONCURRENT_JOBS: '1000000',
      BRIA_API_TOKEN: TWIN_TOKEN,
      BRIA_BASE_URL: twinUrl,
      ...extra,
    },
    port,
    readyPath: '/health',
    readyStatus: 200,
  });
  return Object.assign(child, { dataDir });
}

async function call(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(60_000) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** A real PNG: a red square on white (what the tests send). */
const smallPng = async () => {
  const square = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#d00' } })
    .png()
    .toBuffer();
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#fff' } })
    .composite([{ input: square, left: 16, top: 12 }])
    .png()
    .toBuffer();
};

/**
 * A real PNG of about `bytes` bytes: a smooth gradient with a little noise, stored without
 * compression so its size is what was asked while it stays cheap for the twin to re-encode.
 */
async function largePng(bytes: number): Promise<Buffer> {
  const side = Math.floor(Math.sqrt(bytes / 3));
  const raw = Buffer.alloc(side * side * 3);
  const noise = randomBytes(raw.length);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const i = (y * side + x) * 3;
      raw[i] = (x * 255) / side + (noise[i] & 7);
      raw[i + 1] = (y * 255) / side + (noise[i + 1] & 7);
      raw[i + 2] = 128 + (noise[i + 2] & 7);
    }
  }
  return sharp(raw, { raw: { width: side, height: side, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

// ---------------------------------------------------------------------------------------------
// Disturbance

interface Attempted<T> {
  value: T;
  /** Cores used outside the bench during the kept attempt. */
  otherLoad: number;
  attempts: number;
  disturbed: boolean;
  waitedForQuietMs: number;
}

/**
 * Measures with `fn` once the machine is quiet, and again (up to settings.retries) while the
 * measurement was disturbed; keeps the least disturbed attempt.
 */
async function whenQuiet<T>(what: string, fn: () => Promise<T>, loadOf?: (value: T) => number, retries = settings.retries): Promise<Attempted<T>> {
  let best: Attempted<T> | undefined;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    const wait = await waitForQuiet(settings.quietThreshold, settings.quietWaitSeconds * 1000, settings.quietSeconds);
    waited += wait;
    const quietBefore = wait < settings.quietWaitSeconds * 1000;
    const measured = await measuringOtherLoad(fn);
    const load = loadOf ? loadOf(measured.value) : measured.otherLoad;
    if (!best || load < best.otherLoad) best = { value: measured.value, otherLoad: load, attempts: attempt, disturbed: load > settings.quietThreshold, waitedForQuietMs: waited };
    if (load <= settings.quietThreshold) break;
    // Measuring again only helps if the machine does get quiet: after a wait that ran out, it did not.
    const again = attempt <= retries && quietBefore;
    process.stderr.write(`  ${what}: disturbed (others used ${load} cores)${again ? ', measuring again when quieter' : ''}\n`);
    if (!again) break;
  }
  return { ...best!, waitedForQuietMs: waited };
}

// ---------------------------------------------------------------------------------------------
// 1. Overhead

interface OverheadRow {
  kind: 'status' | 'sync';
  connections: number;
  /** Cores used outside the bench (worst of the three passes), and whether that is too many. */
  otherLoad: number;
  disturbed: boolean;
  attempts: number;
  direct: LoadResult;
  bare: LoadResult;
  gateway: LoadResult;
  /** The gateway built from BENCH_BASELINE, when given. */
  baseline?: LoadResult;
  /** Gateway minus direct, ms. */
  gatewayOverP50: number;
  gatewayOverP99: number;
  bareOverP50: number;
  /** Gateway throughput / bare proxy's, and / direct's. */
  gatewayVsBare: number;
  gatewayVsDirect: number;
}

const KIND_LABELS = {
  status:
    'status GET — direct/bare: twin GET /v2/status/{id} (twin looks the job up in memory); gateway: GET /api/v1/bria/status/{task_id}, ' +
    "answered from the gateway's own job record (auth, SQLite read, signed asset link) without calling the twin",
  sync:
    'sync POST remove-background, 64×48 PNG as base64, sync:true, twin processingMs 0 — direct/bare: one twin call that cuts the image and answers; ' +
    'gateway: auth + validation + input kept as an asset + job record + upstream POST (sync:true: the caller waits) + ' +
    'output downloaded and rehosted + answer with a signed link',
};

async function overhead() {
  const twin = await startTwin(0);
  const gateway = await startGateway('overhead', twin.url, { VISION_STUDIO_POLL_INITIAL_MS: '1' });
  const proxy = await startProxy(twin.url);
  const baseline = settings.baselineDir
    ? await startGateway('overhead-baseline', twin.url, { VISION_STUDIO_POLL_INITIAL_MS: '1' }, tempDir('overhead-baseline'), baselineArgs())
    : undefined;
  const names = { [twin.pid]: 'twin', [gateway.pid]: 'gateway', [proxy.pid]: 'bareProxy', ...(baseline ? { [baseline.pid]: 'baseline' } : {}) };
  const pids = [twin.pid, proxy.pid, gateway.pid, ...(baseline ? [baseline.pid] : [])];
  const image = (await smallPng()).toString('base64');
  const syncBody = JSON.stringify({ image, sync: true });
  const twinHeaders = { api_token: TWIN_TOKEN };
  const gatewayHeaders = { 'x-api-key': KEY };

  // A finished job on each side, for the status passes.
  const direct = await call(`${twin.url}${TWIN_REMOVE_BG}`, { method: 'POST', headers: { ...twinHeaders, ...json }, body: syncBody });
  const seed = async (url: string) => {
    const accepted = await call(`${url}${REMOVE_BG}`, { method: 'POST', headers: { ...gatewayHeaders, ...json }, body: JSON.stringify({ image, sync: false }) });
    const id: string = accepted.result.task_id;
    await waitFor('the seed job', async () => {
      const status = await call(`${url}/api/v1/bria/status/${id}`, { headers: gatewayHeaders });
      return status.status === 'COMPLETED' ? status : undefined;
    });
    return id;
  };
  const taskId = await seed(gateway.url);
  const baselineTaskId = baseline ? await seed(baseline.url) : undefined;

  type Target = 'direct' | 'bare' | 'gateway' | 'baseline';
  const targets: Target[] = ['direct', 'bare', 'gateway', ...(baseline ? ['baseline' as const] : [])];
  const plans = {
    status: {
      direct: { url: `${twin.url}/v2/status/${direct.request_id}`, headers: twinHeaders },
      bare: { url: `${proxy.url}/v2/status/${direct.request_id}`, headers: twinHeaders },
      gateway: { url: `${gateway.url}/api/v1/bria/status/${taskId}`, headers: gatewayHeaders },
      baseline: { url: `${baseline?.url}/api/v1/bria/status/${baselineTaskId}`, headers: gatewayHeaders },
      expectText: '"COMPLETED"',
    },
    sync: {
      direct: { url: `${twin.url}${TWIN_REMOVE_BG}`, headers: { ...twinHeaders, ...json }, method: 'POST' as const, body: syncBody },
      bare: { url: `${proxy.url}${TWIN_REMOVE_BG}`, headers: { ...twinHeaders, ...json }, method: 'POST' as const, body: syncBody },
      gateway: { url: `${gateway.url}${REMOVE_BG}`, headers: { ...gatewayHeaders, ...json }, method: 'POST' as const, body: syncBody },
      baseline: { url: `${baseline?.url}${REMOVE_BG}`, headers: { ...gatewayHeaders, ...json }, method: 'POST' as const, body: syncBody },
      expectText: '"image_url"',
    },
  };
  const rows: OverheadRow[] = [];
  try {
    for (const kind of settings.kinds) {
      const plan = plans[kind];
      const pass = (target: Target, connections: number, duration: number) => runLoad({ ...plan[target], connections, duration, expectText: plan.expectText, pids }, names);
      for (const target of targets) await pass(target, 16, settings.warmupSeconds);
      for (const connections of settings.connections) {
        const triple = async () => {
          const results = {} as Record<Target, LoadResult>;
          for (const target of targets) {
            results[target] = await pass(target, connections, settings.passSeconds);
            progress(`overhead ${kind} ${target} @${connections}`, results[target]);
          }
          return results;
        };
        const worst = (r: Record<Target, LoadResult>) => Math.max(...targets.map((t) => r[t].otherLoad));
        const measured = await whenQuiet(`overhead ${kind} @${connections}`, triple, worst);
        const results = measured.value;
        rows.push({
          kind,
          connections,
          otherLoad: measured.otherLoad,
          disturbed: measured.disturbed,
          attempts: measured.attempts,
          ...results,
          gatewayOverP50: round(results.gateway.p50 - results.direct.p50, 3),
          gatewayOverP99: round(results.gateway.p99 - results.direct.p99, 3),
          bareOverP50: round(results.bare.p50 - results.direct.p50, 3),
          gatewayVsBare: round(results.gateway.rps / results.bare.rps, 3),
          gatewayVsDirect: round(results.gateway.rps / results.direct.rps, 3),
        });
      }
    }
    const memory = procMemory(gateway.pid);
    return { labels: KIND_LABELS, rows, gatewayRssAfterMb: memory && mb(memory.rss), gatewayPeakRssMb: memory && mb(memory.hwm) };
  } finally {
    await Promise.all([gateway.stop(), baseline?.stop(), proxy.stop(), twin.stop()]);
  }
}

// ---------------------------------------------------------------------------------------------
// 2. Async acceptance

/** A scratch PostgreSQL database (like test/support/databases.ts), dropped afterwards. */
async function scratchDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `vs_bench_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

const ASYNC_LABEL =
  'POST remove-background, 64×48 PNG as base64, sync:false → 200 with a task id. Each accepted job is durable (input asset + job row) ' +
  'before the answer; the engine then submits it to the twin (which never finishes it) and polls at the default intervals, in the same process.';

async function asyncAcceptance() {
  const image = (await smallPng()).toString('base64');
  const body = JSON.stringify({ image, sync: false });
  const kinds: { name: 'sqlite' | 'postgres'; skip?: string }[] = [
    { name: 'sqlite' },
    { name: 'postgres', skip: settings.databaseUrl ? undefined : 'set BENCH_DATABASE_URL or VISION_STUDIO_TEST_DATABASE_URL' },
  ];
  const results: Record<string, (LoadResult & { disturbed: boolean; attempts: number }) | { skipped: string }> = {};
  for (const kind of kinds) {
    if (kind.skip) {
      results[kind.name] = { skipped: kind.skip };
      continue;
    }
    // A fresh database and gateway per attempt: a retry must not start with the jobs of the last one.
    const once = async () => {
      const database = kind.name === 'postgres' ? await scratchDatabase(settings.databaseUrl!) : undefined;
      const twin = await startTwin(1e9);
      const gateway = await startGateway(`async-${kind.name}`, twin.url, database ? { VISION_STUDIO_DATABASE_URL: database.url } : {});
      try {
        const plan = { url: `${gateway.url}${REMOVE_BG}`, method: 'POST' as const, headers: { 'x-api-key': KEY, ...json }, body, expectText: '"task_id"' };
        await runLoad({ ...plan, connections: 16, duration: settings.warmupSeconds });
        const r = await runLoad(
          { ...plan, connections: settings.asyncConnections, duration: settings.asyncSeconds, pids: [gateway.pid, twin.pid] },
          { [gateway.pid]: 'gateway', [twin.pid]: 'twin' },
        );
        progress(`async ${kind.name}`, r);
        return r;
      } finally {
        await Promise.all([gateway.stop(), twin.stop()]);
        await database?.drop();
      }
    };
    const measured = await whenQuiet(`async ${kind.name}`, once, (r) => r.otherLoad);
    results[kind.name] = { ...measured.value, disturbed: measured.disturbed, attempts: measured.attempts };
  }
  return { label: ASYNC_LABEL, connections: settings.asyncConnections, results };
}

// ---------------------------------------------------------------------------------------------
// 3. Memory

function rssTracker(pid: number) {
  let peak = 0;
  return {
    sample() {
      const memory = procMemory(pid);
      if (memory && memory.rss > peak) peak = memory.rss;
    },
    get peak() {
      return peak;
    },
  };
}

async function pendingJobsMemory() {
  const twin = await startTwin(1e9);
  const gateway = await startGateway('pending', twin.url);
  const image = (await smallPng()).toString('base64');
  const db = new SQLite(path.join(gateway.dataDir, 'vision-studio.db'), { readonly: true, fileMustExist: true });
  const count = (where: string) => (db.prepare(`SELECT count(*) AS n FROM jobs WHERE ${where}`).get() as { n: number }).n;
  try {
    await sleep(1_000);
    const idle = procMemory(gateway.pid)!;
    const rss = rssTracker(gateway.pid);
    const accept = await runLoad(
      {
        url: `${gateway.url}${REMOVE_BG}`,
        method: 'POST',
        headers: { 'x-api-key': KEY, ...json },
        body: JSON.stringify({ image, sync: false }),
        connections: 64,
        amount: settings.pendingJobs,
        expectText: '"task_id"',
        sample: rss.sample,
        pids: [gateway.pid, twin.pid],
      },
      { [gateway.pid]: 'gateway', [twin.pid]: 'twin' },
    );
    progress(`pending: accepted ${accept.ok} jobs`, accept);
    const afterAccept = procMemory(gateway.pid)!;
    // Until every job has been submitted upstream (and is being polled).
    const submittedIn = performance.now();
    const deadline = Date.now() + 120_000;
    while (count('upstream_id IS NULL') > 0 && Date.now() < deadline) {
      rss.sample();
      await sleep(50);
    }
    const notSubmitted = count('upstream_id IS NULL');
    const submitSeconds = (performance.now() - submittedIn) / 1000;
    const cpuBefore = procCpuMs(gateway.pid);
    const settleStart = performance.now();
    for (let t = 0; t < settings.settleSeconds * 10; t++) {
      await sleep(100);
      rss.sample();
    }
    const gatewayCores = (procCpuMs(gateway.pid) - cpuBefore) / (performance.now() - settleStart);
    const settled = procMemory(gateway.pid)!;
    const pending = count(`state IN ('queued', 'running')`);
    return {
      label: `${settings.pendingJobs} async jobs accepted (64 connections) against a twin that never finishes them; the engine polls each at its default backoff (1 s, ×1.5, up to 10 s)`,
      jobs: settings.pendingJobs,
      pendingInDatabase: pending,
      accept,
      secondsUntilAllSubmitted: round(submitSeconds, 1),
      notSubmittedAfter120s: notSubmitted,
      rssIdleMb: mb(idle.rss),
      rssAfterAcceptMb: mb(afterAccept.rss),
      rssSettledMb: mb(settled.rss),
      rssPeakSampledMb: mb(rss.peak),
      rssPeakHwmMb: mb(settled.hwm),
      gatewayCoresWhilePolling: round(gatewayCores, 2),
    };
  } finally {
    db.close();
    await Promise.all([gateway.stop(), twin.stop()]);
  }
}

async function largeImagesMemory() {
  const png = await largePng(settings.largeMb * 1_000_000);
  const body = JSON.stringify({ image: png.toString('base64'), sync: false });
  const twin = await startTwin(1e9);
  const gateway = await startGateway('large', twin.url, settings.largeBodyMemoryLimit ? { VISION_STUDIO_BODY_MEMORY_LIMIT: settings.largeBodyMemoryLimit } : {});
  try {
    await sleep(500);
    const idle = procMemory(gateway.pid)!;
    const rss = rssTracker(gateway.pid);
    const load = await runLoad(
      {
        url: `${gateway.url}${REMOVE_BG}`,
        method: 'POST',
        headers: { 'x-api-key': KEY, ...json },
        body,
        connections: settings.largeClients,
        amount: settings.largeClients * settings.largePerClient,
        timeout: 300,
        expectText: '"task_id"',
        sample: rss.sample,
        sampleMs: 20,
        pids: [gateway.pid, twin.pid],
      },
      { [gateway.pid]: 'gateway', [twin.pid]: 'twin' },
    );
    progress('large images', load);
    // The accepted jobs go on being sent upstream after the last answer: keep watching a while.
    for (let t = 0; t < settings.settleSeconds * 10; t++) {
      await sleep(100);
      rss.sample();
    }
    const after = procMemory(gateway.pid)!;
    const naive = settings.largeClients * settings.largeMb * 1_000_000;
    return {
      label:
        `${settings.largeClients} clients each POST a ${mb(png.length)} MB PNG as base64 (body ${mb(body.length)} MB), sync:false, ` +
        `${settings.largePerClient} request(s) each${settings.largeBodyMemoryLimit ? `, VISION_STUDIO_BODY_MEMORY_LIMIT=${settings.largeBodyMemoryLimit}` : ''}; RSS sampled every 20 ms during the pass and ${settings.settleSeconds} s after (the engine sends each image to the twin meanwhile)`,
      imageMb: mb(png.length),
      bodyMb: mb(body.length),
      load,
      rssIdleMb: mb(idle.rss),
      rssPeakMb: mb(Math.max(rss.peak, after.hwm)),
      rssAfterMb: mb(after.rss),
      clientsTimesImageMb: mb(naive),
      peakOverIdleVsClientsTimesImage: round((Math.max(rss.peak, after.hwm) - idle.rss) / naive, 2),
    };
  } finally {
    await Promise.all([gateway.stop(), twin.stop()]);
  }
}

// ---------------------------------------------------------------------------------------------
// 4. Cold start

async function coldStart() {
  const twin = await startTwin(0);
  try {
    const runs = async (label: string, dataDir: () => string) => {
      const times: number[] = [];
      const disturbed: number[] = [];
      for (let i = 0; i < settings.coldRuns; i++) {
        const measured = await whenQuiet(`cold start ${label} #${i + 1}`, async () => {
          const gateway = await startGateway(`cold-${label}`, twin.url, {}, dataDir());
          await gateway.stop();
          return round(gateway.startedInMs, 1);
        });
        times.push(measured.value);
        if (measured.disturbed) disturbed.push(i);
      }
      const sorted = [...times].sort((a, b) => a - b);
      return { runsMs: times, medianMs: sorted[Math.floor(sorted.length / 2)], disturbedRuns: disturbed };
    };
    // A new data dir: the SQLite file is created and migrated. Then restarts on one that exists.
    const fresh = await runs('fresh', () => tempDir('cold'));
    const existing = tempDir('cold-existing');
    const first = await startGateway('cold-existing', twin.url, {}, existing);
    await first.stop();
    const restart = await runs('restart', () => existing);
    return { runtime: RUNTIME.runtime, label: 'spawn → first 200 on GET /health (polled every 5 ms)', fresh, restart };
  } finally {
    await twin.stop();
  }
}

// ---------------------------------------------------------------------------------------------
// Report

/** CPU time a process used per 2xx answer, µs. */
const cpuPerRequest = (r: LoadResult, process: string) => Math.round(((r.cpu[process] ?? 0) / Math.max(r.rps, 1e-9)) * 1e6);

function progress(what: string, r: LoadResult) {
  const problems = [r.non2xx && `${r.non2xx} non-2xx ${JSON.stringify(r.statusCodes)}`, r.errors && `${r.errors} errors`, r.mismatches && `${r.mismatches} unexpected bodies`]
    .filter(Boolean)
    .join(', ');
  process.stderr.write(
    `  ${what}: ${r.rps} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, cpu ${JSON.stringify(r.cpu)}, other load ${r.otherLoad} cores${problems ? ` — ${problems}` : ''}\n`,
  );
}

const pad = (s: unknown, n: number) => String(s).padEnd(n);
const padL = (s: unknown, n: number) => String(s).padStart(n);
const verdict = (ok: boolean | undefined) => (ok === undefined ? 'n/a ' : ok ? 'PASS' : 'FAIL');

function gitState() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT }).toString().trim().length > 0;
    return { commit, dirty };
  } catch {
    return undefined;
  }
}

async function main() {
  const startedAt = new Date();
  const report: Record<string, unknown> = {
    startedAt: startedAt.toISOString(),
    settings,
    gateway: RUNTIME,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGb: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      loadavgAtStart: loadavg().map((l) => round(l, 2)),
    },
    git: gitState(),
  };
  process.stderr.write(
    `vision-studio bench (${settings.profile}), gateway from ${RUNTIME.runtime}${RUNTIME.note ? ` — note: ${RUNTIME.note}` : ''}; load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
  if (settings.cpuProfileDir) mkdirSync(settings.cpuProfileDir, { recursive: true });

  const sections: Record<string, () => Promise<unknown>> = {
    overhead,
    async: asyncAcceptance,
    memory: async () => {
      // RSS hardly depends on the machine's load: one attempt each, flagged if disturbed.
      const pending = await whenQuiet('pending jobs', pendingJobsMemory, (r) => r.accept.otherLoad, 0);
      const large = await whenQuiet('large bodies', largeImagesMemory, (r) => r.load.otherLoad, 0);
      const flags = (m: Attempted<unknown>) => ({ disturbed: m.disturbed, attempts: m.attempts });
      return { pending: { ...pending.value, ...flags(pending) }, large: { ...large.value, ...flags(large) } };
    },
    cold: coldStart,
    peer: () =>
      peerSection(
        {
          startTwin: (kind, token) => startTwin(0, kind, token),
          // The BRIA section of its config is unused here; the OpenAI twin's variables come in `env`.
          startGateway: (label, extra) => startGateway(label, extra.OPENAI_BASE_URL, extra),
          startBaseline: settings.baselineDir ? (label, extra) => startGateway(label, extra.OPENAI_BASE_URL, extra, tempDir(label), baselineArgs()) : undefined,
          measure: async (what, pass) => {
            const kept = await whenQuiet(what, pass, (r) => r.otherLoad);
            return { ...kept.value, disturbed: kept.disturbed };
          },
          connections: list('BENCH_PEER_CONNECTIONS', [1, 64]),
          rounds: num('BENCH_PEER_ROUNDS', 3, 1),
          passSeconds: settings.passSeconds,
          warmupSeconds: settings.warmupSeconds,
          progress,
        },
        KEY,
      ),
  };
  for (const name of settings.sections) {
    if (!sections[name]) throw new Error(`unknown section ${name} (${Object.keys(sections).join(', ')})`);
    process.stderr.write(`[${name}] load average ${loadavg()[0].toFixed(2)}\n`);
    const began = performance.now();
    report[name] = await sections[name]();
    process.stderr.write(`[${name}] ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
  }
  report.finishedAt = new Date().toISOString();
  report.loadavgAtEnd = loadavg().map((l) => round(l, 2));
  report.targets = targets(report);

  const dir = path.join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  // ISO 8601 basic format: a valid ISO time that is also a portable file name.
  const stamp = startedAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const file = path.join(dir, `${stamp}${QUICK ? '-quick' : ''}.json`);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(report, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  process.stdout.write(table(report));
  process.stdout.write(`\nfull results: ${path.relative(process.cwd(), file)}\n`);
}

interface Target {
  name: string;
  target: string;
  value: string;
  pass?: boolean;
}

function targets(report: Record<string, any>): Target[] {
  const out: Target[] = [];
  const at64 = (kind: string) => report.overhead?.rows.find((r: OverheadRow) => r.kind === kind && r.connections === 64) as OverheadRow | undefined;
  for (const kind of ['status', 'sync']) {
    const row = at64(kind);
    out.push({
      name: `gateway p50 over direct @64, ${kind}`,
      target: `≤ ${TARGETS.overheadP50Ms} ms`,
      value: row ? `${row.gatewayOverP50} ms` : 'not run',
      pass: row && row.gatewayOverP50 <= TARGETS.overheadP50Ms,
    });
  }
  for (const kind of ['status', 'sync']) {
    const row = at64(kind);
    out.push({
      name: `gateway / bare proxy req/s @64, ${kind}`,
      target: `≥ ${TARGETS.throughputVsBare * 100}%`,
      value: row ? `${round(row.gatewayVsBare * 100, 1)}%` : 'not run',
      pass: row && row.gatewayVsBare >= TARGETS.throughputVsBare,
    });
  }
  const sqlite = report.async?.results.sqlite as LoadResult | undefined;
  out.push({
    name: 'async jobs accepted/s, SQLite',
    target: `≥ ${TARGETS.asyncJobsPerSecond}`,
    value: sqlite ? `${sqlite.rps}` : 'not run',
    pass: sqlite && sqlite.rps >= TARGETS.asyncJobsPerSecond,
  });
  const postgres = report.async?.results.postgres as LoadResult | { skipped: string } | undefined;
  out.push({
    name: 'async jobs accepted/s, PostgreSQL',
    target: '(no target)',
    value: postgres ? ('skipped' in postgres ? `skipped: ${postgres.skipped}` : `${postgres.rps}`) : 'not run',
  });
  const pending = report.memory?.pending;
  // Judged on the RSS once the jobs are all pending (the peak while accepting them is shown too).
  out.push({
    name: `gateway RSS, ${settings.pendingJobs} pending jobs`,
    target: `≤ ${TARGETS.pendingRssMb} MB`,
    value: pending ? `${pending.rssSettledMb} MB (peak while accepting ${pending.rssPeakSampledMb})` : 'not run',
    pass: pending && pending.rssSettledMb <= TARGETS.pendingRssMb,
  });
  const cold = report.cold;
  out.push({
    name: `cold start (${RUNTIME.runtime}), new data dir, median`,
    target: `≤ ${TARGETS.coldStartMs} ms`,
    value: cold ? `${cold.fresh.medianMs} ms` : 'not run',
    pass: cold && cold.fresh.medianMs <= TARGETS.coldStartMs,
  });
  for (const row of (report.peer?.rows ?? []) as { connections: number; portkeyOverP50: number; gatewayOverP50: number }[]) {
    out.push({
      name: `gateway p50 added vs Portkey's, /v1/images/generations @${row.connections}`,
      target: "≤ Portkey's",
      value: `${row.gatewayOverP50} ms vs ${row.portkeyOverP50} ms`,
      pass: row.gatewayOverP50 <= row.portkeyOverP50,
    });
  }
  return out;
}

function table(report: Record<string, any>): string {
  const lines: string[] = [''];
  const ov = report.overhead;
  if (ov) {
    lines.push('Overhead: same requests direct to the twin, through a bare Fastify+undici proxy, and through the gateway (latency ms, req/s of 2xx)');
    for (const kind of ['status', 'sync'] as const) {
      lines.push(`  ${KIND_LABELS[kind]}`);
      lines.push(
        `  ${pad('conns', 6)}${padL('direct p50/p99', 18)}${padL('bare p50/p99', 18)}${padL('gateway p50/p99', 18)}${padL('Δp50', 9)}${padL('Δp99', 9)}${padL('direct/s', 10)}${padL('bare/s', 10)}${padL('gw/s', 10)}${padL('gw/bare', 9)}${padL('µs CPU/req twin·bare·gw', 26)}${padL('other', 7)}`,
      );
      for (const r of ov.rows.filter((row: OverheadRow) => row.kind === kind) as OverheadRow[]) {
        const pp = (x: LoadResult) => `${x.p50.toFixed(2)}/${x.p99.toFixed(2)}`;
        const bad = [r.direct, r.bare, r.gateway].some((x) => x.non2xx || x.errors || x.mismatches) ? ' ⚠ errors, see JSON' : '';
        // A pass shorter than a few round trips at this latency counts only the first answers.
        const short = [r.direct, r.bare, r.gateway].some((x) => x.ok < 3 * r.connections) ? ' ⚠ pass too short for this latency (BENCH_DURATION)' : '';
        const other = Math.max(r.direct.otherLoad, r.bare.otherLoad, r.gateway.otherLoad);
        lines.push(
          `  ${pad(r.connections, 6)}${padL(pp(r.direct), 18)}${padL(pp(r.bare), 18)}${padL(pp(r.gateway), 18)}${padL(r.gatewayOverP50.toFixed(2), 9)}${padL(r.gatewayOverP99.toFixed(2), 9)}` +
            `${padL(Math.round(r.direct.rps), 10)}${padL(Math.round(r.bare.rps), 10)}${padL(Math.round(r.gateway.rps), 10)}${padL(`${(r.gatewayVsBare * 100).toFixed(0)}%`, 9)}` +
            `${padL(`${cpuPerRequest(r.direct, 'twin')}·${cpuPerRequest(r.bare, 'bareProxy')}·${cpuPerRequest(r.gateway, 'gateway')}`, 26)}${padL(other.toFixed(2), 7)}${r.disturbed ? ' disturbed' : ''}${bad}${short}`,
        );
        const b = r.baseline;
        if (b) {
          lines.push(
            `  ${pad('', 6)}${padL('baseline:', 18)}${padL('', 18)}${padL(pp(b), 18)}${padL((b.p50 - r.direct.p50).toFixed(2), 9)}${padL((b.p99 - r.direct.p99).toFixed(2), 9)}` +
              `${padL('', 20)}${padL(Math.round(b.rps), 10)}${padL(`${((b.rps / r.bare.rps) * 100).toFixed(0)}%`, 9)}${padL(cpuPerRequest(b, 'baseline'), 26)}`,
          );
        }
      }
    }
    if (settings.baselineDir) lines.push(`  baseline = the gateway built in ${settings.baselineDir}`);
    lines.push('  (µs CPU/req = CPU time of the serving process per 2xx answer: the twin direct, the bare proxy (the twin behind it not counted), the gateway;');
    lines.push('   unlike req/s it hardly depends on how many cores the load generator and the twin leave. other = cores used by processes outside');
    lines.push('   the bench during the pass; > 0.3 means the figure was disturbed)');
  }
  const peer = report.peer;
  if (peer) {
    const targets = ['direct', 'portkey', 'gateway', ...(peer.baseline ? ['baseline'] : [])];
    lines.push('', `Peer: ${peer.label} (latency ms, req/s of 2xx)`);
    if (peer.baseline) lines.push(`  baseline = the gateway built in ${peer.baseline}`);
    lines.push(
      `  ${pad('conns', 6)}${pad('through', 10)}${padL('p50', 10)}${padL('p99', 10)}${padL('Δp50', 9)}${padL('Δp99', 9)}${padL('req/s', 8)}${padL('ms CPU/req', 12)}${padL('other', 7)}`,
    );
    for (const r of peer.rows) {
      for (const target of targets) {
        const x = r[target] as LoadResult & { disturbed?: boolean };
        const bad = x.non2xx || x.errors || x.mismatches ? ' ⚠ errors, see JSON' : '';
        const dp50 = target === 'direct' ? '' : (x.p50 - r.direct.p50).toFixed(1);
        const dp99 = target === 'direct' ? '' : (x.p99 - r.direct.p99).toFixed(1);
        lines.push(
          `  ${pad(r.connections, 6)}${pad(target, 10)}${padL(x.p50.toFixed(1), 10)}${padL(x.p99.toFixed(1), 10)}${padL(dp50, 9)}${padL(dp99, 9)}` +
            `${padL(x.rps.toFixed(1), 8)}${padL(r.cpuMsPerAnswer[target].toFixed(2), 12)}${padL(x.otherLoad.toFixed(2), 7)}${x.disturbed ? ' disturbed' : ''}${bad}`,
        );
      }
    }
    lines.push('  (Δ = over direct; ms CPU/req = CPU time of the process serving the answer per 2xx answer — the twin for direct, else the');
    lines.push('   gateway alone, not the twin behind it; other = cores used outside the bench meanwhile)');
  }
  const as = report.async;
  if (as) {
    lines.push('', `Async acceptance (${as.connections} connections): ${as.label} (On PostgreSQL, "other" includes the database server's own processes.)`);
    for (const [name, r] of Object.entries(as.results) as [string, any][]) {
      lines.push(
        r.skipped
          ? `  ${pad(name, 10)} skipped: ${r.skipped}`
          : `  ${pad(name, 10)} ${padL(Math.round(r.rps), 6)} jobs/s   p50 ${r.p50.toFixed(2)} ms  p99 ${r.p99.toFixed(2)} ms  gateway ${r.cpu.gateway} cores = ` +
              `${((r.cpu.gateway / r.rps) * 1000).toFixed(2)} ms CPU per accepted job, twin ${r.cpu.twin} cores, other ${r.otherLoad}${r.disturbed ? ' (disturbed)' : ''}`,
      );
    }
  }
  const mem = report.memory;
  if (mem) {
    const p = mem.pending;
    lines.push('', `Memory, pending jobs: ${p.label}${p.disturbed ? ' [disturbed: others used cores meanwhile]' : ''}`);
    lines.push(
      `  accepted ${p.accept.ok} at ${Math.round(p.accept.rps)}/s (p99 ${p.accept.p99.toFixed(1)} ms); ${p.pendingInDatabase} pending in the database; all submitted upstream after ${p.secondsUntilAllSubmitted} s`,
    );
    lines.push(
      `  RSS idle ${p.rssIdleMb} MB → after accepting ${p.rssAfterAcceptMb} MB → settled ${p.rssSettledMb} MB (peak sampled ${p.rssPeakSampledMb} MB, VmHWM ${p.rssPeakHwmMb} MB); gateway CPU while polling ${p.gatewayCoresWhilePolling} cores`,
    );
    const l = mem.large;
    lines.push('', `Memory, large bodies: ${l.label}${l.disturbed ? ' [disturbed: others used cores meanwhile]' : ''}`);
    lines.push(
      `  ${l.load.ok} accepted (${l.load.non2xx} non-2xx, ${l.load.errors} errors), p50 ${l.load.p50.toFixed(0)} ms, p99 ${l.load.p99.toFixed(0)} ms, max ${l.load.max.toFixed(0)} ms`,
    );
    lines.push(
      `  RSS idle ${l.rssIdleMb} MB, peak ${l.rssPeakMb} MB (${l.clientsTimesImageMb} MB = clients × image; peak over idle = ${l.peakOverIdleVsClientsTimesImage}× that), after ${l.rssAfterMb} MB`,
    );
  }
  const cold = report.cold;
  if (cold) {
    lines.push('', `Cold start (gateway from ${cold.runtime}): ${cold.label}`);
    lines.push(
      `  new data dir: median ${cold.fresh.medianMs} ms ${JSON.stringify(cold.fresh.runsMs)}; restart on an existing one: median ${cold.restart.medianMs} ms ${JSON.stringify(cold.restart.runsMs)}`,
    );
  }
  lines.push('', 'Targets (the bench never fails on them):');
  for (const t of report.targets as Target[]) lines.push(`  ${verdict(t.pass)}  ${pad(t.name, 48)} ${pad(t.target, 10)} ${t.value}`);
  lines.push(
    '',
    `gateway from ${RUNTIME.runtime}${RUNTIME.note ? ` (${RUNTIME.note})` : ''}; load average at start ${(report.machine as any).loadavgAtStart.join(' ')}, at end ${(report.loadavgAtEnd as number[]).join(' ')}`,
  );
  return `${lines.join('\n')}\n`;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // process.exit runs the 'exit' handler that kills the children.
  process.once(signal, () => {
    process.stderr.write(`bench: ${signal}, stopping\n`);
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  });
}

main()
  .catch((error) => {
    process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });
