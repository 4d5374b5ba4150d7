// The tailored-generation (LoRA) twin's projects, datasets and dataset images routes (tests and
// the labelled sandbox only); see index.ts for the protocol they follow.
import type { FastifyInstance, FastifyReply } from 'fastify';
import sharp from 'sharp';
import type { TailoredTwinTools } from './index.js';
import {
  describe,
  fail,
  idOf,
  ILLUSTRATION_ONLY,
  IP_TYPES,
  isText,
  MAX_IMAGES,
  now,
  optionalText,
  readImage,
  type TailoredStore,
  type Project,
  type Dataset,
  type Image,
  type Req,
} from './store.js';

export function registerDatasetRoutes(app: FastifyInstance, store: TailoredStore, tools: TailoredTwinTools): void {
  const { state, next, refreshDataset, imagesOf, modelsOf, training, showImage, showModel, showDataset, project, dataset, bodyOf } = store;
  const processingMs = tools.processingMs;
  const base = '/v1/tailored-gen';

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
    const meta = await sharp(read.bytes)
      .metadata()
      .catch(() => undefined);
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
}
