// The HTTP face of the job layer: accepting a job-backed operation (sync or async), the job
// JSON every provider shares, how a failed job is answered, and the gateway's own job routes
// (`/api/v1/jobs`), which work the same for every provider.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Nullable, OutputItemSchema } from '../contract/envelope.js';
import { StringEnum } from '../contract/typebox.js';
import { HttpError, upstreamHttpError } from '../core/errors.js';
import { isId } from '../core/ids.js';
import type { OperationSpec, ProviderName } from '../core/operation.js';
import type { JobErrorInfo } from './adapter.js';
import { JobLimitError, type JobOutputsInHand, type SubmitInput, type SubmitWait } from './engine-types.js';
import { isFinal } from './state.js';
import { InvalidCursorError } from './store.js';
import type { JobRow, JobState } from '../storage/schema.js';
import type { TaskRecord } from './state.js';
import { RequestValidationError } from '../core/validation.js';
import { InputRecorder, inputsView, JobInputsSchema, type JobInputRecord } from './inputs.js';
import { assetRefsIn, type Asset, type AssetService, type OutputItem } from '../assets/assets.js';
import { baseUrl, prepareContext, type JobIntake } from '../assets/intake.js';
import type { Statement } from '../storage/database.js';
import { routingView } from '../compat/routing.js';
import { JobUsageSchema, toMicroUsd } from '../usage/usage.js';

const JOB_STATES: JobState[] = ['queued', 'running', 'succeeded', 'failed', 'canceled', 'expired'];
const PROVIDER_NAMES: ProviderName[] = ['bria', 'bria-lora', 'google', 'openai', 'firefly', 'runway', 'llm'];

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T));

export const jobStatusPath = (id: string) => `/api/v1/jobs/${id}`;

/** Progress on one scale everywhere: percent, 0–100 (jobs store it as a fraction). */
export const percent = (progress: number | null): number | null => (progress === null ? null : Math.round(progress * 100));

/** What every answer carrying a job has, whatever the provider: its id and its outputs. */
export interface UniformPart {
  task_id: string;
  /** The job's outputs as gateway assets, in the result's order; empty until it succeeds. */
  outputs: OutputItem[];
}

/** `stored`: the rows of the job's outputs when they are in hand (JobOutputsInHand.assets), else they are read. */
export async function uniformPart(job: JobRow, assets: AssetService, base: string, stored?: Asset[]): Promise<UniformPart> {
  const outputs = job.state === 'succeeded' ? await assets.outputs(assetRefsIn(parse(job.result)), base, stored) : [];
  return { task_id: job.id, outputs };
}

/**
 * A succeeded job's result as answered: the provider's own fields with the uniform part beside
 * them. A provider result with an `outputs` list of its own (Firefly: `{seed, image: {url}}`
 * per output) keeps it, each item joined by that output's uniform fields.
 */
export function withUniform(result: unknown, uniform: UniformPart): Record<string, unknown> {
  const own = result && typeof result === 'object' && !Array.isArray(result) ? (result as Record<string, unknown>) : { value: result };
  const theirs = own.outputs;
  const outputs = Array.isArray(theirs) && theirs.length === uniform.outputs.length ? uniform.outputs.map((item, i) => ({ ...(theirs[i] as object), ...item })) : uniform.outputs;
  return { ...own, task_id: uniform.task_id, outputs };
}

/** A job as its owner sees it. Asset references become signed links on the way out. */
export async function jobView(job: JobRow, assets: AssetService, base: string, statusPath = jobStatusPath) {
  const uniform = await uniformPart(job, assets, base);
  return {
    id: job.id,
    task_id: uniform.task_id,
    provider: job.provider,
    operation: job.operation,
    state: job.state,
    progress: percent(job.progress),
    inputs: inputsView(parse(job.request), parse<JobInputRecord>(job.inputs)),
    result: assets.present(parse(job.result), base),
    outputs: uniform.outputs,
    error: parse<JobErrorInfo>(job.error),
    upstream_id: job.upstream_id,
    upstream_status: job.upstream_status,
    attempts: job.upstream_calls,
    failed_attempts: job.attempts,
    cancel_requested: Boolean(job.cancel_requested),
    created_at: iso(job.created_at),
    updated_at: iso(job.updated_at),
    started_at: iso(job.started_at),
    finished_at: iso(job.finished_at),
    duration_ms: job.finished_at === null ? null : job.finished_at - job.created_at,
    status_url: `${base}${statusPath(job.id)}`,
    routing: routingView(job),
    usage: parse(job.usage),
  };
}

export const JobView = Type.Object(
  {
    id: Type.String(),
    task_id: Type.String({ description: 'The same as `id`: the name every job-carrying answer uses' }),
    provider: Type.String(),
    operation: Type.String({ description: 'What the job does, e.g. `bria.remove-background`' }),
    state: StringEnum(JOB_STATES),
    progress: Nullable(Type.Integer({ minimum: 0, maximum: 100, description: 'Percent, as the provider last reported it' })),
    inputs: JobInputsSchema,
    result: Type.Unknown({ description: 'The operation result once succeeded (asset links are signed gateway URLs).' }),
    outputs: Type.Array(Type.Ref(OutputItemSchema), { description: 'The outputs kept by the gateway; empty until the job succeeds' }),
    error: Nullable(Type.Object({ code: Type.String(), message: Type.String(), upstream_status: Type.Optional(Type.Integer()) })),
    upstream_id: Nullable(Type.String()),
    upstream_status: Nullable(Type.String()),
    attempts: Type.Integer({ description: 'Calls made to the provider for this job so far (start, polls, failed tries)' }),
    failed_attempts: Type.Integer({ description: 'Of those, the ones that failed (transient failures are tried again)' }),
    cancel_requested: Type.Boolean(),
    created_at: Type.String({ format: 'date-time' }),
    updated_at: Type.String({ format: 'date-time' }),
    started_at: Nullable(Type.String({ format: 'date-time' })),
    finished_at: Nullable(Type.String({ format: 'date-time' })),
    duration_ms: Nullable(Type.Integer({ description: 'From acceptance to the final state' })),
    status_url: Type.String({ format: 'uri' }),
    routing: Type.Union(
      [
        Type.Object({
          model: Type.String({ description: 'The model or alias asked for through /v1' }),
          served_by: Type.Union([Type.String(), Type.Null()]),
          skipped: Type.Array(Type.Object({ model: Type.String(), reason: Type.String() })),
        }),
        Type.Null(),
      ],
      { description: 'Jobs made through the OpenAI-compatible API: which target served it and why others were skipped' },
    ),
    usage: JobUsageSchema,
  },
  { $id: 'Job', title: 'Job' },
);

/** The named schemas the job answers refer to. */
export const jobSchemas = [OutputItemSchema, JobView];

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

/** The answer to a job-backed operation: its result when done, else where to follow it. `stored`: see uniformPart. */
export async function jobAnswer(job: JobRow, request: FastifyRequest, statusPath = jobStatusPath, stored?: Asset[]) {
  if (isFinal(job.state) && job.state !== 'succeeded') throw failureError(job);
  const base = baseUrl(request);
  const uniform = await uniformPart(job, request.server.assets, base, stored);
  if (job.state === 'succeeded') return { status: 'success', result: withUniform(request.server.assets.present(parse(job.result), base), uniform) };
  return { status: 'success', result: { ...uniform, status: job.state, status_url: `${base}${statusPath(job.id)}` } };
}

/** The handler of every job-backed operation. */
export function jobHandler(op: OperationSpec, provider: ProviderName) {
  const spec = op.job!;
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const body = request.body as Record<string, unknown>;
    const webhookUrl = await request.server.webhookUrl(request);
    // A provider that keeps failing: say so at once instead of queueing work for it.
    const paused = circuitOpenError(request, provider);
    if (paused) throw paused;
    const wait = spec.sync ? spec.sync(body) : body?.sync === true;
    const { job, outcome } = await admitJob(request, async (admission) => {
      const inputs = new InputRecorder();
      const prepared = spec.prepare ? await spec.prepare(body, prepareContext(request, provider, inputs, admission)) : body;
      // Waited for from the start: the job's first step then knows a caller waits (a provider's
      // sync mode answers in one call instead of submit + polls). Not answered first (inHand):
      // these answers hand out links to the outputs, which must work at once from any gateway
      // process, so they wait until the outputs are stored.
      return submitWithinBudget(
        request,
        {
          inputs: inputs.record(body),
          owner: request.owner,
          provider,
          operation: spec.key,
          request: prepared,
          webhookUrl,
          baseUrl: baseUrl(request),
          limit: admission.limit(),
          alongside: admission.alongside(),
        },
        wait ? { timeoutMs: request.server.config.syncWaitMs, inHand: false } : undefined,
      );
    });
    const final = outcome ? await outcome : undefined;
    return jobAnswer(final?.job ?? job, request, spec.statusPath, final?.assets);
  };
}

/** 503 with Retry-After when the provider's circuit is open (the gateway paused calls to it). */
export function circuitOpenError(request: FastifyRequest, provider: string): HttpError | undefined {
  const { guards } = request.server;
  if (!guards.isOpen(provider)) return undefined;
  const seconds = Math.ceil(guards.retryAfterMs(provider) / 1000);
  return new HttpError(503, `${provider} is failing; the gateway paused calls to it — retry in ${seconds} s`, { provider }, { 'retry-after': String(seconds) });
}

const tooManyJobs = (limit: number) => new HttpError(429, `Too many jobs in progress for this key: the limit is ${limit} queued or running at once`, {}, { 'retry-after': '5' });

/**
 * What a request holds until its job is recorded: its place under its key's limit on jobs queued
 * or running at once (src/jobs/slots.ts), and the inputs it kept (their bytes stored, their rows
 * not yet written). Before any slow work (media fetches, uploads), `hold` takes a slot, so
 * parallel requests cannot all pass the limit; a request with nothing slow to do takes no slot:
 * its job is recorded only if there is room (`limit`), in the same step. The job's record takes
 * it all over in one transaction (`alongside`): the slot's place and the inputs' rows. A job
 * that is not recorded gives the slot back, and its inputs' rows are written on their own (they
 * are the caller's assets either way).
 */
export class JobAdmission implements JobIntake {
  private slot?: Promise<string>;
  /** The slot's id once taken. */
  private slotId?: string;
  private readonly inputs: { row: Asset; stored: Promise<void> }[] = [];
  /** Whether `alongside` handed the slot and the inputs' rows over to a job's record. */
  private handedOver = false;
  readonly max: number;

  constructor(private readonly request: FastifyRequest) {
    this.max = request.caller?.maxConcurrentJobs ?? request.server.config.maxConcurrentJobs;
  }

  /** Takes a slot, once (429 when the key has no room). */
  readonly hold = (): Promise<void> => {
    this.slot ??= this.request.server.jobSlots.reserve(this.request.owner, this.max).then((id) => {
      if (!id) throw tooManyJobs(this.max);
      this.slotId = id;
      return id;
    });
    return this.slot.then(() => undefined);
  };

  readonly keptInput = (row: Asset, stored: Promise<void>): void => {
    // Its failure is the job's (alongside) or the release's to handle, whenever they look.
    stored.catch(() => {});
    this.inputs.push({ row, stored });
  };

  /** What the job's record checks: nothing when a slot is held (the slot made room for it). */
  limit(): number | undefined {
    return this.slot ? undefined : this.max;
  }

  /** What the job's record writes with it, once the inputs' bytes are stored: their rows, and the slot's release. */
  alongside(): Promise<Statement[]> {
    this.handedOver = true;
    const { assets, jobSlots } = this.request.server;
    const writes = [...this.inputs.map(({ row }) => assets.record(row)), ...(this.slotId ? [jobSlots.releaseStatement(this.slotId)] : [])];
    const ready = Promise.all(this.inputs.map(({ stored }) => stored)).then(() => writes);
    // A job refused before its record is written (over budget) never awaits it: release() handles the failure.
    ready.catch(() => {});
    return ready;
  }

  /**
   * Once the request is done: unless its job's record took them over, gives the slot back and
   * writes the rows of the inputs whose bytes were stored.
   */
  async release(recorded: boolean): Promise<void> {
    if (recorded && this.handedOver) return;
    const slot = await this.slot?.catch(() => undefined);
    const settled = await Promise.allSettled(this.inputs.map(({ stored }) => stored));
    const rows = this.inputs.filter((_, i) => settled[i].status === 'fulfilled').map(({ row }) => row);
    const { assets, jobSlots } = this.request.server;
    await Promise.all([assets.recordAll(rows), slot && jobSlots.release(slot)]);
  }
}

/**
 * Runs `accept` (preparing and recording a job) under the request's JobAdmission, or answers 429
 * when the key has as many jobs as it may.
 */
export async function admitJob<T>(request: FastifyRequest, accept: (admission: JobAdmission) => Promise<T>): Promise<T> {
  const admission = new JobAdmission(request);
  let recorded = false;
  try {
    const accepted = await accept(admission);
    recorded = true;
    return accepted;
  } catch (error) {
    throw error instanceof JobLimitError ? tooManyJobs(error.limit) : error;
  } finally {
    await admission.release(recorded);
  }
}

/**
 * Records the job, holding its estimated cost against the key's budget first — before anything
 * reaches the provider (402 when it would pass it). The hold is settled to the measured cost
 * when the job ends, and given back if the job could not be recorded. With `wait`, the caller
 * waits for the job (JobEngine.submitAndWait): `outcome`.
 */
export async function submitWithinBudget(
  request: FastifyRequest,
  input: SubmitInput,
  wait?: SubmitWait,
): Promise<{ job: JobRow; outcome?: Promise<JobOutputsInHand | undefined> }> {
  const budget = request.caller?.budget;
  const estimate = budget && request.server.usage.estimate(input.provider as ProviderName, input.operation, input.request);
  const budgetHold = budget && (await request.server.usage.budgets.hold(request.owner, budget, toMicroUsd(estimate?.cost_usd ?? null)));
  const held = { ...input, budgetHold: budgetHold || undefined };
  try {
    return wait ? await request.server.jobs.submitAndWait(held, wait) : { job: await request.server.jobs.submit(held) };
  } catch (error) {
    if (budgetHold) await request.server.usage.budgets.release(request.owner, budgetHold);
    throw error;
  }
}

export type JobViewShape = Awaited<ReturnType<typeof jobView>>;

/**
 * A provider's own status and cancel routes (`…/status/{task_id}`, `…/cancel/{task_id}`) over
 * the gateway's job records, answered in that provider's shape; cancel reaches the provider
 * through the job's adapter. Another provider's job is not found here.
 */
export function providerTaskRoutes(provider: ProviderName, statusPath: (id: string) => string, shape: (job: TaskRecord, view: JobViewShape) => unknown) {
  const answer = async (job: JobRow, request: FastifyRequest) => shape(job, await jobView(job, request.server.assets, baseUrl(request), statusPath));
  const taskId = (request: FastifyRequest) => (request.params as { task_id: string }).task_id;
  const providersJob = async (request: FastifyRequest) => {
    const job = await ownedJob(request, taskId(request));
    if (job.provider !== provider) throw new HttpError(404, 'Job not found');
    return job;
  };
  return {
    status: async (request: FastifyRequest) => answer(await providersJob(request), request),
    cancel: async (request: FastifyRequest) => {
      const job = await providersJob(request);
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
    description: "The caller's jobs, newest first, from every provider. Follow `next_cursor` for the next page.",
    query: Type.Object({
      provider: Type.Optional(StringEnum(PROVIDER_NAMES, { description: "Only this provider's jobs" })),
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
        return { status: 'success', result: { jobs: await Promise.all(page.jobs.map((j) => jobView(j, request.server.assets, base))), next_cursor: page.next_cursor } };
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
    description: "State, progress and (once succeeded) result of one of the caller's jobs, whichever provider runs it.",
    params: JobParams,
    response: jobEnvelope,
    withoutCredentials: true,
    handle: async (request) => {
      const job = await ownedJob(request, (request.params as { job_id: string }).job_id);
      return { status: 'success', result: await jobView(job, request.server.assets, baseUrl(request)) };
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
      return { status: 'success', result: await jobView(after, request.server.assets, baseUrl(request)) };
    },
  },
];
