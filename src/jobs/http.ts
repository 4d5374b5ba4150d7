// The HTTP face of the job layer: accepting a job-backed operation (sync or async), the job
// JSON every provider shares, how a failed job is answered, and the gateway's own job routes
// (`/api/v1/jobs`), which work the same for every provider.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { StringEnum } from '../contract/typebox.js';
import { HttpError, upstreamHttpError } from '../core/errors.js';
import { isId } from '../core/ids.js';
import type { OperationSpec, ProviderName } from '../core/operation.js';
import type { JobErrorInfo } from './adapter.js';
import { isFinal } from './engine.js';
import { InvalidCursorError } from './store.js';
import type { JobRow, JobState } from '../storage/schema.js';
import { RequestValidationError } from '../core/validation.js';
import type { AssetService } from '../assets/assets.js';
import { baseUrl, prepareContext } from '../assets/intake.js';
import { JobUsageSchema, toMicroUsd } from '../usage/usage.js';

const JOB_STATES: JobState[] = ['queued', 'running', 'succeeded', 'failed', 'canceled', 'expired'];
const PROVIDER_NAMES: ProviderName[] = ['bria', 'bria-lora', 'google', 'openai', 'firefly', 'runway', 'llm'];

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export const jobStatusPath = (id: string) => `/api/v1/jobs/${id}`;

/** A job as its owner sees it. Asset references become signed links on the way out. */
export function jobView(job: JobRow, assets: AssetService, base: string, statusPath = jobStatusPath) {
  return {
    id: job.id,
    provider: job.provider,
    operation: job.operation,
    state: job.state,
    progress: job.progress,
    result: assets.present(parse(job.result), base),
    error: parse<JobErrorInfo>(job.error),
    upstream_id: job.upstream_id,
    upstream_status: job.upstream_status,
    attempts: job.attempts,
    cancel_requested: Boolean(job.cancel_requested),
    created_at: iso(job.created_at),
    updated_at: iso(job.updated_at),
    started_at: iso(job.started_at),
    finished_at: iso(job.finished_at),
    status_url: `${base}${statusPath(job.id)}`,
    usage: parse(job.usage),
  };
}

export const JobView = Type.Object(
  {
    id: Type.String(),
    provider: Type.String(),
    operation: Type.String(),
    state: StringEnum(JOB_STATES),
    progress: Type.Union([Type.Number(), Type.Null()]),
    result: Type.Unknown({ description: 'The operation result once succeeded (asset links are signed gateway URLs).' }),
    error: Type.Union([Type.Object({ code: Type.String(), message: Type.String(), upstream_status: Type.Optional(Type.Integer()) }), Type.Null()]),
    upstream_id: Type.Union([Type.String(), Type.Null()]),
    upstream_status: Type.Union([Type.String(), Type.Null()]),
    attempts: Type.Integer(),
    cancel_requested: Type.Boolean(),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    started_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    finished_at: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    status_url: Type.String({ format: 'uri' }),
    usage: JobUsageSchema,
  },
  { $id: 'Job', title: 'Job' },
);

/**
 * How a job that did not succeed is answered to a caller who waited for it. The caller's own
 * mistakes the upstream found (moderation, an unusable image) are 422; the gateway's
 * credentials being refused or the upstream failing are 502; running out of time is 504.
 */
export function failureError(job: JobRow): HttpError {
  const error = parse<JobErrorInfo>(job.error) ?? { code: job.state, message: `the job ended ${job.state}` };
  const extra = { task_id: job.id };
  if (job.state === 'expired') return new HttpError(504, error.message, { provider: job.provider, code: error.code, ...extra });
  if (job.state === 'canceled') return new HttpError(409, error.message, { provider: job.provider, code: error.code, ...extra });
  return upstreamHttpError({ provider: job.provider, ...error }, extra);
}

/** The answer to a job-backed operation: its result when done, else where to follow it. */
export function jobAnswer(job: JobRow, request: FastifyRequest, statusPath = jobStatusPath) {
  if (job.state === 'succeeded') return { status: 'success', result: request.server.assets.present(parse(job.result), baseUrl(request)) };
  if (isFinal(job.state)) throw failureError(job);
  return { status: 'success', result: { task_id: job.id, status: job.state, status_url: `${baseUrl(request)}${statusPath(job.id)}` } };
}

/** The handler of every job-backed operation. */
export function jobHandler(op: OperationSpec, provider: ProviderName) {
  const spec = op.job!;
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const { jobs, config } = request.server;
    const body = request.body as Record<string, unknown>;
    const webhookUrl = await request.server.webhookUrl(request);
    // A provider that keeps failing: say so at once instead of queueing work for it.
    if (request.server.guards.isOpen(provider)) {
      const seconds = Math.ceil(request.server.guards.retryAfterMs(provider) / 1000);
      throw new HttpError(503, `${provider} is failing; the gateway paused calls to it — retry in ${seconds} s`, { provider }, { 'retry-after': String(seconds) });
    }
    const limit = request.caller?.maxConcurrentJobs ?? config.maxConcurrentJobs;
    if (!(await request.server.jobStore.underUnfinishedLimit(request.owner, limit))) {
      throw new HttpError(429, `Too many jobs in progress for this key: the limit is ${limit} queued or running at once`, {}, { 'retry-after': '5' });
    }
    const prepared = spec.prepare ? await spec.prepare(body, prepareContext(request, provider)) : body;
    const budgetHold = await holdBudget(request, provider, spec.key, prepared);
    const job = await jobs.submit({
      owner: request.owner,
      provider,
      operation: spec.key,
      request: prepared,
      webhookUrl,
      baseUrl: baseUrl(request),
      budgetHold,
    }).catch(async (error: unknown) => {
      if (budgetHold) await request.server.usage.budgets.release(request.owner, budgetHold);
      throw error;
    });
    const wait = spec.sync ? spec.sync(body) : body?.sync === true;
    const final = wait ? await jobs.waitForFinal(job.id, config.syncWaitMs) : undefined;
    return jobAnswer(final ?? job, request, spec.statusPath);
  };
}

/**
 * Holds the job's estimated cost against the key's budget before anything reaches the provider
 * (402 when it would pass it); the hold is settled to the measured cost when the job ends.
 */
async function holdBudget(request: FastifyRequest, provider: ProviderName, operation: string, prepared: unknown) {
  const budget = request.caller?.budget;
  if (!budget) return undefined;
  const estimate = request.server.usage.estimate(provider, operation, prepared);
  return request.server.usage.budgets.hold(request.owner, budget, toMicroUsd(estimate?.cost_usd ?? null));
}

export type JobViewShape = ReturnType<typeof jobView>;

/**
 * A provider's own status and cancel routes (`…/status/{task_id}`, `…/cancel/{task_id}`) over
 * the gateway's job records, answered in that provider's shape; cancel reaches the provider
 * through the job's adapter.
 */
export function providerTaskRoutes(statusPath: (id: string) => string, shape: (job: JobRow, view: JobViewShape) => unknown) {
  const answer = (job: JobRow, request: FastifyRequest) => shape(job, jobView(job, request.server.assets, baseUrl(request), statusPath));
  const taskId = (request: FastifyRequest) => (request.params as { task_id: string }).task_id;
  return {
    status: async (request: FastifyRequest) => answer(await ownedJob(request, taskId(request)), request),
    cancel: async (request: FastifyRequest) => {
      const job = await ownedJob(request, taskId(request));
      return answer((await request.server.jobs.cancel(job.id, request.owner)) ?? job, request);
    },
  };
}

/** A job of the caller's, or 404 (another key's job does not exist for this one). */
export async function ownedJob(request: FastifyRequest, id: string): Promise<JobRow> {
  const job = isId('job', id) ? await request.server.jobStore.getOwned(id, request.owner) : undefined;
  if (!job) throw new HttpError(404, 'Job not found');
  return job;
}

const JobParams = Type.Object({ job_id: Type.String({ title: 'Job Id', description: 'The task id the gateway answered with' }) });

const jobEnvelope = Type.Object({ status: Type.Literal('success'), result: Type.Ref(JobView) });

export const webhookOperations: OperationSpec[] = [
  {
    method: 'GET',
    path: '/api/v1/webhooks/secret',
    tags: ['Webhooks'],
    summary: 'Get Webhook Signing Secret',
    description:
      'The secret that signs the webhooks of jobs created with this API key (Standard Webhooks: ' +
      '`webhook-id`, `webhook-timestamp`, `webhook-signature` headers). Verify each delivery with it, ' +
      'e.g. `new Webhook(secret).verify(body, headers)` from the `standardwebhooks` package. Send ' +
      '`X-Webhook-Url: https://…` on any job-creating request to receive its final state.',
    response: Type.Object({ status: Type.Literal('success'), result: Type.Object({ secret: Type.String({ pattern: '^whsec_' }) }) }),
    withoutCredentials: true,
    handle: async (request) => ({ status: 'success', result: { secret: request.server.webhooks.secretFor(request.owner) } }),
  },
];

export const jobOperations: OperationSpec[] = [
  {
    method: 'GET',
    path: '/api/v1/jobs',
    tags: ['Jobs'],
    summary: 'List Jobs',
    description: 'The caller\'s jobs, newest first, from every provider. Follow `next_cursor` for the next page.',
    query: Type.Object({
      provider: Type.Optional(StringEnum(PROVIDER_NAMES, { description: 'Only this provider\'s jobs' })),
      state: Type.Optional(StringEnum(JOB_STATES, { description: 'Only jobs in this state' })),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
      cursor: Type.Optional(Type.String({ maxLength: 200, description: '`next_cursor` of the previous page' })),
    }),
    response: Type.Object({
      status: Type.Literal('success'),
      result: Type.Object({ jobs: Type.Array(Type.Ref(JobView)), next_cursor: Type.Union([Type.String(), Type.Null()]) }),
    }),
    withoutCredentials: true,
    handle: async (request) => {
      const query = request.query as { provider?: string; state?: JobState; limit: number; cursor?: string };
      try {
        const page = await request.server.jobStore.list(request.owner, query);
        const base = baseUrl(request);
        return { status: 'success', result: { jobs: page.jobs.map((j) => jobView(j, request.server.assets, base)), next_cursor: page.next_cursor } };
      } catch (error) {
        if (error instanceof InvalidCursorError) {
          throw new RequestValidationError([{ loc: ['query', 'cursor'], msg: 'Invalid cursor: pass the next_cursor of a previous page', type: 'value_error' }]);
        }
        throw error;
      }
    },
  },
  {
    method: 'GET',
    path: '/api/v1/jobs/{job_id}',
    tags: ['Jobs'],
    summary: 'Get Job',
    description: 'State, progress and (once succeeded) result of one of the caller\'s jobs, whichever provider runs it.',
    params: JobParams,
    response: jobEnvelope,
    withoutCredentials: true,
    handle: async (request) => {
      const job = await ownedJob(request, (request.params as { job_id: string }).job_id);
      return { status: 'success', result: jobView(job, request.server.assets, baseUrl(request)) };
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/jobs/{job_id}',
    tags: ['Jobs'],
    summary: 'Cancel Job',
    description: 'Cancels the job, upstream too. A finished job is answered as it is.',
    params: JobParams,
    response: jobEnvelope,
    withoutCredentials: true,
    handle: async (request) => {
      const job = await ownedJob(request, (request.params as { job_id: string }).job_id);
      const after = (await request.server.jobs.cancel(job.id, request.owner)) ?? job;
      return { status: 'success', result: jobView(after, request.server.assets, baseUrl(request)) };
    },
  },
];
