// Retention: what the gateway keeps, and for how long. Finished jobs and their outputs are
// deleted `retentionDays` after they finished; inputs (media sent inline or uploaded, kept as
// assets without a job) `inputRetentionDays` after they were stored — unless a job that is not
// final yet still refers to them. A deleted asset keeps its row as a tombstone (`deleted_at`),
// so its links answer 410 Gone instead of 404. Run by every gateway process periodically and by
// `vision-studio purge [--dry-run]`; running it twice, or in two processes at once, is harmless.
import type { FastifyBaseLogger } from 'fastify';
import type { BlobStore } from '../assets/blob-store.js';
import { SAMPLE_OWNER } from '../assets/samples.js';
import type { Storage } from '../storage/database.js';
import { FINAL_STATES } from '../storage/schema.js';
import { JobSlots } from './slots.js';

export const DAY_MS = 24 * 3_600_000;
/** Rows read and deleted per round trip. */
const BATCH = 200;

export interface RetentionPolicy {
  /** Finished jobs and their outputs; 0 keeps them for ever. */
  retentionDays: number;
  /** Inputs; 0 keeps them for ever. */
  inputRetentionDays: number;
}

export interface PurgeReport {
  dryRun: boolean;
  jobs: number;
  outputs: { count: number; bytes: number };
  inputs: { count: number; bytes: number };
  /** Assets whose bytes could not be deleted (the store failed): kept, tried again next time. */
  failed: number;
  /** Jobs finished before this, and inputs stored before that, were (or would be) deleted. */
  jobsBefore: number | null;
  inputsBefore: number | null;
}

interface AssetToDelete {
  id: string;
  storage_key: string;
  size: number;
}

/** How often each process applies the policy (a minute after it starts, then this often). */
const PURGE_INTERVAL_MS = 3_600_000;
const FIRST_PURGE_MS = 60_000;

export class Retention {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly storage: Storage,
    private readonly blobs: BlobStore,
    readonly policy: RetentionPolicy,
  ) {}

  /** Purges periodically, logging what was deleted. */
  start(log: FastifyBaseLogger): void {
    const run = async () => {
      try {
        const report = await this.purge();
        if (report.jobs + report.outputs.count + report.inputs.count + report.failed > 0) log.info({ purge: report }, describePurge(report));
      } catch (err) {
        log.error({ err }, 'retention purge failed');
      }
      if (this.timer) this.timer = setTimeout(run, PURGE_INTERVAL_MS).unref();
    };
    this.timer = setTimeout(run, FIRST_PURGE_MS).unref();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  async purge({ dryRun = false, now = Date.now() }: { dryRun?: boolean; now?: number } = {}): Promise<PurgeReport> {
    const jobsBefore = this.policy.retentionDays > 0 ? now - this.policy.retentionDays * DAY_MS : null;
    const inputsBefore = this.policy.inputRetentionDays > 0 ? now - this.policy.inputRetentionDays * DAY_MS : null;
    const report: PurgeReport = { dryRun, jobs: 0, outputs: { count: 0, bytes: 0 }, inputs: { count: 0, bytes: 0 }, failed: 0, jobsBefore, inputsBefore };
    if (jobsBefore !== null) await this.purgeJobs(jobsBefore, report, now);
    if (inputsBefore !== null) await this.purgeInputs(inputsBefore, report, now);
    if (!dryRun) {
      await this.db.deleteFrom('idempotency_keys').where('expires_at', '<', now).execute();
      await new JobSlots(this.storage).deleteExpired(now);
    }
    return report;
  }

  private get db() {
    return this.storage.db;
  }

  /** Final jobs finished before `before`, with their outputs and webhook deliveries. */
  private async purgeJobs(before: number, report: PurgeReport, now: number): Promise<void> {
    let after = '';
    for (;;) {
      const jobs = await this.db
        .selectFrom('jobs')
        .select('id')
        .where('state', 'in', FINAL_STATES)
        .where('finished_at', '<', before)
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      if (jobs.length === 0) return;
      after = jobs[jobs.length - 1].id;
      const ids = jobs.map((j) => j.id);
      const outputs = await this.db.selectFrom('assets').select(['id', 'storage_key', 'size', 'job_id']).where('job_id', 'in', ids).where('deleted_at', 'is', null).execute();
      const kept = await this.deleteAssets(outputs, report.outputs, report, now);
      // A job goes once all its outputs are gone (an output the store failed to delete keeps it for next time).
      const done = ids.filter((id) => !outputs.some((o) => o.job_id === id && kept.has(o.id)));
      report.jobs += done.length;
      if (report.dryRun || done.length === 0) continue;
      await this.db.deleteFrom('webhook_deliveries').where('job_id', 'in', done).execute();
      await this.db.deleteFrom('jobs').where('id', 'in', done).execute();
    }
  }

  /** Assets without a job stored before `before`, except those an unfinished job refers to (and the sandbox's samples). */
  private async purgeInputs(before: number, report: PurgeReport, now: number): Promise<void> {
    const needed = await this.neededByUnfinishedJobs();
    let after = '';
    for (;;) {
      const inputs = await this.db
        .selectFrom('assets')
        .select(['id', 'storage_key', 'size'])
        .where('job_id', 'is', null)
        .where('owner', '!=', SAMPLE_OWNER)
        .where('deleted_at', 'is', null)
        .where('created_at', '<', before)
        .where('id', '>', after)
        .orderBy('id')
        .limit(BATCH)
        .execute();
      if (inputs.length === 0) return;
      after = inputs[inputs.length - 1].id;
      await this.deleteAssets(
        inputs.filter((a) => !needed.has(a.id)),
        report.inputs,
        report,
        now,
      );
    }
  }

  /** Asset ids (`asset://…`) in the requests of jobs that are queued or running. */
  private async neededByUnfinishedJobs(): Promise<Set<string>> {
    const needed = new Set<string>();
    const rows = await this.db.selectFrom('jobs').select('request').where('state', 'not in', FINAL_STATES).execute();
    for (const { request } of rows) for (const match of request.matchAll(/asset:\/\/(asset_[\w-]+)/g)) needed.add(match[1]);
    return needed;
  }

  /**
   * Deletes the bytes, then marks each row deleted (a tombstone). Returns the ids kept because
   * the store failed to delete their bytes.
   */
  private async deleteAssets(assets: AssetToDelete[], tally: { count: number; bytes: number }, report: PurgeReport, now: number): Promise<Set<string>> {
    const kept = new Set<string>();
    const deleted: string[] = [];
    for (const asset of assets) {
      if (!report.dryRun) {
        try {
          await this.blobs.delete(asset.storage_key);
        } catch {
          kept.add(asset.id);
          report.failed++;
          continue;
        }
        deleted.push(asset.id);
      }
      tally.count++;
      tally.bytes += Number(asset.size);
    }
    if (deleted.length > 0) await this.db.updateTable('assets').set({ deleted_at: now }).where('id', 'in', deleted).execute();
    return kept;
  }
}

/** The report as one line, for the log and `vision-studio purge`. */
export function describePurge(report: PurgeReport): string {
  const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB, ${bytes} bytes`;
  const date = (ms: number | null) => (ms === null ? 'never (kept for ever)' : new Date(ms).toISOString());
  return (
    `${report.dryRun ? 'Would delete' : 'Deleted'} ${report.jobs} finished jobs with ${report.outputs.count} outputs (${mb(report.outputs.bytes)}) ` +
    `and ${report.inputs.count} inputs (${mb(report.inputs.bytes)}); jobs finished before ${date(report.jobsBefore)}, ` +
    `inputs stored before ${date(report.inputsBefore)}` +
    (report.failed > 0 ? `; ${report.failed} assets could not be deleted from the store (kept, tried again next time)` : '')
  );
}
