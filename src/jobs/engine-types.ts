// What the job engine (engine.ts) takes and gives: its timing, what it depends on, a job as
// submitted, a caller's wait, and what a waiting caller is handed.
import type { FastifyBaseLogger } from 'fastify';
import type { Asset, RehostedOutputs } from '../assets/assets.js';
import type { Config } from '../config.js';
import type { ProviderGuards } from '../core/resilience.js';
import type { Tracing } from '../observability/tracing.js';
import type { Statement } from '../storage/database.js';
import type { JobPatch, JobRow } from '../storage/schema.js';
import type { JobAdapter, StepContext, UpstreamOutput } from './adapter.js';
import type { JobInputRecord } from './inputs.js';
import type { WorkQueue } from './queue.js';
import type { JobStore } from './store.js';

export interface EngineTiming {
  /** First poll after an upstream accepted a job, then ×1.5 per poll up to `pollMaxMs` (±20% jitter). */
  pollInitialMs: number;
  pollMaxMs: number;
  /** Transient failures retried per job before it fails. */
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /**
   * How long a job's lease lasts before another process may take it over (after a crash). A
   * running step renews it, so steps may take longer than this (up to `stepTimeoutMs`).
   */
  leaseMs: number;
  /** The longest one upstream call may take (a high-quality image can take minutes). */
  stepTimeoutMs: number;
  /** A job with no final state after this long is `expired`. */
  jobTimeoutMs: number;
  /** How often the sweeper looks for due work nobody holds. */
  sweepIntervalMs: number;
  /** Steps running at once in this process (a bulkhead on upstream calls). */
  concurrency: number;
}

export const DEFAULT_TIMING: EngineTiming = {
  pollInitialMs: 1_000,
  pollMaxMs: 10_000,
  maxAttempts: 5,
  retryBaseMs: 1_000,
  retryMaxMs: 60_000,
  leaseMs: 60_000,
  stepTimeoutMs: 300_000,
  jobTimeoutMs: 30 * 60_000,
  sweepIntervalMs: 1_000,
  concurrency: 32,
};

export interface SubmitInput {
  owner: string;
  provider: string;
  operation: string;
  request: unknown;
  webhookUrl?: string;
  baseUrl?: string;
  /** Jobs of the OpenAI-compatible API: the model asked for and an alias's targets (see src/compat/routing.ts). */
  routing?: unknown;
  /** The share of the key's budget the job holds until it ends (src/usage/budgets.ts). */
  budgetHold?: unknown;
  /** What the caller sent it to work on, by field (src/jobs/inputs.ts), for the job's record. */
  inputs?: JobInputRecord;
  /**
   * Record the job only while its owner has fewer unfinished jobs and held slots than this
   * (src/jobs/slots.ts), in the same step: for a request that holds no slot. JobLimitError otherwise.
   */
  limit?: number;
  /**
   * Writes that stand or fall with the job's record, in one transaction, and may only be made
   * once this settles (JobAdmission.alongside: its inputs' rows once their bytes are stored, its
   * slot's release). A waited job's first step may start meanwhile (acceptWhileRecording).
   */
  alongside?: Promise<Statement[]>;
}

/** A caller waiting for a job it submits: told as soon as its outputs are in hand, or once stored. */
export interface SubmitWait {
  timeoutMs: number;
  /** Told when the outputs are in hand, before they are stored (answers that carry the bytes), rather than once stored. */
  inHand: boolean;
}

/** The owner already has `limit` jobs queued or running (SubmitInput.limit). */
export class JobLimitError extends Error {
  constructor(readonly limit: number) {
    super(`the owner has ${limit} unfinished jobs`);
  }
}

export interface EngineDeps {
  store: JobStore;
  queue: WorkQueue;
  adapters: Map<string, JobAdapter>;
  /** A finished job's outputs fetched and described, for the engine to keep in the asset store. */
  rehost(job: JobRow, outputs: UpstreamOutput[]): Promise<RehostedOutputs>;
  /** An input asset's bytes; `written`: the write of its job's record while it is under way (its inputs' rows go with it). */
  loadAsset(id: string, written?: Promise<unknown>): ReturnType<StepContext['loadAsset']>;
  /** Input assets to stream into upstream requests (`written` as above). */
  assetSource(id: string, written?: Promise<unknown>): ReturnType<StepContext['assetSource']>;
  /** A short-lived link to an input asset of `job`, for its provider to fetch. */
  assetUrl(id: string, job: JobRow): Promise<string>;
  config: Config;
  /** Bulkhead and circuit breaker per provider around every upstream call. */
  guards: ProviderGuards;
  log: FastifyBaseLogger;
  /**
   * What a job that is ending used and cost (src/usage/usage.ts), stored with its final state.
   * `finish` is absent when it did not succeed.
   */
  measure?(job: JobRow, finish: { outputs: number; providerUsage?: Record<string, unknown>; model?: string } | undefined): unknown;
  /**
   * Writes kept in one transaction with a step's end, and only if it is kept (see runtime.ts: the
   * job's event when it `moved`, its usage once final). `job` is the row as the step saves it.
   */
  endWrites?(job: JobRow, moved: boolean): Statement[];
  /** A span per step (src/observability/tracing.ts). */
  tracing?: Tracing;
  timing?: Partial<EngineTiming>;
  now?: () => number;
  /**
   * This process owns the database alone (embedded SQLite, locked): every lease found at start
   * belongs to a process that died, and its jobs are taken over at once instead of after the lease;
   * and no other process can finish a job a caller here waits for.
   */
  takeOverLeases?: boolean;
  /**
   * A failed step of a job with fallback targets: the patch that moves it to its next target
   * (instead of retrying or failing), or undefined. See src/compat/routing.ts.
   */
  failover?: (job: JobRow, error: unknown) => JobPatch | undefined;
}

/** A job someone waits for, as soon as its outputs are in hand: `bytes` by asset id, while they are being stored. */
export interface JobOutputsInHand {
  job: JobRow;
  bytes?: Map<string, Buffer>;
  /** The same bytes in base64 as the upstream sent them, where it did (UpstreamOutput.base64). */
  base64?: Map<string, string>;
  /** The rows of the outputs, once stored, when this process finished the job: not read back. */
  assets?: Asset[];
}
