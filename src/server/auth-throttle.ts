// Failed authentication is throttled per client address: after `limit` wrong keys (or signed
// links) within a minute, that address is answered 429 with Retry-After — valid keys included,
// or the answer would tell a guesser which key was right — until the minute is over. Other
// addresses are unaffected. With Redis the counts are shared by every gateway process.
import type { Redis } from 'ioredis';
import { HttpError } from '../core/errors.js';

const WINDOW_MS = 60_000;
/** Addresses remembered in one process without Redis; the oldest are dropped past this. */
const MAX_LOCAL_ADDRESSES = 100_000;

interface FailureCounts {
  /** Failures of `address` in its current window, and the milliseconds left of that window. */
  get(address: string): Promise<{ count: number; ttlMs: number }>;
  add(address: string): Promise<void>;
}

class LocalCounts implements FailureCounts {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  async get(address: string) {
    const window = this.windows.get(address);
    const ttlMs = window ? window.endsAt - Date.now() : 0;
    return ttlMs > 0 ? { count: window!.count, ttlMs } : { count: 0, ttlMs: 0 };
  }

  async add(address: string) {
    const now = Date.now();
    const window = this.windows.get(address);
    if (window && window.endsAt > now) {
      window.count++;
      return;
    }
    this.windows.delete(address);
    if (this.windows.size >= MAX_LOCAL_ADDRESSES) this.windows.delete(this.windows.keys().next().value!);
    this.windows.set(address, { count: 1, endsAt: now + WINDOW_MS });
  }
}

class RedisCounts implements FailureCounts {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async get(address: string) {
    const key = this.prefix + address;
    const [[, count], [, ttl]] = (await this.redis.multi().get(key).pttl(key).exec()) as [[null, string | null], [null, number]];
    return ttl > 0 ? { count: Number(count ?? 0), ttlMs: ttl } : { count: 0, ttlMs: 0 };
  }

  async add(address: string) {
    const key = this.prefix + address;
    // The window starts with the first failure: the key (and its expiry) is made only then.
    await this.redis.multi().set(key, 0, 'PX', WINDOW_MS, 'NX').incr(key).exec();
  }
}

export class AuthThrottle {
  private readonly counts: FailureCounts;

  /** `limit` failures per address and minute; `redis` shares the counts between processes. */
  constructor(
    private readonly limit: number,
    redis?: { client: Redis; prefix: string },
  ) {
    this.counts = redis ? new RedisCounts(redis.client, `${redis.prefix}:auth-failures:`) : new LocalCounts();
  }

  /** Throws 429 when `address` has used up its failures for this minute. Fails open if Redis is down. */
  async check(address: string): Promise<void> {
    const { count, ttlMs } = await this.counts.get(address).catch(() => ({ count: 0, ttlMs: 0 }));
    if (count < this.limit) return;
    const seconds = Math.max(1, Math.ceil(ttlMs / 1000));
    throw new HttpError(429, `Too many failed authentication attempts from this address: retry in ${seconds} s`, {}, { 'retry-after': String(seconds) });
  }

  async failed(address: string): Promise<void> {
    await this.counts.add(address).catch(() => {});
  }
}
