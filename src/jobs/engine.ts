// The job engine: owns every job's life after it is accepted — start upstream, poll with
// backoff and jitter, retry transient failures, time out, cancel, copy outputs into the asset
// store, and record each transition. Provider adapters only know one start / poll / cancel.
//
// The database is the source of truth. A step runs only under a lease on the job row, so any
// number of processes may drive the same jobs; a sweeper picks up whatever is due and not
// leased — which is also how a job whose process died (SIGKILL, crash) resumes.
import { EventEmitter } from 'node:events';
import type { Asset, RehostedOutputs } from '../assets/assets.js';
import { providerSettings } from '../core/provider-settings.js';
import { newId } from '../core/ids.js';
import { noTracing } from '../observability/tracing.js';
import { asUpstreamCode, UpstreamError } from '../core/upstream-error.js';
import type { Statement } from '../storage/database.js';
import type { JobPatch, JobRow, JobState, NewJobRow } from '../storage/schema.js';
import type { JobAdapter, JobErrorInfo, StepContext, StepOutcome } from './adapter.js';
import { DEFAULT_TIMING, JobLimitError, type EngineDeps, type EngineTiming, type JobOutputsInHand, type SubmitInput, type SubmitWait } from './engine-types.js';
import { isFinal } from './state.js';
import { inserted } from './store.js';
import { JobWaiters } from './waiters.js';

/**
 * First poll of a job someone is waiting for (a sync request): short, growing ×1.5 like any
 * poll, so a fast upstream's answer is not held back by the poll interval.
 */
const WAITED_POLL_INITIAL_MS = 10;

/**
 * Node timers may fire a millisecond early by Date.now(); a step that arrives before its
 * `next_run_at` is not claimed and waits for the sweeper (up to a second). A little slack avoids it.
 */
const TIMER_SLACK_MS = 2;

/**
 * After an answer went out from the bytes in hand, the store is tried again after these delays
 * before the job is marked failed (the upstream is not asked again: the caller has its output).
 */
const KEEP_RETRY_DELAYS_MS = [100, 500, 2_000];

/**
 * An owner whose job was refused at its limit while its upstream call had already started
 * (acceptWhileRecording) has its next jobs recorded first again for this long.
 */
const RECORD_FIRST_AFTER_REFUSAL_MS = 60_000;

/** A step whose job's record was not written (refused at the limit, or the write failed): it ends without a trace. */
class NotRecordedError extends Error {
  constructor() {
    super('the job was not recorded');
  }
}

/** What a step stored of a job's outputs (filled once they are kept): their rows, for its waiters, and the statements that record them with the step's end. */
interface StoredOutputs {
  assets?: Asset[];
  records?: Statement[];
}

const jitter = (ms: number) => Math.round(ms * (0.8 + Math.random() * 0.4));

const toJson = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

export class JobEngine extends EventEmitter {
  readonly worker = newId('worker');
  readonly timing: EngineTiming;
  private readonly now: () => number;
  private sweeper?: NodeJS.Timeout;
  private running = 0;
  /** Claims under way from runStep, counted against `concurrency` with the steps running. */
  private claiming = 0;
  /** Steps that arrived while `concurrency` steps were running, in arrival order. */
  private readonly waiting = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly waiters: JobWaiters;
  /** Jobs whose first step started while their record was being written: whether it was (acceptWhileRecording). */
  private readonly recording = new Map<string, Promise<boolean>>();
  /** Owners refused at their limit after their job's upstream call started, and when. */
  private readonly refusedLate = new Map<string, number>();
  private stopped = false;

  constructor(private readonly deps: EngineDeps) {
    super();
    this.setMaxListeners(0);
    this.timing = { ...DEFAULT_TIMING, ...deps.timing };
    this.now = deps.now ?? Date.now;
    this.waiters = new JobWaiters(this, deps.store, deps.takeOverLeases ?? false);
  }

  /** Records the job (durable before the caller hears 2xx), then starts or schedules its first step. */
  async submit(input: SubmitInput): Promise<JobRow> {
    return (await this.accept(input)).job;
  }

  /**
   * The same, for a caller that waits for the job: it is known to wait before the first step
   * starts (a provider's sync mode may then answer in one call, and polls start short), and
   * `outcome` resolves as waitFor() says.
   */
  async submitAndWait(input: SubmitInput, wait: SubmitWait): Promise<{ job: JobRow; outcome: Promise<JobOutputsInHand | undefined> }> {
    const { job, outcome } = await this.accept(input, wait);
    return { job, outcome: outcome! };
  }

  /**
   * With a step slot free, the job is recorded already leased to this process and its first step
   * runs here at once: no claim, no read back, no trip through the queue. Otherwise it is queued.
   */
  private async accept(input: SubmitInput, wait?: SubmitWait): Promise<{ job: JobRow; outcome?: Promise<JobOutputsInHand | undefined> }> {
    if (!this.deps.adapters.has(input.operation)) throw new Error(`no adapter for ${input.operation}`);
    const runHere = !this.stopped && this.running + this.claiming < this.timing.concurrency;
    if (runHere && wait && !this.refusedRecently(input.owner)) return this.acceptWhileRecording(input, wait);
    if (runHere) this.claiming++;
    let job: JobRow | undefined;
    try {
      job = await this.record(input, runHere);
    } finally {
      if (runHere) this.claiming--;
    }
    if (!job) {
      if (runHere) this.next();
      throw new JobLimitError(input.limit!);
    }
    // Registered before the step starts: the step reads whether a caller waits.
    const outcome = wait && this.waiters.waitFor(job.id, wait.timeoutMs, wait.inHand, job);
    if (runHere && !this.stopped) {
      this.startStep(job);
    } else {
      await this.deps.queue.schedule(job.id, 0);
    }
    return { job, outcome };
  }

  /**
   * A caller waits and a step slot is free: the job's first upstream call starts while its record
   * is written, not after it, which takes a database round trip off every sync answer. Nothing of
   * the job goes out or is kept before the record is written: the step waits for it before
   * storing outputs or saving its end (advance, execute), and the caller's answer waits for the
   * step. Refused at the limit, or not written, the upstream call is aborted and the caller hears
   * the refusal as before. An owner refused that way has its jobs recorded first for a while
   * (RECORD_FIRST_AFTER_REFUSAL_MS), so a key at its limit cannot start upstream calls by the dozen.
   * A crash before the record is written loses nothing accepted: the caller was not answered.
   */
  private async acceptWhileRecording(input: SubmitInput, wait: SubmitWait): Promise<{ job: JobRow; outcome?: Promise<JobOutputsInHand | undefined> }> {
    const row = this.newRow(input, true);
    const writing = this.write(row, input);
    const job = inserted(row);
    this.recording.set(
      job.id,
      writing.then(
        (saved) => saved !== undefined,
        () => false,
      ),
    );
    const outcome = this.waiters.waitFor(job.id, wait.timeoutMs, wait.inHand, job);
    this.startStep(job);
    let saved: JobRow | undefined;
    try {
      saved = await writing;
    } finally {
      // Not recorded: the waiter is let go (the step ends on its own, see advance()).
      if (!saved) this.emit(`final:${job.id}`);
    }
    if (!saved) {
      this.refusedLate.set(input.owner, this.now());
      throw new JobLimitError(input.limit!);
    }
    return { job: saved, outcome };
  }

  private refusedRecently(owner: string): boolean {
    const at = this.refusedLate.get(owner);
    if (at === undefined) return false;
    if (this.now() - at < RECORD_FIRST_AFTER_REFUSAL_MS) return true;
    this.refusedLate.delete(owner);
    return false;
  }

  /** Whether the job's record was written, waiting for it while it is being written. */
  private async recorded(id: string): Promise<boolean> {
    const writing = this.recording.get(id);
    return writing === undefined || (await writing);
  }

  private record(input: SubmitInput, leased: boolean): Promise<JobRow | undefined> {
    return this.write(this.newRow(input, leased), input);
  }

  private async write(row: NewJobRow, input: SubmitInput): Promise<JobRow | undefined> {
    const alongside = input.alongside ? await input.alongside : [];
    return input.limit === undefined ? this.deps.store.create(row, alongside) : this.deps.store.createWithin(row, input.limit, row.created_at, alongside);
  }

  private newRow(input: SubmitInput, leased: boolean): NewJobRow & { id: string; created_at: number } {
    const now = this.now();
    return {
      id: newId('job'),
      owner: input.owner,
      provider: input.provider,
      operation: input.operation,
      state: 'queued' as const,
      request: JSON.stringify(input.request),
      // Columns left out start at their defaults (JobStore's JOB_DEFAULTS).
      webhook_url: input.webhookUrl ?? null,
      routing: input.routing === undefined ? null : JSON.stringify(input.routing),
      inputs: toJson(input.inputs),
      base_url: input.baseUrl ?? null,
      created_at: now,
      updated_at: now,
      next_run_at: now,
      deadline_at: now + this.timing.jobTimeoutMs,
      lease_owner: leased ? this.worker : null,
      lease_until: leased ? now + this.timing.leaseMs : null,
      budget_hold: toJson(input.budgetHold),
    };
  }

  /** Starts taking work: from the queue, and from the sweeper (recovery and other processes' work). */
  async start(): Promise<void> {
    if (this.deps.takeOverLeases) {
      const taken = await this.deps.store.releaseAllLeases();
      if (taken > 0) this.deps.log.warn({ jobs: taken }, 'took over the jobs of a gateway process that stopped without handing them over');
    }
    await this.deps.queue.start((id) => this.runStep(id));
    const sweep = async () => {
      if (this.stopped) return;
      try {
        await this.track(this.sweep().then(() => undefined));
      } catch (error) {
        this.deps.log.error({ err: error }, 'job sweep failed');
      }
      if (!this.stopped) this.sweeper = setTimeout(sweep, this.timing.sweepIntervalMs);
    };
    this.sweeper = setTimeout(sweep, 0);
  }

  /** Stops taking work and waits for the steps in flight (their leases are released). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.waiting.clear();
    clearTimeout(this.sweeper);
    await this.deps.queue.close();
    // A sweep or claim under way when stop() began may still start a step: wait for those too,
    // so that nothing uses the database once the caller closes it.
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Claims due jobs nobody holds and runs them, within the concurrency limit. */
  async sweep(): Promise<number> {
    const free = this.timing.concurrency - this.running - this.claiming;
    if (free <= 0) return 0;
    const jobs = await this.deps.store.claimDue(this.worker, this.now(), this.timing.leaseMs, free);
    // Stopped meanwhile: the leases lapse and another process (or the next start) takes the jobs.
    if (this.stopped) return 0;
    for (const job of jobs) this.startStep(job);
    return jobs.length;
  }

  /** Runs a leased job's step without waiting for it (stop() does); a failure is logged. */
  private startStep(job: JobRow): void {
    this.track(this.execute(job)).catch((error) => this.deps.log.error({ err: error, jobId: job.id }, 'job step failed'));
  }

  /**
   * One step of one job, if it is due and this process gets the lease. With `concurrency` steps
   * already running it waits its turn (in memory: a lost turn is found again by the sweeper).
   * Unbounded, thousands of due polls went upstream at once, the provider's bulkhead refused
   * most of them, and each refusal cost a claim, a release and a retry a second later (bench/).
   */
  async runStep(id: string): Promise<void> {
    if (this.stopped) return;
    if (this.running + this.claiming >= this.timing.concurrency) {
      this.waiting.add(id);
      return;
    }
    return this.claimAndExecute(id);
  }

  private async claimAndExecute(id: string): Promise<void> {
    this.claiming++;
    let job: JobRow | undefined;
    try {
      job = await this.deps.store.claim(id, this.worker, this.now(), this.timing.leaseMs);
    } finally {
      this.claiming--;
    }
    if (job && !this.stopped) await this.track(this.execute(job));
    else this.next();
  }

  /** Starts the longest-waiting step if a slot is free. */
  private next(): void {
    if (this.stopped || this.running + this.claiming >= this.timing.concurrency) return;
    const id = this.waiting.values().next().value;
    if (id === undefined) return;
    this.waiting.delete(id);
    this.claimAndExecute(id).catch((error) => this.deps.log.error({ err: error, jobId: id }, 'job step failed to start'));
  }

  private track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    return work.finally(() => this.inFlight.delete(work));
  }

  private async execute(job: JobRow): Promise<void> {
    this.running++;
    // The step's deadline, cleared when it ends (AbortSignal.timeout would keep a timer alive
    // for stepTimeoutMs after every step: with 10,000 jobs polling, hundreds of thousands).
    const step = new AbortController();
    const deadline = setTimeout(() => step.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), this.timing.stepTimeoutMs);
    // Keep the lease while the step runs, so a slow upstream call is not taken for a dead process.
    const heartbeat = setInterval(
      () => {
        this.deps.store.renew(job.id, this.worker, this.now() + this.timing.leaseMs).catch(() => {});
      },
      Math.max(100, Math.floor(this.timing.leaseMs / 3)),
    );
    // A job whose record is being written (acceptWhileRecording): not written, its upstream call stops.
    this.recording.get(job.id)?.then((written) => written || step.abort(new NotRecordedError()));
    try {
      let patch: JobPatch;
      const stored: StoredOutputs = {};
      try {
        const attributes = {
          'vision_studio.job_id': job.id,
          'vision_studio.provider': job.provider,
          'vision_studio.operation': job.operation,
          'vision_studio.job_state': job.state,
        };
        patch = await (this.deps.tracing ?? noTracing).span('job step', attributes, () => this.advance(job, step.signal, stored));
      } catch (error) {
        if (!(await this.recorded(job.id))) return;
        patch = this.onStepError(job, error);
      }
      // Nothing to save for a job that was never recorded (its caller hears the refusal).
      if (!(await this.recorded(job.id))) return;
      const now = this.now();
      const ending = { ...job, ...patch, lease_owner: null, lease_until: null, updated_at: now } as JobRow;
      // What watchers of the job see (src/jobs/events.ts): its state or progress moved.
      const moved = ending.state !== job.state || ending.progress !== job.progress;
      const alongside = [...(stored.records ?? []), ...(this.deps.endWrites?.(ending, moved) ?? [])];
      const saved = await this.deps.store.release(job.id, this.worker, patch, now, alongside);
      if (!saved) {
        this.deps.log.warn({ jobId: job.id }, 'job lease lost during a step; its outcome was discarded');
        return;
      }
      if (moved) this.emit('change', saved);
      if (isFinal(saved.state)) {
        this.deps.log.info({ jobId: saved.id, provider: saved.provider, operation: saved.operation, state: saved.state, polls: saved.polls }, 'job finished');
        this.emit('final', saved);
        this.emit(`final:${saved.id}`, saved, saved.state === 'succeeded' ? stored.assets : undefined);
      } else if (saved.next_run_at !== null) {
        await this.deps.queue.schedule(saved.id, Math.max(0, saved.next_run_at - this.now()) + TIMER_SLACK_MS);
      }
    } finally {
      this.recording.delete(job.id);
      clearInterval(heartbeat);
      clearTimeout(deadline);
      this.running--;
      this.next();
    }
  }

  private context(job: JobRow, signal: AbortSignal): StepContext {
    // A first step that runs while the job's record is written reads its inputs from memory, or
    // once their rows are written with the record; a provider fetches their links once it is.
    const written = this.recording.get(job.id);
    return {
      jobId: job.id,
      owner: job.owner,
      settings: providerSettings(this.deps.config, job.provider),
      loadAsset: (id) => this.deps.loadAsset(id, written),
      assetSource: (id) => this.deps.assetSource(id, written),
      assetUrl: async (id) => {
        await written;
        return this.deps.assetUrl(id, job);
      },
      signal,
      awaited: this.waiters.isAwaited(job.id),
    };
  }

  private final(job: JobRow, state: JobState, extra: JobPatch = {}, finish?: Parameters<NonNullable<EngineDeps['measure']>>[1]): JobPatch {
    let usage: string | null = null;
    try {
      usage = toJson(this.deps.measure?.(job, finish));
    } catch (error) {
      // A job's end is recorded whatever happens to its accounting.
      this.deps.log.error({ err: error, jobId: job.id }, "could not measure the job's usage");
    }
    return { state, next_run_at: null, finished_at: this.now(), started_at: job.started_at ?? this.now(), usage, ...extra };
  }

  private async advance(job: JobRow, signal: AbortSignal, stored: StoredOutputs): Promise<JobPatch> {
    const adapter = this.deps.adapters.get(job.operation);
    if (!adapter) {
      return this.final(job, 'failed', { error: toJson({ code: 'unknown_operation', message: `this gateway has no adapter for ${job.operation}` }) });
    }
    const ctx = this.context(job, signal);
    if (job.cancel_requested) {
      await this.cancelUpstream(job, adapter, ctx);
      return this.final(job, 'canceled', { error: toJson({ code: 'canceled', message: "canceled at the caller's request" }) });
    }
    if (this.now() >= job.deadline_at) {
      await this.cancelUpstream(job, adapter, ctx);
      return this.final(job, 'expired', {
        error: toJson({ code: 'timeout', message: `no result within ${Math.round(this.timing.jobTimeoutMs / 1000)} s` }),
      });
    }
    const request = JSON.parse(job.request);
    const upstreamId = job.upstream_id;
    const outcome: StepOutcome = await this.deps.guards.run(job.provider, () => (upstreamId === null ? adapter.start(request, ctx) : adapter.poll(upstreamId, request, ctx)));
    // Outputs are stored, and announced to a waiting caller, only for a job that was recorded.
    if (!(await this.recorded(job.id))) throw new NotRecordedError();
    const seen: JobPatch = {
      upstream_calls: job.upstream_calls + 1,
      upstream_id: outcome.kind === 'pending' ? outcome.upstreamId : (outcome.upstreamId ?? job.upstream_id),
      upstream_status: outcome.upstreamStatus ?? job.upstream_status,
      started_at: job.started_at ?? this.now(),
    };
    switch (outcome.kind) {
      case 'pending': {
        const polls = job.polls + 1;
        const initial = this.waiters.isAwaited(job.id) ? Math.min(WAITED_POLL_INITIAL_MS, this.timing.pollInitialMs) : this.timing.pollInitialMs;
        const backoff = Math.min(this.timing.pollMaxMs, initial * 1.5 ** (polls - 1));
        return {
          ...seen,
          state: 'running',
          progress: outcome.progress ?? job.progress,
          polls,
          next_run_at: this.now() + Math.max(outcome.pollAfterMs ?? 0, jitter(backoff)),
        };
      }
      case 'failed': {
        // An upstream job that failed for the provider's reasons (429, 5xx) may have a fallback target.
        const { code, message, upstream_status: status } = outcome.error;
        const failover = this.deps.failover?.(job, new UpstreamError({ provider: job.provider, ...asUpstreamCode(code), message, status, retryable: false }));
        if (failover) return { ...failover, next_run_at: this.now() };
        return this.final(job, 'failed', { ...seen, error: toJson(outcome.error) });
      }
      case 'done': {
        const outputs = await this.deps.rehost(job, outcome.outputs);
        const data = outcome.data ?? {};
        const done: JobPatch = {
          ...seen,
          progress: 1,
          upstream_result: toJson({ outputs: outcome.outputs.map((o) => o.url ?? null), data }),
          result: toJson(adapter.result(outputs.assets, data, request)),
          error: null,
        };
        const finish = { outputs: outputs.assets.length, providerUsage: outcome.usage, ...(typeof data.model === 'string' ? { model: data.model } : {}) };
        // Answer first: a caller of this process waiting for the job (SubmitWait.inHand) gets its
        // result and the bytes now, and the store's write (fdatasync, or an S3 upload) runs while
        // the answer goes out; the record says `succeeded` only once the outputs are stored.
        // - The store fails: it is tried again a few times with the same bytes (the upstream is
        //   not asked again: the caller already has this output); still failing, the job ends
        //   `failed` with `output_not_kept` — never `succeeded` pointing at a missing asset.
        // - The process dies between the answer and the store: the job is still leased and not
        //   final, so it is taken over like any step cut short by a crash and run again upstream;
        //   it ends `succeeded` with the new run's output (which may differ from the bytes the
        //   caller got). A crash during the upstream call has always meant the same.
        // Links are handed out only once stored (waitForFinal): another process may serve them.
        const inHand: JobOutputsInHand = {
          job: { ...job, ...done, state: 'succeeded' } as JobRow,
          bytes: new Map(outputs.assets.map((asset, i) => [asset.id, outputs.bytes[i]])),
          base64: new Map(outputs.assets.flatMap((asset, i) => (outcome.outputs[i].base64 === undefined ? [] : [[asset.id, outcome.outputs[i].base64]]))),
        };
        const answered = this.emit(`outputs:${job.id}`, inHand);
        try {
          stored.records = await this.keepOutputs(outputs, answered, job);
        } catch (error) {
          if (!answered) throw error;
          this.deps.log.error({ err: error, jobId: job.id }, 'the outputs of a job whose caller was answered could not be stored');
          return this.final(
            job,
            'failed',
            {
              ...seen,
              error: toJson({ code: 'output_not_kept', message: 'the output was delivered to the caller that waited for it, but the gateway could not store it' }),
            },
            finish,
          );
        }
        stored.assets = outputs.assets;
        return this.final(job, 'succeeded', done, finish);
      }
    }
  }

  /** Stores a job's outputs; after an answer from them went out, tries again before giving up. */
  private async keepOutputs(outputs: RehostedOutputs, answered: boolean, job: JobRow): Promise<Statement[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await outputs.keep();
      } catch (error) {
        if (!answered || attempt >= KEEP_RETRY_DELAYS_MS.length) throw error;
        this.deps.log.warn({ err: error, jobId: job.id, attempt: attempt + 1 }, 'could not store the outputs of a job; will retry');
        await new Promise((resolve) => setTimeout(resolve, KEEP_RETRY_DELAYS_MS[attempt]));
      }
    }
  }

  /** Transient upstream trouble is retried with backoff; anything else ends the job truthfully. */
  private onStepError(job: JobRow, error: unknown): JobPatch {
    const failover = this.deps.failover?.(job, error);
    if (failover) return { ...failover, next_run_at: this.now() };
    // An open circuit or a full bulkhead is the provider's state, not this job's failure: wait
    // without using up an attempt (the job's deadline still applies).
    if (error instanceof UpstreamError && (error.code === 'circuit_open' || error.code === 'bulkhead_full')) {
      return { next_run_at: this.now() + jitter(error.retryAfterMs ?? this.timing.retryBaseMs) };
    }
    const attempts = job.attempts + 1;
    if (error instanceof UpstreamError) {
      const info: JobErrorInfo = { code: error.reportedCode, message: error.message, ...(error.status ? { upstream_status: error.status } : {}) };
      const upstream_calls = job.upstream_calls + 1;
      if (error.retryable && attempts < this.timing.maxAttempts) {
        const backoff = Math.min(this.timing.retryMaxMs, this.timing.retryBaseMs * 2 ** (attempts - 1));
        this.deps.log.warn({ jobId: job.id, provider: job.provider, code: error.code, attempts }, 'upstream call failed; will retry');
        return { attempts, upstream_calls, error: toJson(info), next_run_at: this.now() + Math.max(error.retryAfterMs ?? 0, jitter(backoff)) };
      }
      return this.final(job, 'failed', { attempts, upstream_calls, error: toJson(info) });
    }
    this.deps.log.error({ err: error, jobId: job.id }, 'job step failed');
    if (attempts < this.timing.maxAttempts) {
      return { attempts, next_run_at: this.now() + jitter(this.timing.retryBaseMs * 2 ** (attempts - 1)) };
    }
    return this.final(job, 'failed', { attempts, error: toJson({ code: 'internal_error', message: 'the gateway could not process this job' }) });
  }

  private async cancelUpstream(job: JobRow, adapter: JobAdapter, ctx: StepContext): Promise<void> {
    if (!job.upstream_id || !adapter.cancel) return;
    try {
      const upstreamId = job.upstream_id;
      const cancel = adapter.cancel.bind(adapter);
      await this.deps.guards.run(job.provider, () => cancel(upstreamId, ctx));
    } catch (error) {
      // The job ends either way; the upstream may still finish, and its output is not kept.
      this.deps.log.warn({ jobId: job.id, err: error }, 'upstream cancel failed');
    }
  }

  /** Resolves with the job once final, or undefined after `timeoutMs` (it goes on in the background). */
  async waitForFinal(id: string, timeoutMs: number): Promise<JobRow | undefined> {
    return (await this.waiters.waitFor(id, timeoutMs, false))?.job;
  }

  /** Asks for cancellation and runs the cancelling step now (upstream cancel included). */
  async cancel(id: string, owner: string): Promise<JobRow | undefined> {
    const job = await this.deps.store.requestCancel(id, owner, this.now());
    if (!job || isFinal(job.state)) return job;
    // Now, not behind the queue of waiting steps.
    if (!this.stopped) await this.claimAndExecute(id);
    return (await this.waitForFinal(id, 5_000)) ?? (await this.deps.store.getOwned(id, owner));
  }
}
