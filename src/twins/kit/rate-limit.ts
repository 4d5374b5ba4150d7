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

/** One key's counted requests, oldest first; those before `head` have left the window. */
interface Counted {
  times: number[];
  head: number;
}

export function slidingWindow(): SlidingWindow {
  const windows = new Map<string, Counted>();
  return {
    take(key, { requests, windowMs }) {
      const now = Date.now();
      let counted = windows.get(key);
      if (!counted) windows.set(key, (counted = { times: [], head: 0 }));
      // Requests are counted in arrival order, so those that left the window are at the front:
      // each request costs O(1), not a pass over every request of the window (at a bench's
      // thousands per second, a pass grew to most of the twin's CPU per answer).
      const { times } = counted;
      while (counted.head < times.length && now - times[counted.head] >= windowMs) counted.head++;
      if (counted.head > 1024 && counted.head * 2 > times.length) {
        counted.times = times.slice(counted.head);
        counted.head = 0;
      }
      const used = counted.times.length - counted.head;
      if (used >= requests) return { used, retryAfterMs: used > 0 ? windowMs - (now - counted.times[counted.head]) : windowMs };
      counted.times.push(now);
      return undefined;
    },
  };
}

/** A Retry-After header value (whole seconds, at least 1) for a refusal. */
export const retryAfterSeconds = (refusal: Refusal) => Math.max(1, Math.ceil(refusal.retryAfterMs / 1000));
