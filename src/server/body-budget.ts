// A bound on the request bodies held in memory at once. Bodies are read whole (JSON carrying
// base64 media, raw uploads, multipart), and a 27 MB body costs the process two to three times
// that while it is parsed, decoded and stored: twenty at once took a gateway past 1.2 GB (see
// docs/benchmarks.md). Unbounded, a burst of large bodies can get the process killed for its
// memory, taking every request in flight with it.
//
// Each request with a body takes its declared size (Content-Length; a chunked body, whose size
// is unknown, the body limit) from a budget before its body is read, and gives it back when
// its answer is done. A body that does not fit waits, in order of arrival, without being read
// (TCP holds it back at the client). After `waitMs` it is refused: 503 with Retry-After, which
// clients and SDKs retry.
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../core/errors.js';

/** Seconds a refused client is told to wait before it tries again. */
const RETRY_AFTER_S = 5;

interface Waiter {
  bytes: number;
  grant: () => void;
}

/** Bytes taken from a fixed capacity, granted in order of asking. */
export class ByteBudget {
  private used = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly capacity: number) {}

  /** Bytes in use, and requests waiting (for /metrics). */
  usage(): { bytes: number; waiting: number } {
    return { bytes: this.used, waiting: this.queue.length };
  }

  /**
   * Takes `bytes` (at most the whole capacity: a body larger than the budget goes alone) and
   * calls `grant` once they are taken, at once when they fit and nobody waits before. Returns
   * a withdrawal for a waiter that stops waiting (true if it was still waiting).
   */
  take(bytes: number, grant: () => void): { size: number; withdraw: () => boolean } {
    const size = Math.min(bytes, this.capacity);
    if (this.queue.length === 0 && this.used + size <= this.capacity) {
      this.used += size;
      grant();
      return { size, withdraw: () => false };
    }
    const waiter = { bytes: size, grant };
    this.queue.push(waiter);
    return {
      size,
      withdraw: () => {
        const at = this.queue.indexOf(waiter);
        if (at < 0) return false;
        this.queue.splice(at, 1);
        // The one that left may have held back smaller ones behind it.
        this.grantWaiting();
        return true;
      },
    };
  }

  give(bytes: number): void {
    this.used -= bytes;
    this.grantWaiting();
  }

  private grantWaiting(): void {
    while (this.queue.length > 0 && this.used + this.queue[0].bytes <= this.capacity) {
      const next = this.queue.shift()!;
      this.used += next.bytes;
      next.grant();
    }
  }
}

/**
 * The bytes a request's body may hold: its Content-Length, or for a chunked body the body limit.
 * 0 without a body, and for one over the body limit (refused with 413 before it is read).
 */
function declaredSize(headers: Record<string, string | string[] | undefined>, bodyLimit: number): number {
  const length = headers['content-length'];
  if (typeof length === 'string') {
    const bytes = Number(length);
    return Number.isSafeInteger(bytes) && bytes <= bodyLimit ? bytes : 0;
  }
  return headers['transfer-encoding'] === undefined ? 0 : bodyLimit;
}

declare module 'fastify' {
  interface FastifyInstance {
    bodyBudget: ByteBudget;
  }
}

/**
 * Installs the budget as a preParsing hook: after the route's onRequest hooks (an unauthenticated
 * request is refused before it can wait), before its body is read.
 */
export function installBodyBudget(app: FastifyInstance, capacity: number, waitMs: number, bodyLimit: number): void {
  const budget = new ByteBudget(capacity);
  app.decorate('bodyBudget', budget);
  app.addHook('preParsing', (request, reply, payload, done) => {
    const bytes = declaredSize(request.headers, bodyLimit);
    if (bytes === 0) return done(null, payload);
    let timer: NodeJS.Timeout | undefined;
    let taken = false;
    const started = performance.now();
    const held = budget.take(bytes, () => {
      taken = true;
      if (timer === undefined) return;
      clearTimeout(timer);
      request.log.debug({ waitedMs: Math.round(performance.now() - started), bytes: held.size }, 'request body waited for memory');
      done(null, payload);
    });
    // Given back once the answer is done, or the client has gone (then also while waiting).
    reply.raw.once('close', () => {
      clearTimeout(timer);
      if (taken) budget.give(held.size);
      else held.withdraw();
    });
    if (taken) return done(null, payload);
    timer = setTimeout(() => {
      if (!held.withdraw()) return;
      request.log.warn({ bytes: held.size, waitMs, inUse: budget.usage() }, 'request body refused: the memory for request bodies stayed in use');
      done(
        new HttpError(
          503,
          `The gateway is receiving too many large request bodies at once; retry in ${RETRY_AFTER_S} s`,
          { code: 'body_memory_busy' },
          { 'retry-after': String(RETRY_AFTER_S) },
        ),
      );
    }, waitMs);
  });
}
