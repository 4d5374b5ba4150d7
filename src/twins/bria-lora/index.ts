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
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import sharp from 'sharp';
import type { TwinFetch } from '../kit/fetch.js';
import { registerDatasetRoutes } from './datasets.js';
import {
  createStore,
  ASPECT_RATIOS,
  colour,
  fail,
  FAST_VERSIONS,
  isText,
  now,
  optionalText,
  sizeFor,
  TRAINING_VERSIONS,
  type TailoredTwinState,
  type Model,
  type Req,
} from './store.js';

export type { TailoredTwinState } from './store.js';

export interface TailoredTwinTools {
  /** Keeps bytes on the twin's file server; answers their URL. */
  saveFile(request: FastifyRequest, bytes: Buffer, type: string, ext: string): string;
  /** How long training and caption regeneration take (the twin's async duration). */
  processingMs: number;
  /** Fetches an image URL the way the gateway would (SSRF-checked). */
  fetchUrl: TwinFetch;
}

export function registerTailoredGenerationRoutes(app: FastifyInstance, tools: TailoredTwinTools): TailoredTwinState {
  const store = createStore();
  const { state, next, imagesOf, modelsOf, training, showModel, project, model, bodyOf } = store;
  const processingMs = tools.processingMs;
  const base = '/v1/tailored-gen';
  registerDatasetRoutes(app, store, tools);

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
          ? [
              {
                input: await sharp(learned.bytes)
                  .resize(Math.round(width * 0.6), Math.round(height * 0.6), { fit: 'inside' })
                  .png()
                  .toBuffer(),
                gravity: 'center' as const,
              },
            ]
          : [];
        const png = await sharp({ create: { width, height, channels: 3, background: colour(seed) } })
          .composite(layers)
          .png()
          .toBuffer();
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
