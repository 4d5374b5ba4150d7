// Callers of this process waiting for a job (sync requests, and /v1 answers made of the bytes):
// told the moment the engine here ends the job's step — or, for answers made of the bytes, as
// soon as its outputs are in hand — and, where another process may finish the job, by looking
// at its record too. The engine asks which jobs are awaited: their polls start short, and a
// first step may use the provider's sync mode.
import type { EventEmitter } from 'node:events';
import type { Asset } from '../assets/assets.js';
import type { JobRow } from '../storage/schema.js';
import type { JobOutputsInHand } from './engine-types.js';
import { isFinal } from './state.js';
import type { JobStore } from './store.js';

/** How often a waiter looks at the record of a job another process may finish. */
const RECORD_CHECK_MS = 250;

export class JobWaiters {
  /** Jobs a caller of this process is waiting for, with how many callers. */
  private readonly awaited = new Map<string, number>();

  /**
   * `events`: the engine, which emits `final:<id>` (the saved row, with its stored assets when it
   * succeeded here; nothing when the job was not recorded after all) and `outputs:<id>` (the
   * outputs in hand). `alone`: this process owns the database, so only its engine can finish a job.
   */
  constructor(
    private readonly events: EventEmitter,
    private readonly store: JobStore,
    private readonly alone: boolean,
  ) {}

  /** Whether a caller of this process waits for the job. */
  isAwaited(id: string): boolean {
    return this.awaited.has(id);
  }

  /**
   * A caller waits for `id`: it is told as soon as the job is final or (`inHand`), when this
   * process finishes it, as soon as its outputs are in hand — before they are stored (`bytes` by
   * asset id; the record follows once they are stored: JobEngine.advance, 'done'); when this process
   * stored them, with their rows (`assets`), so that an answer need not read them back.
   * `submitted` is the row just recorded, not read again.
   */
  async waitFor(id: string, timeoutMs: number, inHand: boolean, submitted?: JobRow): Promise<JobOutputsInHand | undefined> {
    // Known before the job's next step ends, so that its polls start short (and, said before its
    // first step starts, so that its start may be the provider's sync mode).
    this.awaited.set(id, (this.awaited.get(id) ?? 0) + 1);
    try {
      return await this.untilFinal(id, timeoutMs, inHand, submitted);
    } finally {
      const left = this.awaited.get(id)! - 1;
      if (left > 0) this.awaited.set(id, left);
      else this.awaited.delete(id);
    }
  }

  private async untilFinal(id: string, timeoutMs: number, inHand: boolean, submitted?: JobRow): Promise<JobOutputsInHand | undefined> {
    const current = submitted ?? (await this.store.get(id));
    if (!current || isFinal(current.state)) return current && { job: current };
    return new Promise((resolve) => {
      let settled = false;
      const finish = (found: JobOutputsInHand | undefined) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearInterval(check);
        this.events.off(`final:${id}`, onFinal);
        this.events.off(`outputs:${id}`, finish);
        resolve(found);
      };
      // Told by this process's engine the moment the step ends: no poll in between.
      // No job: it was not recorded after all (acceptWhileRecording).
      const onFinal = (job?: JobRow, assets?: Asset[]) => finish(job && (assets ? { job, assets } : { job }));
      this.events.on(`final:${id}`, onFinal);
      if (inHand) this.events.on(`outputs:${id}`, finish);
      const timer = setTimeout(() => finish(undefined), timeoutMs);
      // Another process may finish it: look at the record too — unless this process owns the
      // database alone, when only its own engine can (and says so above).
      const check = this.alone
        ? undefined
        : setInterval(async () => {
            const job = await this.store.get(id).catch(() => undefined);
            if (job && isFinal(job.state)) finish({ job });
          }, RECORD_CHECK_MS);
    });
  }
}
