// Sends one operation's request and, when the gateway answers with a job still in progress,
// follows it (live events where served, polling otherwise) to its end.
import { call, followJob, type Job, type VisionStudioClient } from '../../clients/typescript/index.js';
import { rememberRun } from './api.js';
import type { BuiltRequest, Operation } from './form-model.js';

export interface Outcome {
  /** The HTTP status of the operation's answer. */
  status: number;
  /** The answer's JSON (or text). */
  body: unknown;
  /** The job, when the answer named one that had to be followed, as it ended. */
  job?: Job;
}

/** A job's result with its uniform `outputs` (listed beside the result on job records). */
export function jobResult(job: Job): unknown {
  const outputs = (job as { outputs?: unknown }).outputs;
  if (!Array.isArray(outputs) || (job.result && typeof job.result !== 'object')) return job.result ?? null;
  return { ...(job.result as object | null), outputs };
}

/** The operation's result: the job's when one was followed, else the answer's `result`. */
export function resultOf(outcome: Outcome): unknown {
  if (outcome.job) return jobResult(outcome.job);
  return (outcome.body as { result?: unknown } | undefined)?.result ?? outcome.body;
}

/** The task id an answer carries (sync answers too, once the uniform shape adds it). */
export function taskIdOf(body: unknown): string | undefined {
  const result = (body as { result?: { task_id?: unknown } } | undefined)?.result;
  return typeof result?.task_id === 'string' ? result.task_id : undefined;
}

export async function send(client: VisionStudioClient, request: BuiltRequest, files?: Record<string, File>): Promise<Response> {
  if (files) {
    const form = new FormData();
    for (const [name, file] of Object.entries(files)) form.append(name, file, file.name);
    return call(client, request.url, { method: request.method, body: form });
  }
  const json = request.body !== undefined;
  return call(client, request.url, {
    method: request.method,
    ...(json ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(request.body) } : {}),
  });
}

export async function runOperation(
  client: VisionStudioClient,
  operation: Operation,
  request: BuiltRequest,
  options: { files?: Record<string, File>; onJob?: (job: Job) => void; signal?: AbortSignal; events?: boolean; follow?: boolean } = {},
): Promise<Outcome> {
  const response = await send(client, request, options.files);
  const text = await response.text();
  const body = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
  const outcome: Outcome = { status: response.status, body };
  const taskId = response.ok ? taskIdOf(body) : undefined;
  if (!taskId) return outcome;
  rememberRun(taskId, { request });
  const state = (body as { result: { status?: unknown } }).result.status;
  // A job-backed answer still queued or running is followed; anything else is the result.
  if (options.follow === false || !operation.jobBacked || (state !== 'queued' && state !== 'running')) return outcome;
  for await (const job of followJob(client, taskId, { signal: options.signal, events: options.events })) {
    outcome.job = job;
    options.onJob?.(job);
  }
  return outcome;
}
