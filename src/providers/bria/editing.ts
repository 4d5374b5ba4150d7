// BRIA image editing operations: the v2 edit endpoints (asynchronous upstream, polled through
// /v2/status) and the v1 object / product endpoints (synchronous upstream). Field names of the
// v2 endpoints are those of BRIA's Image Editing API reference (docs.bria.ai, servers
// https://engine.prod.bria-api.com/v2/image/edit) and of Bria-AI/bria-client's payload models
// (src/bria_client/schemas/image_editing_apis/*.py, 2026-03); v1 product field names are those of
// BRIA's Product Shot API reference (servers https://engine.prod.bria-api.com/v1).
import { Type, type Static } from '@sinclair/typebox';
import type { JobSpec, PrepareContext } from '../../core/operation.js';
import { UpstreamError } from '../../core/upstream-error.js';
import { mediaAsBase64, type StepContext } from '../../jobs/adapter.js';
import { PROVIDER, type BriaSettings } from './client.js';
import { borderMask, planExpand } from './geometry.js';
import { assetUrlsAsFiles, given, image, imageSource, invalid, v1Image, type ImageSource } from './inputs.js';
import { briaStatusPath } from './jobs.js';
import type {
  BriaBlurBackgroundRequest,
  BriaCropForegroundRequest,
  BriaEnhanceImageRequest,
  BriaEraseForegroundRequest,
  BriaEraserRequest,
  BriaExpandImageRequest,
  BriaGenerateBackgroundRequest,
  BriaGenerateProductBackgroundByImageRequest,
  BriaGenerateProductBackgroundByTextRequest,
  BriaGenerateProductShadowRequest,
  BriaGenerateSolidBackgroundRequest,
  BriaGetMasksRequest,
  BriaInpaintingRequest,
  BriaProductCutoutRequest,
  BriaUpscaleImageRequest,
} from './schemas.js';
import { briaV1Job, imagesResult, oneResult, readResultUrl, readShots, ResultUrlAnswer, ShotsAnswer } from './v1.js';
import { briaV2Job } from './v2.js';

type Request = Record<string, unknown>;

/** Fields holding media (`asset://` → base64; URLs stay URLs; lists element by element). */
async function mediaFields(request: Request, names: string[], ctx: StepContext): Promise<Request> {
  const out = { ...request };
  for (const name of names) {
    const value = out[name];
    if (typeof value === 'string') out[name] = await mediaAsBase64(ctx, value);
    else if (Array.isArray(value)) out[name] = await Promise.all(value.map((v) => mediaAsBase64(ctx, String(v))));
  }
  return out;
}

/** A v2 edit: the stored request is BRIA's body (media kept as references), submitted through briaV2Job (v2.ts). */
function v2Edit<B>(key: string, path: string, media: string[], prepare: (body: B, ctx: PrepareContext) => Promise<Request>): JobSpec<B, Request, BriaSettings> {
  return {
    key,
    statusPath: briaStatusPath,
    prepare,
    adapter: briaV2Job<Request>({ path, toUpstream: (request, ctx) => mediaFields(request, media, ctx) }),
  };
}

const moderation = (body: { visual_input_content_moderation?: boolean; visual_output_content_moderation?: boolean }) => ({
  visual_input_content_moderation: body.visual_input_content_moderation,
  visual_output_content_moderation: body.visual_output_content_moderation,
});

/** POST /v2/image/edit/crop_foreground {image, padding, force_background_detection, preserve_alpha}. */
export const cropForeground = v2Edit<Static<typeof BriaCropForegroundRequest>>('bria.crop-foreground', '/v2/image/edit/crop_foreground', ['image'], async (body, ctx) => ({
  image: await image(ctx, body.image, 'image'),
  padding: body.padding,
  force_background_detection: body.force_background_detection,
  preserve_alpha: body.preserve_alpha,
  ...moderation(body),
}));

/**
 * POST /v2/image/edit/erase {image, mask, mask_type: manual|automatic, preserve_alpha}. The
 * reference's MaskType also has `border_only`, which only inpaint builds (gateway-side): 422 here.
 */
export const erase = v2Edit<Static<typeof BriaEraserRequest>>('bria.erase', '/v2/image/edit/erase', ['image', 'mask'], async (body, ctx) => {
  if (body.mask_type === 'border_only') throw invalid(['body', 'mask_type'], 'border_only is only available for inpaint; erase takes manual or automatic');
  return {
    image: await image(ctx, body.image, 'image'),
    mask: await ctx.media(body.mask, { kind: 'mask', loc: ['body', 'mask'], passUrl: true }),
    mask_type: body.mask_type,
    preserve_alpha: body.preserve_alpha,
    ...moderation(body),
  };
});

/** POST /v2/image/edit/erase_foreground {image, preserve_alpha}. */
export const eraseForeground = v2Edit<Static<typeof BriaEraseForegroundRequest>>('bria.erase-foreground', '/v2/image/edit/erase_foreground', ['image'], async (body, ctx) => ({
  image: await image(ctx, body.image, 'image'),
  preserve_alpha: body.preserve_alpha,
  ...moderation(body),
}));

/** Width of inpaint's border when `border_only` comes without `border_percentage` (a gateway choice; the reference gives none). */
export const DEFAULT_BORDER_PERCENTAGE = 0.1;

/**
 * POST /v2/image/edit/gen_fill {image, mask, mask_type, prompt, negative_prompt, seed,
 * preserve_alpha, prompt_content_moderation}. `mask_type` manual|automatic as bria-client's
 * ObjectGenFillRequestPayload sends it. `border_only` and `border_percentage` do not exist
 * upstream: the gateway builds the border mask from the image's size (geometry.ts borderMask;
 * `border_percentage` default 0.1, any `mask` sent is then unused) and sends it as `manual`.
 * Otherwise `mask` is required (422 before any upstream call).
 */
export const inpaint = v2Edit<Static<typeof BriaInpaintingRequest>>('bria.inpaint', '/v2/image/edit/gen_fill', ['image', 'mask'], async (body, ctx) => {
  const mask_type = body.mask_type ?? 'manual';
  let images: { image: string; mask: string };
  if (mask_type === 'border_only') {
    const percentage = body.border_percentage ?? DEFAULT_BORDER_PERCENTAGE;
    if (percentage <= 0) throw invalid(['body', 'border_percentage'], 'border_percentage must be above 0 for border_only');
    const input = await ctx.mediaInfo(body.image, { kind: 'image', loc: ['body', 'image'] });
    if (!input.width || !input.height) throw invalid(['body', 'image'], 'the image size could not be read');
    const mask = await borderMask(input.width, input.height, percentage);
    images = { image: input.value, mask: await ctx.media(mask.toString('base64'), { kind: 'mask', loc: ['body', 'mask'], derived: true }) };
  } else {
    const mask = given(body.mask);
    if (!mask) throw invalid(['body', 'mask'], 'Field required (mask is optional only when mask_type is border_only)', 'missing');
    images = {
      image: await image(ctx, body.image, 'image'),
      mask: await ctx.media(mask, { kind: 'mask', loc: ['body', 'mask'], passUrl: true }),
    };
  }
  return {
    ...images,
    mask_type: mask_type === 'border_only' ? 'manual' : mask_type,
    prompt: body.prompt,
    negative_prompt: given(body.negative_prompt),
    seed: body.seed,
    preserve_alpha: body.preserve_alpha,
    prompt_content_moderation: body.prompt_content_moderation,
    ...moderation(body),
  };
});

/**
 * POST /v2/image/edit/expand. BRIA takes `aspect_ratio` (it centres the image) or `canvas_size` +
 * `original_image_size` + `original_image_location` (docs.bria.ai /expand; ComfyUI-BRIA-API
 * nodes/image_expansion_node.py); the reference's `position` and `padding_*` are turned into
 * the latter by geometry.ts planExpand, from the input's pixel size (so the image is fetched and
 * checked here, even when it is a URL). An empty `prompt` (the reference's default "") is left
 * out: BRIA then writes one itself.
 */
export const expandImage = v2Edit<Static<typeof BriaExpandImageRequest>>('bria.expand-image', '/v2/image/edit/expand', ['image'], async (body, ctx) => {
  const input = await ctx.mediaInfo(body.image, { kind: 'image', loc: ['body', 'image'] });
  if (!input.width || !input.height) throw invalid(['body', 'image'], 'the image size could not be read');
  return {
    image: input.value,
    ...planExpand(body, input.width, input.height),
    prompt: given(body.prompt),
    seed: body.seed,
    negative_prompt: given(body.negative_prompt),
    preserve_alpha: body.preserve_alpha,
    prompt_content_moderation: body.prompt_content_moderation,
    ...moderation(body),
  };
});

/** POST /v2/image/edit/blur_background {image, scale 1–5, preserve_alpha} (`scale`: docs.bria.ai /blur_background; bria-client BlurBackgroundRequestPayload). */
export const blurBackground = v2Edit<Static<typeof BriaBlurBackgroundRequest>>('bria.blur-background', '/v2/image/edit/blur_background', ['image'], async (body, ctx) => ({
  image: await image(ctx, body.image, 'image'),
  scale: body.scale,
  preserve_alpha: body.preserve_alpha,
  ...moderation(body),
}));

/**
 * POST /v2/image/edit/replace_background. Today's API selects the generator with
 * `mode: base | high_control | fast` (docs.bria.ai /replace_background; bria-client
 * ReplaceBackgroundMode) where the reference has `fast: bool`: `fast: true` → "fast",
 * `fast: false` → "base" (BRIA: "Fast – same core capabilities as base"). BRIA takes either
 * `prompt` or `ref_images` "but not both", and `negative_prompt` "only when fast=false": each
 * conflict is a 422 before any upstream call.
 */
export const generateBackground = v2Edit<Static<typeof BriaGenerateBackgroundRequest>>(
  'bria.generate-background',
  '/v2/image/edit/replace_background',
  ['image', 'ref_images'],
  async (body, ctx) => {
    const prompt = given(body.prompt);
    const refs = body.ref_images?.length ? body.ref_images : undefined;
    if (prompt && refs) throw invalid(['body', 'ref_images'], 'give either prompt or ref_images, not both');
    if (!prompt && !refs) throw invalid(['body', 'prompt'], 'either prompt or ref_images is required');
    if (body.fast && given(body.negative_prompt)) throw invalid(['body', 'negative_prompt'], 'negative_prompt is only used when fast is false');
    return {
      image: await image(ctx, body.image, 'image'),
      ...(prompt
        ? { prompt, mode: body.fast ? 'fast' : 'base', refine_prompt: body.refine_prompt, negative_prompt: given(body.negative_prompt) }
        : {
            ref_images: await Promise.all(refs!.map((ref, i) => ctx.media(ref, { kind: 'image', loc: ['body', 'ref_images', i], passUrl: true }))),
            enhance_ref_images: body.enhance_ref_images,
          }),
      original_quality: body.original_quality,
      force_background_detection: body.force_background_detection,
      seed: body.seed,
      prompt_content_moderation: body.prompt_content_moderation,
      ...moderation(body),
    };
  },
);

/** POST /v2/image/edit/enhance {image, steps_num, resolution 1MP|2MP|4MP, seed, preserve_alpha} (bria-client EnhanceImageRequestPayload). */
export const enhanceImage = v2Edit<Static<typeof BriaEnhanceImageRequest>>('bria.enhance-image', '/v2/image/edit/enhance', ['image'], async (body, ctx) => ({
  image: await image(ctx, body.image, 'image'),
  steps_num: body.steps_num,
  resolution: body.resolution,
  seed: body.seed,
  preserve_alpha: body.preserve_alpha,
  ...moderation(body),
}));

/** BRIA: "It's possible to increase the resolution of an image up to a total area of 8192x8192 pixels" (docs.bria.ai /increase_resolution). */
export const MAX_UPSCALE_AREA = 8192 * 8192;

/**
 * POST /v2/image/edit/increase_resolution {image, desired_increase 2|4, preserve_alpha}. v2 takes
 * `desired_increase` (docs.bria.ai Image Editing API /increase_resolution; bria-client
 * IncreaseResolutionRequestPayload; not `scale`). The input is fetched and measured here so that
 * an output beyond BRIA's 8192×8192 area is a 422 before any upstream call.
 */
export const upscaleImage = v2Edit<Static<typeof BriaUpscaleImageRequest>>('bria.upscale-image', '/v2/image/edit/increase_resolution', ['image'], async (body, ctx) => {
  const input = await ctx.mediaInfo(body.image, { kind: 'image', loc: ['body', 'image'] });
  const factor = body.desired_increase ?? 2;
  if (input.width && input.height && input.width * input.height * factor * factor > MAX_UPSCALE_AREA) {
    throw invalid(['body', 'desired_increase'], `${input.width}x${input.height} increased ${factor}x is larger than BRIA's limit of 8192x8192 pixels in total`);
  }
  return {
    image: input.value,
    desired_increase: factor,
    preserve_alpha: body.preserve_alpha,
    ...moderation(body),
  };
});

// ---- v1 ----------------------------------------------------------------------------------

/** A v1 operation on one product image (`image_url` or `file`): its stored request keeps the source apart. */
interface WithSource extends Request {
  source: ImageSource;
}

function v1Product<B extends { image_url?: string | null; image_file?: string | null }, T extends Parameters<typeof briaV1Job>[0]['answer']>(options: {
  key: string;
  path: string;
  fields: (body: B, ctx: PrepareContext) => Promise<Request> | Request;
  answer: T;
  read: Parameters<typeof briaV1Job<WithSource, T>>[0]['read'];
  result: Parameters<typeof briaV1Job<WithSource, T>>[0]['result'];
  /** The endpoint takes `sync` (then always sent as true: see BriaClient.submitV1). */
  takesSync?: boolean;
}): JobSpec<B, WithSource, BriaSettings> {
  return {
    key: options.key,
    statusPath: briaStatusPath,
    // Where the reference has no `sync` field (masks, cutout, packshot, shadow) the caller waits
    // for the result, as from the synchronous v1 endpoint behind it (up to the sync deadline).
    sync: (body) => (body as { sync?: boolean }).sync ?? true,
    async prepare(body, ctx) {
      const fields = await options.fields(body, ctx);
      return { source: await imageSource(ctx, body), ...fields };
    },
    adapter: briaV1Job<WithSource, T>({
      path: options.path,
      async toUpstream({ source, ...fields }, ctx) {
        return {
          ...(await v1Image(ctx, source)),
          ...(await assetUrlsAsFiles(await mediaFields(fields, ['ref_image_file'], ctx), ctx)),
          ...(options.takesSync ? { sync: true } : {}),
        };
      },
      answer: options.answer,
      read: options.read,
      result: options.result,
    }),
  };
}

/**
 * POST /v1/objects/mask_generator {image_url | file, sync: true} (bria-client
 * V1_IMAGE_EDIT_GET_MASKS and GetMasksRequestPayload). The answer names a ZIP of PNG masks,
 * one per detected object plus a panoptic map, under `objects_masks` (3p: a Krita plugin and a
 * test script that call the live API; another 3p shell client reads `result_url`, which is
 * accepted too). The caller gets the ZIP as `masks_url`.
 */
const MasksAnswer = Type.Object({ objects_masks: Type.Optional(Type.String({ minLength: 1 })), result_url: Type.Optional(Type.String({ minLength: 1 })) });

export const getMasks = v1Product<Static<typeof BriaGetMasksRequest>, typeof MasksAnswer>({
  key: 'bria.get-masks',
  path: '/v1/objects/mask_generator',
  fields: () => ({}),
  takesSync: true,
  answer: MasksAnswer,
  read(answer) {
    const url = answer.objects_masks ?? answer.result_url;
    if (!url) throw new UpstreamError({ provider: PROVIDER, code: 'bad_upstream_response', message: 'BRIA answered the mask request without a masks URL', retryable: false });
    return { kind: 'done', outputs: [{ url }], data: {}, upstreamStatus: 'COMPLETED' };
  },
  result: oneResult('masks_url'),
});

/** POST /v1/product/cutout {image_url | file, force_rmbg} → {result_url} (1 h). */
export const productCutout = v1Product<Static<typeof BriaProductCutoutRequest>, typeof ResultUrlAnswer>({
  key: 'bria.product-cutout',
  path: '/v1/product/cutout',
  fields: (body) => ({ force_rmbg: body.force_rmbg }),
  answer: ResultUrlAnswer,
  read: readResultUrl,
  result: oneResult('image_url'),
});

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

function color(value: string | null | undefined, field: string, transparent = false): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (HEX.test(value) || (transparent && value.toLowerCase() === 'transparent')) return value;
  throw invalid(['body', field], `${field} must be a hex colour such as #FFFFFF${transparent ? " or 'transparent'" : ''}`);
}

/** POST /v1/product/packshot {image_url | file, background_color (hex | 'transparent'), force_rmbg} → {result_url}: a 2000×2000 packshot. */
export const generateSolidBackground = v1Product<Static<typeof BriaGenerateSolidBackgroundRequest>, typeof ResultUrlAnswer>({
  key: 'bria.generate-solid-background',
  path: '/v1/product/packshot',
  fields: (body) => ({ background_color: color(body.background_color, 'background_color', true), force_rmbg: body.force_rmbg }),
  answer: ResultUrlAnswer,
  read: readResultUrl,
  result: oneResult('image_url'),
});

/**
 * POST /v1/product/shadow → {result_url}. BRIA names the shadow type `type` (regular|float), the
 * reference `shadow_type`; the other fields keep their names. `shadow_offset` is BRIA's `[x, y]`.
 */
export const generateProductShadow = v1Product<Static<typeof BriaGenerateProductShadowRequest>, typeof ResultUrlAnswer>({
  key: 'bria.generate-product-shadow',
  path: '/v1/product/shadow',
  fields(body) {
    if (body.shadow_offset && body.shadow_offset.length !== 2) throw invalid(['body', 'shadow_offset'], 'shadow_offset must be [x, y]');
    return {
      type: body.shadow_type,
      shadow_color: color(body.shadow_color, 'shadow_color'),
      shadow_intensity: body.shadow_intensity,
      shadow_offset: body.shadow_offset,
      shadow_blur: body.shadow_blur,
      shadow_width: body.shadow_width,
      shadow_height: body.shadow_height,
      background_color: color(body.background_color, 'background_color'),
      force_rmbg: body.force_rmbg,
    };
  },
  answer: ResultUrlAnswer,
  read: readResultUrl,
  result: oneResult('image_url'),
});

type ShotBody = Static<typeof BriaGenerateProductBackgroundByTextRequest> | Static<typeof BriaGenerateProductBackgroundByImageRequest>;

/**
 * The placement fields of the lifestyle-shot endpoints, sent only with the placement type that
 * uses them (docs.bria.ai Product Shot API; ComfyUI-BRIA-API nodes/utils/shot_utils.py
 * update_payload_for_placement):
 * - original → original_quality;
 * - automatic, manual_placement, custom_coordinates → shot_size, which the reference calls
 *   `canvas_for_packshot_size` (mapping inferred: the reference's description names shot_size,
 *   its schema has only canvas_for_packshot_size); omitted → BRIA's [1000, 1000];
 * - manual_placement → manual_placement_selection, an array upstream (the reference has one value);
 * - custom_coordinates → foreground_image_size + foreground_image_location (both required: 422);
 * - manual_padding → padding_values [left, right, top, bottom];
 * - automatic_aspect_ratio → aspect_ratio.
 */
function placement(body: ShotBody): Request {
  const type = body.placement_type ?? 'original';
  const shotSize = () => {
    const size = body.canvas_for_packshot_size;
    if (!size) return {};
    if (size.length !== 2 || !(size[0] > 0 && size[1] > 0)) throw invalid(['body', 'canvas_for_packshot_size'], 'canvas_for_packshot_size must be [width, height] in pixels');
    return { shot_size: size };
  };
  switch (type) {
    case 'original':
      return { placement_type: type, original_quality: body.original_quality };
    case 'automatic':
      return { placement_type: type, ...shotSize() };
    case 'manual_placement':
      return { placement_type: type, ...shotSize(), manual_placement_selection: [body.manual_placement_selection ?? 'center_horizontal'] };
    case 'custom_coordinates': {
      for (const field of ['foreground_image_size', 'foreground_image_location'] as const) {
        const value = body[field];
        if (!value) throw invalid(['body', field], `${field} is required when placement_type is custom_coordinates`, 'missing');
        if (value.length !== 2) throw invalid(['body', field], `${field} must have two values`);
      }
      return { placement_type: type, ...shotSize(), foreground_image_size: body.foreground_image_size, foreground_image_location: body.foreground_image_location };
    }
    case 'manual_padding':
      return { placement_type: type, padding_values: body.padding_values ?? [0, 0, 0, 0] };
    case 'automatic_aspect_ratio':
      return { placement_type: type, aspect_ratio: body.aspect_ratio ?? '1:1' };
    default:
      throw invalid(['body', 'placement_type'], `unknown placement_type ${String(type)}`);
  }
}

/**
 * POST /v1/product/lifestyle_shot_by_text → {"result": [[url, seed, session_id], …]}, sent with
 * `sync: true` (as BRIA's own ComfyUI nodes do for every placement type, automatic included).
 * The reference's `fast: bool` is today's `mode` (base|high_control|fast, default fast):
 * true → "fast", false → "base". `exclude_elements` is "available only when fast=false": 422 otherwise.
 */
export const productBackgroundByText = v1Product<Static<typeof BriaGenerateProductBackgroundByTextRequest>, typeof ShotsAnswer>({
  key: 'bria.generate-product-background-by-text',
  path: '/v1/product/lifestyle_shot_by_text',
  takesSync: true,
  fields(body) {
    if (body.fast !== false && given(body.exclude_elements)) throw invalid(['body', 'exclude_elements'], 'exclude_elements is only used when fast is false');
    return {
      scene_description: body.scene_description,
      mode: body.fast === false ? 'base' : 'fast',
      optimize_description: body.optimize_description,
      num_results: body.num_results,
      exclude_elements: given(body.exclude_elements),
      force_rmbg: body.force_rmbg,
      ...placement(body),
    };
  },
  answer: ShotsAnswer,
  read: readShots,
  result: imagesResult,
});

/**
 * POST /v1/product/lifestyle_shot_by_image: as by-text, with the scene from a reference image
 * (`ref_image_urls` array, or `ref_image_file`, an array of base64 upstream: "Only a single
 * reference image is supported at the moment"), `enhance_ref_image` and `ref_image_influence`.
 * BRIA takes an influence of 0–1, the reference allows up to 2: above 1 is a 422 naming the conflict.
 */
export const productBackgroundByImage = v1Product<Static<typeof BriaGenerateProductBackgroundByImageRequest>, typeof ShotsAnswer>({
  key: 'bria.generate-product-background-by-image',
  path: '/v1/product/lifestyle_shot_by_image',
  takesSync: true,
  async fields(body, ctx) {
    if ((body.ref_image_influence ?? 1) > 1) {
      throw invalid(['body', 'ref_image_influence'], "BRIA's lifestyle_shot_by_image takes a ref_image_influence between 0 and 1");
    }
    const urls = body.ref_image_urls?.length ? body.ref_image_urls : undefined;
    const file = given(body.ref_image_file);
    if (!urls && !file) throw invalid(['body', 'ref_image_urls'], 'either ref_image_urls or ref_image_file is required');
    const refs = urls
      ? { ref_image_urls: await Promise.all(urls.map((url, i) => ctx.media(url, { kind: 'image', loc: ['body', 'ref_image_urls', i], passUrl: true }))) }
      : { ref_image_file: [await ctx.media(file!, { kind: 'image', loc: ['body', 'ref_image_file'] })] };
    return {
      ...refs,
      enhance_ref_image: body.enhance_ref_image,
      ref_image_influence: body.ref_image_influence,
      num_results: body.num_results,
      force_rmbg: body.force_rmbg,
      ...placement(body),
    };
  },
  answer: ShotsAnswer,
  read: readShots,
  result: imagesResult,
});
