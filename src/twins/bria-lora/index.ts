// BRIA's tailored-generation (LoRA) API in the BRIA twin, for tests and the labelled sandbox
// only. Registered on the BRIA twin's app by createBriaTwin (src/twins/bria/index.ts), which
// supplies `api_token` auth (401), per-token rate limiting (429) and the file server; this file
// adds what docs.bria.ai documents for /v1/tailored-gen and the v1 tailored generation routes:
//   - projects, datasets, dataset images and models in memory, with BRIA's integer ids;
//   - datasets: draft → completed (needs ≥ 1 image; then frozen: 409 on uploads, caption edits,
//     prefix changes, deleting images); captions_update_status empty → in_progress → completed
//     after PUT /datasets/{id}/images (202), over `processingMs`;
//   - models: Created → InProgress (start_training; 412 while the dataset is a draft, 409 when
//     already started) → Completed after `processingMs`; stop_training: InProgress → Stopping →
//     Stopped (not resumable; 409 when not training) — docs.bria.ai stop-training, model statuses
//     Created|InProgress|Completed|Failed|Stopping|Stopped;
//   - 409 deleting a project (or model, or the dataset) while a model trains; 404 unknown ids;
//     400 bad fields; error bodies `{"error": "<message>"}`;
//   - POST /v1/text-to-image/tailored/{model_id} makes a real PNG (sharp) from the model's dataset
//     images; /v1/text-to-vector/tailored/{model_id} a real SVG. Both answer synchronously
//     `{"result":[{"urls":[u], "seed", "uuid"}]}`.
// Twin-only conventions (so tests can reach every branch): a prompt containing "forbidden" is
// refused by content moderation (422); a model whose name contains "fail" ends training Failed.
import type { TwinFetch } from '../kit/fetch.js';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import sharp from 'sharp';

export interface TailoredTwinTools {
  /** Keeps bytes on the twin's file server; answers their URL. */
  saveFile(request: FastifyRequest, bytes: Buffer, type: string, ext: string): string;
  /** How long training and caption regeneration take (the twin's async duration). */
  processingMs: number;
  /** Fetches an image URL the way the gateway would (SSRF-checked). */
  fetchUrl: TwinFetch;
}

type Stamp = { created_at: string; updated_at: string };

interface Project extends Stamp {
  id: number;
  project_name: string;
  project_description: string;
  ip_name: string | null;
  ip_description: string | null;
  ip_medium: string;
  ip_type: string;
  status: 'active';
}

interface Dataset extends Stamp {
  id: number;
  project_id: number;
  name: string;
  caption_prefix: string;
  status: 'draft' | 'completed';
  captions_update_status: 'empty' | 'in_progress' | 'completed';
  upload_type: 'basic';
  captionsReadyAt?: number;
}

interface Image extends Stamp {
  id: number;
  dataset_id: number;
  caption: string;
  caption_source: 'automatic' | 'manual';
  image_name: string;
  image_url: string;
  thumbnail_url: string;
  upload_source_url: string | null;
  bytes: Buffer;
  description: string;
}

type ModelStatus = 'Created' | 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped';

interface Model extends Stamp {
  id: number;
  name: string;
  description: string;
  status: ModelStatus;
  training_version: string;
  training_mode: string;
  generation_prefix: string;
  project_id: number;
  dataset_id: number;
  trainingEndsAt?: number;
  stoppedAt?: number;
}

export interface TailoredTwinState {
  projects: Map<number, Project>;
  datasets: Map<number, Dataset>;
  images: Map<number, Image>;
  models: Map<number, Model>;
}

const IP_TYPES = ['multi_object_set', 'object_variants', 'icons', 'defined_character', 'character_variants', 'stylized_scene', 'other'];
/** "The types below are currently available only when ip_medium = illustration" (docs.bria.ai create-project). */
const ILLUSTRATION_ONLY = ['object_variants', 'multi_object_set', 'icons', 'character_variants'];
const TRAINING_VERSIONS = ['light', 'max', 'bria-2.3', 'bria-3.2'];
const FAST_VERSIONS = ['light', 'bria-2.3'];
const ASPECT_RATIOS: Record<string, [number, number]> = {
  '1:1': [1, 1], '2:3': [2, 3], '3:2': [3, 2], '3:4': [3, 4], '4:3': [4, 3], '4:5': [4, 5], '5:4': [5, 4], '9:16': [9, 16], '16:9': [16, 9],
};
const MAX_IMAGES = 200;

const fail = (reply: FastifyReply, status: number, message: string) => reply.code(status).send({ error: message });
const now = () => new Date().toISOString();
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const optionalText = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** BRIA's path ids: positive integers (anything else is not found). */
function idOf(value: string): number | undefined {
  return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** Output size for an aspect ratio (long side 512 px: the twin keeps files small). */
function sizeFor(ratio: string): { width: number; height: number } {
  const [w, h] = ASPECT_RATIOS[ratio] ?? [1, 1];
  const scale = 512 / Math.max(w, h);
  return { width: Math.round((w * scale) / 8) * 8, height: Math.round((h * scale) / 8) * 8 };
}

/** A deterministic colour from a seed. */
function colour(seed: number, shift = 0): string {
  const hue = (seed * 137 + shift * 97) % 360;
  const c = (n: number) => {
    const k = (n + hue / 30) % 12;
    const v = 0.55 - 0.35 * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255).toString(16).padStart(2, '0');
  };
  return `#${c(0)}${c(8)}${c(4)}`;
}

const NAMED: [string, [number, number, number]][] = [
  ['red', [200, 30, 30]], ['green', [40, 160, 60]], ['blue', [40, 70, 200]], ['yellow', [230, 210, 40]], ['orange', [240, 140, 30]],
  ['purple', [130, 50, 170]], ['white', [245, 245, 245]], ['black', [15, 15, 15]], ['grey', [128, 128, 128]], ['brown', [120, 80, 40]],
];

/** A short description of an image from its pixels (dominant colour and shape): the twin's "captioner". */
async function describe(bytes: Buffer): Promise<string> {
  const { dominant } = await sharp(bytes).stats();
  const [name] = NAMED.reduce((best, entry) => {
    const d = (x: [number, number, number]) => (x[0] - dominant.r) ** 2 + (x[1] - dominant.g) ** 2 + (x[2] - dominant.b) ** 2;
    return d(entry[1]) < d(best[1]) ? entry : best;
  });
  const meta = await sharp(bytes).metadata();
  const shape = !meta.width || !meta.height ? 'square' : meta.width > meta.height ? 'wide' : meta.width < meta.height ? 'tall' : 'square';
  return `a ${shape} composition dominated by ${name}`;
}

/** An image field as BRIA reads it: base64 (with or without a data: prefix), or a URL it fetches. */
async function readImage(fetchUrl: TwinFetch, file: unknown, url: unknown): Promise<{ bytes?: Buffer; problem?: [number, string] }> {
  if (isText(url)) {
    const bytes = (await fetchUrl(url))?.bytes;
    if (!bytes) return { problem: [422, 'Unprocessable Entity: the image_url could not be downloaded'] };
    return { bytes };
  }
  const bytes = Buffer.from(String(file).replace(/^data:[^,]*,/, ''), 'base64');
  return bytes.length > 0 ? { bytes } : { problem: [400, 'file is not valid base64'] };
}

export function registerTailoredGenerationRoutes(app: FastifyInstance, tools: TailoredTwinTools): TailoredTwinState {
  const state: TailoredTwinState = { projects: new Map(), datasets: new Map(), images: new Map(), models: new Map() };
  // Separate sequences per table, as BRIA's ids are; distinct ranges make mix-ups visible.
  const next = { project: 1100, dataset: 2200, image: 3300, model: 4400 };
  const processingMs = tools.processingMs;
  const base = '/v1/tailored-gen';

  /** Applies the transitions that are due (time-driven, like BRIA's background work). */
  const refreshModel = (model: Model): Model => {
    const t = Date.now();
    if (model.status === 'InProgress' && model.trainingEndsAt !== undefined && t >= model.trainingEndsAt) {
      model.status = model.name.toLowerCase().includes('fail') ? 'Failed' : 'Completed';
      model.updated_at = now();
    }
    if (model.status === 'Stopping' && model.stoppedAt !== undefined && t >= model.stoppedAt) {
      model.status = 'Stopped';
      model.updated_at = now();
    }
    return model;
  };
  const refreshDataset = async (dataset: Dataset): Promise<Dataset> => {
    if (dataset.captions_update_status === 'in_progress' && dataset.captionsReadyAt !== undefined && Date.now() >= dataset.captionsReadyAt) {
      for (const image of imagesOf(dataset.id)) {
        image.caption = `${dataset.caption_prefix} ${image.description}`;
        image.caption_source = 'automatic';
        image.updated_at = now();
      }
      dataset.captions_update_status = 'completed';
      dataset.captionsReadyAt = undefined;
      dataset.updated_at = now();
    }
    return dataset;
  };
  const imagesOf = (datasetId: number) => [...state.images.values()].filter((i) => i.dataset_id === datasetId);
  const modelsOf = (filter: (m: Model) => boolean) => [...state.models.values()].map(refreshModel).filter(filter);
  const training = (m: Model) => m.status === 'InProgress' || m.status === 'Stopping';

  const showImage = ({ bytes: _b, description: _d, ...image }: Image) => image;
  const showModel = ({ trainingEndsAt: _t, stoppedAt: _s, ...model }: Model) => model;
  const showDataset = ({ captionsReadyAt: _c, ...dataset }: Dataset, extra: Record<string, unknown> = {}) => ({
    ...dataset,
    images_count: imagesOf(dataset.id).length,
    ...extra,
  });

  const project = (id: string) => state.projects.get(idOf(id) ?? -1);
  const dataset = async (id: string) => {
    const found = state.datasets.get(idOf(id) ?? -1);
    return found && (await refreshDataset(found));
  };
  const model = (id: string) => {
    const found = state.models.get(idOf(id) ?? -1);
    return found && refreshModel(found);
  };

  type Params = { id: string; image: string };
  type Req = FastifyRequest<{ Params: Params; Body: Record<string, unknown> | undefined; Querystring: Record<string, string> }>;
  const bodyOf = (request: Req) => (request.body && typeof request.body === 'object' ? request.body : {});

  // ------------------------------------------------------------------------------ projects
  app.post(`${base}/projects`, async (request: Req, reply) => {
    const b = bodyOf(request);
    if (!isText(b.project_name)) return fail(reply, 400, 'project_name is required');
    if (b.ip_medium !== 'photography' && b.ip_medium !== 'illustration') return fail(reply, 400, 'ip_medium must be one of photography, illustration');
    if (typeof b.ip_type !== 'string' || !IP_TYPES.includes(b.ip_type)) return fail(reply, 400, `ip_type must be one of ${IP_TYPES.join(', ')}`);
    if (ILLUSTRATION_ONLY.includes(b.ip_type) && b.ip_medium !== 'illustration') {
      return fail(reply, 400, `ip_type ${b.ip_type} is currently available only when ip_medium = illustration`);
    }
    if (b.ip_type === 'defined_character' && !isText(b.ip_name)) return fail(reply, 400, 'ip_name is required for the defined_character IP type');
    if (![b.project_description, b.ip_name, b.ip_description].every(optionalText)) return fail(reply, 400, 'text fields must be strings');
    const stamp = now();
    const created: Project = {
      id: next.project++,
      project_name: b.project_name,
      project_description: (b.project_description as string | undefined) ?? '',
      ip_name: (b.ip_name as string | undefined) ?? null,
      ip_description: (b.ip_description as string | undefined) ?? null,
      ip_medium: b.ip_medium,
      ip_type: b.ip_type,
      status: 'active',
      created_at: stamp,
      updated_at: stamp,
    };
    state.projects.set(created.id, created);
    return reply.code(201).send(created);
  });
  app.get(`${base}/projects`, async () => [...state.projects.values()]);
  app.get(`${base}/projects/:id`, async (request: Req, reply) => project(request.params.id) ?? fail(reply, 404, 'Project not found'));
  app.put(`${base}/projects/:id`, async (request: Req, reply) => {
    const found = project(request.params.id);
    if (!found) return fail(reply, 404, 'Project not found');
    const b = bodyOf(request);
    if (b.project_name !== undefined && !isText(b.project_name)) return fail(reply, 400, 'project_name must be a non-empty string');
    if (![b.project_description, b.ip_name, b.ip_description].every(optionalText)) return fail(reply, 400, 'text fields must be strings');
    for (const key of ['project_name', 'project_description', 'ip_name', 'ip_description'] as const) {
      if (typeof b[key] === 'string') (found as unknown as Record<string, unknown>)[key] = b[key];
    }
    found.updated_at = now();
    return found;
  });
  app.delete(`${base}/projects/:id`, async (request: Req, reply) => {
    const found = project(request.params.id);
    if (!found) return fail(reply, 404, 'Project not found');
    if (modelsOf((m) => m.project_id === found.id && training(m)).length > 0) {
      return fail(reply, 409, 'Cannot delete project while models are in training');
    }
    for (const d of [...state.datasets.values()].filter((d) => d.project_id === found.id)) {
      for (const i of imagesOf(d.id)) state.images.delete(i.id);
      state.datasets.delete(d.id);
    }
    for (const m of modelsOf((m) => m.project_id === found.id)) state.models.delete(m.id);
    state.projects.delete(found.id);
    return reply.code(204).send();
  });

  // ------------------------------------------------------------------------------ datasets
  app.post(`${base}/datasets`, async (request: Req, reply) => {
    const b = bodyOf(request);
    if (!Number.isInteger(b.project_id) || !isText(b.name)) return fail(reply, 400, 'project_id (integer) and name are required');
    const owner = state.projects.get(b.project_id as number);
    if (!owner) return fail(reply, 404, 'Project not found');
    const stamp = now();
    const created: Dataset = {
      id: next.dataset++,
      project_id: owner.id,
      name: b.name,
      // "A default prefix is automatically created but can be modified" (docs.bria.ai update-dataset).
      caption_prefix: `${owner.ip_medium === 'photography' ? 'A photo' : 'An illustration'} of ${owner.ip_name ?? owner.project_name},`,
      status: 'draft',
      captions_update_status: 'empty',
      upload_type: 'basic',
      created_at: stamp,
      updated_at: stamp,
    };
    state.datasets.set(created.id, created);
    return reply.code(201).send(showDataset(created));
  });
  app.get(`${base}/datasets`, async () => Promise.all([...state.datasets.values()].map(async (d) => showDataset(await refreshDataset(d)))));
  app.get(`${base}/datasets/:id`, async (request: Req, reply) => {
    const found = await dataset(request.params.id);
    if (!found) return fail(reply, 404, 'Dataset not found');
    return showDataset(found, { images: imagesOf(found.id).map(showImage) });
  });
  app.put(`${base}/datasets/:id`, async (request: Req, reply) => {
    const found = await dataset(request.params.id);
    if (!found) return fail(reply, 404, 'Dataset not found');
    const b = bodyOf(request);
    if (b.name !== undefined && !isText(b.name)) return fail(reply, 400, 'name must be a non-empty string');
    if (b.caption_prefix !== undefined && typeof b.caption_prefix !== 'string') return fail(reply, 400, 'caption_prefix must be a string');
    if (b.status !== undefined && b.status !== 'draft' && b.status !== 'completed') return fail(reply, 400, 'status must be draft or completed');
    if (found.status === 'completed' && (b.caption_prefix !== undefined || b.status === 'draft')) {
      return fail(reply, 409, 'The dataset is completed: its caption prefix and status cannot change (clone it as a draft instead)');
    }
    if (b.status === 'completed' && imagesOf(found.id).length < 1) return fail(reply, 409, 'Dataset must have at least 1 image to be marked as completed');
    if (typeof b.name === 'string') found.name = b.name;
    if (typeof b.caption_prefix === 'string') found.caption_prefix = b.caption_prefix;
    if (b.status === 'completed') found.status = 'completed';
    found.updated_at = now();
    return showDataset(found);
  });
  app.delete(`${base}/datasets/:id`, async (request: Req, reply) => {
    const found = await dataset(request.params.id);
    if (!found) return fail(reply, 404, 'Dataset not found');
    if (modelsOf((m) => m.dataset_id === found.id && training(m)).length > 0) return fail(reply, 409, 'Cannot delete a dataset that is used by a model in training');
    for (const i of imagesOf(found.id)) state.images.delete(i.id);
    state.datasets.delete(found.id);
    return reply.code(204).send();
  });
  app.get(`${base}/projects/:id/datasets`, async (request: Req, reply) => {
    const found = project(request.params.id);
    if (!found) return fail(reply, 404, 'Project not found');
    const flag = (name: string) => ['true', '1'].includes(String(request.query[name] ?? '').toLowerCase());
    const withModels = flag('include_models');
    const withIds = flag('include_models_ids');
    const list = [...state.datasets.values()].filter((d) => d.project_id === found.id);
    return Promise.all(
      list.map(async (d) => {
        await refreshDataset(d);
        const used = modelsOf((m) => m.dataset_id === d.id);
        return showDataset(d, {
          ...(withModels ? { models: used.map(showModel) } : {}),
          // "model_ids … items: type: string" (Tailored Generation OpenAPI, get-datasets-by-project).
          ...(withIds ? { model_ids: used.map((m) => String(m.id)) } : {}),
        });
      }),
    );
  });

  // ------------------------------------------------------------------------ dataset images
  app.post(`${base}/datasets/:id/images`, async (request: Req, reply) => {
    const found = await dataset(request.params.id);
    if (!found) return fail(reply, 404, 'Dataset not found');
    const b = bodyOf(request);
    const hasFile = b.file !== undefined && b.file !== null;
    const hasUrl = b.image_url !== undefined && b.image_url !== null;
    if (hasFile === hasUrl) return fail(reply, 400, 'Provide exactly one of file or image_url');
    if (found.status === 'completed') return fail(reply, 409, 'Cannot upload to a completed dataset');
    if (imagesOf(found.id).length >= MAX_IMAGES) return fail(reply, 409, `Dataset cannot exceed ${MAX_IMAGES} images`);
    const read = await readImage(tools.fetchUrl, b.file, b.image_url);
    if (!read.bytes) return fail(reply, read.problem![0], read.problem![1]);
    const meta = await sharp(read.bytes).metadata().catch(() => undefined);
    if (!meta || !['png', 'jpeg', 'webp'].includes(meta.format ?? '') || !meta.width || !meta.height) {
      return fail(reply, 415, 'Unsupported Media Type: jpg, jpeg, png and webp are supported');
    }
    // Smaller than 256 px cannot be upscaled; with increase_resolution=false, 1024 px is the minimum.
    const minimum = b.increase_resolution === false ? 1024 : 256;
    if (Math.min(meta.width, meta.height) < minimum) {
      return fail(reply, 412, `Precondition Failed: the image is ${meta.width}x${meta.height}; the minimum is ${minimum}x${minimum}`);
    }
    const ext = meta.format === 'jpeg' ? 'jpg' : meta.format!;
    const thumb = await sharp(read.bytes).resize(128, 128, { fit: 'inside' }).png().toBuffer();
    const description = await describe(read.bytes);
    const stamp = now();
    const id = next.image++;
    const image: Image = {
      id,
      dataset_id: found.id,
      caption: `${found.caption_prefix} ${description}`,
      caption_source: 'automatic',
      image_name: isText(b.image_name) ? b.image_name : `image_${id}.${ext}`,
      image_url: tools.saveFile(request, read.bytes, `image/${meta.format}`, ext),
      thumbnail_url: tools.saveFile(request, thumb, 'image/png', 'png'),
      upload_source_url: hasUrl ? String(b.image_url) : null,
      bytes: read.bytes,
      description,
      created_at: stamp,
      updated_at: stamp,
    };
    state.images.set(id, image);
    return reply.code(201).send(showImage(image));
  });
  app.get(`${base}/datasets/:id/images`, async (request: Req, reply) => {
    const found = await dataset(request.params.id);
    if (!found) return fail(reply, 404, 'Dataset not found');
    return imagesOf(found.id).map(showImage);
  });
  // Regenerate All Captions: 202 with the dataset; poll it until captions_update_status is completed.
  app.put(`${base}/datasets/:id/images`, async (request: Req, reply) => {
    const found = await dataset(request.params.id);
    if (!found) return fail(reply, 404, 'Dataset not found');
    if (found.status === 'completed') return fail(reply, 409, 'Cannot update captions in a completed dataset');
    found.captions_update_status = 'in_progress';
    found.captionsReadyAt = Date.now() + processingMs;
    found.updated_at = now();
    return reply.code(202).send(showDataset(found));
  });
  const image = async (request: Req, reply: FastifyReply) => {
    const found = await dataset(request.params.id);
    const img = found && state.images.get(idOf(request.params.image) ?? -1);
    if (!found || !img || img.dataset_id !== found.id) {
      fail(reply, 404, 'Image or dataset not found');
      return undefined;
    }
    return { dataset: found, image: img };
  };
  app.get(`${base}/datasets/:id/images/:image`, async (request: Req, reply) => {
    const found = await image(request, reply);
    return found ? showImage(found.image) : reply;
  });
  app.put(`${base}/datasets/:id/images/:image`, async (request: Req, reply) => {
    const found = await image(request, reply);
    if (!found) return reply;
    const b = bodyOf(request);
    const hasCaption = b.caption !== undefined && b.caption !== null;
    const regenerate = b.regenerate_caption === true;
    if (hasCaption && regenerate) return fail(reply, 400, 'Cannot provide both caption and regenerate_caption');
    if (!hasCaption && !regenerate) return fail(reply, 400, 'Provide caption or regenerate_caption');
    if (hasCaption && !isText(b.caption)) return fail(reply, 400, 'caption must be a non-empty string');
    if (found.dataset.status === 'completed') return fail(reply, 409, 'Cannot update caption in a completed dataset');
    found.image.caption = hasCaption ? (b.caption as string) : `${found.dataset.caption_prefix} ${found.image.description}`;
    found.image.caption_source = hasCaption ? 'manual' : 'automatic';
    found.image.updated_at = now();
    return showImage(found.image);
  });
  app.delete(`${base}/datasets/:id/images/:image`, async (request: Req, reply) => {
    const found = await image(request, reply);
    if (!found) return reply;
    if (found.dataset.status === 'completed') return fail(reply, 409, 'Cannot delete an image from a completed dataset');
    state.images.delete(found.image.id);
    return reply.code(204).send();
  });

  // -------------------------------------------------------------------------------- models
  app.post(`${base}/models`, async (request: Req, reply) => {
    const b = bodyOf(request);
    if (!isText(b.name) || !Number.isInteger(b.dataset_id)) return fail(reply, 400, 'name and dataset_id (integer) are required');
    if (typeof b.training_version !== 'string' || !TRAINING_VERSIONS.includes(b.training_version)) {
      return fail(reply, 400, `training_version must be one of ${TRAINING_VERSIONS.join(', ')}`);
    }
    const mode = b.training_mode ?? 'fully_automated';
    if (mode !== 'fully_automated' && mode !== 'expert') return fail(reply, 400, 'training_mode must be fully_automated or expert');
    if (!optionalText(b.description)) return fail(reply, 400, 'description must be a string');
    const source = state.datasets.get(b.dataset_id as number);
    if (!source) return fail(reply, 404, 'Dataset not found');
    const stamp = now();
    const created: Model = {
      id: next.model++,
      name: b.name,
      description: (b.description as string | undefined) ?? '',
      status: 'Created',
      training_version: b.training_version,
      training_mode: mode,
      // "This field is empty upon model creation, and filled after the training starts" (docs.bria.ai create-model).
      generation_prefix: '',
      project_id: source.project_id,
      dataset_id: source.id,
      created_at: stamp,
      updated_at: stamp,
    };
    state.models.set(created.id, created);
    return reply.code(201).send(showModel(created));
  });
  app.get(`${base}/models`, async () => modelsOf(() => true).map(showModel));
  app.get(`${base}/models/:id`, async (request: Req, reply) => {
    const found = model(request.params.id);
    return found ? showModel(found) : fail(reply, 404, 'Model not found');
  });
  app.put(`${base}/models/:id`, async (request: Req, reply) => {
    const found = model(request.params.id);
    if (!found) return fail(reply, 404, 'Model not found');
    const b = bodyOf(request);
    if (b.name !== undefined && !isText(b.name)) return fail(reply, 400, 'name must be a non-empty string');
    if (!optionalText(b.description)) return fail(reply, 400, 'description must be a string');
    if (typeof b.name === 'string') found.name = b.name;
    if (typeof b.description === 'string') found.description = b.description;
    found.updated_at = now();
    return showModel(found);
  });
  app.delete(`${base}/models/:id`, async (request: Req, reply) => {
    const found = model(request.params.id);
    if (!found) return fail(reply, 404, 'Model not found');
    if (training(found)) return fail(reply, 409, 'Cannot delete a model that is currently in training');
    state.models.delete(found.id);
    return reply.code(204).send();
  });
  app.get(`${base}/projects/:id/models`, async (request: Req, reply) => {
    const found = project(request.params.id);
    if (!found) return fail(reply, 404, 'Project not found');
    return modelsOf((m) => m.project_id === found.id).map(showModel);
  });
  app.post(`${base}/models/:id/start_training`, async (request: Req, reply) => {
    const found = model(request.params.id);
    if (!found) return fail(reply, 404, 'Model not found');
    if (found.status !== 'Created') return fail(reply, 409, `Training already started/cannot be resumed (status ${found.status})`);
    const source = state.datasets.get(found.dataset_id);
    if (!source) return fail(reply, 404, 'Dataset not found');
    if (source.status !== 'completed') return fail(reply, 412, "Dataset status must be 'completed' to start training");
    found.status = 'InProgress';
    found.generation_prefix = source.caption_prefix;
    found.trainingEndsAt = Date.now() + processingMs;
    found.updated_at = now();
    return showModel(found);
  });
  app.post(`${base}/models/:id/stop_training`, async (request: Req, reply) => {
    const found = model(request.params.id);
    if (!found) return fail(reply, 404, 'Model not found');
    if (found.status !== 'InProgress') return fail(reply, 409, `Training already stopped/not in training (status ${found.status})`);
    found.status = 'Stopping';
    found.trainingEndsAt = undefined;
    found.stoppedAt = Date.now() + Math.max(1, Math.round(processingMs / 2));
    found.updated_at = now();
    // 200 "Training job successfully stopped"; BRIA documents no body schema.
    return { message: 'Training job successfully stopped' };
  });

  // ---------------------------------------------------------------------------- generation
  const generation = (kind: 'image' | 'vector') => async (request: Req, reply: FastifyReply) => {
    const found = model(request.params.id);
    if (!found) return fail(reply, 404, 'Model not found');
    const b = bodyOf(request);
    if (!isText(b.prompt)) return fail(reply, 400, 'prompt is required');
    if (found.status !== 'Completed') return fail(reply, 400, `Model ${found.id} is not ready for generation (status ${found.status})`);
    const owner = state.projects.get(found.project_id);
    if (kind === 'vector' && owner?.ip_medium !== 'illustration') {
      return fail(reply, 400, 'Text-to-vector is compatible with tailored models in the illustrative domain only');
    }
    const fast = typeof b.fast === 'boolean' ? b.fast : FAST_VERSIONS.includes(found.training_version);
    if (fast && !FAST_VERSIONS.includes(found.training_version)) {
      return fail(reply, 400, `Models trained with training_version ${found.training_version} do not support fast generation`);
    }
    const count = b.num_results ?? 1;
    if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > 4) return fail(reply, 400, 'num_results must be 1 to 4');
    if (!fast && (count as number) > 2) return fail(reply, 400, 'When fast=false, only num_results 1, 2 are supported');
    if (b.steps_num !== undefined && (!Number.isInteger(b.steps_num) || (b.steps_num as number) < (fast ? 4 : 20) || (b.steps_num as number) > 50)) {
      return fail(reply, 400, `steps_num must be ${fast ? 4 : 20} to 50`);
    }
    const ratio = (b.aspect_ratio as string | undefined) ?? '1:1';
    if (!(ratio in ASPECT_RATIOS)) return fail(reply, 400, `aspect_ratio must be one of ${Object.keys(ASPECT_RATIOS).join(', ')}`);
    if (b.prompt.toLowerCase().includes('forbidden')) return fail(reply, 422, 'The prompt did not pass content moderation');
    const { width, height } = sizeFor(ratio);
    const firstSeed = Number.isInteger(b.seed) ? (b.seed as number) : Math.floor(Math.random() * 2 ** 31);
    const learned = imagesOf(found.dataset_id)[0];
    const result = [];
    for (let i = 0; i < (count as number); i++) {
      const seed = firstSeed + i;
      let url: string;
      if (kind === 'image') {
        const layers = learned
          ? [{ input: await sharp(learned.bytes).resize(Math.round(width * 0.6), Math.round(height * 0.6), { fit: 'inside' }).png().toBuffer(), gravity: 'center' as const }]
          : [];
        const png = await sharp({ create: { width, height, channels: 3, background: colour(seed) } }).composite(layers).png().toBuffer();
        url = tools.saveFile(request, png, 'image/png', 'png');
      } else {
        const svg =
          `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
          `<rect width="${width}" height="${height}" fill="${colour(seed)}"/>` +
          `<circle cx="${width / 2}" cy="${height / 2}" r="${Math.min(width, height) / 3}" fill="${colour(seed, 1)}"/>` +
          `<path d="M${width * 0.2} ${height * 0.8} L${width / 2} ${height * 0.25} L${width * 0.8} ${height * 0.8} Z" fill="${colour(seed, 2)}"/>` +
          '</svg>';
        url = tools.saveFile(request, Buffer.from(svg), 'image/svg+xml', 'svg');
      }
      result.push({ urls: [url], seed, uuid: randomUUID() });
    }
    return { result };
  };
  app.post('/v1/text-to-image/tailored/:id', generation('image'));
  app.post('/v1/text-to-vector/tailored/:id', generation('vector'));

  return state;
}
