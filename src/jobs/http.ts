// The HTTP face of the job layer: accepting a job-backed operation (sync or async), the job
// JSON every provider shares, how a failed job is answered, and the gateway's own job routes
// (`/api/v1/jobs`), which work the same for every provider.
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { StringEnum } from '../contract/typebox.js';
import { HttpError, upstreamHttpError } from '../core/errors.js';
import { isId } from '../core/ids.js';
import type { MediaFieldOptions, OperationSpec, PrepareContext, ProviderName } from '../core/operation.js';
import { normalizeMedia, type NormalizedMedia } from '../core/media.js';
import type { JobErrorInfo } from './adapter.js';
import { isFinal } from './engine.js';
import { InvalidCursorError } from './store.js';
import type { JobRow, JobState } from '../storage/schema.js';
import { RequestValidationError } from '../core/validation.js';
import { assetRef, type AssetService } from '../assets/assets.js';

const JOB_STATES: JobState[] = ['queued', 'running', 'succeeded', 'failed', 'canceled', 'expired'];
const PROVIDER_NAMES: ProviderName[] = ['bria', 'bria-lora', 'google', 'openai', 'firefly', 'runway', 'llm'];

/** The gateway's own origin as the caller reached it (or the configured public URL). */
export function baseUrl(request: FastifyRequest): string {
  return request.server.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

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
    const prepared = spec.prepare ? await spec.prepare(body, prepareContext(request)) : body;
    const job = await jobs.submit({
      owner: request.owner,
      provider,
      operation: spec.key,
      request: prepared,
      webhookUrl,
      baseUrl: baseUrl(request),
    });
    const wait = spec.sync ? spec.sync(body) : body?.sync === true;
    const final = wait ? await jobs.waitForFinal(job.id, config.syncWaitMs) : undefined;
    return jobAnswer(final ?? job, request, spec.statusPath);
  };
}

function prepareContext(request: FastifyRequest): PrepareContext {
  const { assets, config } = request.server;
  const owner = request.owner;
  // Neither is an async function, and what runs once the media is decoded is built outside this
  // scope: a suspended async frame or a closure here would keep the caller's text (up to tens of
  // MB of base64) alive for as long as the decoded bytes take to be stored.
  const ctx: PrepareContext = {
    owner,
    config,
    storage: request.server.storage,
    media: (value, options) => ctx.mediaInfo(value, options).then(valueOf),
    mediaInfo: (value, options) => decodeMedia(request, value, options).then(keepDecoded(assets, owner)),
  };
  return ctx;
}

type MediaInfo = Awaited<ReturnType<PrepareContext['mediaInfo']>>;
type Decoded = { known: MediaInfo } | { media: NormalizedMedia; info: Omit<MediaInfo, 'value'> };

const valueOf = (info: MediaInfo) => info.value;

/** A media field checked and decoded (or known already: a URL passed on, an asset of the caller's). */
async function decodeMedia(request: FastifyRequest, value: string, { kind, loc, passUrl, maxBytes }: MediaFieldOptions): Promise<Decoded> {
  const { assets, config } = request.server;
  const owner = request.owner;
  if (passUrl && /^https?:\/\//i.test(value.trim())) return { known: { value: value.trim() } };
  // An asset the caller already has here is used as it is (after the same checks).
  const own = isId('asset', value.trim()) ? await assets.get(value.trim()) : undefined;
  const media = await normalizeMedia(value, {
    kind,
    field: String(loc[loc.length - 1]),
    loc,
    maxBytes,
    fetch: { allowPrivateNetwork: config.allowPrivateNetwork },
    resolveAsset: async (id) => (own && own.id === id && own.owner === owner ? (await assets.load(id)).data : undefined),
  });
  releaseInlineText(request.body, loc, value);
  const info = { mime: media.mime, width: media.width, height: media.height };
  if (own && own.owner === owner) return { known: { value: assetRef(own), ...info } };
  return { media, info };
}

const keepDecoded = (assets: AssetService, owner: string) => async (decoded: Decoded): Promise<MediaInfo> =>
  'known' in decoded ? decoded.known : { value: assetRef(await assets.store(owner, decoded.media.bytes, { known: decoded.media })), ...decoded.info };

/** Texts from this long on are media sent inline (base64), not URLs or ids. */
const INLINE_TEXT_CHARS = 64 * 1024;

/**
 * Drops the request body's copy of a decoded inline media field (the field becomes undefined):
 * the request would otherwise hold that text, up to tens of MB, until it is answered, next to
 * the decoded bytes. Short values (URLs, asset ids) are left as they are.
 */
function releaseInlineText(body: unknown, loc: (string | number)[], value: string): void {
  if (loc[0] !== 'body' || value.length < INLINE_TEXT_CHARS) return;
  const path = loc.slice(1);
  const holder = path.slice(0, -1).reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined), body);
  const field = path[path.length - 1];
  if (holder && typeof holder === 'object' && (holder as Record<string | number, unknown>)[field] === value) {
    (holder as Record<string | number, unknown>)[field] = undefined;
  }
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
