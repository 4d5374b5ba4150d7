// One typed error for every failed upstream call, carrying what the job layer and the HTTP
// layer need to decide (retry or not) and to answer (status, provider's words) — never the
// request's credentials.
import type { Static, TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

export interface UpstreamErrorInit {
  provider: string;
  /** HTTP status the upstream answered, if it answered. */
  status?: number;
  /** Machine-readable reason, e.g. `content_moderation`, `rate_limited`, `timeout`. */
  code: string;
  message: string;
  /** Safe to send again: the upstream did not act on it (or the call is idempotent). */
  retryable: boolean;
  /** From the upstream's Retry-After, in ms. */
  retryAfterMs?: number;
}

export class UpstreamError extends Error {
  readonly provider: string;
  readonly status?: number;
  readonly code: string;
  readonly retryable: boolean;
  readonly retryAfterMs?: number;

  constructor(init: UpstreamErrorInit) {
    super(init.message);
    this.name = 'UpstreamError';
    this.provider = init.provider;
    this.status = init.status;
    this.code = init.code;
    this.retryable = init.retryable;
    this.retryAfterMs = init.retryAfterMs;
  }
}

/**
 * The code of a failed connection (the error's, or its cause's: SDKs wrap them), as a string;
 * an abort (the step's deadline) reads as a timeout. Never throws on odd errors (a DOMException's
 * `code` is a number).
 */
export function networkErrorCode(error: unknown): string {
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
export const NOT_SENT_CODES: ReadonlySet<string> = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * An upstream answer checked against its schema at the boundary: a provider that
 * changes its shape fails loudly here, as `bad_upstream_response` (not retried: asking again
 * gets the same shape), instead of somewhere deep in a mapping.
 */
export function checkedAnswer<T extends TSchema>(
  schema: T,
  body: unknown,
  source: { provider: string; upstream: string; what?: string },
): Static<T> {
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
export function retryAfterMs(
  value: string | string[] | null | undefined,
  now = Date.now(),
  capMs = 3_600_000,
): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Math.min(Number(text) * 1000, capMs);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.min(Math.max(0, at - now), capMs);
}
