// Firefly's job status and cancel (GET /v3/status/{jobId}, PUT /v3/cancel/{jobId}) over the
// gateway's job records: the caller's task id is the gateway's job id; cancel reaches Firefly
// through the job's adapter.
import { providerTaskRoutes } from '../../jobs/http.js';
import type { JobState } from '../../storage/schema.js';

export const fireflyStatusPath = (id: string) => `/api/v1/firefly/status/${id}`;

/** Firefly's own status words (Firefly Services v3 async API). */
const FIREFLY_STATUS: Record<JobState, string> = {
  queued: 'pending',
  running: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  canceled: 'canceled',
  expired: 'failed',
};

export const fireflyTask = providerTaskRoutes(fireflyStatusPath, (job, view) => ({
  status: 'success',
  result: {
    jobId: job.id,
    status: FIREFLY_STATUS[job.state],
    progress: job.progress === null ? null : Math.round(job.progress * 100),
    result: view.result,
    error: view.error,
  },
}));
