// Firefly's job status and cancel (GET /v3/status/{jobId}, PUT /v3/cancel/{jobId}) over the
// gateway's job records: the caller's task id is the gateway's job id; cancel reaches Firefly
// through the job's adapter.
import { Type } from '@sinclair/typebox';
import { Nullable, OutputItemSchema } from '../../contract/envelope.js';
import { StringEnum } from '../../contract/typebox.js';
import { providerTaskRoutes } from '../../jobs/http.js';
import type { JobState } from '../../jobs/state.js';

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

export const fireflyTask = providerTaskRoutes('firefly', fireflyStatusPath, (job, view) => ({
  status: 'success',
  result: {
    jobId: job.id,
    task_id: view.task_id,
    status: FIREFLY_STATUS[job.state],
    progress: view.progress,
    result: view.result,
    error: view.error,
    outputs: view.outputs,
  },
}));

/** The status routes' answer: Firefly's job fields, with the gateway's uniform part beside them. */
export const FireflyJobResponse = Type.Object({
  status: StringEnum(['success']),
  result: Type.Object({
    jobId: Type.String({ description: "The job id (the gateway's)" }),
    task_id: Type.String({ description: 'The same as jobId' }),
    status: StringEnum(['pending', 'running', 'succeeded', 'failed', 'canceled']),
    progress: Nullable(Type.Integer({ minimum: 0, maximum: 100, description: 'Percent' })),
    result: Type.Unknown({ description: "Firefly's result once succeeded (`outputs: [{seed, image: {url}}]`, links to the gateway's copies)" }),
    error: Nullable(Type.Object({ code: Type.String(), message: Type.String(), upstream_status: Type.Optional(Type.Integer()) })),
    outputs: Type.Array(Type.Ref(OutputItemSchema)),
  }),
});
