// A job's state and progress, announced as it changes.
import type { Job } from '../../../clients/typescript/index.js';

export function JobProgress({ job }: { job: Job }) {
  // Progress is 0–100 on every provider (the gateway's one scale).
  const progress = typeof job.progress === 'number' ? Math.round(job.progress) : undefined;
  return (
    <div class="job-progress" role="status">
      <span class={`state state-${job.state}`}>{job.state}</span>
      {progress !== undefined && job.state === 'running' ? <progress max={100} value={progress} aria-label="Progress" /> : null}
      {job.state === 'queued' || job.state === 'running' ? <span class="spinner" aria-hidden="true" /> : null}
      {job.error && <span class="error"> {job.error.message}</span>}
    </div>
  );
}
