// The tailored-generation (LoRA) twin's records: projects, datasets, dataset images and models in
// memory with BRIA's integer ids, the time-driven transitions (training, caption regeneration),
// and how each record is shown. Shared by the dataset routes (datasets.ts) and the model and
// generation routes (index.ts).
import type { FastifyReply, FastifyRequest } from 'fastify';
import sharp from 'sharp';
import type { TwinFetch } from '../kit/fetch.js';

export type Stamp = { created_at: string; updated_at: string };

export interface Project extends Stamp {
  id: number;
  project_name: string;
  project_description: string;
  ip_name: string | null;
  ip_description: string | null;
  ip_medium: string;
  ip_type: string;
  status: 'active';
}

export interface Dataset extends Stamp {
  id: number;
  project_id: number;
  name: string;
  caption_prefix: string;
  status: 'draft' | 'completed';
  captions_update_status: 'empty' | 'in_progress' | 'completed';
  upload_type: 'basic';
  captionsReadyAt?: number;
}

export interface Image extends Stamp {
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

export type ModelStatus = 'Created' | 'InProgress' | 'Completed' | 'Failed' | 'Stopping' | 'Stopped';

export interface Model extends Stamp {
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

export const IP_TYPES = ['multi_object_set', 'object_variants', 'icons', 'defined_character', 'character_variants', 'stylized_scene', 'other'];
/** "The types below are currently available only when ip_medium = illustration" (docs.bria.ai create-project). */
export const ILLUSTRATION_ONLY = ['object_variants', 'multi_object_set', 'icons', 'character_variants'];
export const TRAINING_VERSIONS = ['light', 'max', 'bria-2.3', 'bria-3.2'];
export const FAST_VERSIONS = ['light', 'bria-2.3'];
export const ASPECT_RATIOS: Record<string, [number, number]> = {
  '1:1': [1, 1],
  '2:3': [2, 3],
  '3:2': [3, 2],
  '3:4': [3, 4],
  '4:3': [4, 3],
  '4:5': [4, 5],
  '5:4': [5, 4],
  '9:16': [9, 16],
  '16:9': [16, 9],
};
export const MAX_IMAGES = 200;

export const fail = (reply: FastifyReply, status: number, message: string) => reply.code(status).send({ error: message });
export const now = () => new Date().toISOString();
export const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
export const optionalText = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** BRIA's path ids: positive integers (anything else is not found). */
export function idOf(value: string): number | undefined {
  return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** Output size for an aspect ratio (long side 512 px: the twin keeps files small). */
export function sizeFor(ratio: string): { width: number; height: number } {
  const [w, h] = ASPECT_RATIOS[ratio] ?? [1, 1];
  const scale = 512 / Math.max(w, h);
  return { width: Math.round((w * scale) / 8) * 8, height: Math.round((h * scale) / 8) * 8 };
}

/** A deterministic colour from a seed. */
export function colour(seed: number, shift = 0): string {
  const hue = (seed * 137 + shift * 97) % 360;
  const c = (n: number) => {
    const k = (n + hue / 30) % 12;
    const v = 0.55 - 0.35 * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${c(0)}${c(8)}${c(4)}`;
}

const NAMED: [string, [number, number, number]][] = [
  ['red', [200, 30, 30]],
  ['green', [40, 160, 60]],
  ['blue', [40, 70, 200]],
  ['yellow', [230, 210, 40]],
  ['orange', [240, 140, 30]],
  ['purple', [130, 50, 170]],
  ['white', [245, 245, 245]],
  ['black', [15, 15, 15]],
  ['grey', [128, 128, 128]],
  ['brown', [120, 80, 40]],
];

/** A short description of an image from its pixels (dominant colour and shape): the twin's "captioner". */
export async function describe(bytes: Buffer): Promise<string> {
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
export async function readImage(fetchUrl: TwinFetch, file: unknown, url: unknown): Promise<{ bytes?: Buffer; problem?: [number, string] }> {
  if (isText(url)) {
    const bytes = (await fetchUrl(url))?.bytes;
    if (!bytes) return { problem: [422, 'Unprocessable Entity: the image_url could not be downloaded'] };
    return { bytes };
  }
  const bytes = Buffer.from(String(file).replace(/^data:[^,]*,/, ''), 'base64');
  return bytes.length > 0 ? { bytes } : { problem: [400, 'file is not valid base64'] };
}

type Params = { id: string; image: string };
export type Req = FastifyRequest<{ Params: Params; Body: Record<string, unknown> | undefined; Querystring: Record<string, string> }>;

export type TailoredStore = ReturnType<typeof createStore>;

/** The records, and the lookups that apply due transitions first. */
export function createStore() {
  const state: TailoredTwinState = { projects: new Map(), datasets: new Map(), images: new Map(), models: new Map() };
  // Separate sequences per table, as BRIA's ids are; distinct ranges make mix-ups visible.
  const next = { project: 1100, dataset: 2200, image: 3300, model: 4400 };

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

  const bodyOf = (request: Req) => (request.body && typeof request.body === 'object' ? request.body : {});

  return { state, next, refreshModel, refreshDataset, imagesOf, modelsOf, training, showImage, showModel, showDataset, project, dataset, model, bodyOf };
}
