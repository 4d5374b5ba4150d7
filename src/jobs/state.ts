// A job's lifecycle as the job layer and the providers' status routes see it (the jobs table
// stores it: storage/schema.ts).

export type JobState = 'queued' | 'running' | 'succeeded' | 'failed' | 'canceled' | 'expired';

export const FINAL_STATES: readonly JobState[] = ['succeeded', 'failed', 'canceled', 'expired'];

export const isFinal = (state: JobState) => FINAL_STATES.includes(state);

/** What a provider's own status route reads of a job besides its uniform view. */
export interface TaskRecord {
  /** The gateway's job id (the caller's task id). */
  id: string;
  state: JobState;
  /** Last status word the upstream reported (its own vocabulary). */
  upstream_status: string | null;
}
