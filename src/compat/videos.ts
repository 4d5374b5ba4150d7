// OpenAI's Videos API over Veo and Runway: create (answers at once, the job runs), retrieve,
// download the content, list (cursor), delete. A video is a job: its id is the job id, so the
// same video is visible in /api/v1/jobs and the other way round.
import { forEachPart } from '../core/upload.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isId } from '../core/ids.js';
import { encodeCursor, InvalidCursorError } from '../jobs/store.js';
import type { JobRow } from '../storage/schema.js';
import { outputAssetIds } from './answers.js';
import { inputFileOf, type InputFile } from './catalog.js';
import { badParam, OpenAIError } from './errors.js';
import type { Routing } from './routing.js';
import { parseSize } from './sizes.js';
import { submitCompat } from './submit.js';
import { PREVIEW_VARIANTS, videoPreview, type PreviewVariant } from './video-previews.js';

/** Operation keys of the jobs a video can be (every model's video translation, any target). */
const VIDEO_OPERATIONS = ['google.veo.generate-video', 'runway.generate-video-from-text', 'runway.generate-video-from-image'];

const STATUS: Record<string, string> = { queued: 'queued', running: 'in_progress', succeeded: 'completed', failed: 'failed', canceled: 'failed', expired: 'failed' };
const seconds = (ms: number | null) => (ms === null ? null : Math.floor(ms / 1000));

/** A job as OpenAI's video object. */
export function videoObject(job: JobRow, urlTtlSeconds: number) {
  const routing = job.routing ? (JSON.parse(job.routing) as Routing) : undefined;
  const reports = routing?.targets[routing.active]?.reports;
  const error = job.error && job.state !== 'succeeded' ? (JSON.parse(job.error) as { code: string; message: string }) : null;
  return {
    id: job.id,
    object: 'video',
    model: routing?.model ?? job.operation,
    status: STATUS[job.state],
    progress: job.state === 'succeeded' ? 100 : Math.round((job.progress ?? 0) * 100),
    created_at: seconds(job.created_at),
    completed_at: seconds(job.finished_at),
    expires_at: job.finished_at === null ? null : seconds(job.finished_at)! + urlTtlSeconds,
    seconds: reports?.seconds !== undefined ? String(reports.seconds) : null,
    size: reports?.size ?? null,
    remixed_from_video_id: null,
    error: error && { code: error.code, message: error.message },
  };
}

async function ownedVideo(request: FastifyRequest): Promise<JobRow> {
  const { video_id: id } = request.params as { video_id: string };
  const job = isId('job', id) ? await request.server.jobStore.getOwned(id, request.owner) : undefined;
  if (!job || !VIDEO_OPERATIONS.includes(job.operation)) throw new OpenAIError(404, `No video found with id '${id}'`, 'video_id', 'not_found');
  return job;
}

const show = (request: FastifyRequest, job: JobRow) => videoObject(job, request.server.config.assetUrlTtlSeconds);

export async function createVideo(request: FastifyRequest) {
  const raw = (request.isMultipart() ? await readForm(request) : (request.body ?? {})) as Record<string, unknown>;
  const input = raw.input_reference as Buffer | undefined;
  let reference: InputFile | undefined;
  if (input) {
    const asset = await request.server.assets.store(request.owner, input, {});
    if (!asset.content_type.startsWith('image/')) throw badParam('input_reference', `input_reference must be an image, not ${asset.content_type}`);
    reference = inputFileOf(asset);
  }
  const { job } = await submitCompat(request, 'videos', raw, (model, params) => {
    if (typeof params.prompt !== 'string' || params.prompt.trim() === '') throw badParam('prompt', 'prompt is required', 'missing');
    const asked = params.seconds === undefined || params.seconds === null ? undefined : Number(params.seconds);
    if (asked !== undefined && !(Number.isInteger(asked) && asked > 0 && asked <= 60)) throw badParam('seconds', 'seconds is a whole number of seconds, e.g. "8"');
    return model.video!({ prompt: params.prompt, seconds: asked, size: parseSize(params.size), input_reference: reference });
  });
  return show(request, job);
}

/** Multipart create (how the SDK sends `input_reference` files): text fields and the one file. */
async function readForm(request: FastifyRequest) {
  const fields: Record<string, unknown> = {};
  await forEachPart(request, async (part) => {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname === 'input_reference') fields.input_reference = data;
    } else fields[part.fieldname] = String(part.value);
  });
  return fields;
}

export async function retrieveVideo(request: FastifyRequest) {
  return show(request, await ownedVideo(request));
}

export async function videoContent(request: FastifyRequest, reply: FastifyReply) {
  const job = await ownedVideo(request);
  const variant = (request.query as { variant?: string }).variant ?? 'video';
  if (variant !== 'video' && !PREVIEW_VARIANTS.includes(variant as PreviewVariant)) {
    throw badParam('variant', `variant is video, ${PREVIEW_VARIANTS.join(' or ')}, not ${JSON.stringify(variant)}`);
  }
  if (job.state !== 'succeeded') throw new OpenAIError(404, `Video ${job.id} is ${STATUS[job.state]}: its content exists once it is completed`, 'video_id', 'not_ready');
  const [id] = outputAssetIds(job);
  const { data, contentType } = variant === 'video' ? await request.server.assets.load(id) : await videoPreview(request.server.assets, id, variant as PreviewVariant, request.log);
  return reply.type(contentType).header('content-length', data.length).send(data);
}

export async function listVideos(request: FastifyRequest) {
  const query = request.query as { limit?: string; after?: string; order?: string };
  const limit = query.limit === undefined ? 20 : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw badParam('limit', 'limit is 1 to 100');
  const order = query.order ?? 'desc';
  if (order !== 'asc' && order !== 'desc') throw badParam('order', 'order is desc (newest first, the default) or asc');
  try {
    // OpenAI's cursor is the last id of the previous page.
    const after = query.after === undefined ? undefined : isId('job', query.after) ? await request.server.jobStore.getOwned(query.after, request.owner) : undefined;
    if (query.after !== undefined && !after) throw new InvalidCursorError('unknown id');
    const page = await request.server.jobStore.list(request.owner, { operations: VIDEO_OPERATIONS, limit, order, cursor: after && encodeCursor(after) });
    const data = page.jobs.map((job) => show(request, job));
    return { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: page.next_cursor !== null };
  } catch (error) {
    if (error instanceof InvalidCursorError) throw badParam('after', 'after must be the id of a video of yours (the last_id of a previous page)');
    throw error;
  }
}

/** Cancels a video still being made (upstream too) and deletes its record. */
export async function deleteVideo(request: FastifyRequest) {
  const job = await ownedVideo(request);
  await request.server.jobs.cancel(job.id, request.owner);
  await request.server.jobStore.removeFinished(job.id, request.owner);
  return { id: job.id, object: 'video.deleted', deleted: true };
}
