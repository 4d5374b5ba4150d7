// The synchronous LoRA management operations (projects, datasets, dataset images, captions,
// models, training): each maps the reference request onto BRIA's tailored-generation call
// (client.ts), applies the gateway's per-key ownership (ownership.ts) and answers
// `{"status":"success","result": <BRIA's object>}`. BRIA's failures are answered as:
// its 4xx → the same 4xx (460, "could not fetch the URL", → 422), 401/403/5xx/network → 502
// (timeout → 504), 429 → 429 with Retry-After; each with {detail, provider, upstream_status}.
import type { FastifyRequest } from 'fastify';
import { type HttpError, upstreamHttpError } from '../../core/errors.js';
import { InlineBase64 } from '../../core/json-body.js';
import type { HandlerContext, TypedHandler } from '../../core/operation.js';
import { UpstreamError } from '../../core/upstream-error.js';
import { RequestValidationError } from '../../core/validation.js';
import { TailoredClient, withoutNulls, type BriaLoraSettings, type TailoredObject } from './client.js';
import { Ownership, parseId, type ResourceKind } from './ownership.js';

export const PROVIDER_NAME = 'bria-lora';

/** BRIA's input limit for images (docs/provider-facts.md §1: "max 12 MB"; larger → 413 upstream). */
const MAX_IMAGE_BYTES = 12_000_000;

type Handler = TypedHandler<unknown, BriaLoraSettings>;
type Body = Record<string, unknown>;

/** An upstream failure as the caller sees it (the gateway's one mapping, under this slice's name). */
export function httpErrorOf(error: UpstreamError): HttpError {
  return upstreamHttpError({
    provider: PROVIDER_NAME,
    code: error.code,
    message: error.message,
    upstream_status: error.status,
    retryAfterMs: error.retryAfterMs,
  });
}

/** Runs upstream calls, turning BRIA's failures into the caller's answer. */
export async function upstream<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof UpstreamError) throw httpErrorOf(error);
    throw error;
  }
}

const ok = (result: unknown) => ({ status: 'success', result });

function invalid(loc: (string | number)[], msg: string, type = 'value_error'): RequestValidationError {
  return new RequestValidationError([{ loc, msg, type }]);
}

/** The reference repeats path ids in the body; both must name the same resource. */
function sameId(field: string, pathId: number, bodyValue: unknown): void {
  if (bodyValue !== pathId) throw invalid(['body', field], `${field} must be the same as in the path (${pathId})`);
}

function context(request: FastifyRequest, ctx: HandlerContext<BriaLoraSettings>) {
  return {
    // The same breaker and bulkhead as BRIA's jobs: one upstream.
    client: TailoredClient.fromSettings(ctx.settings.bria, (call) => ctx.guarded('bria', call)),
    owned: new Ownership(ctx.resources),
    params: (request.params ?? {}) as Record<string, unknown>,
    body: (request.body ?? {}) as Body,
  };
}

const mine = (list: TailoredObject[], ids: Set<string>) => list.filter((item) => ids.has(String(item.id)));

/** Keeps only the caller's entries in a nested list of a BRIA object (e.g. a dataset's `images`). */
function filterNested(object: TailoredObject, field: string, ids: Set<string>, byId = true): TailoredObject {
  const value = object[field];
  if (!Array.isArray(value)) return object;
  const kept = value.filter((entry) => ids.has(String(byId && entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : entry)));
  return { ...object, [field]: kept };
}

const listOf =
  (kind: ResourceKind, fetch: (client: TailoredClient) => Promise<TailoredObject[]>): Handler =>
  async (request, _reply, ctx) => {
    const { client, owned } = context(request, ctx);
    const [list, ids] = await Promise.all([upstream(() => fetch(client)), owned.ids(kind)]);
    return ok(mine(list, ids));
  };

// ---------------------------------------------------------------------------------- projects

/**
 * The reference's ip_type `style` is the gateway's name for BRIA's `stylized_scene` ("complete
 * environments or scenes created with a consistent visual style", docs.bria.ai create-project);
 * BRIA has no `style` type.
 */
const IP_TYPE: Record<string, string> = { style: 'stylized_scene' };

export const listProjects = listOf('project', (c) => c.listProjects());

export const createProject: Handler = async (request, _reply, ctx) => {
  const { client, owned, body } = context(request, ctx);
  const ipType = String(body.ip_type);
  // BRIA: "ip_name — Required only for defined_character IP type" (docs.bria.ai create-project).
  if (ipType === 'defined_character' && !(typeof body.ip_name === 'string' && body.ip_name.trim())) {
    throw invalid(['body', 'ip_name'], 'ip_name is required when ip_type is defined_character', 'missing');
  }
  const project = await upstream(() =>
    client.createProject(
      withoutNulls({
        project_name: body.project_name,
        ip_medium: body.ip_medium,
        ip_type: IP_TYPE[ipType] ?? ipType,
        project_description: body.project_description,
        ip_name: body.ip_name,
        ip_description: body.ip_description,
      }),
    ),
  );
  await owned.record('project', project.id);
  return ok(project);
};

export const getProject: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const project = await owned.require('project', params.project_id);
  return ok(await upstream(() => client.getProject(project.id)));
};

export const updateProject: Handler = async (request, _reply, ctx) => {
  const { client, owned, params, body } = context(request, ctx);
  const id = parseId('project', params.project_id);
  sameId('project_id', id, body.project_id);
  await owned.require('project', id);
  const update = withoutNulls({
    project_name: body.project_name,
    project_description: body.project_description,
    ip_name: body.ip_name,
    ip_description: body.ip_description,
  });
  return ok(await upstream(() => client.updateProject(id, update)));
};

export const deleteProject: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const project = await owned.require('project', params.project_id);
  // BRIA answers 409 while one of the project's models trains ("Training models must be stopped before deletion").
  await upstream(() => client.deleteProject(project.id));
  await owned.forget('project', project.id);
  return ok({ id: project.id, deleted: true });
};

// ---------------------------------------------------------------------------------- datasets

export const listDatasets = listOf('dataset', (c) => c.listDatasets());

export const createDataset: Handler = async (request, _reply, ctx) => {
  const { client, owned, body } = context(request, ctx);
  const project = await owned.require('project', body.project_id);
  const dataset = await upstream(() => client.createDataset({ project_id: project.id, name: body.name }));
  await owned.record('dataset', dataset.id, project.id);
  return ok(dataset);
};

export const getDataset: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const dataset = await owned.require('dataset', params.dataset_id);
  const [answer, images] = await Promise.all([upstream(() => client.getDataset(dataset.id)), owned.ids('image')]);
  return ok(filterNested(answer, 'images', images));
};

export const updateDataset: Handler = async (request, _reply, ctx) => {
  const { client, owned, params, body } = context(request, ctx);
  const id = parseId('dataset', params.dataset_id);
  sameId('dataset_id', id, body.dataset_id);
  await owned.require('dataset', id);
  // Completing (status: completed) freezes it for training; BRIA answers 409 past that.
  const update = withoutNulls({ name: body.name, caption_prefix: body.caption_prefix, status: body.status });
  return ok(await upstream(() => client.updateDataset(id, update)));
};

export const deleteDataset: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const dataset = await owned.require('dataset', params.dataset_id);
  await upstream(() => client.deleteDataset(dataset.id));
  await owned.forget('dataset', dataset.id);
  return ok({ id: dataset.id, deleted: true });
};

export const projectDatasets: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const flags = request.query as { include_models?: boolean; include_models_ids?: boolean };
  const project = await owned.require('project', params.project_id);
  const [list, datasets, models] = await Promise.all([upstream(() => client.projectDatasets(project.id, flags)), owned.ids('dataset'), owned.ids('model')]);
  // `models` (with include_models) holds model objects, `model_ids` (with include_models_ids) ids.
  return ok(mine(list, datasets).map((d) => filterNested(filterNested(d, 'models', models), 'model_ids', models, false)));
};

// ---------------------------------------------------------------------------- dataset images

/**
 * POST /datasets/{id}/images takes `file` (base64) or `image_url`. The gateway reads the image
 * itself — `image_url` through the SSRF-checked fetch, `file_path` as base64, a data URI or one
 * of the caller's asset ids (never a path on the gateway's disk) — checks its real type and size,
 * and sends BRIA the bytes as `file` (base64, encoded while sending), so BRIA never has to reach
 * the caller's URL.
 */
export const uploadImage: Handler = async (request, _reply, ctx) => {
  const { client, owned, params, body } = context(request, ctx);
  const id = parseId('dataset', params.dataset_id);
  sameId('dataset_id', id, body.dataset_id);
  const hasPath = body.file_path !== undefined && body.file_path !== null;
  const hasUrl = body.image_url !== undefined && body.image_url !== null;
  if (hasPath === hasUrl) {
    throw invalid(
      ['body', hasPath ? 'image_url' : 'file_path'],
      hasPath ? 'send either file_path or image_url, not both' : 'send the image in file_path (base64, a data URI or an asset id) or in image_url',
      hasPath ? 'value_error' : 'missing',
    );
  }
  const dataset = await owned.require('dataset', id);
  const field = hasPath ? 'file_path' : 'image_url';
  const value = String(body[field]).trim();
  const media = await ctx.read(value, { kind: 'image', loc: ['body', field], maxBytes: MAX_IMAGE_BYTES });
  const name = typeof body.image_name === 'string' && body.image_name ? body.image_name : defaultName(hasUrl ? value : undefined, media.ext);
  const image = await upstream(() => client.uploadImage(dataset.id, withoutNulls({ file: InlineBase64.of(media.bytes), image_name: name })));
  await owned.record('image', image.id, dataset.id);
  return ok(image);
};

/** A URL's file name (with the sniffed extension when it has none); undefined lets BRIA name the image. */
function defaultName(url: string | undefined, ext: string): string | undefined {
  if (!url) return undefined;
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
    if (!/^[\w .()-]{1,200}$/.test(last)) return undefined;
    return /\.\w{2,5}$/.test(last) ? last : `${last}.${ext}`;
  } catch {
    return undefined;
  }
}

export const listImages: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const dataset = await owned.require('dataset', params.dataset_id);
  const [list, ids] = await Promise.all([upstream(() => client.listImages(dataset.id)), owned.ids('image')]);
  return ok(mine(list, ids));
};

export const getImage: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const dataset = await owned.require('dataset', params.dataset_id);
  const imageId = await owned.requireImage(dataset.id, params.image_id);
  return ok(await upstream(() => client.getImage(dataset.id, imageId)));
};

export const deleteImage: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const dataset = await owned.require('dataset', params.dataset_id);
  const imageId = await owned.requireImage(dataset.id, params.image_id);
  await upstream(() => client.deleteImage(dataset.id, imageId));
  await owned.forget('image', imageId);
  return ok({ id: imageId, dataset_id: dataset.id, deleted: true });
};

/**
 * PUT /datasets/{ds}/images/{image_id} takes `{caption}` (caption_source → manual) or
 * `{regenerate_caption: true}` (→ automatic), never both (docs.bria.ai update-image-caption).
 */
export const updateCaption: Handler = async (request, _reply, ctx) => {
  const { client, owned, params, body } = context(request, ctx);
  const datasetId = parseId('dataset', params.dataset_id);
  const imageId = parseId('image', params.image_id);
  sameId('dataset_id', datasetId, body.dataset_id);
  sameId('image_id', imageId, body.image_id);
  const caption = typeof body.caption === 'string' ? body.caption : undefined;
  const regenerate = body.regenerate_caption === true;
  if (caption !== undefined && regenerate) throw invalid(['body', 'regenerate_caption'], 'send either caption or regenerate_caption: true, not both');
  if (caption === undefined && !regenerate) throw invalid(['body', 'caption'], 'send a caption, or regenerate_caption: true to have BRIA write one', 'missing');
  if (caption !== undefined && caption.trim() === '') throw invalid(['body', 'caption'], 'the caption is empty');
  const dataset = await owned.require('dataset', datasetId);
  await owned.requireImage(dataset.id, imageId);
  const update = caption !== undefined ? { caption } : { regenerate_caption: true };
  return ok(await upstream(() => client.updateCaption(dataset.id, imageId, update)));
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * PUT /datasets/{ds}/images answers 202 and regenerates every caption in the background; BRIA's
 * documented way to follow it is polling GET /datasets/{ds} until `captions_update_status` is
 * `completed` (docs.bria.ai regenerate-all-captions). The gateway polls for the caller, up to
 * VISION_STUDIO_SYNC_WAIT_MS, and answers with the dataset: `completed`, or still `in_progress`
 * if BRIA needs longer (then GET the dataset later).
 */
export const regenerateCaptions: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const { settings } = ctx;
  const dataset = await owned.require('dataset', params.dataset_id);
  const accepted = await upstream(() => client.regenerateCaptions(dataset.id));
  const done = (d: unknown) => (d as { captions_update_status?: unknown } | undefined)?.captions_update_status === 'completed';
  let current: unknown = accepted;
  const deadline = Date.now() + settings.syncWaitMs;
  let delay = settings.pollInitialMs;
  // Read at least once after the 202: the regeneration was only just queued.
  while (Date.now() + delay <= deadline && !request.raw.destroyed) {
    await sleep(delay);
    delay = Math.min(settings.pollMaxMs, Math.ceil(delay * 1.5));
    current = await upstream(() => client.getDataset(dataset.id));
    if (done(current)) break;
  }
  if (!current || typeof current !== 'object' || typeof (current as { id?: unknown }).id !== 'number') {
    current = await upstream(() => client.getDataset(dataset.id));
  }
  return ok(filterNested(current as TailoredObject, 'images', await owned.ids('image')));
};

// ------------------------------------------------------------------------------------ models

export const listModels = listOf('model', (c) => c.listModels());

/**
 * POST /models {name, dataset_id, training_version, training_mode, description}
 * (docs.bria.ai training-endpoints/create-model.md: training_version light|max|bria-2.3|bria-3.2,
 * training_mode fully_automated|expert). The reference has no training mode: the gateway asks
 * for BRIA's fully automated training, the mode whose recipe BRIA picks itself.
 */
export const createModel: Handler = async (request, _reply, ctx) => {
  const { client, owned, body } = context(request, ctx);
  const dataset = await owned.require('dataset', body.dataset_id);
  const model = await upstream(() =>
    client.createModel(
      withoutNulls({
        name: body.name,
        dataset_id: dataset.id,
        training_version: body.training_version,
        training_mode: 'fully_automated',
        description: body.description,
      }),
    ),
  );
  const projectId = typeof model.project_id === 'number' ? model.project_id : dataset.parentId;
  await owned.record('model', model.id, projectId, { dataset_id: dataset.id });
  return ok(model);
};

export const getModel: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const model = await owned.require('model', params.model_id);
  return ok(await upstream(() => client.getModel(model.id)));
};

export const updateModel: Handler = async (request, _reply, ctx) => {
  const { client, owned, params, body } = context(request, ctx);
  const id = parseId('model', params.model_id);
  sameId('model_id', id, body.model_id);
  await owned.require('model', id);
  return ok(await upstream(() => client.updateModel(id, withoutNulls({ name: body.name, description: body.description }))));
};

export const deleteModel: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const model = await owned.require('model', params.model_id);
  await upstream(() => client.deleteModel(model.id));
  await owned.forget('model', model.id);
  return ok({ id: model.id, deleted: true });
};

export const projectModels: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const project = await owned.require('project', params.project_id);
  const [list, ids] = await Promise.all([upstream(() => client.projectModels(project.id)), owned.ids('model')]);
  return ok(mine(list, ids));
};

// ---------------------------------------------------------------------------------- training

/** POST /models/{id}/start_training: BRIA answers the model, status InProgress (409 if it already ran, 412 if the dataset is a draft). */
export const startTraining: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const model = await owned.require('model', params.model_id);
  return ok(await upstream(() => client.startTraining(model.id)));
};

/**
 * POST /models/{id}/stop_training: BRIA documents a 200 without a body schema; the model then
 * goes Stopping → Stopped and cannot be resumed (docs.bria.ai stop-training). The answer is the
 * model as BRIA reports it right after the stop (read back when the stop's body is not the model).
 */
export const stopTraining: Handler = async (request, _reply, ctx) => {
  const { client, owned, params } = context(request, ctx);
  const model = await owned.require('model', params.model_id);
  const answer = await upstream(() => client.stopTraining(model.id));
  const isModel = answer && typeof answer === 'object' && (answer as { id?: unknown }).id === model.id && 'status' in answer;
  return ok(isModel ? answer : await upstream(() => client.getModel(model.id)));
};
