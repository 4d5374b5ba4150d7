// Adobe Firefly Services' wire protocol: one typed function per upstream call, answers checked
// at the boundary, every failure thrown as an UpstreamError. No SDK fits (the official
// `@adobe/firefly-apis` has no base-URL option and no async image endpoints), so this is undici.
//
// Sources (checked 2026; Adobe's published OpenAPI documents for the v3 async API —
// developer.adobe.com/firefly-services/docs/{image_generation,generate_similar,
// generative_expand,generative_fill,generate_object_composite}_async_v3.json and upload_image.json,
// as vendored in ahmed-musallam/firefly-services-clients src/spec/ — plus the official SDK
// Firefly-Services/firefly-services-sdk-js, packages/common/src/ServerToServerTokenProvider.ts):
// - Token: POST {IMS}/ims/token/v3, form-urlencoded grant_type=client_credentials, client_id,
//   client_secret, scope (the Firefly authentication guide's scope list). Answer
//   {access_token, token_type, expires_in (seconds)}; tokens last 24 h.
// - Every Firefly call: `Authorization: Bearer <token>` and `x-api-key: <client id>`.
//   `x-model-version` is a header parameter of generate-async and generate-similar-async only.
// - Async creates answer 202 {jobId, statusUrl, cancelUrl}. The statusUrl may point at a per-job
//   host (e.g. firefly-epo855230.adobe.io); the gateway polls `{FIREFLY_BASE_URL}/v3/status/{jobId}`
//   instead (the documented path on the base server), so a base URL override reaches every call.
// - GET /v3/status/{jobId} → 200 {jobId, status, progress?, result?} or, for a failed job, the
//   same 200 carrying {jobId, status, error_code, message}. The OpenAPI enum is
//   pending|running|succeeded|failed|canceled, but the same document's examples spell it
//   `cancelled` and also show `cancel_pending` and `timeout`: all of them are accepted here.
// - PUT /v3/cancel/{jobId} → 200 {}; 404/409/410 {error_code: unknown_job_id | job_completed |
//   job_already_canceled | job_timeout | job_cancel_failed}.
// - POST /v2/storage/image: raw bytes, Content-Type image/jpeg|png|webp, max 15 MB, kept 7 days
//   → {images:[{id}]}.
// - Errors: {error_code, message, validation_errors?}; 429 carries `retry-after`. The Adobe API
//   gateway in front answers auth failures itself: 401 {error_code:"401013", message:"Oauth token
//   is not valid"}, 403 {error_code:"403003", message:"Api Key is invalid"}.
import { createHash } from 'node:crypto';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { callUpstream, COMMON_STATUS_CODES, type StatusCodes } from '../../core/upstream.js';
import { checkedAnswer, UpstreamError } from '../../core/upstream-error.js';

export const PROVIDER = 'firefly';

/** The scope list of Adobe's Firefly authentication guide (server-to-server credentials). */
export const IMS_SCOPE = 'openid,AdobeID,session,additional_info,read_organizations,firefly_api,ff_apis';

/** Firefly's upload limit (upload_image.json: "The maximum file size supported … is 15MB"). */
export const UPLOAD_MAX_BYTES = 15_000_000;

/** How long Firefly keeps an upload (upload_image.json: "valid for 7 days"). */
export const UPLOAD_LIFETIME_MS = 7 * 24 * 3_600_000;

/** error_code values that mean the content was refused (ErrorCode in @adobe/firefly-apis). */
export const UNSAFE_CODES = new Set(['prompt_unsafe', 'input_media_unsafe', 'output_media_unsafe']);

const TokenAnswer = Type.Object({
  access_token: Type.String({ minLength: 1 }),
  token_type: Type.Optional(Type.String()),
  expires_in: Type.Number({ minimum: 0 }),
});

export const AsyncAccepted = Type.Object({
  jobId: Type.String({ minLength: 1 }),
  statusUrl: Type.Optional(Type.String()),
  cancelUrl: Type.Optional(Type.String()),
});
export type AsyncAccepted = Static<typeof AsyncAccepted>;

const Size = Type.Object({ width: Type.Integer(), height: Type.Integer() });

export const JobResult = Type.Object({
  size: Type.Optional(Size),
  outputs: Type.Array(Type.Object({ seed: Type.Optional(Type.Integer()), image: Type.Object({ url: Type.String({ minLength: 1 }) }) }), { minItems: 1 }),
  contentClass: Type.Optional(Type.String()),
  promptHasDeniedWords: Type.Optional(Type.Boolean()),
  promptHasBlockedArtists: Type.Optional(Type.Boolean()),
});
export type JobResult = Static<typeof JobResult>;

/** GET /v3/status/{jobId}: AsyncTaskResponseV3 or, for a failed job, AsyncApiErrorV3. */
export const JobStatus = Type.Object({
  jobId: Type.Optional(Type.String()),
  status: Type.String({ minLength: 1 }),
  progress: Type.Optional(Type.Number()),
  result: Type.Optional(JobResult),
  error_code: Type.Optional(Type.String()),
  message: Type.Optional(Type.String()),
});
export type JobStatus = Static<typeof JobStatus>;

const UploadAnswer = Type.Object({ images: Type.Array(Type.Object({ id: Type.String({ minLength: 1 }) }), { minItems: 1 }) });

export type FireflyState = 'pending' | 'running' | 'succeeded' | 'failed' | 'canceled';

/** Firefly's status word as one of five states; undefined for a word nobody documented. */
export function stateOf(word: string): FireflyState | undefined {
  switch (word.toLowerCase()) {
    case 'pending':
      return 'pending';
    case 'running':
    case 'cancel_pending':
      return 'running';
    case 'succeeded':
      return 'succeeded';
    case 'failed':
    case 'timeout':
      return 'failed';
    case 'canceled':
    case 'cancelled':
      return 'canceled';
    default:
      return undefined;
  }
}

export interface FireflyConfig {
  clientId: string;
  clientSecret: string;
  /** FIREFLY_BASE_URL (default https://firefly-api.adobe.io). */
  baseUrl: string;
  /** FIREFLY_IMS_URL (default https://ims-na1.adobelogin.com). */
  imsUrl: string;
  /** Per-call deadline. */
  timeoutMs?: number;
}

interface CachedToken {
  token: string;
  /** Refresh from here on: shortly before `expires_in` runs out. */
  refreshAt: number;
}

/**
 * Access tokens, shared by every call of this process and kept only in memory (never in a job
 * record or a log). Keyed by a hash of IMS URL, client id and secret, so the secret itself is
 * not even a map key.
 */
const tokens = new Map<string, CachedToken>();
const fetching = new Map<string, Promise<CachedToken>>();

/** Refresh 10% of the lifetime (at most 5 minutes) before IMS says the token expires. */
export const refreshMarginMs = (lifetimeMs: number) => Math.min(300_000, lifetimeMs * 0.1);

/** What Firefly's error answers mean for the caller. */
const FIREFLY_CODES: StatusCodes = {
  ...COMMON_STATUS_CODES,
  408: 'timeout',
  409: 'conflict',
  410: 'gone',
  413: 'input_too_large',
  415: 'unsupported_media_type',
  422: 'invalid_request',
  451: 'content_moderation',
};

/** Content Firefly refused, whatever the status it used. */
function unsafe(_status: number, body: unknown): { code: 'content_moderation' } | undefined {
  const errorCode = (body as { error_code?: unknown })?.error_code;
  return typeof errorCode === 'string' && UNSAFE_CODES.has(errorCode) ? { code: 'content_moderation' } : undefined;
}

/** Adobe IMS refusing the credentials (400 invalid_client, 401, 403) is the gateway's configuration to fix. */
const IMS_CODES: StatusCodes = { 400: 'upstream_auth', 401: 'upstream_auth', 403: 'upstream_auth', 429: 'rate_limited' };

function imsMessageOf(status: number, body: unknown): string {
  const { error, error_description: description } = (body ?? {}) as { error?: unknown; error_description?: unknown };
  const said = [error, description].filter((x): x is string => typeof x === 'string' && x.length > 0).join(': ');
  return IMS_CODES[status] === 'upstream_auth'
    ? `Adobe IMS refused the gateway's Firefly credentials${said ? ` (${said})` : ''}: check FIREFLY_CLIENT_ID and FIREFLY_CLIENT_SECRET`
    : `Adobe IMS answered ${status}${said ? `: ${said}` : ''}`;
}

function messageOf(status: number, body: unknown): string {
  const b = (body ?? {}) as { message?: unknown; error_code?: unknown; validation_errors?: unknown };
  const said = typeof b.message === 'string' ? b.message : '';
  const code = typeof b.error_code === 'string' ? b.error_code : '';
  const details = Array.isArray(b.validation_errors)
    ? b.validation_errors
        .map((e) => {
          const { loc, msg } = (e ?? {}) as { loc?: unknown; msg?: unknown };
          return typeof msg === 'string' ? `${Array.isArray(loc) ? `${loc.join('.')}: ` : ''}${msg}` : '';
        })
        .filter(Boolean)
        .join('; ')
    : '';
  const text = [said, details].filter(Boolean).join(' — ');
  const tail = `${text ? `: ${text}` : ''}${code ? ` (${code})` : ''}`;
  if (status === 401) return `Firefly refused the gateway's access token${tail} (check FIREFLY_CLIENT_ID and FIREFLY_CLIENT_SECRET)`;
  if (status === 403) return `Firefly refused the gateway's credentials${tail} (check FIREFLY_CLIENT_ID and the project's Firefly API access)`;
  return `Firefly answered ${status}${tail}`;
}

export interface CallOptions {
  /** JSON body… */
  json?: unknown;
  /** …or raw bytes with their type (uploads). */
  upload?: { data: Buffer; contentType: string };
  headers?: Record<string, string>;
  /** Safe to send again (status GETs, cancel): then 5xx and lost connections are retryable. */
  idempotent: boolean;
  signal?: AbortSignal;
}

/** A job id in a path: Firefly's ids are URNs (`urn:ff:jobs:…`); colons are valid in a path segment. */
const jobPath = (prefix: string, jobId: string) => `${prefix}/${encodeURIComponent(jobId).replace(/%3A/gi, ':')}`;

export class FireflyClient {
  private readonly key: string;

  constructor(private readonly config: FireflyConfig) {
    this.key = createHash('sha256').update(`${config.imsUrl}\0${config.clientId}\0${config.clientSecret}`).digest('hex');
  }

  private url(base: string, path: string): string {
    return `${base.replace(/\/+$/, '')}${path}`;
  }

  /** A token from the cache, or a fresh one (one IMS call at a time, shared by concurrent callers). */
  async accessToken(): Promise<string> {
    const cached = tokens.get(this.key);
    if (cached && Date.now() < cached.refreshAt) return cached.token;
    let pending = fetching.get(this.key);
    if (!pending) {
      pending = this.fetchToken().finally(() => fetching.delete(this.key));
      fetching.set(this.key, pending);
    }
    return (await pending).token;
  }

  /** Forgets a token Firefly refused (unless a newer one already replaced it). */
  private forget(token: string): void {
    if (tokens.get(this.key)?.token === token) tokens.delete(this.key);
  }

  private async fetchToken(): Promise<CachedToken> {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: this.config.clientId,
      client_secret: this.config.clientSecret,
      scope: IMS_SCOPE,
    });
    const { body } = await callUpstream({
      provider: PROVIDER,
      title: 'Adobe IMS',
      codes: IMS_CODES,
      explain: imsMessageOf,
      method: 'POST',
      url: this.url(this.config.imsUrl, '/ims/token/v3'),
      form,
      timeoutMs: this.config.timeoutMs ?? 30_000,
      // Asking for a token has no side effect: always safe to ask again.
      idempotent: true,
    });
    const answer = checkedAnswer(TokenAnswer, body, { provider: PROVIDER, upstream: 'Adobe IMS' });
    const lifetimeMs = answer.expires_in * 1000;
    const token: CachedToken = { token: answer.access_token, refreshAt: Date.now() + lifetimeMs - refreshMarginMs(lifetimeMs) };
    tokens.set(this.key, token);
    return token;
  }

  /**
   * One Firefly call, authorised with the cached token. A 401 means Firefly no longer takes the
   * token (expired or revoked early): it is refreshed and the call sent once more — safe even for
   * a create, as a refused request was not acted on. A second 401 is the answer.
   */
  async call(method: 'GET' | 'POST' | 'PUT', path: string, options: CallOptions): Promise<{ status: number; body: unknown }> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.accessToken();
      const answer = await callUpstream({
        provider: PROVIDER,
        title: 'Firefly',
        codes: FIREFLY_CODES,
        refine: unsafe,
        explain: messageOf,
        method,
        url: this.url(this.config.baseUrl, path),
        headers: { authorization: `Bearer ${token}`, 'x-api-key': this.config.clientId, ...options.headers },
        json: options.json,
        body: options.upload,
        timeoutMs: this.config.timeoutMs ?? 60_000,
        signal: options.signal,
        idempotent: options.idempotent,
        accept: (status) => status === 401 && attempt === 0,
      });
      if (answer.status === 401) {
        this.forget(token);
        continue;
      }
      return { status: answer.status, body: answer.body };
    }
  }

  /** An async create (`/v3/images/*-async`): 202 {jobId, statusUrl, cancelUrl}. */
  async submit(path: string, body: Record<string, unknown>, modelVersion: string | undefined, signal?: AbortSignal): Promise<AsyncAccepted> {
    const answer = await this.call('POST', path, {
      json: body,
      headers: modelVersion ? { 'x-model-version': modelVersion } : undefined,
      idempotent: false,
      signal,
    });
    return checked(AsyncAccepted, answer.body);
  }

  async status(jobId: string, signal?: AbortSignal): Promise<JobStatus> {
    const { body } = await this.call('GET', jobPath('/v3/status', jobId), { idempotent: true, signal });
    return checked(JobStatus, body);
  }

  /**
   * PUT /v3/cancel/{jobId}. A job Firefly already finished (409/410 job_completed,
   * job_already_canceled, job_timeout) has nothing left to cancel: that is not an error here.
   */
  async cancel(jobId: string, signal?: AbortSignal): Promise<void> {
    try {
      await this.call('PUT', jobPath('/v3/cancel', jobId), { idempotent: true, signal });
    } catch (error) {
      if (error instanceof UpstreamError && (error.status === 409 || error.status === 410)) return;
      throw error;
    }
  }

  /** POST /v2/storage/image with the raw bytes; returns the upload id (`source.uploadId`). */
  async upload(bytes: Buffer, contentType: string, signal?: AbortSignal): Promise<string> {
    const { body } = await this.call('POST', '/v2/storage/image', { upload: { data: bytes, contentType }, idempotent: false, signal });
    return checked(UploadAnswer, body).images[0].id;
  }
}

const checked = <T extends TSchema>(schema: T, body: unknown): Static<T> => checkedAnswer(schema, body, { provider: PROVIDER, upstream: 'Firefly' });
