// What happens once a job ends: its metrics, its usage (the ledger and its budget) and its
// webhook. A process that died between finishing a job and recording these leaves them
// undone, so a recovery pass picks such jobs up again (whichever process gets there first).
import type { FastifyBaseLogger } from 'fastify';
import type { Metrics } from '../observability/metrics.js';
import type { Statement } from '../storage/database.js';
import type { JobRow } from '../storage/schema.js';
import type { UsageService } from '../usage/usage.js';
import type { AssetService } from '../assets/assets.js';
import { isFinal } from './state.js';
import { jobView } from './http.js';
import type { JobStore } from './store.js';
import type { WebhookDispatcher } from './webhooks.js';

export interface FinishedJobsDeps {
  jobStore: JobStore;
  assets: AssetService;
  usage: UsageService;
  webhooks: WebhookDispatcher;
  metrics: Metrics;
  /** Status path of each job kind whose status is read elsewhere than /api/v1/jobs/{id}. */
  statusPaths: Map<string, (id: string) => string>;
  publicUrl: string | undefined;
  log: FastifyBaseLogger;
}

/** How far back recovery looks, and how many jobs of each kind it takes per pass. */
const RECOVERY_WINDOW_MS = 24 * 3_600_000;
const RECOVERY_BATCH = 100;
const FIRST_RECOVERY_MS = 5_000;
const RECOVERY_EVERY_MS = 60_000;

export class FinishedJobs {
  private recovery: NodeJS.Timeout | undefined;

  constructor(private readonly deps: FinishedJobsDeps) {}

  /**
   * What is written in one transaction with a job's end (the engine's endWrites), once final: its
   * usage in the ledger, when no budget hold is to be settled with it (ended() does that).
   */
  endWrites(job: JobRow): Statement[] {
    const ledger = isFinal(job.state) ? this.deps.usage.ledgerStatement(job) : undefined;
    return ledger ? [ledger] : [];
  }

  /** The engine's 'final' event. */
  ended(job: JobRow): void {
    this.deps.metrics.jobEnded(job);
    const written = this.deps.usage.writtenWithEnd(job);
    if (written) this.deps.metrics.usageRecorded(written);
    else void this.recordUsage(job);
    if (job.webhook_url) this.notify(job).catch((err) => this.deps.log.error({ err, jobId: job.id }, 'could not record the webhook delivery'));
  }

  start(): void {
    this.schedule(FIRST_RECOVERY_MS);
  }

  stop(): void {
    clearTimeout(this.recovery);
  }

  /** Standard Webhooks payload: {type, timestamp, data}, data being the job as GET /api/v1/jobs/{id} shows it. */
  private async notify(job: JobRow): Promise<void> {
    const { assets, webhooks, publicUrl, statusPaths } = this.deps;
    const data = await jobView(job, assets, job.base_url ?? publicUrl ?? '', statusPaths.get(job.operation));
    await webhooks.enqueue(job, { type: `job.${job.state}`, timestamp: new Date().toISOString(), data });
  }

  private recordUsage(job: JobRow): Promise<unknown> {
    const { usage, metrics, log } = this.deps;
    return usage.record(job).then(
      (recorded) => recorded && metrics.usageRecorded(recorded),
      (err) => log.error({ err, jobId: job.id }, "could not record the job's usage"),
    );
  }

  private schedule(delayMs: number): void {
    this.recovery = setTimeout(() => void this.recover(), delayMs);
    this.recovery.unref();
  }

  private async recover(): Promise<void> {
    try {
      const since = Date.now() - RECOVERY_WINDOW_MS;
      for (const job of await this.deps.jobStore.finishedWithoutDelivery(since, RECOVERY_BATCH)) await this.notify(job);
      for (const job of await this.deps.usage.unrecorded(since, RECOVERY_BATCH)) await this.recordUsage(job);
    } catch (err) {
      this.deps.log.error({ err }, 'webhook recovery failed');
    }
    this.schedule(RECOVERY_EVERY_MS);
  }
}
