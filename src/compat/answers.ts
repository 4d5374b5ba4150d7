// What a finished /v1 job answers with: its output assets (in the order the job's result lists
// them), waited for up to the gateway's sync deadline.
import type { FastifyRequest } from 'fastify';
import { ASSET_REF } from '../assets/assets.js';
import type { JobOutputsInHand } from '../jobs/engine-types.js';
import { failureError } from '../jobs/http.js';
import type { JobRow } from '../storage/schema.js';
import { OpenAIError } from './errors.js';

/** Names the job behind an answer (GET /api/v1/jobs/{id} shows it, routing included). */
export const TASK_ID_HEADER = 'x-vision-studio-task-id';

/** The asset ids a job's result refers to, in order, each once. */
export function outputAssetIds(job: JobRow): string[] {
  const ids: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.startsWith(ASSET_REF) && !ids.includes(value.slice(ASSET_REF.length))) ids.push(value.slice(ASSET_REF.length));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(job.result === null ? null : JSON.parse(job.result));
  return ids;
}

/** A job submitted with a caller waiting for it (submitCompat's `wait`). */
export interface WaitedJob {
  job: JobRow;
  outcome?: Promise<JobOutputsInHand | undefined>;
}

/**
 * The succeeded job once the wait ends — with its output bytes when they came in hand (`bytes` by
 * asset id, while the gateway stores them; absent when another process finished the job). A
 * failure as its error; still running → 504 naming the job.
 */
export async function finished(request: FastifyRequest, { job, outcome }: WaitedJob): Promise<JobOutputsInHand> {
  const found = outcome ? await outcome : await request.server.jobs.waitForFinal(job.id, request.server.config.syncWaitMs).then((final) => final && { job: final });
  return { ...found, job: succeeded(request, job, found?.job) };
}

function succeeded(request: FastifyRequest, job: JobRow, final: JobRow | undefined): JobRow {
  if (!final) {
    // The job goes on; retrying would start another one, so SDKs are told not to.
    throw new OpenAIError(504, `The job is still running after ${Math.round(request.server.config.syncWaitMs / 1000)} s: follow GET /api/v1/jobs/${job.id}`, null, 'job_pending', {
      'x-should-retry': 'false',
    });
  }
  if (final.state !== 'succeeded') throw failureError(final);
  return final;
}
