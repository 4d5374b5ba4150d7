// Upstream resilience per provider (cockatiel): a bulkhead caps the calls in flight to one
// provider, and a circuit breaker stops calling a provider that keeps failing — new requests
// for it get a fast 503 with Retry-After, and its jobs wait instead of burning their retries —
// then lets one call through (half-open) to see whether it recovered. Only the provider's
// own trouble counts as failure (5xx, timeouts, lost connections), never a caller's 4xx or a 429.
import {
  BrokenCircuitError,
  BulkheadRejectedError,
  CircuitState,
  ConsecutiveBreaker,
  bulkhead,
  circuitBreaker,
  handleWhen,
  wrap,
  type CircuitBreakerPolicy,
  type IPolicy,
} from 'cockatiel';
import { noTracing, type Tracing } from '../observability/tracing.js';
import { UpstreamError } from './upstream-error.js';

export interface GuardOptions {
  /** Consecutive failures that open the circuit. */
  failuresToOpen: number;
  /** How long an open circuit refuses calls before trying one again. */
  halfOpenAfterMs: number;
  /** Calls in flight to one provider at once… */
  maxConcurrent: number;
  /** …and how many more may wait for a slot. */
  maxQueued: number;
}

export const DEFAULT_GUARD_OPTIONS: GuardOptions = { failuresToOpen: 5, halfOpenAfterMs: 30_000, maxConcurrent: 32, maxQueued: 512 };

/** The provider's own failure, as opposed to a refusal of the request or a rate limit. */
export const isProviderFailure = (error: unknown): boolean =>
  error instanceof UpstreamError && error.code !== 'circuit_open' && error.code !== 'bulkhead_full' && (error.status === undefined || error.status >= 500);

interface Guard {
  breaker: CircuitBreakerPolicy;
  policy: IPolicy;
  openedAt?: number;
}

/** How one upstream call went: `ok`, the upstream HTTP status, or the failure's code. */
export type CallObserver = (provider: string, status: string, seconds: number) => void;

const callStatus = (error: unknown): string => (error instanceof UpstreamError ? (error.status !== undefined ? String(error.status) : error.code) : 'error');

export class ProviderGuards {
  private readonly guards = new Map<string, Guard>();
  readonly options: GuardOptions;
  /** Told about every call (metrics). */
  observer?: CallObserver;
  /** A span per call (traces). */
  tracing: Tracing = noTracing;

  constructor(options: Partial<GuardOptions> = {}) {
    this.options = { ...DEFAULT_GUARD_OPTIONS, ...options };
  }

  private guard(provider: string): Guard {
    let guard = this.guards.get(provider);
    if (!guard) {
      const breaker = circuitBreaker(handleWhen(isProviderFailure), {
        halfOpenAfter: this.options.halfOpenAfterMs,
        breaker: new ConsecutiveBreaker(this.options.failuresToOpen),
      });
      const created: Guard = { breaker, policy: wrap(bulkhead(this.options.maxConcurrent, this.options.maxQueued), breaker) };
      breaker.onStateChange((state) => {
        created.openedAt = state === CircuitState.Open ? Date.now() : undefined;
      });
      guard = created;
      this.guards.set(provider, guard);
    }
    return guard;
  }

  /** Runs one upstream call of `provider` through its bulkhead and breaker. */
  async run<T>(provider: string, call: () => Promise<T>): Promise<T> {
    const started = performance.now();
    const observe = (status: string) => this.observer?.(provider, status, (performance.now() - started) / 1000);
    try {
      const result = await this.tracing.span(`upstream ${provider}`, { 'vision_studio.provider': provider }, () => this.guard(provider).policy.execute(call));
      observe('ok');
      return result;
    } catch (error) {
      observe(error instanceof BrokenCircuitError ? 'circuit_open' : error instanceof BulkheadRejectedError ? 'bulkhead_full' : callStatus(error));
      if (error instanceof BrokenCircuitError) {
        throw new UpstreamError({
          provider,
          code: 'circuit_open',
          message: `${provider} kept failing; the gateway paused calls to it for up to ${Math.ceil(this.options.halfOpenAfterMs / 1000)} s`,
          retryable: true,
          retryAfterMs: this.retryAfterMs(provider),
        });
      }
      if (error instanceof BulkheadRejectedError) {
        throw new UpstreamError({
          provider,
          code: 'bulkhead_full',
          message: `too many calls to ${provider} in flight`,
          retryable: true,
          retryAfterMs: 1_000,
        });
      }
      throw error;
    }
  }

  /**
   * Refusing calls now. cockatiel moves an open circuit to half-open only when the next call
   * arrives, so past `halfOpenAfterMs` it counts as ready for that trial call.
   */
  isOpen(provider: string): boolean {
    const guard = this.guards.get(provider);
    return guard?.breaker.state === CircuitState.Open && guard.openedAt !== undefined && Date.now() < guard.openedAt + this.options.halfOpenAfterMs;
  }

  /** How long until an open circuit lets a call through again. */
  retryAfterMs(provider: string): number {
    const openedAt = this.guards.get(provider)?.openedAt;
    return openedAt === undefined ? this.options.halfOpenAfterMs : Math.max(1_000, openedAt + this.options.halfOpenAfterMs - Date.now());
  }

  /** Circuit state per provider that has been called, for /health. */
  states(): Record<string, 'closed' | 'open' | 'half-open'> {
    const words: Record<CircuitState, 'closed' | 'open' | 'half-open'> = {
      [CircuitState.Closed]: 'closed',
      [CircuitState.Open]: 'open',
      [CircuitState.HalfOpen]: 'half-open',
      [CircuitState.Isolated]: 'open',
    };
    return Object.fromEntries([...this.guards].map(([name, g]) => [name, words[g.breaker.state]]));
  }
}
