// Imagen (Vertex AI :predict) operations as gateway jobs: the map from each reference body to the
// @google/genai call and from Google's answer to the caller's result. Imagen answers
// synchronously upstream, so each adapter finishes in `start`; an image filtered for safety (with
// its reason) ends the job with `content_moderation`, which the caller hears as a 422 naming
// Google's reason.
import type { ControlReferenceType, EditImageParameters, MaskReferenceMode, PersonGeneration, ReferenceImage, SafetyFilterLevel, SubjectReferenceType } from '@google/genai';
import sharp from 'sharp';
import { assetRef, type Asset } from '../../assets/assets.js';
import { defineJob, type Validated } from '../../core/operation.js';
import type { JobAdapter, StepContext, StepOutcome, UpstreamOutput } from '../../jobs/adapter.js';
import { genaiModule, GoogleClient, unknownModel, type GenaiModule, type ImagesResponse, type GoogleSettings } from './client.js';
import { backgroundOnGemini, generateOnGemini, guidanceOnGemini } from './imagen-on-gemini.js';
import { IMAGEN_CAPABILITY_MODEL, IMAGEN_FAST_MODEL, IMAGEN_GENERATE_MODELS, SINGLE_IMAGE_MODELS } from './models.js';
import type {
  ImagenBackgroundRequest,
  ImagenExpandImageRequest,
  ImagenGenerateImageRequest,
  ImagenImageGuidanceRequest,
  ImagenInpaintingRequest,
  ImagenVariationRequest,
} from './schemas.js';
import { imageBuffer, imageField, invalid, MAX_SEED, moderation, requireVertex, sdkEnum, sdkImage, waitForResult, type ImageBytes } from './shared.js';

const SAFETY_FILTER = sdkEnum<SafetyFilterLevel>(['BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE']);
const PERSON = sdkEnum<PersonGeneration>(['DONT_ALLOW', 'ALLOW_ADULT', 'ALLOW_ALL']);
const MASK_MODE = sdkEnum<MaskReferenceMode>(['MASK_MODE_DEFAULT', 'MASK_MODE_USER_PROVIDED', 'MASK_MODE_BACKGROUND', 'MASK_MODE_FOREGROUND', 'MASK_MODE_SEMANTIC']);
const CONTROL = sdkEnum<ControlReferenceType>(['CONTROL_TYPE_DEFAULT', 'CONTROL_TYPE_CANNY', 'CONTROL_TYPE_SCRIBBLE', 'CONTROL_TYPE_FACE_MESH']);
const SUBJECT = sdkEnum<SubjectReferenceType>(['SUBJECT_TYPE_DEFAULT', 'SUBJECT_TYPE_PERSON', 'SUBJECT_TYPE_ANIMAL', 'SUBJECT_TYPE_PRODUCT']);

/** Imagen's answer: the images, or why there are none. */
function imagesOutcome(answer: ImagesResponse, model: string): StepOutcome {
  const all = answer.generatedImages ?? [];
  const outputs: UpstreamOutput[] = all
    .filter((g) => g.image?.imageBytes)
    .map((g) => ({ data: Buffer.from(g.image!.imageBytes!, 'base64'), contentType: g.image!.mimeType ?? 'image/png' }));
  const reasons = all.map((g) => g.raiFilteredReason).filter((r): r is string => Boolean(r));
  if (outputs.length > 0) {
    return { kind: 'done', outputs, data: { model, ...(reasons.length ? { filtered: reasons.length, filtered_reasons: reasons } : {}) } };
  }
  if (reasons.length > 0) return moderation(`Google's safety filters blocked the image: ${reasons.join('; ')}`);
  // Vertex omits filtered images without a reason when includeRaiReason is off; it is on here,
  // so an empty answer is Google's failure, not the caller's.
  return { kind: 'failed', error: { code: 'no_output', message: 'Google answered without any image' } };
}

interface ImagenCall {
  model: string;
  edit: boolean;
  params: Record<string, unknown>;
}

/**
 * `build` gets the SDK (loaded on first use) for its reference-image classes and enums.
 * `instead`: what the operation does when Google answers that it no longer has the Imagen model
 * (undefined: it fails with Google's answer, naming the model).
 */
function imagenAdapter<Request>(
  build: (request: Request, ctx: StepContext, genai: GenaiModule) => Promise<ImagenCall>,
  instead?: (request: Request, client: GoogleClient, ctx: StepContext) => Promise<StepOutcome>,
): JobAdapter<Request, GoogleSettings> {
  return {
    async start(request, ctx) {
      const call = await build(request, ctx, await genaiModule());
      const client = new GoogleClient(ctx.settings.google, 'vertex');
      try {
        const answer = call.edit
          ? await client.editImage({ model: call.model, ...call.params } as unknown as EditImageParameters, ctx.signal)
          : await client.generateImages({ model: call.model, ...call.params } as never, ctx.signal);
        return imagesOutcome(answer, call.model);
      } catch (error) {
        if (!instead || !unknownModel(error)) throw error;
        return instead(request, client, ctx);
      }
    },
    async poll() {
      throw new Error('Imagen answers synchronously; there is nothing to poll');
    },
    result: (assets: Asset[], data) => ({ image_urls: assets.map(assetRef), ...data }),
  };
}

/**
 * An Imagen edit of one image through a mask (inpainting, outpainting, background swap): the image
 * as raw reference 1, the mask as reference 2 (its own image, or one Imagen computes: `config.maskMode`).
 */
function maskedEdit(
  { RawReferenceImage, MaskReferenceImage }: GenaiModule,
  prompt: string,
  image: ImageBytes,
  mask: { referenceImage?: ImageBytes; config: Record<string, unknown> },
  config: Record<string, unknown>,
): ImagenCall {
  return {
    model: IMAGEN_CAPABILITY_MODEL,
    edit: true,
    params: {
      prompt,
      referenceImages: [Object.assign(new RawReferenceImage(), { referenceId: 1, referenceImage: image }), Object.assign(new MaskReferenceImage(), { referenceId: 2, ...mask })],
      config,
    },
  };
}

/** Settings every Imagen request carries. includeRaiReason: a filtered image says why. */
function imagenSafety(request: { safety_filter_level: string; person_generation: string }) {
  return {
    safetyFilterLevel: SAFETY_FILTER[request.safety_filter_level],
    personGeneration: PERSON[request.person_generation],
    includeRaiReason: true,
  };
}

// -- generate-image ---------------------------------------------------------------------------

type GenerateImageBody = Validated<
  typeof ImagenGenerateImageRequest,
  'prompt' | 'aspect_ratio' | 'number_of_images' | 'use_fast_model' | 'add_watermark' | 'safety_filter_level' | 'person_generation'
>;
export interface GenerateImageRequest extends Omit<GenerateImageBody, 'model_name' | 'use_fast_model'> {
  model: string;
  reference_model: string;
}

/** POST …/publishers/google/models/{imagen-4.0-*-001}:predict {instances:[{prompt}], parameters}. */
export const imagenGenerateImage = defineJob<GenerateImageBody, GoogleSettings>()({
  key: 'google.imagen.generate-image',
  async prepare(body, ctx) {
    requireVertex(ctx.settings.google, 'Imagen');
    // Reference: "use_fast_model … uses the fast generation model and ignores the model_name parameter".
    const reference = body.use_fast_model ? IMAGEN_FAST_MODEL : (body.model_name ?? IMAGEN_FAST_MODEL);
    const model = IMAGEN_GENERATE_MODELS[reference] ?? reference;
    if (SINGLE_IMAGE_MODELS.has(model) && body.number_of_images > 1) {
      throw invalid(['body', 'number_of_images'], `${reference} (upstream ${model}) makes one image per request; ask for number_of_images 1`);
    }
    return {
      model,
      reference_model: reference,
      prompt: body.prompt,
      aspect_ratio: body.aspect_ratio,
      number_of_images: body.number_of_images,
      add_watermark: body.add_watermark,
      safety_filter_level: body.safety_filter_level,
      person_generation: body.person_generation,
    };
  },
  sync: waitForResult,
  adapter: imagenAdapter<GenerateImageRequest>(
    async (request) => ({
      model: request.model,
      edit: false,
      params: {
        prompt: request.prompt,
        config: {
          numberOfImages: request.number_of_images,
          aspectRatio: request.aspect_ratio,
          addWatermark: request.add_watermark,
          outputMimeType: 'image/png',
          ...imagenSafety(request),
        },
      },
    }),
    generateOnGemini,
  ),
});

// -- generate-with-image-guidance -------------------------------------------------------------

type GuidanceBody = Validated<typeof ImagenImageGuidanceRequest, 'safety_filter_level' | 'person_generation'>;
export interface GuidanceRequest {
  guidance_type: 'style' | 'subject';
  references: { id: number; image: string; description: string | null }[];
  subject_type: string | null;
  prompt: string;
  aspect_ratio: string | null;
  safety_filter_level: string;
  person_generation: string;
}

/**
 * Imagen customization prompts name each reference by its id in brackets ("… neon sign [1]
 * … black and white [2]", the reference's own example; Vertex AI style/subject customization
 * docs). A prompt that does not mention a reference gets it appended with its description.
 */
function promptWithReferences(prompt: string, guidance: 'style' | 'subject', references: GuidanceRequest['references']): string {
  const missing = references.filter((r) => !prompt.includes(`[${r.id}]`));
  if (missing.length === 0) return prompt;
  const named = missing.map((r) => `${r.description ?? (guidance === 'style' ? 'the reference style' : 'the reference subject')} [${r.id}]`).join(' and ');
  return guidance === 'style' ? `${prompt}, in the style of ${named}` : `${prompt}, featuring ${named}`;
}

/** Imagen customization: editImage with StyleReferenceImage / SubjectReferenceImage (imagen-3.0-capability-001). */
export const imagenImageGuidance = defineJob<GuidanceBody, GoogleSettings>()({
  key: 'google.imagen.generate-with-image-guidance',
  async prepare(body, ctx) {
    requireVertex(ctx.settings.google, 'Imagen');
    if (!body.prompt) throw invalid(['body', 'prompt'], 'Field required: Imagen customization needs a prompt that refers to the reference images as [1] and [2]', 'missing');
    if (body.guidance_type === 'subject' && !body.subject_type) {
      throw invalid(['body', 'subject_type'], "Field required when guidance_type is 'subject'", 'missing');
    }
    const references = [{ id: 1, image: await imageField(ctx, body.ref_image_1_url, ['body', 'ref_image_1_url'], 'vertex'), description: body.ref_image_1_description ?? null }];
    if (body.ref_image_2_url) {
      references.push({ id: 2, image: await imageField(ctx, body.ref_image_2_url, ['body', 'ref_image_2_url'], 'vertex'), description: body.ref_image_2_description ?? null });
    }
    return {
      guidance_type: body.guidance_type,
      references,
      subject_type: body.guidance_type === 'subject' ? body.subject_type! : null,
      prompt: promptWithReferences(body.prompt, body.guidance_type, references),
      aspect_ratio: body.aspect_ratio ?? null,
      safety_filter_level: body.safety_filter_level,
      person_generation: body.person_generation,
    };
  },
  sync: waitForResult,
  adapter: imagenAdapter<GuidanceRequest>(async (request, ctx, { StyleReferenceImage, SubjectReferenceImage }) => {
    const referenceImages: ReferenceImage[] = [];
    for (const ref of request.references) {
      const image = await sdkImage(ctx, ref.image);
      if (request.guidance_type === 'style') {
        referenceImages.push(
          Object.assign(new StyleReferenceImage(), {
            referenceId: ref.id,
            referenceImage: image,
            config: ref.description ? { styleDescription: ref.description } : {},
          }),
        );
      } else {
        referenceImages.push(
          Object.assign(new SubjectReferenceImage(), {
            referenceId: ref.id,
            referenceImage: image,
            config: { subjectType: SUBJECT[request.subject_type!], ...(ref.description ? { subjectDescription: ref.description } : {}) },
          }),
        );
      }
    }
    return {
      model: IMAGEN_CAPABILITY_MODEL,
      edit: true,
      params: {
        prompt: request.prompt,
        referenceImages,
        config: { numberOfImages: 1, ...(request.aspect_ratio ? { aspectRatio: request.aspect_ratio } : {}), ...imagenSafety(request) },
      },
    };
  }, guidanceOnGemini),
});

// -- generate-variation -----------------------------------------------------------------------

type VariationBody = Validated<typeof ImagenVariationRequest, 'control_type' | 'number_of_images' | 'safety_filter_level' | 'person_generation'>;
interface VariationRequest extends Omit<VariationBody, 'image_url' | 'prompt'> {
  image: string;
  prompt: string;
}

const CONTROL_WORDS: Record<string, string> = {
  CONTROL_TYPE_CANNY: 'canny edge map',
  CONTROL_TYPE_SCRIBBLE: 'scribble map',
  CONTROL_TYPE_FACE_MESH: 'face mesh',
  CONTROL_TYPE_DEFAULT: 'control image',
};

/**
 * Controlled editing: editImage with a ControlReferenceImage whose control map Google computes
 * from the source (enableControlImageComputation), edit mode EDIT_MODE_CONTROLLED_EDITING.
 * The prompt refers to the control map as [1], in the phrasing of Google's controlled
 * customization examples.
 */
export const imagenVariation = defineJob<VariationBody, GoogleSettings>()({
  key: 'google.imagen.generate-variation',
  async prepare(body, ctx) {
    requireVertex(ctx.settings.google, 'Imagen');
    const description = body.prompt ?? 'a variation of the original image';
    return {
      image: await imageField(ctx, body.image_url, ['body', 'image_url'], 'vertex'),
      prompt: description.includes('[1]') ? description : `Generate an image aligning with the ${CONTROL_WORDS[body.control_type]} [1] to match the description: ${description}`,
      control_type: body.control_type,
      number_of_images: body.number_of_images,
      aspect_ratio: body.aspect_ratio ?? null,
      safety_filter_level: body.safety_filter_level,
      person_generation: body.person_generation,
    };
  },
  sync: waitForResult,
  adapter: imagenAdapter<VariationRequest>(async (request, ctx, { ControlReferenceImage, EditMode }) => ({
    model: IMAGEN_CAPABILITY_MODEL,
    edit: true,
    params: {
      prompt: request.prompt,
      referenceImages: [
        Object.assign(new ControlReferenceImage(), {
          referenceId: 1,
          referenceImage: await sdkImage(ctx, request.image),
          config: { controlType: CONTROL[request.control_type], enableControlImageComputation: true },
        }),
      ],
      config: {
        editMode: EditMode.EDIT_MODE_CONTROLLED_EDITING,
        numberOfImages: request.number_of_images,
        ...(request.aspect_ratio ? { aspectRatio: request.aspect_ratio } : {}),
        ...imagenSafety(request),
      },
    },
  })),
});

// -- inpaint ----------------------------------------------------------------------------------

type InpaintBody = Validated<typeof ImagenInpaintingRequest, 'safety_filter_level' | 'person_generation'>;
interface InpaintRequest {
  operation_type: 'insert' | 'remove';
  image: string;
  prompt: string;
  mask_mode: string;
  mask_dilation: number | null;
  segmentation_classes: number[] | null;
  safety_filter_level: string;
  person_generation: string;
}

/** Imagen segmentation class ids (Vertex AI "Imagen API customization", segment ids 0–193). */
const MAX_SEGMENT_CLASS = 193;

/**
 * Mask editing: RawReferenceImage [1] + MaskReferenceImage [2] whose mask Google computes
 * (foreground, background, or the semantic classes). insert → EDIT_MODE_INPAINT_INSERTION;
 * remove → EDIT_MODE_INPAINT_REMOVAL with an empty prompt (`removal_mode: semantic` →
 * MASK_MODE_SEMANTIC with the class ids). This operation has no mask image field, so
 * MASK_MODE_USER_PROVIDED cannot be honoured.
 */
export const imagenInpaint = defineJob<InpaintBody, GoogleSettings>()({
  key: 'google.imagen.inpaint',
  async prepare(body, ctx) {
    requireVertex(ctx.settings.google, 'Imagen');
    let maskMode: string;
    if (body.operation_type === 'insert') {
      if (!body.prompt) throw invalid(['body', 'prompt'], "Field required for operation_type 'insert': describe what to insert", 'missing');
      if (!body.mask_mode) throw invalid(['body', 'mask_mode'], "Field required for operation_type 'insert'", 'missing');
      maskMode = body.mask_mode;
    } else if ((body.removal_mode ?? 'prompt') === 'semantic') {
      maskMode = 'MASK_MODE_SEMANTIC';
    } else {
      maskMode = body.mask_mode ?? 'MASK_MODE_FOREGROUND';
    }
    if (maskMode === 'MASK_MODE_USER_PROVIDED' || maskMode === 'MASK_MODE_DEFAULT') {
      throw invalid(
        ['body', 'mask_mode'],
        `${maskMode} needs a mask image, and this operation has no mask field; use MASK_MODE_FOREGROUND, MASK_MODE_BACKGROUND or MASK_MODE_SEMANTIC`,
      );
    }
    const classes = body.segmentation_classes ?? null;
    if (maskMode === 'MASK_MODE_SEMANTIC') {
      if (!classes || classes.length === 0) {
        throw invalid(['body', 'segmentation_classes'], 'Field required for semantic masks: give one or more segmentation class ids', 'missing');
      }
      const bad = classes.findIndex((c) => c < 0 || c > MAX_SEGMENT_CLASS);
      if (bad >= 0) throw invalid(['body', 'segmentation_classes', bad], `Imagen segmentation class ids are 0–${MAX_SEGMENT_CLASS}`);
    }
    return {
      operation_type: body.operation_type,
      image: await imageField(ctx, body.image_url, ['body', 'image_url'], 'vertex'),
      // Reference: for 'remove' "the prompt is always set to empty".
      prompt: body.operation_type === 'insert' ? body.prompt! : '',
      mask_mode: maskMode,
      mask_dilation: body.mask_dilation ?? null,
      segmentation_classes: maskMode === 'MASK_MODE_SEMANTIC' ? classes : null,
      safety_filter_level: body.safety_filter_level,
      person_generation: body.person_generation,
    };
  },
  sync: waitForResult,
  adapter: imagenAdapter<InpaintRequest>(async (request, ctx, genai) =>
    maskedEdit(
      genai,
      request.prompt,
      await sdkImage(ctx, request.image),
      {
        config: {
          maskMode: MASK_MODE[request.mask_mode],
          ...(request.mask_dilation !== null ? { maskDilation: request.mask_dilation } : {}),
          ...(request.segmentation_classes ? { segmentationClasses: request.segmentation_classes } : {}),
        },
      },
      {
        editMode: request.operation_type === 'insert' ? genai.EditMode.EDIT_MODE_INPAINT_INSERTION : genai.EditMode.EDIT_MODE_INPAINT_REMOVAL,
        numberOfImages: 1,
        ...imagenSafety(request),
      },
    ),
  ),
});

// -- expand-image -----------------------------------------------------------------------------

type ExpandBody = Validated<typeof ImagenExpandImageRequest, 'target_width' | 'target_height' | 'number_of_images' | 'mask_dilation' | 'safety_filter_level' | 'person_generation'>;
interface ExpandRequest {
  image: string;
  prompt: string;
  target_width: number;
  target_height: number;
  number_of_images: number;
  mask_dilation: number;
  position: string;
  padding: { left: number; right: number; top: number; bottom: number } | null;
  safety_filter_level: string;
  person_generation: string;
}

/** Share of the canvas a predefined position leaves the source at most (the rest is expanded). */
const POSITION_FILL = 0.75;

/** Where the source goes on the canvas: inside the padded box, or at a predefined position. */
export function expandLayout(source: { width: number; height: number }, request: Pick<ExpandRequest, 'target_width' | 'target_height' | 'position' | 'padding'>) {
  const W = request.target_width;
  const H = request.target_height;
  if (request.padding) {
    const { left, right, top, bottom } = request.padding;
    const boxW = W * (1 - left - right);
    const boxH = H * (1 - top - bottom);
    const scale = Math.min(boxW / source.width, boxH / source.height);
    const width = Math.max(1, Math.round(source.width * scale));
    const height = Math.max(1, Math.round(source.height * scale));
    return { width, height, left: Math.round(W * left + (boxW - width) / 2), top: Math.round(H * top + (boxH - height) / 2) };
  }
  const scale = Math.min(1, (W * POSITION_FILL) / source.width, (H * POSITION_FILL) / source.height);
  const width = Math.max(1, Math.round(source.width * scale));
  const height = Math.max(1, Math.round(source.height * scale));
  const freeX = W - width;
  const freeY = H - height;
  // The reference's words: "left_center: more padding on the left", "upper_left: padding on
  // right and bottom", "bottom_center: padding on top", "center_*: equal padding on all sides".
  const x = { start: 0, middle: Math.round(freeX / 2), end: freeX };
  const y = { start: 0, middle: Math.round(freeY / 2), end: freeY };
  const at: Record<string, [number, number]> = {
    center_vertical: [x.middle, y.middle],
    center_horizontal: [x.middle, y.middle],
    left_center: [x.end, y.middle],
    right_center: [x.start, y.middle],
    upper_left: [x.start, y.start],
    upper_center: [x.middle, y.start],
    upper_right: [x.end, y.start],
    bottom_left: [x.start, y.end],
    bottom_center: [x.middle, y.end],
    bottom_right: [x.end, y.end],
  };
  const [left, top] = at[request.position] ?? [x.middle, y.middle];
  return { width, height, left, top };
}

/** The padded source (black where Google is to paint) and its mask (white = paint here). */
async function outpaintInputs(source: Buffer, request: ExpandRequest): Promise<{ image: Buffer; mask: Buffer }> {
  const meta = await sharp(source).rotate().metadata();
  const oriented = { width: meta.autoOrient?.width ?? meta.width!, height: meta.autoOrient?.height ?? meta.height! };
  const box = expandLayout(oriented, request);
  const placed = await sharp(source).rotate().resize(box.width, box.height, { fit: 'fill' }).removeAlpha().png().toBuffer();
  const canvas = { width: request.target_width, height: request.target_height, channels: 3 as const };
  const image = await sharp({ create: { ...canvas, background: '#000000' } })
    .composite([{ input: placed, left: box.left, top: box.top }])
    .png()
    .toBuffer();
  const keep = await sharp({ create: { width: box.width, height: box.height, channels: 3, background: '#000000' } })
    .png()
    .toBuffer();
  const mask = await sharp({ create: { ...canvas, background: '#ffffff' } })
    .composite([{ input: keep, left: box.left, top: box.top }])
    .greyscale()
    .png()
    .toBuffer();
  return { image, mask };
}

/**
 * Outpainting: the source is placed on the target canvas locally (sharp), and sent as
 * RawReferenceImage [1] with a MaskReferenceImage [2] of mode MASK_MODE_USER_PROVIDED (white
 * where Google paints), edit mode EDIT_MODE_OUTPAINT (Vertex AI "Expand the content of an
 * image"; docs/provider-facts.md §5 gateway mapping).
 */
export const imagenExpandImage = defineJob<ExpandBody, GoogleSettings>()({
  key: 'google.imagen.expand-image',
  async prepare(body, ctx) {
    requireVertex(ctx.settings.google, 'Imagen');
    const sides = ['padding_left', 'padding_right', 'padding_top', 'padding_bottom'] as const;
    const given = sides.filter((s) => body[s] !== undefined && body[s] !== null);
    let padding: ExpandRequest['padding'] = null;
    if (given.length > 0) {
      // Reference: "Custom Padding (all four values required if using)". Custom padding wins over `position`.
      const missing = sides.filter((s) => !given.includes(s));
      if (missing.length > 0)
        throw invalid(['body', missing[0]], 'Field required: custom padding needs all four of padding_left, padding_right, padding_top and padding_bottom', 'missing');
      padding = { left: body.padding_left!, right: body.padding_right!, top: body.padding_top!, bottom: body.padding_bottom! };
      if (padding.left + padding.right >= 1) throw invalid(['body', 'padding_right'], 'padding_left + padding_right must be less than 1: the image needs some width');
      if (padding.top + padding.bottom >= 1) throw invalid(['body', 'padding_bottom'], 'padding_top + padding_bottom must be less than 1: the image needs some height');
      if (padding.left + padding.right + padding.top + padding.bottom === 0) throw invalid(['body', 'padding_left'], 'all four paddings are 0: there is nothing to expand');
    }
    return {
      image: await ctx.media(body.image_url, { kind: 'image', loc: ['body', 'image_url'] }),
      prompt: body.prompt,
      target_width: body.target_width,
      target_height: body.target_height,
      number_of_images: body.number_of_images,
      mask_dilation: body.mask_dilation,
      position: body.position ?? 'center_horizontal',
      padding,
      safety_filter_level: body.safety_filter_level,
      person_generation: body.person_generation,
    };
  },
  sync: waitForResult,
  adapter: imagenAdapter<ExpandRequest>(async (request, ctx, genai) => {
    const { image, mask } = await outpaintInputs(await imageBuffer(ctx, request.image), request);
    return maskedEdit(
      genai,
      request.prompt,
      { imageBytes: image.toString('base64'), mimeType: 'image/png' },
      {
        referenceImage: { imageBytes: mask.toString('base64'), mimeType: 'image/png' },
        config: { maskMode: genai.MaskReferenceMode.MASK_MODE_USER_PROVIDED, maskDilation: request.mask_dilation },
      },
      { editMode: genai.EditMode.EDIT_MODE_OUTPAINT, numberOfImages: request.number_of_images, ...imagenSafety(request) },
    );
  }),
});

// -- generate-background ----------------------------------------------------------------------

type BackgroundBody = Validated<typeof ImagenBackgroundRequest, 'number_of_images' | 'safety_filter_level' | 'person_generation'>;
export interface BackgroundRequest extends Omit<BackgroundBody, 'image_url'> {
  image: string;
}

/**
 * Background swap: RawReferenceImage [1] + MaskReferenceImage [2] in MASK_MODE_BACKGROUND,
 * edit mode EDIT_MODE_BGSWAP. A seed is "not available when add_watermark is set to true"
 * (js-genai EditImageConfig.seed), and Imagen watermarks by default, so a request with a seed
 * turns the watermark off.
 */
export const imagenGenerateBackground = defineJob<BackgroundBody, GoogleSettings>()({
  key: 'google.imagen.generate-background',
  async prepare(body, ctx) {
    requireVertex(ctx.settings.google, 'Imagen');
    if (body.seed !== undefined && body.seed !== null && (body.seed < 0 || body.seed > MAX_SEED)) {
      throw invalid(['body', 'seed'], `Imagen seeds are 0–${MAX_SEED}`);
    }
    return {
      image: await imageField(ctx, body.image_url, ['body', 'image_url'], 'vertex'),
      prompt: body.prompt,
      number_of_images: body.number_of_images,
      seed: body.seed ?? null,
      safety_filter_level: body.safety_filter_level,
      person_generation: body.person_generation,
    };
  },
  sync: waitForResult,
  adapter: imagenAdapter<BackgroundRequest>(
    async (request, ctx, genai) =>
      maskedEdit(
        genai,
        request.prompt,
        await sdkImage(ctx, request.image),
        { config: { maskMode: genai.MaskReferenceMode.MASK_MODE_BACKGROUND } },
        {
          editMode: genai.EditMode.EDIT_MODE_BGSWAP,
          numberOfImages: request.number_of_images,
          ...(request.seed !== null && request.seed !== undefined ? { seed: request.seed, addWatermark: false } : {}),
          ...imagenSafety(request),
        },
      ),
    backgroundOnGemini,
  ),
});
