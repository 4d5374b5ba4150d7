// Bench plumbing: child processes on loopback ports, /proc readings (RSS, CPU, how busy the
// rest of the machine is), and one autocannon pass with exact latencies.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

export const ROOT = path.resolve(import.meta.dirname, '..');

/** A port nobody listens on right now (the child binds it a moment later). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux x86-64). */
const TICKS = 100;

export interface ProcStat {
  /** Resident set, bytes. */
  rss: number;
  /** Peak resident set since start (VmHWM), bytes. */
  hwm: number;
}

export function procMemory(pid: number): ProcStat | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a process has used, ms. */
export function procCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // After "pid (comm) ": state is field 3, utime 14, stime 15 (1-based) → indexes 11, 12.
    return ((Number(fields[11]) + Number(fields[12])) / TICKS) * 1000;
  } catch {
    return 0;
  }
}

/** Busy CPU time of the whole machine, ms (all cores; idle and iowait excluded). */
export function machineBusyMs(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return ((user + nice + system + irq + softirq + steal) / TICKS) * 1000;
}

export interface Child {
  name: string;
  pid: number;
  url: string;
  port: number;
  process: ChildProcess;
  logFile: string;
  exited(): boolean;
  /** SIGTERM (graceful: a --cpu-prof profile is written), SIGKILL after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
  logTail(lines?: number): string;
}

const running = new Set<Child>();
/** CPU time of children already stopped (read just before each was stopped). */
let stoppedCpuMs = 0;
process.on('exit', () => {
  for (const child of running) child.process.kill('SIGKILL');
});

/** CPU time used so far by the bench and every child it is running, ms. */
function ourCpuMs(): number {
  const self = process.cpuUsage();
  return (self.user + self.system) / 1000 + stoppedCpuMs + [...running].reduce((sum, child) => sum + procCpuMs(child.pid), 0);
}

/** Cores used by processes outside the bench over the next `ms`. */
export async function otherLoad(ms = 1_000): Promise<number> {
  const [busy, ours, wall] = [machineBusyMs(), ourCpuMs(), performance.now()];
  await sleep(ms);
  return Math.max(0, machineBusyMs() - busy - (ourCpuMs() - ours)) / (performance.now() - wall);
}

/** Runs `fn` and reports the cores used meanwhile by processes outside the bench. */
export async function measuringOtherLoad<T>(fn: () => Promise<T>): Promise<{ value: T; otherLoad: number }> {
  const [busy, ours, wall] = [machineBusyMs(), ourCpuMs(), performance.now()];
  const value = await fn();
  const otherLoad = Math.max(0, machineBusyMs() - busy - (ourCpuMs() - ours)) / (performance.now() - wall);
  return { value, otherLoad: round(otherLoad, 2) };
}

/**
 * Waits until the rest of the machine has used less than `threshold` cores for `seconds` in
 * a row (others run test suites on this machine), or `maxMs` has passed. Returns the ms waited.
 */
export async function waitForQuiet(threshold: number, maxMs: number, seconds = 2): Promise<number> {
  const started = performance.now();
  let quietSeconds = 0;
  while (quietSeconds < seconds && performance.now() - started < maxMs) {
    quietSeconds = (await otherLoad(1_000)) < threshold ? quietSeconds + 1 : 0;
  }
  return Math.round(performance.now() - started);
}

export interface StartOptions {
  name: string;
  args: string[];
  env: Record<string, string>;
  port: number;
  /** Path polled until it answers (any status unless `readyStatus`). */
  readyPath: string;
  readyStatus?: number;
  timeoutMs?: number;
}

/** Spawns `node <args>`; stdout and stderr go to a log file (keeps the pipe out of the measurement). */
export async function startChild(options: StartOptions): Promise<Child & { startedInMs: number }> {
  const logFile = path.join(tmpdir(), `vision-studio-bench-${options.name}-${process.pid}-${options.port}.log`);
  const fd = openSync(logFile, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, options.args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  const url = `http://127.0.0.1:${options.port}`;
  const logTail = (lines = 20) => {
    try {
      return readFileSync(logFile, 'utf8').trim().split('\n').slice(-lines).join('\n');
    } catch {
      return '';
    }
  };
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const handle: Child = {
    name: options.name,
    pid: child.pid!,
    url,
    port: options.port,
    process: child,
    logFile,
    exited,
    logTail,
    async stop(graceMs = 15_000) {
      if (running.delete(handle)) stoppedCpuMs += procCpuMs(child.pid!);
      if (!exited()) {
        const gone = once(child, 'exit');
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await gone;
        clearTimeout(timer);
      }
      if (!process.env.BENCH_KEEP_LOGS) rmSync(logFile, { force: true });
    },
  };
  running.add(handle);
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (exited()) throw new Error(`${options.name} exited before answering:\n${logTail()}`);
    try {
      const response = await fetch(`${url}${options.readyPath}`, { signal: AbortSignal.timeout(1_000) });
      await response.arrayBuffer();
      if (options.readyStatus === undefined || response.status === options.readyStatus) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await handle.stop(1_000);
      throw new Error(`${options.name} did not answer within ${options.timeoutMs ?? 30_000} ms:\n${logTail()}`);
    }
    await sleep(5);
  }
  return Object.assign(handle, { startedInMs: performance.now() - started });
}

/** Percentile of sorted values (nearest rank). */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface LoadOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  /** Seconds; or `amount` requests in all. */
  duration?: number;
  amount?: number;
  /** Seconds a request may take. */
  timeout?: number;
  /** A 2xx answer whose body lacks this text is counted as a mismatch (e.g. a job not finished). */
  expectText?: string;
  /** Called every `sampleMs` while the pass runs (e.g. RSS sampling). */
  sample?: () => void;
  sampleMs?: number;
  /** Processes whose CPU use is ours (the rest of the machine's is "other load"). */
  pids?: number[];
}

export interface LoadResult {
  connections: number;
  durationS: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  statusCodes: Record<string, number>;
  /** 2xx answers per second. */
  rps: number;
  /** Latency of 2xx answers, ms (exact, from each response; autocannon's own histogram is whole ms). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  /** Cores the measured processes used (bench process included). */
  cpu: Record<string, number>;
  /** Cores used by everything else on the machine during the pass: other engineers' tests etc. */
  otherLoad: number;
}

export async function runLoad(options: LoadOptions, names: Record<number, string> = {}): Promise<LoadResult> {
  let latencies = new Float64Array(1 << 16);
  let count = 0;
  const pids = options.pids ?? [];
  const cpuBefore = pids.map(procCpuMs);
  const selfBefore = process.cpuUsage();
  const busyBefore = machineBusyMs();
  const wallBefore = performance.now();
  const instance = autocannon({
    url: options.url,
    method: options.method ?? 'GET',
    headers: options.headers,
    body: options.body,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 5 }),
    timeout: options.timeout ?? 30,
    ...(options.expectText ? { verifyBody: (body: string) => body.includes(options.expectText!) } : {}),
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode < 200 || statusCode > 299) return;
    if (count === latencies.length) {
      const bigger = new Float64Array(latencies.length * 2);
      bigger.set(latencies);
      latencies = bigger;
    }
    latencies[count++] = responseTime;
  });
  const sampler = options.sample ? setInterval(options.sample, options.sampleMs ?? 100) : undefined;
  const result = await instance;
  if (sampler) clearInterval(sampler);
  options.sample?.();
  const wallMs = performance.now() - wallBefore;
  const self = process.cpuUsage(selfBefore);
  const selfMs = (self.user + self.system) / 1000;
  const childMs = pids.map((pid, i) => procCpuMs(pid) - cpuBefore[i]);
  const busyMs = machineBusyMs() - busyBefore;
  const sorted = latencies.slice(0, count).sort();
  const cpu: Record<string, number> = { bench: round(selfMs / wallMs, 2) };
  pids.forEach((pid, i) => (cpu[names[pid] ?? String(pid)] = round(childMs[i] / wallMs, 2)));
  return {
    connections: options.connections,
    durationS: round(result.duration, 2),
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, Number(s.count)])),
    rps: round(result['2xx'] / result.duration, 1),
    p50: round(percentile(sorted, 50), 3),
    p90: round(percentile(sorted, 90), 3),
    p99: round(percentile(sorted, 99), 3),
    max: round(percentile(sorted, 100), 3),
    mean: round(sorted.reduce((a, b) => a + b, 0) / Math.max(1, count), 3),
    cpu,
    otherLoad: round(Math.max(0, busyMs - selfMs - childMs.reduce((a, b) => a + b, 0)) / wallMs, 2),
  };
}

export const round = (n: number, digits: number) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);
export const mb = (bytes: number) => round(bytes / 1_000_000, 1);
