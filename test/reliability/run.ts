// `npm run test:reliability`: runs the reliability suite (test/reliability/*.reliability.ts — not
// part of `npm test`) one file at a time, bounded in time, then prints a summary table and writes
// it to results-<profile>.json under the OS temp dir (its path is printed; results are not kept
// in the repository). RELIABILITY_PROFILE=full for the figures (200 clients, 30 s of load, ...);
// the default short profile is what CI runs. RELIABILITY_SEED replays a fuzz run.
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';

const profile = process.env.RELIABILITY_PROFILE === 'full' ? 'full' : 'short';
const root = path.join(tmpdir(), 'vision-studio-reliability');
const partsDir = path.join(root, profile);
/** Hard limits: per test, and for the whole run. */
const TEST_TIMEOUT_MS = profile === 'full' ? 900_000 : 180_000;
const RUN_TIMEOUT_MS = profile === 'full' ? 60 * 60_000 : 8 * 60_000;

const here = path.dirname(new URL(import.meta.url).pathname);
const found = (await readdir(here)).filter((f) => f.endsWith('.reliability.ts'));
// Node's runner takes the files in name order, one at a time (no load test runs beside another).
const files = found.sort().map((f) => path.join('test/reliability', f));

await rm(partsDir, { recursive: true, force: true });
await mkdir(partsDir, { recursive: true });
const started = Date.now();
process.stdout.write(`reliability suite, ${profile} profile: ${files.join(' ')}\n`);
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', `--test-timeout=${TEST_TIMEOUT_MS}`, ...files], {
  stdio: 'inherit',
  env: { ...process.env, RELIABILITY_PROFILE: profile, RELIABILITY_RESULTS_DIR: partsDir },
});
const killer = setTimeout(() => {
  process.stderr.write(`\nreliability suite: over ${RUN_TIMEOUT_MS / 60_000} min, stopped\n`);
  child.kill('SIGKILL');
}, RUN_TIMEOUT_MS);
const code: number = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))));
clearTimeout(killer);
const seconds = (Date.now() - started) / 1000;

// ---- summary ------------------------------------------------------------------------------

const parts: Record<string, any> = {};
for (const file of await readdir(partsDir).catch(() => [] as string[])) {
  if (file.endsWith('.json')) parts[file.replace(/\.json$/, '')] = JSON.parse(await readFile(path.join(partsDir, file), 'utf8'));
}
const { fuzz, ssrf, load, faults, crash } = parts;
const rows: [string, string][] = [];
const row = (name: string, value: unknown) => rows.push([name, value === undefined ? '(not run)' : String(value)]);
const ms = (p: { p50: number; p99: number } | undefined) => (p ? `${p.p50} / ${p.p99} ms` : undefined);

let requests = 0;
let lost = 0;
let badInput5xx = 0;
if (fuzz) {
  const n = (fuzz.inProcess?.requests ?? 0) + (fuzz.http?.requests ?? 0);
  requests += n;
  badInput5xx += (fuzz.inProcess?.fiveXX ?? 0) + (fuzz.http?.fiveXX ?? 0);
  row(
    'hostile requests (in-process + HTTP + raw socket)',
    `${fuzz.inProcess?.requests ?? 0} + ${fuzz.http?.requests ?? 0} over ${fuzz.operations?.served ?? '?'} operations (${fuzz.operations?.reference ?? '?'} reference), seed ${fuzz.seed}`,
  );
  row('5xx on bad input (must be 0)', (fuzz.inProcess?.fiveXX ?? 0) + (fuzz.http?.fiveXX ?? 0));
  row('bad answers (shape, stack trace, credential, prototype)', (fuzz.inProcess?.problems ?? 0) + (fuzz.http?.problems ?? 0));
  row('credentials in answers/logs/job records', fuzz.credentialLeaks ?? '(see test output)');
  if (fuzz.http?.slowloris?.connections)
    row('slowloris connections cut (408)', `${fuzz.http.slowloris.answers?.['408'] ?? 0}/${fuzz.http.slowloris.connections} within ${fuzz.http.slowloris.cutAfterSecondsMax} s`);
}
if (ssrf) {
  requests += ssrf.forms;
  row('SSRF forms refused with 422 for the right reason', `${ssrf.refusedForTheRightReason}/${ssrf.forms} (${ssrf.distinctUrls} distinct URLs), canary hits ${ssrf.canaryHits}`);
}
if (parts['ssrf-sandbox']) row('sandbox twin reached the canary (must be 0)', parts['ssrf-sandbox'].canaryHits);
if (load) {
  requests += load.requests;
  lost += load.lostJobs;
  row(`load: ${load.clients} clients x ${load.seconds} s, requests`, `${load.requests} (${load.byStatus?.['200'] ?? 0} x 200), errors ${load.errors + load.networkErrors}`);
  row('load: throughput', `${load.throughput} req/s`);
  row('load: p50 / p99 (all)', ms(load.latencyMs));
  row('load: p50 / p99 (async / sync)', `${ms(load.asyncLatencyMs)}  /  ${ms(load.syncLatencyMs)}`);
  row('load: lost jobs (must be 0)', `${load.lostJobs} of ${load.acceptedAsync + load.syncSucceeded}`);
}
if (faults) {
  for (const phase of faults.phases ?? []) {
    if (!phase.mode) continue;
    requests += phase.requests;
    lost += phase.lostJobs;
    const outcomes = Object.entries(phase.outcomes ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    row(
      `fault ${phase.mode}${phase.knownBug ? ' (known bug, todo)' : ''}`,
      `${phase.requests} req, ${phase.throughput} req/s (${phase.acceptedPerSecond} accepted/s), p50/p99 ${ms(phase.latencyMs)}, circuit ${phase.circuitStatesSeen.filter((s: string) => s !== 'unknown').join('>')}, lost ${phase.lostJobs}; ${outcomes}`,
    );
  }
}
if (crash) {
  for (const kind of ['sqlite', 'postgres']) {
    const c = crash[kind];
    if (!c) {
      row(`SIGKILL on ${kind}`, '(skipped)');
      continue;
    }
    requests += c.requests;
    lost += c.lostJobs;
    row(
      `SIGKILL on ${kind}`,
      `${c.jobsInStore} jobs (${c.unfinishedAtKill} unfinished at the kill, ${c.jobsWhoseAnswerWasCut} answers cut), restart ${c.restartSeconds} s, lost ${c.lostJobs}`,
    );
  }
}
rows.unshift(['requests (all parts)', String(requests)], ['lost jobs (must be 0)', String(lost)]);

const width = Math.max(...rows.map(([k]) => k.length));
const table = rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n');
process.stdout.write(
  `\n== reliability summary (${profile} profile, ${seconds.toFixed(0)} s, ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}) ==\n${table}\n`,
);
const out = path.join(root, `results-${profile}.json`);
await writeFile(out, JSON.stringify({ profile, seconds, exitCode: code, summary: Object.fromEntries(rows), parts }, null, 2));
process.stdout.write(`\nresults: ${out}\n`);
process.exit(code !== 0 ? code : lost > 0 || badInput5xx > 0 ? 1 : 0);
