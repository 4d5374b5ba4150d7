// A sliding-window request limit, as Firefly, Runway, OpenAI and Google count theirs: at most
// `requests` within any `windowMs`, per key (an API key, a client, or one key for all).
export interface Refusal {
  /** Requests counted in the window. */
  used: number;
  /** How long until the oldest of them leaves the window (ms). */
  retryAfterMs: number;
}

export interface SlidingWindow {
  /** Counts a request, or answers why it is refused (nothing is counted then). */
  take(key: string, limit: { requests: number; windowMs: number }): Refusal | undefined;
}

export function slidingWindow(): SlidingWindow {
  const windows = new Map<string, number[]>();
  return {
    take(key, { requests, windowMs }) {
      const now = Date.now();
      const recent = (windows.get(key) ?? []).filter((t) => now - t < windowMs);
      windows.set(key, recent);
      if (recent.length >= requests) return { used: recent.length, retryAfterMs: recent.length > 0 ? windowMs - (now - recent[0]) : windowMs };
      recent.push(now);
      return undefined;
    },
  };
}

/** A Retry-After header value (whole seconds, at least 1) for a refusal. */
export const retryAfterSeconds = (refusal: Refusal) => Math.max(1, Math.ceil(refusal.retryAfterMs / 1000));
