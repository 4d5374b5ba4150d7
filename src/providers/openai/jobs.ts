// OpenAI GPT Image operations carried out as gateway jobs. OpenAI answers synchronously with
// base64 images, so each adapter's `start` makes the one call and returns the bytes as outputs
// (`{kind: 'done'}`); the engine stores them as assets. The reference returns the image URLs in
// the response, and its GPT bodies have no `sync` field, so these jobs are waited for (up to the
// gateway's sync deadline, after which the caller gets the task id as for any job).
import { assetRef } from '../../assets/assets.js';
import type { NormalizedMedia } from '../../core/media.js';
import { defineJob, type PrepareContext, type Validated } from '../../core/operation.js';
import type { ProviderSettings } from '../../core/provider-settings.js';
import { UpstreamError } from '../../core/upstream-error.js';
import { RequestValidationError } from '../../core/validation.js';
import { mediaBytes, type JobAdapter, type StepContext, type StepOutcome } from '../../jobs/adapter.js';
import sharp from 'sharp';
import { withModelFallback } from '../../core/upstream.js';
import { imageModels, modelOf, OpenAIImages, PROVIDER, referenceModel, unknownModel, type ImageOptions, type ImageSize, type ImagesResult, type InputImage } from './client.js';
import type { GPTEditImageRequest, GPTGenerateImageRequest, GPTInpaintingRequest } from './schemas.js';
import { borderMask, MAX_MASK_BYTES, toOpenAIMask } from './masks.js';

export type AspectRatio = '1:1' | '2:3' | '3:2';

/**
 * Aspect ratio → GPT image size. DECISION: the reference documents "2:3" as landscape and "3:2"
 * as portrait (the reverse of the usual width:height reading), and the gateway follows the
 * reference, so callers of the reference API get the orientation they were promised:
 *   "1:1" → 1024x1024, "2:3" → 1536x1024 (landscape), "3:2" → 1024x1536 (portrait).
 * The result carries the size actually produced (`size`). Sizes: openai-node ImageGenerateParams
 * (1024x1024 | 1536x1024 | 1024x1536 | auto for GPT image models); docs/provider-facts.md §4.
 */
export const SIZE_FOR_ASPECT: Record<AspectRatio, ImageSize> = {
  '1:1': '1024x1024',
  '2:3': '1536x1024',
  '3:2': '1024x1536',
};

/**
 * What an image job stores: the client's options. Reference jobs record the model chosen for
 * them (referenceModel) and leave `outputFormat` and `outputCompression` to png and OpenAI's
 * default; /v1 sets all three on the stored request (src/compat/catalog.ts).
 */
type ImageRequest = ImageOptions;

interface EditRequest extends ImageRequest {
  /** Input images as `asset://` references (the first one is the one a mask applies to). */
  images: string[];
  mask?: string;
}

/** What OpenAI's operations read of the configuration (`ctx.settings`). */
type OpenAISettings = ProviderSettings<'openai'>;

function images(ctx: StepContext<OpenAISettings>): OpenAIImages {
  const { apiKey, baseUrl } = ctx.settings.openai;
  if (!apiKey) throw new UpstreamError({ provider: PROVIDER, code: 'not_configured', message: 'OPENAI_API_KEY is not set', retryable: false });
  return new OpenAIImages({ apiKey, baseUrl });
}

function done(result: ImagesResult, request: ImageRequest): StepOutcome {
  const revised = result.images.map((image) => image.revisedPrompt).filter((p): p is string => Boolean(p));
  return {
    kind: 'done',
    outputs: result.images.map((image) => ({ data: image.data, base64: image.base64, contentType: image.contentType })),
    ...(result.usage ? { usage: result.usage } : {}),
    data: {
      model: request.model,
      size: result.size ?? request.size,
      quality: result.quality ?? request.quality ?? 'auto',
      background: result.background ?? request.background ?? 'auto',
      output_format: result.outputFormat ?? request.outputFormat ?? 'png',
      ...(revised.length > 0 ? { revised_prompts: revised } : {}),
    },
  };
}

async function loadImage(ctx: StepContext, ref: string, name: string): Promise<InputImage> {
  const { data, contentType } = await mediaBytes(ctx, ref);
  const ext = contentType.split('/')[1]?.replace('jpeg', 'jpg') ?? 'png';
  return { data, contentType, name: `${name}.${ext}` };
}

function imagesAdapter<Request extends ImageRequest>(run: (request: Request, ctx: StepContext<OpenAISettings>) => Promise<ImagesResult>): JobAdapter<Request, OpenAISettings> {
  return {
    async start(request, ctx) {
      const { model, value } = await withModelFallback(imageModels(modelOf(request)), unknownModel, (model) => run({ ...request, model }, ctx));
      return done(value, { ...request, model });
    },
    // OpenAI's image calls are synchronous: `start` never leaves anything to poll.
    async poll() {
      return { kind: 'failed', error: { code: 'internal_error', message: 'an OpenAI image job has nothing to poll' } };
    },
    result(assets, data) {
      return { image_urls: assets.map(assetRef), ...data };
    },
  };
}

type GenerateBody = Validated<typeof GPTGenerateImageRequest>;

/** POST /images/generations {model, prompt, n, size, quality, background, output_format: png}. */
export const generateImage = defineJob<GenerateBody, OpenAISettings>()({
  key: 'openai.generate-image',
  sync: () => true,
  async prepare(body, ctx) {
    return {
      model: referenceModel(body.background, ctx.settings.openai.imageModel),
      prompt: body.prompt,
      n: body.number_of_images ?? 1,
      size: SIZE_FOR_ASPECT[body.aspect_ratio ?? '1:1'],
      quality: body.quality ?? 'auto',
      // `transparent` needs png or webp output; the gateway always asks for png.
      background: body.background ?? 'auto',
    };
  },
  adapter: imagesAdapter((request: ImageRequest, ctx) => images(ctx).generate(request, ctx.signal)),
});

type EditBody = Validated<typeof GPTEditImageRequest>;

const editAdapter = imagesAdapter(async (request: EditRequest, ctx) => {
  const inputs = await Promise.all(request.images.map((ref, i) => loadImage(ctx, ref, `image-${i + 1}`)));
  const mask = request.mask ? await loadImage(ctx, request.mask, 'mask') : undefined;
  return images(ctx).edit({ ...request, images: inputs, mask }, ctx.signal);
});

/** POST /images/edits (multipart) with the caller's image. */
export const editImage = defineJob<EditBody, OpenAISettings>()({
  key: 'openai.edit-image',
  sync: () => true,
  async prepare(body, ctx) {
    // OpenAI takes the image as an upload, so the gateway fetches (and checks) it.
    const image = await ctx.media(body.image_url, { kind: 'image', loc: ['body', 'image_url'] });
    return {
      model: referenceModel(undefined, ctx.settings.openai.imageModel),
      prompt: body.prompt,
      n: body.number_of_images ?? 1,
      size: SIZE_FOR_ASPECT[body.aspect_ratio ?? '1:1'],
      images: [image],
    };
  },
  adapter: editAdapter,
});

type InpaintBody = Validated<typeof GPTInpaintingRequest>;

function readMedia(value: string, kind: 'image' | 'mask', field: string, ctx: PrepareContext): Promise<NormalizedMedia> {
  // Masks with transparency are PNG or WEBP; black-and-white ones are often JPEG.
  return ctx.read(value, { kind, loc: ['body', field], ...(kind === 'mask' ? { accept: ['image/png', 'image/jpeg', 'image/webp'] } : {}) });
}

/**
 * POST /images/edits with a mask. The mask is turned into OpenAI's form here (see masks.ts),
 * and its dimensions are checked against the image before anything is sent: OpenAI requires
 * them equal, and a mismatch is the caller's to fix (422 at `mask_url`/`mask_file`).
 * `inpaint_border_only` builds the mask from `border_percentage` instead (gateway-side, as for
 * BRIA's border mode). When both a URL and a file are given, the URL is used (the reference's
 * rule for BRIA's image_url/image_file pairs).
 */
export const inpaint = defineJob<InpaintBody, OpenAISettings>()<EditRequest>({
  key: 'openai.inpaint',
  sync: () => true,
  async prepare(body, ctx) {
    const imageField = body.image_url ? 'image_url' : 'image_file';
    const imageValue = body.image_url || body.image_file;
    const borderOnly = body.inpaint_border_only === true;
    const maskField = body.mask_url ? 'mask_url' : 'mask_file';
    const maskValue = body.mask_url || body.mask_file;
    const missing = [
      ...(imageValue ? [] : [{ loc: ['body', 'image_url'], msg: 'Either image_url or image_file is required', type: 'missing' }]),
      ...(borderOnly || maskValue ? [] : [{ loc: ['body', 'mask_url'], msg: 'Either mask_url or mask_file is required unless inpaint_border_only is true', type: 'missing' }]),
    ];
    if (missing.length > 0) throw new RequestValidationError(missing);

    let image = await readMedia(imageValue!, 'image', imageField, ctx);
    const width = image.width;
    const height = image.height;
    if (!width || !height) throw new Error('image dimensions unknown');
    // The mask is checked against the image as a viewer shows it: bake any EXIF rotation in.
    const orientation = (await sharp(image.bytes).metadata()).orientation ?? 1;
    if (orientation > 1) {
      const png = await sharp(image.bytes).rotate().png().toBuffer();
      image = { ...image, bytes: png, mime: 'image/png', ext: 'png' };
    }
    const mask = borderOnly ? await borderMask(width, height, body.border_percentage ?? 0.05) : await toOpenAIMask((await readMedia(maskValue!, 'mask', maskField, ctx)).bytes);
    if (mask.width !== width || mask.height !== height) {
      throw new RequestValidationError([
        {
          loc: ['body', maskField],
          msg: `the mask is ${mask.width}x${mask.height} pixels but the image is ${width}x${height}; OpenAI requires a mask of the same dimensions as the image`,
          type: 'value_error',
        },
      ]);
    }
    if (mask.editFraction === 0) {
      throw new RequestValidationError([
        {
          loc: ['body', maskField],
          msg: 'the mask marks no area to edit: use transparent pixels (or white on an opaque black-and-white mask) where the image should change',
          type: 'value_error',
        },
      ]);
    }
    if (mask.png.length > MAX_MASK_BYTES) {
      throw new RequestValidationError([{ loc: ['body', maskField], msg: `the mask as a PNG is ${mask.png.length} bytes; OpenAI accepts masks under 4 MB`, type: 'value_error' }]);
    }
    // The border mask is the gateway's own (not an input of the caller's): the job's record does not list it.
    const stored = (bytes: Buffer, mime: string, loc: string, derived = false) =>
      ctx.media(`data:${mime};base64,${bytes.toString('base64')}`, { kind: 'image', loc: ['body', loc], derived });
    return {
      model: referenceModel(undefined, ctx.settings.openai.imageModel),
      prompt: body.prompt,
      n: 1,
      // OpenAI picks the output size closest to the input's proportions.
      size: 'auto',
      images: [await stored(image.bytes, image.mime, imageField)],
      mask: await stored(mask.png, 'image/png', borderOnly ? 'inpaint_border_only' : maskField, borderOnly),
    };
  },
  adapter: editAdapter,
});
