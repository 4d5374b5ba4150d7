// One typed error for every failed upstream call, carrying what the job layer and the HTTP
// layer need to decide (retry or not) and to answer (status, provider's words) — never the
// request's credentials.

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

/** Retry-After as seconds or an HTTP date, in ms (bounded to an hour). */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, 3_600_000) : undefined;
}
