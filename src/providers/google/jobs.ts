// Google operations carried out as gateway jobs: the map from each reference body to the
// @google/genai call (Imagen and Veo on Vertex AI; Gemini on the Gemini API or Vertex AI), and
// from Google's answer to the caller's result.
//
// Imagen and Gemini answer synchronously upstream, so their adapters finish in `start`; Veo is
// a long-running operation: `start` = generateVideos (→ pending with the operation name),
// `poll` = operations.getVideosOperation (→ :fetchPredictOperation). Safety blocks (no image
// with a filtered reason, promptFeedback.blockReason, a SAFETY finish) end the job with
// `content_moderation`, which the caller hears as a 422 naming Google's reason.
import type {
  Content,
  ControlReferenceType,
  EditImageParameters,
  HarmBlockMethod,
  HarmBlockThreshold,
  HarmCategory,
  MaskReferenceMode,
  Part,
  PersonGeneration,
  ReferenceImage,
  SafetyFilterLevel,
  SafetySetting,
  SubjectReferenceType,
} from '@google/genai';
import sharp from 'sharp';
import { assetRef, type Asset } from '../../assets/assets.js';
import type { Config } from '../../config.js';
import { HttpError } from '../../core/errors.js';
import type { JobSpec, PrepareContext } from '../../core/operation.js';
import { RequestValidationError } from '../../core/validation.js';
import type { JobAdapter, StepContext, StepOutcome, UpstreamOutput } from '../../jobs/adapter.js';
import { genaiModule, GoogleClient, type GenaiModule, geminiApiConfigured, vertexConfigured, type Backend, type ContentResponse, type ImagesResponse, type VideosOperation } from './client.js';
import {
  GEMINI_IMAGE_MODEL,
  IMAGEN_CAPABILITY_MODEL,
  IMAGEN_FAST_MODEL,
  IMAGEN_GENERATE_MODELS,
  SINGLE_IMAGE_MODELS,
  VEO_MODELS,
  veoDuration,
} from './models.js';

// ---------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------

const invalid = (loc: (string | number)[], msg: string, type = 'value_error'): RequestValidationError =>
  new RequestValidationError([{ loc, msg, type }]);

/** Imagen and Veo exist on Vertex AI only (docs/provider-facts.md §5; the SDK refuses them on the Gemini API). */
function requireVertex(config: Config, what: string): void {
  if (!vertexConfigured(config)) {
    throw new HttpError(
      503,
      `${what} runs on Vertex AI, which is not configured on this gateway: set GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION and GOOGLE_APPLICATION_CREDENTIALS`,
      { provider: 'google' },
    );
  }
}

const GCS_URI = /^gs:\/\/[a-z0-9][a-z0-9._-]{1,220}\/\S+$/;
const GCS_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

/**
 * An image field: a `gs://` URI is passed on as it is (only Vertex AI can read Cloud Storage,
 * with the gateway's service identity); anything else (URL, data URI, base64, asset id) is
 * checked and kept as an input asset, and sent to Google as bytes.
 */
async function imageField(ctx: PrepareContext, value: string, loc: (string | number)[], backend: Backend): Promise<string> {
  const trimmed = value.trim();
  if (trimmed.startsWith('gs://')) {
    if (backend !== 'vertex') {
      throw invalid(loc, 'gs:// URIs can only be read through Vertex AI, which is not configured on this gateway; send an https URL, a data URI or base64 instead');
    }
    const ext = trimmed.split('.').pop()?.toLowerCase() ?? '';
    if (!GCS_URI.test(trimmed) || !GCS_TYPES[ext]) {
      throw invalid(loc, 'a gs:// URI must name an object ending in .png, .jpg, .jpeg or .webp');
    }
    return trimmed;
  }
  return ctx.media(value, { kind: 'image', loc });
}

interface ImageBytes { imageBytes?: string; gcsUri?: string; mimeType: string }

/** A stored image field as the SDK's `Image`: base64 bytes, or the gs:// URI. */
async function sdkImage(ctx: StepContext, ref: string): Promise<ImageBytes> {
  if (ref.startsWith('gs://')) return { gcsUri: ref, mimeType: GCS_TYPES[ref.split('.').pop()!.toLowerCase()] };
  const { data, contentType } = await ctx.loadAsset(ref.slice('asset://'.length));
  return { imageBytes: data.toString('base64'), mimeType: contentType };
}

async function imageBuffer(ctx: StepContext, ref: string): Promise<Buffer> {
  return (await ctx.loadAsset(ref.slice('asset://'.length))).data;
}

/**
 * Reference enum values that the SDK enum E spells the same way, as E. Spelled out so a renamed
 * value fails the type-check; plain strings, so a request is checked without loading the SDK.
 */
function sdkEnum<E extends string>(values: `${E}`[]): Record<string, E> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<string, E>;
}

const SAFETY_FILTER = sdkEnum<SafetyFilterLevel>(['BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE']);
const PERSON = sdkEnum<PersonGeneration>(['DONT_ALLOW', 'ALLOW_ADULT', 'ALLOW_ALL']);
const MASK_MODE = sdkEnum<MaskReferenceMode>(['MASK_MODE_DEFAULT', 'MASK_MODE_USER_PROVIDED', 'MASK_MODE_BACKGROUND', 'MASK_MODE_FOREGROUND', 'MASK_MODE_SEMANTIC']);
const CONTROL = sdkEnum<ControlReferenceType>(['CONTROL_TYPE_DEFAULT', 'CONTROL_TYPE_CANNY', 'CONTROL_TYPE_SCRIBBLE', 'CONTROL_TYPE_FACE_MESH']);
const SUBJECT = sdkEnum<SubjectReferenceType>(['SUBJECT_TYPE_DEFAULT', 'SUBJECT_TYPE_PERSON', 'SUBJECT_TYPE_ANIMAL', 'SUBJECT_TYPE_PRODUCT']);
const HARM_CATEGORY = sdkEnum<HarmCategory>(['HARM_CATEGORY_HATE_SPEECH', 'HARM_CATEGORY_DANGEROUS_CONTENT', 'HARM_CATEGORY_HARASSMENT', 'HARM_CATEGORY_SEXUALLY_EXPLICIT', 'HARM_CATEGORY_CIVIC_INTEGRITY']);
const HARM_THRESHOLD = sdkEnum<HarmBlockThreshold>(['BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE', 'OFF']);
const HARM_METHOD = sdkEnum<HarmBlockMethod>(['SEVERITY', 'PROBABILITY']);
/** The categories a threshold applies to when no (or the UNSPECIFIED) category is named. */
const ALL_HARM_CATEGORIES = ['HARM_CATEGORY_HATE_SPEECH', 'HARM_CATEGORY_DANGEROUS_CONTENT', 'HARM_CATEGORY_HARASSMENT', 'HARM_CATEGORY_SEXUALLY_EXPLICIT'];

/** Finish/block reasons that mean Google's content policy stopped the answer (js-genai FinishReason, BlockedReason). */
const POLICY_REASONS = new Set([
  'SAFETY', 'IMAGE_SAFETY', 'PROHIBITED_CONTENT', 'IMAGE_PROHIBITED_CONTENT', 'BLOCKLIST', 'SPII',
  'RECITATION', 'IMAGE_RECITATION', 'JAILBREAK', 'MODEL_ARMOR', 'OTHER',
]);

/**
 * The reference answers these operations with their result, so the gateway waits for the job
 * (up to VISION_STUDIO_SYNC_WAIT_MS, then it answers with the task id); `"sync": false` in the
 * body asks for the task id at once.
 */
const waitForResult = (body: unknown) => (body as { sync?: unknown } | undefined)?.sync !== false;

const moderation = (message: string): StepOutcome => ({ kind: 'failed', error: { code: 'content_moderation', message } });

// ---------------------------------------------------------------------------------------------
// Imagen (Vertex AI :predict)
// ---------------------------------------------------------------------------------------------

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

/** `build` gets the SDK (loaded on first use) for its reference-image classes and enums. */
function imagenAdapter<Request>(build: (request: Request, ctx: StepContext, genai: GenaiModule) => Promise<ImagenCall>): JobAdapter<Request> {
  return {
    async start(request, ctx) {
      const call = await build(request, ctx, await genaiModule());
      const client = new GoogleClient(ctx.config, 'vertex');
      const answer = call.edit
        ? await client.editImage({ model: call.model, ...call.params } as unknown as EditImageParameters, ctx.signal)
        : await client.generateImages({ model: call.model, ...call.params } as never, ctx.signal);
      return imagesOutcome(answer, call.model);
    },
    async poll() {
      throw new Error('Imagen answers synchronously; there is nothing to poll');
    },
    result: (assets: Asset[], data) => ({ image_urls: assets.map(assetRef), ...data }),
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

interface GenerateImageBody {
  model_name?: string | null;
  prompt: string;
  aspect_ratio: string;
  number_of_images: number;
  use_fast_model: boolean;
  add_watermark: boolean;
  safety_filter_level: string;
  person_generation: string;
}
interface GenerateImageRequest extends Omit<GenerateImageBody, 'model_name' | 'use_fast_model'> {
  model: string;
  reference_model: string;
}

/** POST …/publishers/google/models/{imagen-4.0-*-001}:predict {instances:[{prompt}], parameters}. */
export const imagenGenerateImage: JobSpec<GenerateImageBody, GenerateImageRequest> = {
  key: 'google.imagen.generate-image',
  async prepare(body, ctx) {
    requireVertex(ctx.config, 'Imagen');
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
  adapter: imagenAdapter<GenerateImageRequest>(async (request) => ({
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
  })),
};

// -- generate-with-image-guidance -------------------------------------------------------------

interface GuidanceBody {
  guidance_type: 'style' | 'subject';
  ref_image_1_url: string;
  ref_image_1_description?: string | null;
  ref_image_2_url?: string | null;
  ref_image_2_description?: string | null;
  subject_type?: string | null;
  prompt?: string | null;
  aspect_ratio?: string | null;
  safety_filter_level: string;
  person_generation: string;
}
interface GuidanceRequest {
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
export const imagenImageGuidance: JobSpec<GuidanceBody, GuidanceRequest> = {
  key: 'google.imagen.generate-with-image-guidance',
  async prepare(body, ctx) {
    requireVertex(ctx.config, 'Imagen');
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
        referenceImages.push(Object.assign(new StyleReferenceImage(), {
          referenceId: ref.id,
          referenceImage: image,
          config: ref.description ? { styleDescription: ref.description } : {},
        }));
      } else {
        referenceImages.push(Object.assign(new SubjectReferenceImage(), {
          referenceId: ref.id,
          referenceImage: image,
          config: { subjectType: SUBJECT[request.subject_type!], ...(ref.description ? { subjectDescription: ref.description } : {}) },
        }));
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
  }),
};

// -- generate-variation -----------------------------------------------------------------------

interface VariationBody {
  image_url: string;
  prompt?: string | null;
  control_type: string;
  number_of_images: number;
  aspect_ratio?: string | null;
  safety_filter_level: string;
  person_generation: string;
}
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
export const imagenVariation: JobSpec<VariationBody, VariationRequest> = {
  key: 'google.imagen.generate-variation',
  async prepare(body, ctx) {
    requireVertex(ctx.config, 'Imagen');
    const description = body.prompt ?? 'a variation of the original image';
    return {
      image: await imageField(ctx, body.image_url, ['body', 'image_url'], 'vertex'),
      prompt: description.includes('[1]')
        ? description
        : `Generate an image aligning with the ${CONTROL_WORDS[body.control_type]} [1] to match the description: ${description}`,
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
};

// -- inpaint ----------------------------------------------------------------------------------

interface InpaintBody {
  operation_type: 'insert' | 'remove';
  image_url: string;
  prompt?: string | null;
  mask_mode?: string | null;
  mask_dilation?: number | null;
  removal_mode?: string | null;
  segmentation_classes?: number[] | null;
  safety_filter_level: string;
  person_generation: string;
}
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
export const imagenInpaint: JobSpec<InpaintBody, InpaintRequest> = {
  key: 'google.imagen.inpaint',
  async prepare(body, ctx) {
    requireVertex(ctx.config, 'Imagen');
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
      throw invalid(['body', 'mask_mode'], `${maskMode} needs a mask image, and this operation has no mask field; use MASK_MODE_FOREGROUND, MASK_MODE_BACKGROUND or MASK_MODE_SEMANTIC`);
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
  adapter: imagenAdapter<InpaintRequest>(async (request, ctx, { MaskReferenceImage, RawReferenceImage, EditMode }) => ({
    model: IMAGEN_CAPABILITY_MODEL,
    edit: true,
    params: {
      prompt: request.prompt,
      referenceImages: [
        Object.assign(new RawReferenceImage(), { referenceId: 1, referenceImage: await sdkImage(ctx, request.image) }),
        Object.assign(new MaskReferenceImage(), {
          referenceId: 2,
          config: {
            maskMode: MASK_MODE[request.mask_mode],
            ...(request.mask_dilation !== null ? { maskDilation: request.mask_dilation } : {}),
            ...(request.segmentation_classes ? { segmentationClasses: request.segmentation_classes } : {}),
          },
        }),
      ],
      config: {
        editMode: request.operation_type === 'insert' ? EditMode.EDIT_MODE_INPAINT_INSERTION : EditMode.EDIT_MODE_INPAINT_REMOVAL,
        numberOfImages: 1,
        ...imagenSafety(request),
      },
    },
  })),
};

// -- expand-image -----------------------------------------------------------------------------

interface ExpandBody {
  image_url: string;
  prompt: string;
  target_width: number;
  target_height: number;
  number_of_images: number;
  mask_dilation: number;
  position?: string | null;
  padding_left?: number | null;
  padding_right?: number | null;
  padding_top?: number | null;
  padding_bottom?: number | null;
  safety_filter_level: string;
  person_generation: string;
}
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
  const keep = await sharp({ create: { width: box.width, height: box.height, channels: 3, background: '#000000' } }).png().toBuffer();
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
export const imagenExpandImage: JobSpec<ExpandBody, ExpandRequest> = {
  key: 'google.imagen.expand-image',
  async prepare(body, ctx) {
    requireVertex(ctx.config, 'Imagen');
    const sides = ['padding_left', 'padding_right', 'padding_top', 'padding_bottom'] as const;
    const given = sides.filter((s) => body[s] !== undefined && body[s] !== null);
    let padding: ExpandRequest['padding'] = null;
    if (given.length > 0) {
      // Reference: "Custom Padding (all four values required if using)". Custom padding wins over `position`.
      const missing = sides.filter((s) => !given.includes(s));
      if (missing.length > 0) throw invalid(['body', missing[0]], 'Field required: custom padding needs all four of padding_left, padding_right, padding_top and padding_bottom', 'missing');
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
  adapter: imagenAdapter<ExpandRequest>(async (request, ctx, { MaskReferenceImage, MaskReferenceMode, RawReferenceImage, EditMode }) => {
    const { image, mask } = await outpaintInputs(await imageBuffer(ctx, request.image), request);
    return {
      model: IMAGEN_CAPABILITY_MODEL,
      edit: true,
      params: {
        prompt: request.prompt,
        referenceImages: [
          Object.assign(new RawReferenceImage(), { referenceId: 1, referenceImage: { imageBytes: image.toString('base64'), mimeType: 'image/png' } }),
          Object.assign(new MaskReferenceImage(), {
            referenceId: 2,
            referenceImage: { imageBytes: mask.toString('base64'), mimeType: 'image/png' },
            config: { maskMode: MaskReferenceMode.MASK_MODE_USER_PROVIDED, maskDilation: request.mask_dilation },
          }),
        ],
        config: { editMode: EditMode.EDIT_MODE_OUTPAINT, numberOfImages: request.number_of_images, ...imagenSafety(request) },
      },
    };
  }),
};

// -- generate-background ----------------------------------------------------------------------

interface BackgroundBody {
  image_url: string;
  prompt: string;
  number_of_images: number;
  seed?: number | null;
  safety_filter_level: string;
  person_generation: string;
}
interface BackgroundRequest extends Omit<BackgroundBody, 'image_url'> {
  image: string;
}

/** Imagen's seed is an unsigned 32-bit value (Vertex AI Imagen API `seed`). */
const MAX_SEED = 4_294_967_295;

/**
 * Background swap: RawReferenceImage [1] + MaskReferenceImage [2] in MASK_MODE_BACKGROUND,
 * edit mode EDIT_MODE_BGSWAP. A seed is "not available when add_watermark is set to true"
 * (js-genai EditImageConfig.seed), and Imagen watermarks by default, so a request with a seed
 * turns the watermark off.
 */
export const imagenGenerateBackground: JobSpec<BackgroundBody, BackgroundRequest> = {
  key: 'google.imagen.generate-background',
  async prepare(body, ctx) {
    requireVertex(ctx.config, 'Imagen');
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
  adapter: imagenAdapter<BackgroundRequest>(async (request, ctx, { MaskReferenceImage, MaskReferenceMode, RawReferenceImage, EditMode }) => ({
    model: IMAGEN_CAPABILITY_MODEL,
    edit: true,
    params: {
      prompt: request.prompt,
      referenceImages: [
        Object.assign(new RawReferenceImage(), { referenceId: 1, referenceImage: await sdkImage(ctx, request.image) }),
        Object.assign(new MaskReferenceImage(), { referenceId: 2, config: { maskMode: MaskReferenceMode.MASK_MODE_BACKGROUND } }),
      ],
      config: {
        editMode: EditMode.EDIT_MODE_BGSWAP,
        numberOfImages: request.number_of_images,
        ...(request.seed !== null && request.seed !== undefined ? { seed: request.seed, addWatermark: false } : {}),
        ...imagenSafety(request),
      },
    },
  })),
};

// ---------------------------------------------------------------------------------------------
// Gemini image generation (generateContent, responseModalities TEXT + IMAGE)
// ---------------------------------------------------------------------------------------------

interface SafetyFields {
  safety_method?: string | null;
  safety_category?: string | null;
  safety_threshold?: string | null;
}

const methodGiven = (body: SafetyFields) => Boolean(body.safety_method && body.safety_method !== 'HARM_BLOCK_METHOD_UNSPECIFIED');

/**
 * Which backend serves a Gemini request: the Gemini API when GEMINI_API_KEY is set, else
 * Vertex AI — unless the request needs Vertex (HarmBlockMethod and gs:// inputs exist there
 * only), then Vertex, or a 422 naming the conflict when it is not configured.
 */
function geminiBackend(config: Config, needsVertex: { loc: (string | number)[]; why: string } | undefined): Backend {
  if (needsVertex) {
    if (vertexConfigured(config)) return 'vertex';
    throw invalid(needsVertex.loc, `${needsVertex.why} is supported only on Vertex AI, and this gateway reaches Gemini through the Gemini API (GEMINI_API_KEY); omit it, or configure Vertex AI (GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION)`);
  }
  return geminiApiConfigured(config) ? 'gemini-api' : 'vertex';
}

/**
 * The reference's one category/threshold/method triple as Gemini `safetySettings`. A threshold
 * without a category (or with HARM_CATEGORY_UNSPECIFIED) applies to every category; the
 * UNSPECIFIED threshold and method mean "Google's default" and are not sent.
 */
function safetySettings(body: SafetyFields): SafetySetting[] | undefined {
  const threshold = body.safety_threshold && body.safety_threshold !== 'HARM_BLOCK_THRESHOLD_UNSPECIFIED' ? body.safety_threshold : undefined;
  const category = body.safety_category && body.safety_category !== 'HARM_CATEGORY_UNSPECIFIED' ? body.safety_category : undefined;
  if (!threshold) {
    if (category) throw invalid(['body', 'safety_threshold'], 'Field required when safety_category is set: a safety setting needs a threshold', 'missing');
    if (methodGiven(body)) throw invalid(['body', 'safety_threshold'], 'Field required when safety_method is set: a safety setting needs a threshold', 'missing');
    return undefined;
  }
  const method = methodGiven(body) ? HARM_METHOD[body.safety_method!] : undefined;
  return (category ? [category] : ALL_HARM_CATEGORIES).map((c) => ({
    category: HARM_CATEGORY[c],
    threshold: HARM_THRESHOLD[threshold],
    ...(method ? { method } : {}),
  }));
}

async function sdkPart(ctx: StepContext, ref: string): Promise<Part> {
  const image = await sdkImage(ctx, ref);
  return image.gcsUri ? { fileData: { fileUri: image.gcsUri, mimeType: image.mimeType } } : { inlineData: { data: image.imageBytes!, mimeType: image.mimeType } };
}

const geminiConfig = ({ Modality }: GenaiModule, safety: SafetySetting[] | undefined) => ({
  responseModalities: [Modality.TEXT, Modality.IMAGE],
  ...(safety ? { safetySettings: safety } : {}),
});

/** Why Gemini gave no answer, when its content policy is the reason. */
function geminiBlock(answer: ContentResponse): string | undefined {
  const feedback = answer.promptFeedback;
  if (feedback?.blockReason && feedback.blockReason !== 'BLOCKED_REASON_UNSPECIFIED') {
    return `Google blocked the prompt (${feedback.blockReason}${feedback.blockReasonMessage ? `: ${feedback.blockReasonMessage}` : ''})`;
  }
  const candidate = answer.candidates?.[0];
  if (candidate?.finishReason && POLICY_REASONS.has(candidate.finishReason)) {
    const hasImage = candidate.content?.parts?.some((p) => p.inlineData?.data && !p.thought);
    if (!hasImage) return `Google's safety filters blocked the answer (${candidate.finishReason}${candidate.finishMessage ? `: ${candidate.finishMessage}` : ''})`;
  }
  return undefined;
}

type SequenceItem = { type: 'text'; text: string } | { type: 'image'; output: number };

/** The answer's parts in order (thoughts left out): text, and images as outputs. */
function readParts(answer: ContentResponse, outputs: UpstreamOutput[]): SequenceItem[] {
  const items: SequenceItem[] = [];
  for (const part of answer.candidates?.[0]?.content?.parts ?? []) {
    if (part.thought) continue;
    if (part.inlineData?.data && part.inlineData.mimeType?.startsWith('image/')) {
      outputs.push({ data: Buffer.from(part.inlineData.data, 'base64'), contentType: part.inlineData.mimeType });
      items.push({ type: 'image', output: outputs.length - 1 });
    } else if (typeof part.text === 'string' && part.text.trim()) {
      items.push({ type: 'text', text: part.text });
    }
  }
  return items;
}

function noImage(answer: ContentResponse, text: string): StepOutcome {
  const reason = answer.candidates?.[0]?.finishReason;
  return {
    kind: 'failed',
    error: {
      code: 'no_image',
      message: `Gemini answered without an image${reason ? ` (finish reason ${reason})` : ''}${text ? `: "${text.slice(0, 300)}"` : ''}`,
    },
  };
}

const textOf = (items: SequenceItem[]) => items.filter((i): i is { type: 'text'; text: string } => i.type === 'text').map((i) => i.text).join('\n').trim();

interface GeminiRequest {
  backend: Backend;
  model: string;
  prompt: string;
  images: string[];
  safety: SafetySetting[] | null;
}

function geminiAdapter(shape: 'images' | 'sequence'): JobAdapter<GeminiRequest> {
  return {
    async start(request, ctx) {
      const parts: Part[] = [{ text: request.prompt }];
      for (const ref of request.images) parts.push(await sdkPart(ctx, ref));
      const answer = await new GoogleClient(ctx.config, request.backend).generateContent(
        { model: request.model, contents: [{ role: 'user', parts }], config: geminiConfig(await genaiModule(), request.safety ?? undefined) },
        ctx.signal,
      );
      const blocked = geminiBlock(answer);
      if (blocked) return moderation(blocked);
      const outputs: UpstreamOutput[] = [];
      const items = readParts(answer, outputs);
      if (outputs.length === 0) return noImage(answer, textOf(items));
      const data = shape === 'sequence'
        ? { model: request.model, sequence: items }
        : { model: request.model, text: textOf(items) || null };
      return { kind: 'done', outputs, data };
    },
    async poll() {
      throw new Error('Gemini answers synchronously; there is nothing to poll');
    },
    result(assets, data) {
      if (shape === 'images') return { image_urls: assets.map(assetRef), ...data };
      const sequence = (data.sequence as SequenceItem[]).map((item) =>
        item.type === 'image' ? { type: 'image', image_url: assetRef(assets[item.output]) } : item,
      );
      return { model: data.model, sequence, image_urls: assets.map(assetRef), text: textOf(data.sequence as SequenceItem[]) || null };
    },
  };
}

interface GeminiGenerateBody extends SafetyFields {
  prompt: string;
  image_urls?: string[] | null;
}

/** POST …/models/gemini-2.5-flash-image:generateContent {contents:[{parts:[{text}, {inlineData}…]}], generationConfig:{responseModalities:[TEXT, IMAGE]}, safetySettings}. */
export const geminiGenerateImage: JobSpec<GeminiGenerateBody, GeminiRequest> = {
  key: 'google.gemini.generate-image',
  async prepare(body, ctx) {
    const urls = body.image_urls ?? [];
    const gcs = urls.findIndex((u) => u.trim().startsWith('gs://'));
    const backend = geminiBackend(
      ctx.config,
      methodGiven(body) ? { loc: ['body', 'safety_method'], why: 'safety_method (HarmBlockMethod)' }
        : gcs >= 0 ? { loc: ['body', 'image_urls', gcs], why: 'Reading gs:// URIs' }
        : undefined,
    );
    const safety = safetySettings(body) ?? null;
    const images: string[] = [];
    for (const [i, url] of urls.entries()) images.push(await imageField(ctx, url, ['body', 'image_urls', i], backend));
    return { backend, model: GEMINI_IMAGE_MODEL, prompt: body.prompt, images, safety };
  },
  sync: waitForResult,
  adapter: geminiAdapter('images'),
};

/** The same call; the answer's interleaved text and image parts are returned in order. */
export const geminiGenerateImageSequence: JobSpec<SafetyFields & { prompt: string }, GeminiRequest> = {
  key: 'google.gemini.generate-image-sequence',
  async prepare(body, ctx) {
    const backend = geminiBackend(ctx.config, methodGiven(body) ? { loc: ['body', 'safety_method'], why: 'safety_method (HarmBlockMethod)' } : undefined);
    return { backend, model: GEMINI_IMAGE_MODEL, prompt: body.prompt, images: [], safety: safetySettings(body) ?? null };
  },
  sync: waitForResult,
  adapter: geminiAdapter('sequence'),
};

// -- edit-image -------------------------------------------------------------------------------

interface EditBody extends SafetyFields {
  image_url: string;
  edit_prompt?: string | null;
  edit_steps?: string | null;
}
interface EditRequest {
  backend: Backend;
  model: string;
  image: string;
  steps: string[];
  multi_turn: boolean;
  safety: SafetySetting[] | null;
}

/**
 * Gemini image editing: the source image and the instruction in one user turn. Multi-turn
 * (`edit_steps`, comma-separated) is one conversation: each step is a new user turn after the
 * model's previous answer (its image included), as Gemini's multi-turn editing guide does with
 * a chat. All steps run in one job step: an intermediate image is not kept between steps.
 */
export const geminiEditImage: JobSpec<EditBody, EditRequest> = {
  key: 'google.gemini.edit-image',
  async prepare(body, ctx) {
    const hasPrompt = Boolean(body.edit_prompt);
    const hasSteps = body.edit_steps !== undefined && body.edit_steps !== null;
    if (hasPrompt && hasSteps) throw invalid(['body', 'edit_steps'], 'Provide either edit_prompt or edit_steps, not both');
    if (!hasPrompt && !hasSteps) throw invalid(['body', 'edit_prompt'], 'Field required: provide edit_prompt (one edit) or edit_steps (comma-separated edits)', 'missing');
    const steps = hasPrompt ? [body.edit_prompt!] : body.edit_steps!.split(',').map((s) => s.trim()).filter(Boolean);
    if (steps.length === 0) throw invalid(['body', 'edit_steps'], 'edit_steps holds no edit: give comma-separated edit prompts');
    const gcs = body.image_url.trim().startsWith('gs://');
    const backend = geminiBackend(
      ctx.config,
      methodGiven(body) ? { loc: ['body', 'safety_method'], why: 'safety_method (HarmBlockMethod)' }
        : gcs ? { loc: ['body', 'image_url'], why: 'Reading gs:// URIs' }
        : undefined,
    );
    const safety = safetySettings(body) ?? null;
    return {
      backend,
      model: GEMINI_IMAGE_MODEL,
      image: await imageField(ctx, body.image_url, ['body', 'image_url'], backend),
      steps,
      multi_turn: hasSteps,
      safety,
    };
  },
  sync: waitForResult,
  adapter: {
    async start(request, ctx) {
      const client = new GoogleClient(ctx.config, request.backend);
      const history: Content[] = [];
      const outputs: UpstreamOutput[] = [];
      const steps: { prompt: string; outputs: number[]; text: string | null }[] = [];
      for (const [i, prompt] of request.steps.entries()) {
        const parts: Part[] = i === 0 ? [await sdkPart(ctx, request.image), { text: prompt }] : [{ text: prompt }];
        history.push({ role: 'user', parts });
        const answer = await client.generateContent(
          { model: request.model, contents: history, config: geminiConfig(await genaiModule(), request.safety ?? undefined) },
          ctx.signal,
        );
        const blocked = geminiBlock(answer);
        if (blocked) return moderation(request.steps.length > 1 ? `step ${i + 1} ("${prompt}"): ${blocked}` : blocked);
        const before = outputs.length;
        const items = readParts(answer, outputs);
        if (outputs.length === before) {
          const failed = noImage(answer, textOf(items));
          if (failed.kind === 'failed' && request.steps.length > 1) failed.error.message = `step ${i + 1} ("${prompt}"): ${failed.error.message}`;
          return failed;
        }
        steps.push({ prompt, outputs: outputs.slice(before).map((_, k) => before + k), text: textOf(items) || null });
        // The model's turn as Google sent it (thought signatures included) carries the image on.
        const content = answer.candidates?.[0]?.content as Content | undefined;
        if (content) history.push({ ...content, role: 'model' });
      }
      return { kind: 'done', outputs, data: { model: request.model, multi_turn: request.multi_turn, steps } };
    },
    async poll() {
      throw new Error('Gemini answers synchronously; there is nothing to poll');
    },
    result(assets, data) {
      const steps = data.steps as { prompt: string; outputs: number[]; text: string | null }[];
      if (!data.multi_turn) return { model: data.model, image_urls: assets.map(assetRef), text: steps[0]?.text ?? null };
      return {
        model: data.model,
        image_urls: assets.map(assetRef),
        steps: steps.map((s, i) => ({ step: i + 1, prompt: s.prompt, image_urls: s.outputs.map((o) => assetRef(assets[o])), text: s.text })),
      };
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Veo (Vertex AI :predictLongRunning, polled with :fetchPredictOperation)
// ---------------------------------------------------------------------------------------------

interface VeoBody {
  model: string;
  prompt: string;
  aspect_ratio: string;
  duration: number;
  start_image_url?: string | null;
  person_generation?: string | null;
  enhance_prompt?: boolean | null;
  negative_prompt?: string | null;
  seed?: number | null;
}
interface VeoRequest {
  reference_model: string;
  model: string;
  prompt: string;
  aspect_ratio: string;
  duration_seconds: number;
  image: string | null;
  person_generation: string;
  enhance_prompt: boolean | null;
  generate_audio: boolean | null;
  negative_prompt: string | null;
  seed: number | null;
}

/** The reference's person_generation words → Vertex AI Veo REST `personGeneration` (docs/provider-facts.md §6). */
const VEO_PERSON: Record<string, string> = { allow: 'allow_all', allow_adult: 'allow_adult', dont_allow: 'dont_allow' };

/** google.rpc.Code (an operation's `error.code`) → the HTTP status Google maps it to (google.rpc code.proto). */
const RPC_HTTP: Record<number, [string, number]> = {
  1: ['CANCELLED', 499], 2: ['UNKNOWN', 500], 3: ['INVALID_ARGUMENT', 400], 4: ['DEADLINE_EXCEEDED', 504],
  5: ['NOT_FOUND', 404], 6: ['ALREADY_EXISTS', 409], 7: ['PERMISSION_DENIED', 403], 8: ['RESOURCE_EXHAUSTED', 429],
  9: ['FAILED_PRECONDITION', 400], 10: ['ABORTED', 409], 11: ['OUT_OF_RANGE', 400], 12: ['UNIMPLEMENTED', 501],
  13: ['INTERNAL', 500], 14: ['UNAVAILABLE', 503], 15: ['DATA_LOSS', 500], 16: ['UNAUTHENTICATED', 401],
};

function videosOutcome(operation: VideosOperation, name: string, request: VeoRequest): StepOutcome {
  if (!operation.done) return { kind: 'pending', upstreamId: name, upstreamStatus: 'RUNNING' };
  if (operation.error) {
    const [status, http] = RPC_HTTP[operation.error.code ?? 2] ?? ['UNKNOWN', 500];
    return {
      kind: 'failed',
      upstreamId: name,
      upstreamStatus: 'FAILED',
      error: {
        code: http === 400 ? 'invalid_request' : http === 429 ? 'rate_limited' : 'upstream_failed',
        message: `Veo could not make the video: ${operation.error.message ?? 'no reason given'} (${status})`,
        upstream_status: http,
      },
    };
  }
  const videos = operation.response?.generatedVideos ?? [];
  const outputs: UpstreamOutput[] = [];
  for (const { video } of videos) {
    if (video?.videoBytes) outputs.push({ data: Buffer.from(video.videoBytes, 'base64'), contentType: video.mimeType ?? 'video/mp4' });
  }
  if (outputs.length === 0) {
    const reasons = operation.response?.raiMediaFilteredReasons ?? [];
    if ((operation.response?.raiMediaFilteredCount ?? 0) > 0 || reasons.length > 0) {
      return { ...moderation(`Google's safety filters blocked the video${reasons.length ? `: ${reasons.join('; ')}` : ''}`), upstreamId: name, upstreamStatus: 'DONE' } as StepOutcome;
    }
    // Only a Cloud Storage URI (an output bucket configured upstream): not readable with the gateway's links.
    const uri = videos.find((v) => v.video?.uri)?.video?.uri;
    return {
      kind: 'failed',
      upstreamId: name,
      upstreamStatus: 'DONE',
      error: { code: 'no_output', message: uri ? 'Veo wrote the video to Cloud Storage instead of answering with it' : 'Veo finished without a video' },
    };
  }
  return {
    kind: 'done',
    outputs,
    upstreamId: name,
    upstreamStatus: 'DONE',
    data: { model: request.model, duration_seconds: request.duration_seconds, aspect_ratio: request.aspect_ratio },
  };
}

/**
 * Veo: generateVideos → `{name}` (pending); getVideosOperation → `{done, response.videos[]
 * (bytesBase64Encoded)}` or `{done, error}`. Durations the model cannot make are refused
 * with a 422 before any upstream call (the reference's 10 s exists on no Veo model).
 */
export const veoGenerateVideo: JobSpec<VeoBody, VeoRequest> = {
  key: 'google.veo.generate-video',
  async prepare(body, ctx) {
    requireVertex(ctx.config, 'Veo');
    const target = VEO_MODELS[body.model] ?? { model: body.model, durations: [5, 6, 7, 8], audio: false, alwaysEnhances: false };
    const seconds = veoDuration(target, body.duration);
    if (seconds === undefined) {
      throw invalid(
        ['body', 'duration'],
        `duration ${body.duration} conflicts with Veo: ${body.model} (upstream ${target.model}) makes ${target.durations.join(', ')}-second clips ` +
          '(Veo 2: 5–8 s; Veo 3 and 3.1: 4, 6 or 8 s), so the reference\'s 10 s has no upstream equivalent; use duration 5',
      );
    }
    if (body.seed !== undefined && body.seed !== null && (body.seed < 0 || body.seed > MAX_SEED)) {
      throw invalid(['body', 'seed'], `Veo seeds are 0–${MAX_SEED}`);
    }
    return {
      reference_model: body.model,
      model: target.model,
      prompt: body.prompt,
      aspect_ratio: body.aspect_ratio,
      duration_seconds: seconds,
      image: body.start_image_url ? await imageField(ctx, body.start_image_url, ['body', 'start_image_url'], 'vertex') : null,
      person_generation: VEO_PERSON[body.person_generation ?? 'allow'],
      enhance_prompt: target.alwaysEnhances ? null : (body.enhance_prompt ?? false),
      generate_audio: target.audio ? true : null,
      negative_prompt: body.negative_prompt || null,
      seed: body.seed ?? null,
    };
  },
  sync: waitForResult,
  adapter: {
    async start(request, ctx) {
      const client = new GoogleClient(ctx.config, 'vertex');
      const operation = await client.generateVideos(
        {
          model: request.model,
          source: { prompt: request.prompt, ...(request.image ? { image: await sdkImage(ctx, request.image) } : {}) },
          config: {
            numberOfVideos: 1,
            durationSeconds: request.duration_seconds,
            aspectRatio: request.aspect_ratio,
            personGeneration: request.person_generation,
            ...(request.enhance_prompt !== null ? { enhancePrompt: request.enhance_prompt } : {}),
            ...(request.generate_audio !== null ? { generateAudio: request.generate_audio } : {}),
            ...(request.negative_prompt ? { negativePrompt: request.negative_prompt } : {}),
            ...(request.seed !== null ? { seed: request.seed } : {}),
          },
        },
        ctx.signal,
      );
      if (!operation.name) throw new Error('Veo accepted a request without an operation name');
      return videosOutcome(operation, operation.name, request);
    },
    async poll(name, request, ctx) {
      return videosOutcome(await new GoogleClient(ctx.config, 'vertex').getVideosOperation(name), name, request);
    },
    result: (assets, data) => ({ video_urls: assets.map(assetRef), ...data }),
  },
};
