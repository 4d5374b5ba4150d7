// BRIA generation operations (all v1, synchronous upstream): prompt enhancement, text-to-image
// (base / fast / hd), text-to-vector (base / fast) and reimagine (generate-variation).
import { Type, type Static } from '@sinclair/typebox';
import type { JobSpec, PrepareContext } from '../../core/operation.js';
import { mediaAsBase64, type StepContext } from '../../jobs/adapter.js';
import type { BriaSettings } from './client.js';
import { briaStatusPath } from './jobs.js';
import { assetUrlsAsFiles, given, invalid } from './inputs.js';
import type {
  BriaEnhancePromptBody,
  BriaGenerateImageFastRequest,
  BriaGenerateImageHDRequest,
  BriaGenerateImageRequest,
  BriaGenerateVariationRequest,
  BriaGenerateVectorBaseRequest,
  BriaGenerateVectorFastRequest,
} from './schemas.js';
import { briaV1Job, GeneratedAnswer, imagesResult, readGenerated } from './v1.js';

type Body = Record<string, unknown> & { sync?: boolean };

/** The stored request: the body without the gateway's own `sync` (which only says whether the caller waits). */
function withoutSync<T extends Body>(body: T): Omit<T, 'sync'> {
  const { sync: _sync, ...rest } = body;
  return rest;
}

/** Inline media (`*_file` fields kept as `asset://`, and assets in `*_url(s)`) as base64, as BRIA's v1 `*_file` fields take them. */
async function filesAsBase64(request: Record<string, unknown>, ctx: StepContext): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(await assetUrlsAsFiles(request, ctx))) {
    out[key] = key.endsWith('_file') && typeof value === 'string' ? await mediaAsBase64(ctx, value) : value;
  }
  return out;
}

/**
 * ControlNet guidance (`guidance_method_N` + its image as `_image_file` base64 or `_image_url`)
 * and the image prompt (`image_prompt_file` / `image_prompt_urls`), as BRIA's v1 text-to-image
 * takes them (field names: Bria-AI/ComfyUI-BRIA-API nodes/text_2_image_base_node.py for the
 * `_file` forms; the `_url(s)` forms are the reference's names, which mirror BRIA v1's). A method
 * without its image, or an image without its method, is a 422 before any upstream call.
 */
async function guidanceMedia(body: Body, ctx: PrepareContext): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const n of [1, 2]) {
    const method = body[`guidance_method_${n}`];
    const url = given(body[`guidance_method_${n}_image_url`]);
    const file = given(body[`guidance_method_${n}_image_file`]);
    if (method && !url && !file) {
      throw invalid(['body', `guidance_method_${n}_image_file`], `guidance_method_${n} needs guidance_method_${n}_image_file or guidance_method_${n}_image_url`);
    }
    if (!method && (url || file)) {
      throw invalid(['body', `guidance_method_${n}`], `guidance_method_${n} is required with its guidance image`);
    }
    if (url) out[`guidance_method_${n}_image_url`] = await ctx.media(url, { kind: 'image', loc: ['body', `guidance_method_${n}_image_url`], passUrl: true });
    else if (file) out[`guidance_method_${n}_image_file`] = await ctx.media(file, { kind: 'image', loc: ['body', `guidance_method_${n}_image_file`] });
  }
  const promptFile = given(body.image_prompt_file);
  if (promptFile) out.image_prompt_file = await ctx.media(promptFile, { kind: 'image', loc: ['body', 'image_prompt_file'] });
  if (Array.isArray(body.image_prompt_urls)) {
    out.image_prompt_urls = await Promise.all(
      body.image_prompt_urls.map((url, i) => ctx.media(String(url), { kind: 'image', loc: ['body', 'image_prompt_urls', i], passUrl: true })),
    );
  }
  return out;
}

/** The body's media fields: replaced by their checked, kept forms (never stored as sent). */
const MEDIA_FIELDS = new Set([
  'guidance_method_1_image_file',
  'guidance_method_1_image_url',
  'guidance_method_2_image_file',
  'guidance_method_2_image_url',
  'image_prompt_file',
  'image_prompt_urls',
]);

interface TextToImageRequest extends Record<string, unknown> {
  bria_model_version?: string;
}

/**
 * A text-to-image / text-to-vector operation: POST /v1/text-to-{image|vector}/{model}/{version}
 * with the reference body (same field names as BRIA v1), `sync: true` (the job layer does the
 * waiting); answer `{"result": [{"urls": [url], "seed", "uuid"}]}`.
 */
function textTo<B extends Body>(key: string, kind: 'image' | 'vector', model: 'base' | 'fast' | 'hd', fallbackVersion: string): JobSpec<B, TextToImageRequest, BriaSettings> {
  return {
    key,
    statusPath: briaStatusPath,
    async prepare(body, ctx) {
      const fields = Object.fromEntries(Object.entries(withoutSync(body)).filter(([name]) => !MEDIA_FIELDS.has(name)));
      return { ...fields, ...(await guidanceMedia(body, ctx)) };
    },
    adapter: briaV1Job({
      path: (request: TextToImageRequest) => `/v1/text-to-${kind}/${model}/${encodeURIComponent(request.bria_model_version ?? fallbackVersion)}`,
      async toUpstream(request, ctx) {
        const { bria_model_version: _version, ...fields } = request;
        return { ...(await filesAsBase64(fields, ctx)), sync: true };
      },
      answer: GeneratedAnswer,
      read: readGenerated,
      result: imagesResult,
    }),
  };
}

/** POST /v1/text-to-image/base/{2.3|3.2} (ComfyUI-BRIA-API text_2_image_base_node.py). */
export const generateImage = textTo<Static<typeof BriaGenerateImageRequest>>('bria.generate-image', 'image', 'base', '3.2');
/** POST /v1/text-to-image/fast/2.3 (ComfyUI-BRIA-API text_2_image_fast_node.py). */
export const generateImageFast = textTo<Static<typeof BriaGenerateImageFastRequest>>('bria.generate-image-fast', 'image', 'fast', '2.3');
/** POST /v1/text-to-image/hd/2.2 (ComfyUI-BRIA-API text_2_image_hd_node.py). */
export const generateImageHd = textTo<Static<typeof BriaGenerateImageHDRequest>>('bria.generate-image-hd', 'image', 'hd', '2.2');
/**
 * POST /v1/text-to-vector/base/{version} and /v1/text-to-vector/fast/{version}: the same body and
 * answer as text-to-image, the outputs being SVG files (3p only, docs/provider-facts.md §1; not in BRIA's
 * current public docs, which dropped the v1 generation pages).
 */
export const generateVectorBase = textTo<Static<typeof BriaGenerateVectorBaseRequest>>('bria.generate-vector-base', 'vector', 'base', '3.2');
export const generateVectorFast = textTo<Static<typeof BriaGenerateVectorFastRequest>>('bria.generate-vector-fast', 'vector', 'fast', '2.3');

type VariationBody = Static<typeof BriaGenerateVariationRequest>;

/**
 * POST /v1/reimagine. Field names from Bria-AI/ComfyUI-BRIA-API nodes/reimagine_node.py:
 * the reference's `image_url` / `image_file` are BRIA's `structure_image_url` / `structure_image_file`
 * and `ref_image_influence` is `structure_ref_influence` (sent only with a structure image).
 * The reference (BRIA's own words) says fast mode takes 4–20 steps and regular mode 20–50, and
 * that only 1 result is supported when fast is false: so with `fast` a `steps_num` above 20 (the
 * reference's default is 30) is left out and BRIA's fast default applies, and `num_results > 1`
 * with `fast: false` is a 422 before any upstream call.
 */
export const generateVariation: JobSpec<VariationBody, Record<string, unknown>, BriaSettings> = {
  key: 'bria.generate-variation',
  statusPath: briaStatusPath,
  async prepare(body, ctx) {
    if (body.fast === false && (body.num_results ?? 1) > 1) {
      throw invalid(['body', 'num_results'], 'only 1 result is supported when fast is false');
    }
    const url = given(body.image_url);
    const file = given(body.image_file);
    const structure = url
      ? { structure_image_url: await ctx.media(url, { kind: 'image', loc: ['body', 'image_url'], passUrl: true }) }
      : file
        ? { structure_image_file: await ctx.media(file, { kind: 'image', loc: ['body', 'image_file'] }) }
        : {};
    const fastSteps = body.fast !== false && typeof body.steps_num === 'number' && body.steps_num > 20;
    return {
      prompt: body.prompt,
      num_results: body.num_results,
      fast: body.fast,
      steps_num: fastSteps ? undefined : body.steps_num,
      seed: body.seed,
      ...structure,
      structure_ref_influence: url || file ? body.ref_image_influence : undefined,
      tailored_model_id: given(body.tailored_model_id),
      tailored_model_influence: given(body.tailored_model_id) ? body.tailored_model_influence : undefined,
      include_generation_prefix: body.include_generation_prefix,
      enhance_image: body.enhance_image,
      prompt_content_moderation: body.prompt_content_moderation,
      content_moderation: body.content_moderation,
      ip_signal: body.ip_signal,
    };
  },
  adapter: briaV1Job({
    path: '/v1/reimagine',
    async toUpstream(request, ctx) {
      return { ...(await filesAsBase64(request, ctx)), sync: true };
    },
    answer: GeneratedAnswer,
    read: readGenerated,
    result: imagesResult,
  }),
};

/**
 * POST /v1/prompt_enhancer {prompt}. The answer's key is literally "prompt variations" (with a
 * space; several 3p clients read `result.get("prompt variations")`); the caller gets BRIA's
 * answer as it is. A text result with no media, still run as a job (durable, listed with the
 * caller's jobs); the caller always waits for it, as the reference has no `sync` here.
 */
const PromptEnhancerAnswer = Type.Object({ 'prompt variations': Type.Union([Type.String(), Type.Array(Type.String())]) });

export const enhancePrompt: JobSpec<Static<typeof BriaEnhancePromptBody>, { prompt: string }, BriaSettings> = {
  key: 'bria.enhance-prompt',
  statusPath: briaStatusPath,
  sync: () => true,
  async prepare(body) {
    if (!given(body.prompt)) throw invalid(['body', 'prompt'], 'prompt must not be empty');
    return { prompt: body.prompt };
  },
  adapter: briaV1Job({
    path: '/v1/prompt_enhancer',
    async toUpstream(request) {
      return { prompt: request.prompt };
    },
    answer: PromptEnhancerAnswer,
    read: (answer) => ({ kind: 'done', outputs: [], data: { 'prompt variations': answer['prompt variations'] }, upstreamStatus: 'COMPLETED' }),
    result: (_assets, data) => data,
  }),
};
