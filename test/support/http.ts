// Requests a test sends through `app.inject`: as an API key, JSON bodies, signed links fetched
// without the key, and waiting for a job.
import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { TEST_KEY } from './app.js';
import { until } from './until.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface CallOptions {
  key?: string;
  /** Sent as JSON (with its Content-Type) when given. */
  payload?: unknown;
  headers?: Record<string, string>;
}

/** One request as an API key (the test key unless told). */
export function call(app: FastifyInstance, method: Method, url: string, { key = TEST_KEY, payload, headers = {} }: CallOptions = {}) {
  return app.inject({
    method,
    url,
    headers: { 'x-api-key': key, ...(payload !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    payload: payload as never,
  });
}

/**
 * `call`, `get` and `post` as one key; every answer is also handed to `seen` (tests that check
 * afterwards that no secret reached an answer).
 */
export function asKey(key: string, seen?: (response: LightMyRequestResponse) => void) {
  const as = async (app: FastifyInstance, method: Method, url: string, payload?: unknown) => {
    const response = await call(app, method, url, { key, payload });
    seen?.(response);
    return response;
  };
  return {
    call: as,
    get: (app: FastifyInstance, url: string) => as(app, 'GET', url),
    post: (app: FastifyInstance, url: string, payload: unknown) => as(app, 'POST', url, payload),
  };
}

/** An absolute gateway link (a signed asset URL) fetched through `inject`, without the key. */
export function fetchLink(app: FastifyInstance, url: string, headers: Record<string, string> = {}) {
  const { pathname, search } = new URL(url);
  return app.inject({ method: 'GET', url: `${pathname}${search}`, headers });
}

/** `fetchLink` that must answer 200. */
export async function download(app: FastifyInstance, url: string) {
  const response = await fetchLink(app, url);
  assert.equal(response.statusCode, 200, response.body);
  return response;
}

/** Fails unless `url` is a gateway asset link (`/api/v1/assets/asset_<22 characters>`). */
export function assertAssetLink(url: string): void {
  assert.match(new URL(url).pathname, /^\/api\/v1\/assets\/asset_[\w-]{22}$/, `not a gateway asset link: ${url}`);
}

export const FINAL_STATES = ['succeeded', 'failed', 'canceled', 'expired'];

export interface WaitForJobOptions {
  key?: string;
  /** When the job's view is the one to answer (default: a final state). */
  done?: (job: any) => boolean;
  what?: string;
  ms?: number;
}

/** Polls `GET /api/v1/jobs/{id}` until `done` holds for the job's view; answers that view. */
export function waitForJob(app: FastifyInstance, id: string, { key = TEST_KEY, done = (job) => FINAL_STATES.includes(job.state), what = `job ${id}`, ms }: WaitForJobOptions = {}) {
  return until(
    async () => {
      const job = (await call(app, 'GET', `/api/v1/jobs/${id}`, { key })).json().result;
      return done(job) ? job : undefined;
    },
    what,
    ms,
  );
}
