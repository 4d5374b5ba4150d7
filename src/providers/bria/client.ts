// BRIA's wire protocol (docs.bria.ai; Bria-AI/bria-client `contract/`): base URL
// https://engine.prod.bria-api.com, auth header `api_token` (not Bearer), JSON bodies.
// v2 endpoints are asynchronous unless `sync: true`: 202 {request_id, status_url}, then
// GET /v2/status/{id}, which answers 200 even for failed jobs and 404 for unknown/expired ids.
// v1 endpoints answer synchronously with their result.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { ConfigSection, ProviderSettings } from '../../core/provider-settings.js';
import { callUpstream, COMMON_STATUS_CODES, type StatusCodes } from '../../core/upstream.js';
import { checkedAnswer } from '../../core/upstream-error.js';

export const PROVIDER = 'bria';

/** How long one call may wait for BRIA's answer's headers (and between its body's chunks). */
const DEFAULT_TIMEOUT_MS = 60_000;
/**
 * The same for a v2 create in sync mode, which answers only once the output is made. As long as
 * the job engine lets one step run (its default stepTimeoutMs): a sync create that timed out has
 * reached BRIA and is not sent again, so a shorter deadline would fail jobs the async protocol
 * finishes. The step's own deadline (its signal) still ends the call.
 */
const SYNC_TIMEOUT_MS = 300_000;

/** Status words of /v2/status (the SDKs' contract). */
export const BriaStatusWord = Type.Union([Type.Literal('IN_PROGRESS'), Type.Literal('COMPLETED'), Type.Literal('ERROR'), Type.Literal('UNKNOWN')]);

const BriaError = Type.Object({
  code: Type.Optional(Type.Union([Type.Integer(), Type.String()])),
  message: Type.Optional(Type.String()),
  details: Type.Optional(Type.Unknown()),
});

/** A v2 answer: accepted (status_url), finished (result) or failed (error). */
export const BriaV2Response = Type.Object({
  request_id: Type.Optional(Type.String()),
  status: Type.Optional(Type.String()),
  status_url: Type.Optional(Type.String()),
  result: Type.Optional(Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()])),
  error: Type.Optional(Type.Union([BriaError, Type.Null()])),
});
export type BriaV2Response = Static<typeof BriaV2Response>;

/** What BRIA's operations read of the configuration (`ctx.settings`). */
export type BriaSettings = ProviderSettings<'bria'>;

export interface BriaConfig {
  apiToken: string;
  baseUrl: string;
  /** Per-call deadline. */
  timeoutMs?: number;
  /** Runs each call (the gateway's per-provider breaker and bulkhead, for calls outside jobs). */
  guard?: <T>(call: () => Promise<T>) => Promise<T>;
}

/** The SDKs' rule: an explicit status wins; else error → ERROR, result → COMPLETED, status_url → IN_PROGRESS. */
export function statusOf(body: BriaV2Response): Static<typeof BriaStatusWord> {
  if (body.status && ['IN_PROGRESS', 'COMPLETED', 'ERROR', 'UNKNOWN'].includes(body.status)) {
    return body.status as Static<typeof BriaStatusWord>;
  }
  if (body.error) return 'ERROR';
  if (body.result) return 'COMPLETED';
  if (body.status_url) return 'IN_PROGRESS';
  return 'UNKNOWN';
}

/** What BRIA's 4xx answers mean for the caller (moderation and unusable input are the caller's to fix). */
const BRIA_CODES: StatusCodes = {
  ...COMMON_STATUS_CODES,
  409: 'conflict',
  413: 'input_too_large',
  415: 'unsupported_media_type',
  422: 'content_moderation',
  460: 'input_unreachable',
};

function messageOf(status: number, body: unknown): string {
  // v2 errors are {error: {code, message, details}}; v1 /product endpoints document a bare JSON
  // string for 403/422 (e.g. "The request could not be completed because the visual in the
  // 'file' parameter did not pass content moderation."; docs.bria.ai Product Shot API reference).
  const raw = (body as { error?: unknown })?.error;
  const error = (typeof raw === 'string' ? { message: raw } : raw) as { message?: unknown; details?: unknown } | undefined;
  const text = [error?.message, typeof error?.details === 'string' ? error.details : undefined].filter((x): x is string => typeof x === 'string' && x.length > 0).join(': ');
  const fallback = typeof body === 'string' ? body : ((body as { message?: unknown; detail?: unknown })?.message ?? (body as { detail?: unknown })?.detail);
  const said = (text || (typeof fallback === 'string' ? fallback : '')).slice(0, 300);
  if (status === 401 || status === 403) return "BRIA refused the gateway's API token (check BRIA_API_TOKEN)";
  if (status === 460) return `BRIA could not fetch the input URL${said ? `: ${said}` : ''}`;
  return `BRIA answered ${status}${said ? `: ${said}` : ''}`;
}

export class BriaClient {
  constructor(private readonly config: BriaConfig) {}

  /** The client for the gateway's BRIA settings (`BRIA_API_TOKEN`, `BRIA_BASE_URL`); `guard` for calls outside jobs. */
  static fromSettings({ apiToken, baseUrl }: ConfigSection<'bria'>, guard?: BriaConfig['guard']): BriaClient {
    if (!apiToken) throw new Error('BRIA_API_TOKEN is not set');
    return new BriaClient({ apiToken, baseUrl, guard });
  }

  private url(path: string): string {
    return `${this.config.baseUrl.replace(/\/+$/, '')}${path}`;
  }

  /**
   * One call; `body` may hold InlineBase64 media (see jsonPayload). `idempotent` says whether
   * sending it again is safe (status GETs are; creates are not, as BRIA has no idempotency key):
   * only then are 5xx and lost connections retryable.
   */
  async call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    idempotent: boolean,
    signal?: AbortSignal,
    timeoutMs = this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  ): Promise<{ status: number; body: unknown }> {
    const send = async () => {
      const answer = await callUpstream({
        provider: PROVIDER,
        title: 'BRIA',
        codes: BRIA_CODES,
        explain: messageOf,
        method,
        url: this.url(path),
        headers: { api_token: this.config.apiToken },
        json: body,
        timeoutMs,
        signal,
        idempotent,
      });
      return { status: answer.status, body: answer.body };
    };
    return this.config.guard ? this.config.guard(send) : send();
  }

  /**
   * A v2 create: asynchronous upstream (`sync: false`, the gateway's job layer polls), or with
   * `sync` BRIA's synchronous mode, which answers with the result once it is made: the call then
   * lasts the whole generation, so it may take up to SYNC_TIMEOUT_MS instead of the usual deadline.
   */
  async submitV2(path: string, body: Record<string, unknown>, signal?: AbortSignal, options: { asyncOnly?: boolean; sync?: boolean } = {}): Promise<BriaV2Response> {
    // Endpoints that are asynchronous only (the video ones) have no `sync` field to send.
    const sync = options.sync === true && !options.asyncOnly;
    const upstreamBody = { ...withoutNulls(body), ...(options.asyncOnly ? {} : { sync }) };
    const { body: answer } = await this.call('POST', path, upstreamBody, false, signal, sync ? Math.max(SYNC_TIMEOUT_MS, this.config.timeoutMs ?? 0) : undefined);
    return checked(answer);
  }

  /**
   * A v1 call. v1 answers with its result in the response; with `sync: false` its output URLs
   * exist before the files do ("It will take a few seconds for the image to become available
   * via the URL if sync=false", docs.bria.ai Product Shot API), so the gateway asks v1 endpoints
   * that take `sync` for `sync: true` and checks the answer with `schema`.
   */
  async submitV1<T extends TSchema>(path: string, body: Record<string, unknown>, schema: T, signal?: AbortSignal): Promise<Static<T>> {
    const { body: answer } = await this.call('POST', path, withoutNulls(body), false, signal);
    return checkedAnswer(schema, answer, { provider: PROVIDER, upstream: 'BRIA', what: path });
  }

  async status(requestId: string, signal?: AbortSignal): Promise<BriaV2Response> {
    const { body } = await this.call('GET', `/v2/status/${encodeURIComponent(requestId)}`, undefined, true, signal);
    return checked(body);
  }
}

/**
 * Top-level null/undefined keys are left out, as BRIA's SDKs do (Bria-AI/bria-client
 * contract/fixtures/payload-null-stripping.json: false, 0 and "" are kept; nested values untouched).
 */
export function withoutNulls(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null && value !== undefined));
}

const checked = (body: unknown): BriaV2Response => checkedAnswer(BriaV2Response, body, { provider: PROVIDER, upstream: 'BRIA' });
