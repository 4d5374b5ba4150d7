// LoRA generation as gateway jobs: POST /v1/text-to-image/tailored/{model_id} and
// /v1/text-to-vector/tailored/{model_id}. These v1 endpoints answer synchronously when asked
// with `sync: true` (Bria-AI/ComfyUI-BRIA-API nodes/tailored_gen_node.py reads
// `result[0].urls[0]` from the POST's answer), so the adapter's start returns the outputs at
// once ("done"); the engine copies them into the asset store. The caller's `sync` only says
// whether to wait for the job (default true in the reference).
import { assetRef, type Asset } from '../../assets/assets.js';
import { defineJob, type PrepareContext, type Validated } from '../../core/operation.js';
import { RequestValidationError } from '../../core/validation.js';
import { mediaAsBase64, type JobAdapter } from '../../jobs/adapter.js';
import { readGenerated } from '../bria/v1.js';
import { TailoredClient, withoutNulls, type BriaLoraSettings } from './client.js';
import { upstream } from './crud.js';
import { Ownership } from './ownership.js';
import type { BriaLoraGenerateImagesRequest, BriaLoraGenerateVectorRequest } from './schemas.js';

/**
 * Tailored models trained on BRIA's Max (3.2) base do not support fast generation (reference,
 * generate-image/generate-vector descriptions); BRIA's own ComfyUI node derives `fast` from the
 * model: `default_fast = 1 if training_version == "light" else 0` (nodes/tailored_model_info_node.py).
 */
const FAST_VERSIONS = new Set(['light', 'bria-2.3', '2.3']);
const NO_FAST_VERSIONS = new Set(['max', 'bria-3.2', '3.2']);

interface TailoredRequest {
  model_id: string;
  /** BRIA's body, nulls left out; media fields hold `asset://` references until start. */
  body: Record<string, unknown>;
}

/** Vector fields that carry an image inline (base64 upstream). */
const INLINE_MEDIA = ['guidance_method_1_image_file', 'guidance_method_2_image_file', 'image_prompt_file'] as const;

function invalid(field: string, msg: string): RequestValidationError {
  return new RequestValidationError([{ loc: ['body', field], msg, type: 'value_error' }]);
}

/** The caller's model (404 otherwise) and, when needed, its training version as BRIA reports it. */
async function ownedModel(body: { model_id: string }, ctx: PrepareContext<BriaLoraSettings>, readVersion: boolean) {
  const model = await new Ownership(ctx.resources).require('model', body.model_id);
  if (!readVersion) return { id: model.id, version: undefined };
  const info = await upstream(() => TailoredClient.fromSettings(ctx.settings.bria).getModel(model.id));
  return { id: model.id, version: typeof info.training_version === 'string' ? info.training_version.toLowerCase() : undefined };
}

function tailoredAdapter(kind: 'image' | 'vector'): JobAdapter<TailoredRequest, BriaLoraSettings> {
  const key = kind === 'image' ? 'image_url' : 'vector_url';
  return {
    async start(request, ctx) {
      const body = { ...request.body };
      for (const field of INLINE_MEDIA) {
        if (typeof body[field] === 'string') body[field] = await mediaAsBase64(ctx, body[field] as string);
      }
      const answer = await TailoredClient.fromSettings(ctx.settings.bria).generate(kind, request.model_id, body, ctx.signal);
      // Entries without a link were blocked by content moderation (counted; all blocked: failed).
      const outcome = readGenerated(answer);
      if (outcome.kind !== 'done') return outcome;
      const { seeds, ...rest } = outcome.data as { seeds: unknown[] };
      return {
        kind: 'done',
        // BRIA's vectors are SVG, which cannot be told from the bytes' magic number.
        outputs: outcome.outputs.map((o) => ({ ...o, ...(kind === 'vector' ? { contentType: 'image/svg+xml' } : {}) })),
        data: { ...rest, seeds: seeds.map((seed) => (typeof seed === 'number' ? seed : null)) },
      };
    },
    async poll() {
      // Never reached: start always finishes the job (v1 tailored generation is synchronous).
      return { kind: 'failed', error: { code: 'internal_error', message: 'BRIA tailored generation has no status to poll' } };
    },
    result(assets: Asset[], data: Record<string, unknown>) {
      const seeds = Array.isArray(data.seeds) ? data.seeds : [];
      return assets.length === 1 ? { [key]: assetRef(assets[0]), seed: seeds[0] ?? null } : { [`${key}s`]: assets.map(assetRef), seeds };
    },
  };
}

type GenerateImageBody = Validated<typeof BriaLoraGenerateImagesRequest, 'aspect_ratio' | 'num_results' | 'sync' | 'fast' | 'include_generation_prefix'>;

/** POST /v1/text-to-image/tailored/{model_id} {prompt, num_results, aspect_ratio, sync, fast, steps_num, model_influence, include_generation_prefix, seed}. */
export const generateImage = defineJob<GenerateImageBody, BriaLoraSettings>()<TailoredRequest>({
  key: 'bria-lora.generate-image',
  async prepare(body, ctx) {
    const model = await ownedModel(body, ctx, body.fast);
    if (body.fast && model.version && NO_FAST_VERSIONS.has(model.version)) {
      throw invalid('fast', `model ${model.id} was trained with training_version ${model.version}, which does not support fast generation; send fast: false`);
    }
    return {
      model_id: String(model.id),
      body: withoutNulls({
        prompt: body.prompt,
        num_results: body.num_results,
        aspect_ratio: body.aspect_ratio,
        sync: true,
        fast: body.fast,
        steps_num: body.steps_num,
        model_influence: body.model_influence,
        include_generation_prefix: body.include_generation_prefix,
        seed: body.seed,
      }),
    };
  },
  adapter: tailoredAdapter('image'),
});

type GenerateVectorBody = Validated<typeof BriaLoraGenerateVectorRequest, 'sync'>;

/** Fields of the reference's vector request sent to BRIA under the same name. */
const VECTOR_FIELDS = [
  'prompt',
  'num_results',
  'aspect_ratio',
  'steps_num',
  'text_guidance_scale',
  'prompt_content_moderation',
  'content_moderation',
  'seed',
  'negative_prompt',
  'model_influence',
  'include_generation_prefix',
  'guidance_method_1',
  'guidance_method_1_scale',
  'guidance_method_1_image_url',
  'guidance_method_2',
  'guidance_method_2_scale',
  'guidance_method_2_image_url',
  'image_prompt_mode',
  'image_prompt_urls',
  'image_prompt_scale',
] as const;

/**
 * POST /v1/text-to-vector/tailored/{model_id} (docs.bria.ai text-to-vector-tailored.md). The
 * reference's `bria_model_version` has no place in the tailored route (the model's own
 * training version is its base), so it is not sent; `fast`, which the reference's vector
 * request does not carry, follows the model: true for light models, false for max ones.
 */
export const generateVector = defineJob<GenerateVectorBody, BriaLoraSettings>()<TailoredRequest>({
  key: 'bria-lora.generate-vector',
  async prepare(body, ctx) {
    for (const n of [1, 2] as const) {
      const url = body[`guidance_method_${n}_image_url`];
      const file = body[`guidance_method_${n}_image_file`];
      const hasUrl = url !== undefined && url !== null;
      const hasFile = file !== undefined && file !== null;
      if (hasUrl && hasFile) throw invalid(`guidance_method_${n}_image_file`, `send guidance_method_${n}_image_url or guidance_method_${n}_image_file, not both`);
      const method = body[`guidance_method_${n}`];
      if (method !== undefined && method !== null && !hasUrl && !hasFile) {
        throw invalid(`guidance_method_${n}_image_url`, `guidance_method_${n} needs an image: send guidance_method_${n}_image_url or guidance_method_${n}_image_file`);
      }
    }
    const model = await ownedModel(body, ctx, true);
    const upstreamBody: Record<string, unknown> = { sync: true, fast: model.version ? FAST_VERSIONS.has(model.version) : false };
    for (const field of VECTOR_FIELDS) upstreamBody[field] = body[field];
    for (const field of INLINE_MEDIA) {
      const value = body[field];
      if (typeof value === 'string') upstreamBody[field] = await ctx.media(value, { kind: 'image', loc: ['body', field] });
    }
    return { model_id: String(model.id), body: withoutNulls(upstreamBody) };
  },
  adapter: tailoredAdapter('vector'),
});
