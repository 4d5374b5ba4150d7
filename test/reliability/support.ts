// Shared parts of the reliability suite (`npm run test:reliability`): the profile, where results
// go, provider twins with secret credentials, a loopback guard, and a bounded HTTP load loop.
import { randomBytes } from 'node:crypto';
import diagnostics from 'node:diagnostics_channel';
import dns from 'node:dns';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Agent, request } from 'undici';
import { createGoogleTwin } from '../../src/twins/google/index.js';
import { listen, startBriaTwin, startFireflyTwin, startOpenAITwin, startRunwayTwin } from '../support/twins.js';

// ---- profile and results --------------------------------------------------------------------

export type Profile = 'short' | 'full';
export const PROFILE: Profile = process.env.RELIABILITY_PROFILE === 'full' ? 'full' : 'short';
/** The short profile's value (CI), or the full one's (RELIABILITY_PROFILE=full). */
export const byProfile = <T>(short: T, full: T): T => (PROFILE === 'full' ? full : short);

/** One JSON file per suite part; run.ts joins them into results-<profile>.json. */
export const RESULTS_DIR = process.env.RELIABILITY_RESULTS_DIR ?? path.join(tmpdir(), 'vision-studio-reliability', PROFILE);

export async function saveResult(part: string, data: Record<string, unknown>): Promise<void> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const record = { part, profile: PROFILE, at: new Date().toISOString(), loadavg: loadavg().map((l) => Number(l.toFixed(2))), ...data };
  await writeFile(path.join(RESULTS_DIR, `${part}.json`), JSON.stringify(record, null, 2));
}

/** A credential-looking random value, to be searched for in every answer and log line. */
export const newSecret = (label: string) => `${label}-${randomBytes(12).toString('hex')}`;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---- loopback only ------------------------------------------------------------------------------

const LOOPBACK = (address: string | undefined) => address === undefined || address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');

/**
 * Records (and cuts) every outgoing TCP connection of this process that does not go to a
 * loopback address, and refuses DNS for any name but localhost — a safety net under tests that
 * feed the gateway hostile URLs: nothing may leave the machine even if a check failed.
 */
export function guardLoopback(): { violations: string[]; lookups: string[] } {
  const violations: string[] = [];
  const lookups: string[] = [];
  diagnostics.subscribe('net.client.socket', (message) => {
    const socket = (message as { socket: net.Socket }).socket;
    socket.once('connect', () => {
      if (!LOOPBACK(socket.remoteAddress)) {
        violations.push(`${socket.remoteAddress}:${socket.remotePort}`);
        socket.destroy();
      }
    });
  });
  const refuse = (hostname: string) => {
    lookups.push(hostname);
    return Object.assign(new Error(`DNS refused by the reliability suite: ${hostname}`), { code: 'ENOTFOUND' });
  };
  const local = (hostname: string) => net.isIP(hostname) !== 0 || hostname === 'localhost' || hostname.endsWith('.localhost');
  const promisesLookup = dns.promises.lookup.bind(dns.promises);
  (dns.promises as { lookup: unknown }).lookup = async (hostname: string, options?: unknown) => {
    if (!local(hostname)) throw refuse(hostname);
    return promisesLookup(hostname, options as dns.LookupAllOptions);
  };
  const callbackLookup = dns.lookup;
  (dns as { lookup: unknown }).lookup = (hostname: string, options: unknown, callback?: unknown) => {
    const cb = (typeof options === 'function' ? options : callback) as (err: Error | null) => void;
    if (!local(hostname)) return process.nextTick(() => cb(refuse(hostname)));
    return (callbackLookup as (...args: unknown[]) => void)(hostname, options, callback);
  };
  return { violations, lookups };
}

// ---- twins with secret credentials ---------------------------------------------------------------

export interface Twins {
  /** Env that points a gateway at every twin. */
  env: Record<string, string>;
  /** Every credential in use; none may appear in an answer or a log line. */
  secrets(): string[];
  bria: Awaited<ReturnType<typeof startBriaTwin>>;
  close(): Promise<void>;
}

/** A twin for every provider, each with freshly generated credentials. */
export async function startAllTwins(options: { briaProcessingMs?: number } = {}): Promise<Twins> {
  const bria = await startBriaTwin({ token: newSecret('bria-token'), processingMs: options.briaProcessingMs ?? 100, ratePerMinute: 1_000_000 });
  const firefly = await startFireflyTwin({ clientId: newSecret('firefly-id'), clientSecret: newSecret('firefly-secret'), pendingMs: 20, runningMs: 60 });
  const runway = await startRunwayTwin({ secret: newSecret('runway-secret'), pendingMs: 20, runningMs: 60 });
  const openai = await startOpenAITwin({ apiKey: newSecret('sk-openai') });
  const geminiKey = newSecret('gemini-key');
  const subjectToken = newSecret('google-subject');
  const google = createGoogleTwin({ apiKey: geminiKey, project: 'reliability-project', location: 'us-central1', subjectToken, operationMs: 100 });
  const googleUrl = await listen(google.app);
  const dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-reliability-google-'));
  const credentials = await google.writeCredentials(googleUrl, dir);
  const fixed = [bria.token, firefly.env.FIREFLY_CLIENT_ID, firefly.env.FIREFLY_CLIENT_SECRET, runway.secret, openai.apiKey, geminiKey, subjectToken];
  return {
    env: {
      BRIA_API_TOKEN: bria.token,
      BRIA_BASE_URL: bria.url,
      ...firefly.env,
      ...runway.env,
      ...openai.env,
      GEMINI_API_KEY: geminiKey,
      GOOGLE_CLOUD_PROJECT: 'reliability-project',
      GOOGLE_CLOUD_LOCATION: 'us-central1',
      GOOGLE_APPLICATION_CREDENTIALS: credentials,
      GOOGLE_GENAI_BASE_URL: googleUrl,
    },
    // Access tokens the Google twin's STS issued are bearer secrets too.
    secrets: () => [...fixed, ...google.issuedTokens.keys()],
    bria,
    async close() {
      await Promise.allSettled([bria.app.close(), firefly.app.close(), runway.app.close(), openai.app.close(), google.app.close()]);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

// ---- HTTP load ----------------------------------------------------------------------------------

export interface Percentiles {
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function percentiles(values: number[]): Percentiles {
  if (values.length === 0) return { p50: 0, p90: 0, p99: 0, max: 0 };
  const sorted = Float64Array.from(values).sort();
  const at = (p: number) => Number(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(1));
  return { p50: at(50), p90: at(90), p99: at(99), max: Number(sorted[sorted.length - 1].toFixed(1)) };
}

export interface Answer {
  status: number;
  body: any;
  ms: number;
  /** The request failed without an HTTP answer (connection refused, reset by a killed server). */
  networkError?: string;
}

export interface LoadOptions {
  url: string;
  clients: number;
  durationMs: number;
  /** The request each iteration sends; `sync` marks the mix. */
  next(client: number, i: number): { path: string; body: unknown; sync: boolean; headers?: Record<string, string> };
  /** Each answer, as it comes. */
  onAnswer?(answer: Answer, sync: boolean): void;
  /** Pause before retrying after a network error (the gateway is down). */
  networkErrorPauseMs?: number;
  /** Lets the caller stop the loop early or move it to another URL (crash test). */
  control?: { stop?: boolean; url?: string };
}

export interface LoadStats {
  requests: number;
  byStatus: Record<string, number>;
  networkErrors: number;
  latencyMs: Percentiles;
  syncLatencyMs: Percentiles;
  asyncLatencyMs: Percentiles;
  durationS: number;
  /** Answered requests per second. */
  throughput: number;
}

/** `clients` loops, each sending one request at a time until `durationMs` has passed. */
export async function runLoad(options: LoadOptions): Promise<LoadStats> {
  const agent = new Agent({ connections: options.clients, keepAliveTimeout: 30_000, pipelining: 1 });
  const started = Date.now();
  const deadline = started + options.durationMs;
  const all: number[] = [];
  const syncMs: number[] = [];
  const asyncMs: number[] = [];
  const byStatus: Record<string, number> = {};
  let networkErrors = 0;
  const client = async (n: number) => {
    for (let i = 0; Date.now() < deadline && !options.control?.stop; i++) {
      const { path: route, body, sync, headers } = options.next(n, i);
      const base = options.control?.url ?? options.url;
      const t0 = performance.now();
      let answer: Answer;
      try {
        const response = await request(`${base}${route}`, {
          method: 'POST',
          dispatcher: agent,
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(body),
          headersTimeout: 120_000,
          bodyTimeout: 120_000,
        });
        const text = await response.body.text();
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = text;
        }
        answer = { status: response.statusCode, body: parsed, ms: performance.now() - t0 };
        all.push(answer.ms);
        (sync ? syncMs : asyncMs).push(answer.ms);
        byStatus[answer.status] = (byStatus[answer.status] ?? 0) + 1;
      } catch (error) {
        networkErrors++;
        answer = { status: 0, body: undefined, ms: performance.now() - t0, networkError: (error as { code?: string }).code ?? String(error) };
      }
      options.onAnswer?.(answer, sync);
      if (answer.networkError) await sleep(options.networkErrorPauseMs ?? 50);
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, n) => client(n)));
  const durationS = (Date.now() - started) / 1000;
  await agent.close();
  return {
    requests: all.length + networkErrors,
    byStatus,
    networkErrors,
    latencyMs: percentiles(all),
    syncLatencyMs: percentiles(syncMs),
    asyncLatencyMs: percentiles(asyncMs),
    durationS: Number(durationS.toFixed(2)),
    throughput: Number((all.length / durationS).toFixed(1)),
  };
}

// ---- a gateway process under load ---------------------------------------------------------------

export const LOAD_KEY = 'load-key-0123456789';

/** Env for a gateway process in front of the BRIA twin with no per-key rate or job cap in the way of the load. */
export function gatewayEnv(dataDir: string, twin: { token: string; url: string }, extra: Record<string, string> = {}): Record<string, string> {
  return {
    VISION_STUDIO_API_KEYS: LOAD_KEY,
    VISION_STUDIO_DATA_DIR: dataDir,
    VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
    VISION_STUDIO_RATE_LIMIT: '100000000',
    VISION_STUDIO_MAX_CONCURRENT_JOBS: '100000000',
    VISION_STUDIO_POLL_INITIAL_MS: '50',
    VISION_STUDIO_POLL_MAX_MS: '250',
    VISION_STUDIO_SYNC_WAIT_MS: '60000',
    BRIA_API_TOKEN: twin.token,
    BRIA_BASE_URL: twin.url,
    ...extra,
  };
}

// ---- jobs ---------------------------------------------------------------------------------------

export interface JobSummary {
  id: string;
  state: string;
  error: { code: string; message: string; upstream_status?: number } | null;
  attempts: number;
  createdAt: number;
  finishedAt: number | null;
}

async function getJson(url: string, key: string): Promise<any> {
  const response = await request(url, { headers: { 'x-api-key': key } });
  const body = await response.body.json();
  if (response.statusCode !== 200) throw new Error(`${url} answered ${response.statusCode}: ${JSON.stringify(body)}`);
  return body;
}

/** Every job of the key, through the paginated job list. */
export async function listJobs(url: string, key: string, state?: string): Promise<JobSummary[]> {
  const jobs: JobSummary[] = [];
  let cursor: string | null = null;
  do {
    const query: URLSearchParams = new URLSearchParams({ limit: '100', ...(state ? { state } : {}), ...(cursor ? { cursor } : {}) });
    const page: { jobs: any[]; next_cursor: string | null } = (await getJson(`${url}/api/v1/jobs?${query}`, key)).result;
    for (const job of page.jobs) {
      jobs.push({
        id: job.id,
        state: job.state,
        error: job.error,
        attempts: job.attempts,
        createdAt: Date.parse(job.created_at),
        finishedAt: job.finished_at ? Date.parse(job.finished_at) : null,
      });
    }
    cursor = page.next_cursor;
  } while (cursor);
  return jobs;
}

/** Waits until no job of the key is queued or running; then every job, by id. */
export async function settleJobs(url: string, key: string, timeoutMs: number): Promise<Map<string, JobSummary>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const unfinished = [
      ...(await getJson(`${url}/api/v1/jobs?state=queued&limit=1`, key)).result.jobs,
      ...(await getJson(`${url}/api/v1/jobs?state=running&limit=1`, key)).result.jobs,
    ];
    if (unfinished.length === 0) break;
    if (Date.now() > deadline) break;
    await sleep(250);
  }
  return new Map((await listJobs(url, key)).map((job) => [job.id, job]));
}

export async function health(url: string): Promise<any> {
  const response = await request(`${url}/health`);
  return { status: response.statusCode, body: await response.body.json() };
}

/** A free loopback port (for a gateway that must come back on the same address). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Counts of each value. */
export function tally<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}
