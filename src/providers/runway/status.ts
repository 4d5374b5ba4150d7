// Runway's task details and cancel (GET / DELETE /v1/tasks/{id}) over the gateway's job
// records: the caller's task id is the gateway's job id; cancel reaches Runway through the
// job's adapter.
import { Type } from '@sinclair/typebox';
import { Nullable, OutputItemSchema } from '../../contract/envelope.js';
import { StringEnum } from '../../contract/typebox.js';
import { providerTaskRoutes } from '../../jobs/http.js';
import type { JobState, TaskRecord } from '../../jobs/state.js';

export const runwayStatusPath = (id: string) => `/api/v1/runway/status/${id}`;

/** Runway's task status words (@runwayml/sdk TaskRetrieveResponse). */
const RUNWAY_STATUS: Record<JobState, string> = {
  queued: 'PENDING',
  running: 'RUNNING',
  succeeded: 'SUCCEEDED',
  failed: 'FAILED',
  canceled: 'CANCELLED',
  expired: 'FAILED',
};

/**
 * The status word: while the job is not final, what Runway last said (PENDING, THROTTLED —
 * queued behind the account's concurrency limit — or RUNNING); once final, the job's own state
 * (a task cancelled at Runway itself ends the job `failed`, and is shown CANCELLED).
 */
function statusWord(job: TaskRecord): string {
  const upstream = job.upstream_status;
  if ((job.state === 'queued' || job.state === 'running') && (upstream === 'PENDING' || upstream === 'THROTTLED' || upstream === 'RUNNING')) {
    return upstream;
  }
  if (job.state === 'failed' && upstream === 'CANCELLED') return 'CANCELLED';
  return RUNWAY_STATUS[job.state];
}

export const runwayTask = providerTaskRoutes('runway', runwayStatusPath, (job, view) => {
  const result = view.result as { output?: unknown } | null;
  return {
    status: 'success',
    result: {
      id: job.id,
      task_id: view.task_id,
      status: statusWord(job),
      createdAt: view.created_at,
      // Percent, as everywhere on the gateway (Runway's own API says 0–1).
      progress: view.progress,
      output: result?.output ?? null,
      failure: view.error?.message ?? null,
      failureCode: view.error?.code ?? null,
      outputs: view.outputs,
    },
  };
});

/** The status routes' answer: Runway's task fields, with the gateway's uniform part beside them. */
export const RunwayTaskResponse = Type.Object({
  status: StringEnum(['success']),
  result: Type.Object({
    id: Type.String({ description: "The task id (the gateway's job id)" }),
    task_id: Type.String({ description: 'The same as id' }),
    status: StringEnum(['PENDING', 'THROTTLED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED']),
    createdAt: Type.String({ format: 'date-time' }),
    progress: Nullable(Type.Integer({ minimum: 0, maximum: 100, description: "Percent (Runway's own API says 0–1)" })),
    output: Nullable(Type.Array(Type.String({ format: 'uri' }), { description: 'Signed gateway links to the outputs' })),
    failure: Nullable(Type.String()),
    failureCode: Nullable(Type.String()),
    outputs: Type.Array(Type.Ref(OutputItemSchema)),
  }),
});
