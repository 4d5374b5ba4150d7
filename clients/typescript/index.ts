// The typed TypeScript client of the Vision Studio gateway: openapi-fetch over the types
// generated from the served OpenAPI document (schema.ts), plus the helpers every caller of an
// asynchronous API writes: upload a file, follow a job (live events, else polling), wait for it.
import createFetchClient from 'openapi-fetch';
import { EventSourceParserStream } from 'eventsource-parser/stream';
import type { components, paths } from './schema.js';

export type { components, paths, operations } from './schema.js';
export type Job = components['schemas']['Job'];
export type JobState = Job['state'];

export interface ClientOptions {
  /** The gateway's origin, e.g. `http://127.0.0.1:8000` (a browser page on the gateway may pass `location.origin`). */
  baseUrl: string;
  apiKey: string;
  fetch?: typeof globalThis.fetch;
}

/** `client.GET('/api/v1/jobs')`, `client.POST('/api/v1/bria/…', { body })`: paths, bodies and answers typed. */
export function createClient(options: ClientOptions) {
  const headers = { 'X-API-Key': options.apiKey };
  const fetch = options.fetch ?? ((input: Request) => globalThis.fetch(input));
  const api = createFetchClient<paths>({ baseUrl: options.baseUrl, headers, fetch });
  return Object.assign(api, { options: { ...options, headers, fetch } });
}

export type VisionStudioClient = ReturnType<typeof createClient>;

/** A non-2xx answer: its status and the gateway's `detail` (a message, or 422's list with `loc`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    const detail = (body as { detail?: unknown } | undefined)?.detail;
    super(typeof detail === 'string' ? detail : `HTTP ${status}${detail ? `: ${JSON.stringify(detail)}` : ''}`);
    this.name = 'ApiError';
  }
}

export const FINAL_STATES: readonly JobState[] = ['succeeded', 'failed', 'canceled', 'expired'];
export const isFinal = (state: string) => (FINAL_STATES as readonly string[]).includes(state);

/** A raw call on the gateway with the client's key (routes the generated types may not know yet). */
export async function call(client: VisionStudioClient, path: string, init: RequestInit = {}): Promise<Response> {
  const { baseUrl, headers, fetch } = client.options;
  return fetch(new Request(new URL(path, baseUrl), { ...init, headers: { ...headers, ...(init.headers as Record<string, string>) } }));
}

export async function getJob(client: VisionStudioClient, id: string, signal?: AbortSignal): Promise<Job> {
  const { data, error, response } = await client.GET('/api/v1/jobs/{job_id}', { params: { path: { job_id: id } }, signal });
  if (!data) throw new ApiError(response.status, error);
  return data.result;
}

export interface UploadedAsset {
  asset_id: string;
  url: string;
  content_type: string;
  size_bytes: number;
  width: number | null;
  height: number | null;
  duration_seconds: number | null;
}

/** Uploads a file as an input asset (POST /api/v1/assets); its `asset_id` goes in any media field. */
export async function uploadAsset(client: VisionStudioClient, file: Blob, name = 'upload'): Promise<UploadedAsset> {
  const form = new FormData();
  form.append('file', file, name);
  const response = await call(client, '/api/v1/assets', { method: 'POST', body: form });
  const body = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, body);
  return (body as { result: UploadedAsset }).result;
}

export interface FollowOptions {
  signal?: AbortSignal;
  /** Polling interval when the gateway has no live events (default 1000 ms). */
  intervalMs?: number;
  /** false: poll without asking for live events first (e.g. the gateway's document has no events route). */
  events?: boolean;
}

/**
 * The job's states as they change, ending with the final one (as GET /api/v1/jobs/{id} shows
 * it, result included). Live from `/api/v1/jobs/{id}/events` (server-sent events) where the
 * gateway has them; polling otherwise, or when the stream ends early.
 */
export async function* followJob(client: VisionStudioClient, id: string, options: FollowOptions = {}): AsyncGenerator<Job> {
  let job = await getJob(client, id, options.signal);
  yield job;
  if (isFinal(job.state)) return;
  const updates = options.events === false ? [] : jobEvents(client, id, options.signal);
  for await (const update of updates) {
    job = { ...job, ...update };
    if (isFinal(job.state)) break;
    yield job;
  }
  while (!isFinal(job.state)) {
    await delay(options.intervalMs ?? 1000, options.signal);
    const next = await getJob(client, id, options.signal);
    if (next.state === job.state && next.progress === job.progress) continue;
    job = next;
    if (!isFinal(job.state)) yield job;
  }
  yield await getJob(client, id, options.signal);
}

/** Waits for the job to end and answers it (whatever its final state). */
export async function waitForJob(client: VisionStudioClient, id: string, options: FollowOptions & { onUpdate?: (job: Job) => void } = {}): Promise<Job> {
  let last: Job | undefined;
  for await (const job of followJob(client, id, options)) {
    last = job;
    options.onUpdate?.(job);
  }
  return last!;
}

/**
 * The job's live events (each event's JSON data, e.g. `{state, progress}`), or nothing at all
 * when the gateway does not serve them: callers fall back to polling.
 */
export async function* jobEvents(client: VisionStudioClient, id: string, signal?: AbortSignal): AsyncGenerator<Partial<Job>> {
  const response = await call(client, `/api/v1/jobs/${encodeURIComponent(id)}/events`, { headers: { accept: 'text/event-stream' }, signal });
  if (!response.ok || !response.body || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
    await response.body?.cancel();
    return;
  }
  const events = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader();
  try {
    for (let next = await events.read(); !next.done; next = await events.read()) {
      const data = parseJson(next.value.data);
      if (data && typeof data === 'object') yield data as Partial<Job>;
    }
  } finally {
    await events.cancel().catch(() => {});
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
  });
}
