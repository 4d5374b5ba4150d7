// The one HTTP layer under every provider client: `callUpstream` sends a JSON, form or raw body
// over undici with a deadline and the caller's abort signal and reads the answer; and
// `classifyUpstreamFailure` turns a refusal (an HTTP status) or a lost call (no answer) into one
// UpstreamError with a code from the closed set and an honest retry decision. Clients built on
// an official SDK feed its exceptions through `sdkFailure` into the same classifier.
// What stays in a provider's folder: its auth headers, body shapes, the words of its error bodies
// (`explain`), its own status → code table, and codes its bodies name (`refine`).
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { brotliDecompress, gunzip, inflate } from 'node:zlib';
import { request } from 'undici';
import { jsonPayload } from './json-body.js';
import { retryAfterMs as retryAfterMsOf, UpstreamError, type UpstreamErrorCode } from './upstream-error.js';

/** A provider's HTTP statuses as the gateway's codes; a status not listed is `upstream_error` (5xx) or `upstream_rejected`. */
export type StatusCodes = Readonly<Partial<Record<number, UpstreamErrorCode>>>;

/** What every provider means by these statuses. */
export const COMMON_STATUS_CODES: StatusCodes = {
  400: 'invalid_request',
  401: 'upstream_auth',
  403: 'upstream_auth',
  404: 'not_found',
  429: 'rate_limited',
};

/** Who is called and how to read its refusals. */
export interface UpstreamContext {
  /** The provider's name in errors and metrics (`bria`, `firefly`, …). */
  provider: string;
  /** Its name in messages (`BRIA`, `Adobe IMS`, …). */
  title: string;
  /**
   * Sending it again is safe (a GET, a cancel, a token request): then 5xx, 408 and lost
   * connections are retryable. A create is resent only when it never reached the provider
   * (connection refused, name unresolved) or the provider said it did not act (429, 503).
   */
  idempotent: boolean;
  /** Default COMMON_STATUS_CODES. */
  codes?: StatusCodes;
  /** The provider's words for a refusal, from its error body. Default "<title> answered <status>". */
  explain?: (status: number, body: unknown) => string;
  /** A code the error body names, over the status's (e.g. Firefly's `prompt_unsafe` → content_moderation). */
  refine?: (status: number, body: unknown) => { code?: UpstreamErrorCode; providerCode?: string } | undefined;
}

/** How a call failed: the provider answered with an error status, or no answer came. */
export type UpstreamFailure =
  | {
      status: number;
      body?: unknown;
      /** The Retry-After header as sent… */
      retryAfter?: string | string[] | null;
      /** …or a wait the provider named otherwise (Google's RetryInfo); wins over retryAfter. */
      retryAfterMs?: number;
    }
  | {
      /** The error the connection failed with. */
      network: unknown;
      /** The SDK says it gave up waiting (its timeout, or the caller's abort). */
      timedOut?: boolean;
    };

/**
 * The code of a failed connection (the error's, or its cause's: SDKs wrap them), as a string;
 * an abort (the step's deadline) reads as a timeout. Never throws on odd errors (a DOMException's
 * `code` is a number).
 */
function networkErrorCode(error: unknown): string {
  let cause: unknown = error;
  for (let depth = 0; depth < 4 && cause; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const name = (cause as { name?: unknown }).name;
    if (name === 'AbortError' || name === 'TimeoutError') return 'ABORT_TIMEOUT';
    cause = (cause as { cause?: unknown }).cause;
  }
  return '';
}

/** Connection failures where the request never reached the provider: safe to send again. */
const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** Codes that waiting does not fix, whatever the status. */
const NEVER_RETRIED: ReadonlySet<UpstreamErrorCode> = new Set(['insufficient_quota']);

/** One failed call as an UpstreamError: the code callers see, and whether the job layer may send it again. */
export function classifyUpstreamFailure(failure: UpstreamFailure, context: UpstreamContext): UpstreamError {
  const { provider, title, idempotent } = context;
  if ('network' in failure) {
    const code = networkErrorCode(failure.network);
    const timedOut = failure.timedOut || code.includes('TIMEOUT');
    const detail = code || (failure.network as Error)?.message || String(failure.network);
    return new UpstreamError({
      provider,
      code: timedOut ? 'timeout' : 'network_error',
      message: timedOut ? `${title} did not answer in time${code && code !== 'ABORT_TIMEOUT' ? ` (${code})` : ''}` : `${title} could not be reached (${detail})`,
      // Refused or unresolvable: the request never reached the provider, so even a create may be resent.
      retryable: NOT_SENT_CODES.has(code) || idempotent,
    });
  }
  const { status, body } = failure;
  const refined = context.refine?.(status, body);
  const code = refined?.code ?? (context.codes ?? COMMON_STATUS_CODES)[status] ?? (status >= 500 ? 'upstream_error' : 'upstream_rejected');
  return new UpstreamError({
    provider,
    status,
    code,
    ...(refined?.providerCode ? { providerCode: refined.providerCode } : {}),
    message: context.explain?.(status, body) ?? `${title} answered ${status}`,
    retryable: !NEVER_RETRIED.has(code) && (status === 429 || status === 503 || (idempotent && (status >= 500 || status === 408))),
    retryAfterMs: failure.retryAfterMs ?? retryAfterMsOf(failure.retryAfter),
  });
}

// ---- the call ----------------------------------------------------------------------------------

export interface UpstreamRequest extends UpstreamContext {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  /** The provider's own headers (auth, version); accept, user-agent and content-type are set here. */
  headers?: Record<string, string>;
  /** A JSON body, which may carry InlineBase64 media (see jsonPayload)… */
  json?: unknown;
  /** …or a form (application/x-www-form-urlencoded)… */
  form?: URLSearchParams;
  /** …or raw bytes of a type (uploads). */
  body?: { data: Buffer | string | Readable; contentType: string };
  /** Longest wait for the answer's headers, and again between its body's chunks. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Statuses ≥ 400 handed back as an answer instead of thrown (a 401 that calls for a new token). */
  accept?: (status: number) => boolean;
}

export interface UpstreamAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The answer's JSON, or undefined for an empty body. */
  body: unknown;
}

/** Words of an error body that is not JSON (plain text, or an HTML page from a proxy). */
function plainText(text: string): { message: string } {
  return {
    message: text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200),
  };
}

function contentOf(call: UpstreamRequest): { data?: string | Buffer | Readable; type?: string; length?: number } {
  if (call.json !== undefined) {
    // Built per attempt: a body with inline media is a stream, which one attempt uses up.
    const payload = jsonPayload(call.json);
    return { data: payload.body, type: 'application/json', length: payload.length };
  }
  if (call.form) return { data: call.form.toString(), type: 'application/x-www-form-urlencoded' };
  if (call.body) return { data: call.body.data, type: call.body.contentType };
  return {};
}

/**
 * One HTTP call. Resolves with a 2xx/3xx answer (or one `accept` lets through); throws an
 * UpstreamError for an error status, a lost connection, a deadline passed, an abort, or a
 * success whose body is not JSON (no answer at all: resent only when the call is idempotent).
 */
export async function callUpstream(call: UpstreamRequest): Promise<UpstreamAnswer> {
  const content = contentOf(call);
  let status: number;
  let headers: IncomingHttpHeaders;
  let text: string;
  try {
    const response = await request(call.url, {
      method: call.method,
      headers: {
        accept: 'application/json',
        'user-agent': 'vision-studio',
        ...(content.type ? { 'content-type': content.type } : {}),
        ...(content.length !== undefined ? { 'content-length': String(content.length) } : {}),
        ...call.headers,
      },
      body: content.data,
      headersTimeout: call.timeoutMs,
      bodyTimeout: call.timeoutMs,
      signal: call.signal,
    });
    status = response.statusCode;
    headers = response.headers;
    text = await response.body.text();
  } catch (error) {
    throw classifyUpstreamFailure({ network: error }, call);
  }
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    if (status < 400) {
      throw new UpstreamError({
        provider: call.provider,
        status,
        code: 'bad_upstream_response',
        message: `${call.title} answered with a body the gateway does not understand (not JSON)`,
        retryable: call.idempotent,
      });
    }
    body = plainText(text);
  }
  if (status >= 400 && !call.accept?.(status)) {
    throw classifyUpstreamFailure({ status, body, retryAfter: headers['retry-after'] }, call);
  }
  return { status, headers, body };
}

// ---- SDK clients -------------------------------------------------------------------------------

/** The error classes of a Stainless-generated SDK (openai, @runwayml/sdk): the same four in each. */
export interface StainlessErrors {
  APIError: abstract new (...args: never[]) => { status?: number; headers?: Headers; error?: unknown };
  APIConnectionError: abstract new (...args: never[]) => Error;
  APIConnectionTimeoutError: abstract new (...args: never[]) => Error;
  APIUserAbortError: abstract new (...args: never[]) => Error;
}

/**
 * What an SDK's exception says about the HTTP exchange, for classifyUpstreamFailure; undefined
 * when it is none of the SDK's HTTP errors (the client decides what it is).
 */
export function sdkFailure(error: unknown, sdk: StainlessErrors): UpstreamFailure | undefined {
  if (error instanceof sdk.APIUserAbortError || error instanceof sdk.APIConnectionTimeoutError) return { network: error, timedOut: true };
  if (error instanceof sdk.APIConnectionError) return { network: error };
  if (error instanceof sdk.APIError && typeof error.status === 'number') {
    // OpenAI may name its wait in milliseconds (`retry-after-ms`, which its SDK also reads first).
    const ms = error.headers?.get('retry-after-ms');
    const waitMs = ms !== null && ms !== undefined && ms !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0 ? Math.min(Number(ms), 3_600_000) : undefined;
    return { status: error.status, body: error.error, retryAfter: error.headers?.get('retry-after'), retryAfterMs: waitMs };
  }
  return undefined;
}

/** The content codings bufferedFetch asks for and undoes, as Node's fetch does. */
const DECODERS: Readonly<Record<string, (data: Buffer) => Promise<Buffer>>> = {
  gzip: promisify(gunzip),
  'x-gzip': promisify(gunzip),
  deflate: promisify(inflate),
  br: promisify(brotliDecompress),
};

/** Statuses whose Response may not have a body. */
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

/**
 * A `fetch` for an SDK client's calls that are not streamed (a Stainless SDK's `fetch` option):
 * the request goes out through undici's `request` and the answer comes back as a `Response`
 * over its fully read (and decoded) body. Node's own fetch runs the whole Fetch algorithm and
 * web streams for each call (~0.8 ms of CPU with the OpenAI SDK's own work per images answer,
 * profiled in bench/); the SDK still builds the request, applies its timeout and the caller's
 * signal (which abort the body's reading too, since this resolves only once it is read) and
 * turns error statuses into its errors. Differences from fetch, on purpose: a redirect is
 * answered as it came (a provider's API does not redirect, and following one would resend the
 * credentials), and the whole body is read before resolving, so it must not serve a call whose
 * answer is streamed. A body undici cannot send as it is (FormData, a Blob, a stream) goes
 * through Node's fetch.
 */
export async function bufferedFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const body = init.body;
  if (input instanceof Request || (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array))) {
    return fetch(input, init);
  }
  const headers: Record<string, string> = {};
  for (const [name, value] of init.headers instanceof Headers ? init.headers : new Headers(init.headers)) headers[name] = value;
  headers['accept-encoding'] ??= 'gzip, deflate, br';
  const answer = await request(input, { method: (init.method ?? 'GET') as 'GET', headers, body: body ?? undefined, signal: init.signal ?? undefined });
  let bytes: Buffer = Buffer.from(await answer.body.arrayBuffer());
  // Codings are listed in the order applied: undo them from the last.
  const codings = String(answer.headers['content-encoding'] ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
  for (const coding of codings.reverse()) {
    const decode = DECODERS[coding];
    if (!decode) throw new TypeError(`unsupported content-encoding "${coding}"`);
    bytes = await decode(bytes);
  }
  const responseHeaders = new Headers();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (Array.isArray(value)) for (const item of value) responseHeaders.append(name, item);
    else if (value !== undefined) responseHeaders.append(name, value);
  }
  return new Response(NULL_BODY_STATUSES.has(answer.statusCode) ? null : bytes, {
    status: answer.statusCode,
    statusText: answer.statusText,
    headers: responseHeaders,
  });
}

/**
 * Makes a call that names a model with each of `models` in turn, while the provider answers that
 * it does not have the one named (`unknownModel`): providers retire model ids, and which ones
 * they serve differs by account, region and API version (and by a compatible server put in the
 * base URL). Any other answer, success or failure, is the call's; so is the last model's.
 */
export async function withModelFallback<T>(
  models: readonly [string, ...string[]],
  unknownModel: (error: unknown) => boolean,
  call: (model: string) => Promise<T>,
): Promise<{ model: string; value: T }> {
  for (let i = 0; ; i++) {
    const model = models[i];
    try {
      return { model, value: await call(model) };
    } catch (error) {
      if (i === models.length - 1 || !unknownModel(error)) throw error;
    }
  }
}
