// One typed error for every failed upstream call, carrying what the job layer and the HTTP
// layer need to decide (retry or not) and to answer (status, provider's words) — never the
// request's credentials.
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/**
 * Why an upstream call failed, as the gateway names it: the one closed set every provider client
 * uses (src/core/upstream.ts maps statuses and lost connections onto it), and what the job engine,
 * the failover and the HTTP answers decide on.
 */
export const UPSTREAM_ERROR_CODES = [
  // The provider refused the request (4xx).
  'invalid_request', // 400 (Firefly: 422 too)
  'upstream_auth', // 401/403: the gateway's credentials were refused
  'upstream_forbidden', // OpenAI's 403: the account may not do this
  'not_found', // 404
  'method_not_allowed', // Runway's 405
  'conflict', // 409
  'gone', // 410
  'input_too_large', // 413
  'unsupported_media_type', // 415
  'content_moderation', // BRIA's 422, Firefly's 451 and unsafe-content codes, refusals inside a 200
  'input_unreachable', // BRIA's 460: it could not fetch an input URL
  'rate_limited', // 429
  'insufficient_quota', // OpenAI's 429 that waiting does not fix
  'upstream_rejected', // any other 4xx
  // The provider failed, or could not be asked.
  'upstream_error', // 5xx
  'upstream_failed', // a provider job that ended failed (recorded by the job engine)
  'timeout', // no answer in time (Firefly's 408 too)
  'network_error', // the connection failed or broke
  'bad_upstream_response', // an answer the gateway cannot read
  'bad_structured_output', // an LLM answer that did not fit its schema, twice
  'output_unavailable', // an output link that could not be copied
  'sdk_error', // the provider's SDK refused the request before sending it
  'not_configured', // the provider's credentials are not set
  // The gateway's own guards (src/core/resilience.ts).
  'circuit_open',
  'bulkhead_full',
] as const;
export type UpstreamErrorCode = (typeof UPSTREAM_ERROR_CODES)[number];

const KNOWN_CODES: ReadonlySet<string> = new Set(UPSTREAM_ERROR_CODES);

/**
 * A code from a record (a failed job's) as an UpstreamError's: one of the gateway's codes as it
 * is, anything else (a provider's own word, e.g. Runway's failureCode) kept as `providerCode`.
 */
export function asUpstreamCode(code: string): { code: UpstreamErrorCode; providerCode?: string } {
  return KNOWN_CODES.has(code) ? { code: code as UpstreamErrorCode } : { code: 'upstream_failed', providerCode: code };
}

export interface UpstreamErrorInit {
  provider: string;
  /** HTTP status the upstream answered, if it answered. */
  status?: number;
  code: UpstreamErrorCode;
  /**
   * The provider's own name for a refusal (OpenAI's `error.code`, Google's status word), which
   * callers are shown in place of `code`.
   */
  providerCode?: string;
  message: string;
  /** Safe to send again: the upstream did not act on it (or the call is idempotent). */
  retryable: boolean;
  /** From the upstream's Retry-After, in ms. */
  retryAfterMs?: number;
}

export class UpstreamError extends Error {
  readonly provider: string;
  readonly status?: number;
  readonly code: UpstreamErrorCode;
  readonly providerCode?: string;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;

  constructor(init: UpstreamErrorInit) {
    super(init.message);
    this.name = 'UpstreamError';
    this.provider = init.provider;
    this.status = init.status;
    this.code = init.code;
    this.providerCode = init.providerCode;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
  }

  /** The code callers see: the provider's own when it named one, else the gateway's. */
  get reportedCode(): string {
    return this.providerCode ?? this.code;
  }
}

/**
 * An upstream answer checked against its schema at the boundary: a provider that
 * changes its shape fails loudly here, as `bad_upstream_response` (not retried: asking again
 * gets the same shape), instead of somewhere deep in a mapping.
 */
export function checkedAnswer<T extends TSchema>(schema: T, body: unknown, source: { provider: string; upstream: string; what?: string }): Static<T> {
  if (!Value.Check(schema, body)) {
    throw new UpstreamError({
      provider: source.provider,
      code: 'bad_upstream_response',
      message: `${source.upstream} answered${source.what ? ` ${source.what}` : ''} with a body the gateway does not understand`,
      retryable: false,
    });
  }
  return body as Static<T>;
}

/**
 * Milliseconds a Retry-After value (delta-seconds or HTTP-date) asks to wait, at most `capMs`;
 * undefined when absent or invalid.
 */
export function retryAfterMs(value: string | string[] | null | undefined, now = Date.now(), capMs = 3_600_000): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, capMs);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), capMs);
}
