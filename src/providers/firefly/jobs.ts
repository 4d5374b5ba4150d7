// Firefly operations carried out as gateway jobs (the upload route is in uploads.ts). Each job stores the
// Firefly request body (camelCase, built in `prepare`) with its images as an allow-listed URL, a
// Firefly upload id or an `asset://` reference; `start` uploads the referenced assets to Firefly
// storage, submits the async create, and the engine polls /v3/status/{jobId}.
//
// Field map (reference snake_case → Firefly camelCase; Adobe's v3 async OpenAPI documents, see
// client.ts): content_class → contentClass, custom_model_id → customModelId, negative_prompt →
// negativePrompt, prompt_biasing_locale_code → promptBiasingLocaleCode, visual_intensity →
// visualIntensity, upsampler_type → upsamplerType, structure.image_reference →
// structure.imageReference, style.{presets,strength,image_reference} →
// style.{presets,strength,imageReference}, source.upload_id → source.uploadId,
// placement.insert → placement.inset. The reference has no num_variations: Firefly then makes
// one variation per seed, or one.
import { assetRef } from '../../assets/assets.js';
import type { MediaKind } from '../../core/media.js';
import { defineJob, type PrepareContext, type Validated } from '../../core/operation.js';
import { UpstreamError } from '../../core/upstream-error.js';
import { RequestValidationError } from '../../core/validation.js';
import type { JobAdapter, StepOutcome } from '../../jobs/adapter.js';
import { stateOf, UNSAFE_CODES, type FireflySettings, type JobStatus } from './client.js';
import type { ExpandImageAsyncBody, FillImageAsyncBody, GenerateImagesAsyncBody, GenerateObjectCompositeAsyncBody, GenerateSimilarImagesAsyncBody } from './schemas.js';
import { fireflyStatusPath } from './status.js';
import { fireflyClient, UPLOAD, uploadInputs } from './uploads.js';

// ---- the reference's request shapes: the bodies as their schemas validate them, and parts of them ----

interface Source {
  upload_id?: string | null;
  url?: string | null;
}
interface ImageReference {
  source: Source;
}
interface Placement {
  alignment?: { horizontal?: string; vertical?: string };
  insert?: { bottom?: number; center?: number; left?: number; right?: number; top?: number };
}
interface Size {
  width: number;
  height: number;
}
interface Style {
  image_reference?: ImageReference;
  presets?: string[];
  strength?: number;
}

type GenerateImage = Validated<typeof GenerateImagesAsyncBody>;
type GenerateVariation = Validated<typeof GenerateSimilarImagesAsyncBody>;
type ProductBackground = Validated<typeof GenerateObjectCompositeAsyncBody>;
type ExpandImage = Validated<typeof ExpandImageAsyncBody>;
type FillImage = Validated<typeof FillImageAsyncBody>;

/** What a Firefly job stores: the upstream body and the `x-model-version` header, if any. */
export interface FireflyJobRequest {
  body: Record<string, unknown>;
  modelVersion?: string;
}

// ---- helpers -------------------------------------------------------------------------------

type Loc = (string | number)[];

const invalid = (loc: Loc, msg: string, type = 'value_error') => new RequestValidationError([{ loc, msg, type }]);

/** Drops null/undefined fields: Firefly's schemas have no nullable fields. */
function compact(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null));
}

/**
 * Hosts Firefly fetches `source.url` from (the async OpenAPI documents: amazonaws.com,
 * windows.net, dropboxusercontent.com, storage.googleapis.com). Any other image must be uploaded.
 */
const ALLOWED_HOSTS = ['amazonaws.com', 'windows.net', 'dropboxusercontent.com', 'storage.googleapis.com'];

export function allowListed(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && ALLOWED_HOSTS.some((domain) => hostname === domain || hostname.endsWith(`.${domain}`));
  } catch {
    return false;
  }
}

/**
 * `upload_id` values that are media rather than a Firefly upload id (a UUID): the gateway's own
 * references (asset_…, asset://…, a gateway asset link, which the media intake resolves for their
 * owner only), other URLs and data URIs.
 */
const MEDIA_REFERENCE = /^(asset_|asset:\/\/|https?:\/\/|data:)/i;

/**
 * One `source`: exactly one of upload_id / url. `upload_id` is an upload id the caller's key got
 * from /api/v1/firefly/upload (Firefly's uploads belong to the gateway's whole Firefly account,
 * so the gateway's record of who uploaded it decides: another key's id is as unknown as a made-up
 * one), or media (one of the caller's assets — `asset_…`, `asset://…`, an asset link — a URL or
 * a data URI), read by the media intake, which answers another key's asset like an unknown one.
 * In `url`, a URL on an allow-listed host goes to Firefly as it is; any other URL or a data: URI is
 * checked by the media intake. Media is kept as an input asset and uploaded to Firefly storage
 * when the job starts.
 */
async function sourceOf(source: Source, kind: MediaKind, loc: Loc, ctx: PrepareContext): Promise<{ uploadId: string } | { url: string }> {
  const uploadId = source.upload_id ?? undefined;
  const url = source.url ?? undefined;
  if (uploadId !== undefined && url !== undefined) throw invalid(loc, 'Give either upload_id or url, not both');
  if (uploadId === undefined && url === undefined) {
    throw invalid(loc, 'Field required: give upload_id (from /api/v1/firefly/upload) or url', 'missing');
  }
  if (uploadId !== undefined) {
    const at = [...loc, 'upload_id'];
    if (MEDIA_REFERENCE.test(uploadId.trim())) return { uploadId: await ctx.media(uploadId, { kind, loc: at }) };
    if (!(await ctx.resources.find(UPLOAD, uploadId))) {
      throw invalid(at, 'Unknown upload_id: give an upload_id or asset_id that /api/v1/firefly/upload answered to this API key (an upload_id works for 7 days)');
    }
    return { uploadId };
  }
  if (allowListed(url!)) return { url: url! };
  return { uploadId: await ctx.media(url!, { kind, loc: [...loc, 'url'] }) };
}

/** Firefly takes 1–4 unique seeds, one per variation (`seeds`: minItems 1, maxItems 4, uniqueItems). */
function seedsOf(seeds: number[] | null | undefined): number[] | undefined {
  if (!seeds || seeds.length === 0) return undefined;
  if (seeds.length > 4) throw invalid(['body', 'seeds'], `Firefly makes at most 4 variations: give at most 4 seeds, not ${seeds.length}`);
  if (new Set(seeds).size !== seeds.length) throw invalid(['body', 'seeds'], 'Firefly needs the seeds to be unique (one per variation)');
  return seeds;
}

/**
 * The reference's placement is `{alignment, insert:{left,top,right,bottom,center}}`; Firefly's is
 * `{alignment, inset:{left,top,right,bottom}}` (pixels). `insert` becomes `inset` and `center`,
 * which Firefly has no field for, is dropped. The reference always fills in a default placement
 * (centred, no inset) — what Firefly does without one — so that default is not sent: Adobe
 * documents that placement cannot be combined with a mask, and these operations always carry one.
 * A placement the caller did set is sent; if Firefly refuses the combination, the job fails with
 * Firefly's own validation message.
 */
export function placementOf(placement: Placement | undefined): Record<string, unknown> | undefined {
  if (!placement) return undefined;
  const horizontal = placement.alignment?.horizontal ?? 'center';
  const vertical = placement.alignment?.vertical ?? 'center';
  const insert = placement.insert ?? {};
  const inset = { left: insert.left ?? 0, top: insert.top ?? 0, right: insert.right ?? 0, bottom: insert.bottom ?? 0 };
  const aligned = horizontal !== 'center' || vertical !== 'center';
  const hasInset = Object.values(inset).some((v) => v !== 0);
  if (!aligned && !hasInset) return undefined;
  return { ...(aligned ? { alignment: { horizontal, vertical } } : {}), ...(hasInset ? { inset } : {}) };
}

async function styleOf(style: Style | null | undefined, ctx: PrepareContext): Promise<Record<string, unknown> | undefined> {
  if (!style) return undefined;
  const fields = compact({
    presets: style.presets && style.presets.length > 0 ? style.presets : undefined,
    strength: style.strength,
    imageReference: style.image_reference ? { source: await sourceOf(style.image_reference.source, 'image', ['body', 'style', 'image_reference', 'source'], ctx) } : undefined,
  });
  return Object.keys(fields).length > 0 ? fields : undefined;
}

const sizeOf = (size: Size | undefined) => (size ? { width: size.width, height: size.height } : undefined);

// ---- the adapter -----------------------------------------------------------------------------

/** One status answer as the engine's outcome. */
export function outcomeOf(answer: JobStatus, jobId: string): StepOutcome {
  const state = stateOf(answer.status);
  const upstreamStatus = answer.status;
  switch (state) {
    case 'pending':
    case 'running': {
      const progress = typeof answer.progress === 'number' ? Math.min(1, Math.max(0, answer.progress / 100)) : undefined;
      return { kind: 'pending', upstreamId: jobId, upstreamStatus, ...(progress === undefined ? {} : { progress }) };
    }
    case 'succeeded': {
      if (!answer.result) {
        throw new UpstreamError({ provider: 'firefly', code: 'bad_upstream_response', message: 'Firefly reported success without a result', retryable: false });
      }
      const { outputs, ...rest } = answer.result;
      return {
        kind: 'done',
        upstreamId: jobId,
        upstreamStatus,
        outputs: outputs.map((output) => ({ url: output.image.url })),
        data: { ...rest, seeds: outputs.map((output) => output.seed ?? null) },
      };
    }
    case 'failed': {
      const code = answer.error_code;
      const said = [answer.message, code ? `(${code})` : ''].filter(Boolean).join(' ');
      return {
        kind: 'failed',
        upstreamId: jobId,
        upstreamStatus,
        error: {
          code: code && UNSAFE_CODES.has(code) ? 'content_moderation' : answer.status === 'timeout' ? 'upstream_timeout' : 'upstream_failed',
          message: `Firefly could not complete the job${said ? `: ${said}` : ''}`,
        },
      };
    }
    case 'canceled':
      // Only reached when the gateway did not ask for it (its own cancel ends the job first).
      return { kind: 'failed', upstreamId: jobId, upstreamStatus, error: { code: 'upstream_canceled', message: 'Firefly canceled the job' } };
    default:
      // A word Firefly's documents do not list (their own examples already add cancel_pending and
      // timeout to the enum): the job has not ended as far as the gateway can tell, so ask again;
      // the engine's job deadline still bounds the wait.
      return { kind: 'pending', upstreamId: jobId, upstreamStatus };
  }
}

function fireflyJob(path: string): JobAdapter<FireflyJobRequest, FireflySettings> {
  return {
    async start(request, ctx) {
      const client = fireflyClient(ctx.settings.firefly);
      const body = await uploadInputs(client, request.body, ctx);
      const accepted = await client.submit(path, body, request.modelVersion, ctx.signal);
      return { kind: 'pending', upstreamId: accepted.jobId, upstreamStatus: 'pending' };
    },
    async poll(upstreamId, _request, ctx) {
      return outcomeOf(await fireflyClient(ctx.settings.firefly).status(upstreamId, ctx.signal), upstreamId);
    },
    async cancel(upstreamId, ctx) {
      await fireflyClient(ctx.settings.firefly).cancel(upstreamId, ctx.signal);
    },
    /** Firefly's own result shape, its output links replaced by the gateway's copies. */
    result(assets, data) {
      const { seeds, ...rest } = data as { seeds?: (number | null)[] } & Record<string, unknown>;
      return { ...rest, outputs: assets.map((asset, i) => ({ seed: seeds?.[i] ?? null, image: { url: assetRef(asset) } })) };
    },
  };
}

/** The body's top-level `image` or `mask` field as Firefly takes it: `{source}` (see sourceOf). */
async function mediaField(field: 'image' | 'mask', value: ImageReference, ctx: PrepareContext): Promise<{ source: { uploadId: string } | { url: string } }> {
  return { source: await sourceOf(value.source, field, ['body', field, 'source'], ctx) };
}

/** A mask Firefly may invert: `{invert, source}`. */
async function invertibleMask(mask: ImageReference & { invert?: boolean | null }, ctx: PrepareContext) {
  return { invert: mask.invert ?? false, ...(await mediaField('mask', mask, ctx)) };
}

/** One Firefly operation: its job key, Firefly's async path, and how the body becomes the stored request. */
function fireflyOperation<Body>(op: { key: string; path: string; prepare: (body: Body, ctx: PrepareContext) => Promise<FireflyJobRequest> }) {
  return defineJob<Body, FireflySettings>()<FireflyJobRequest>({ key: op.key, statusPath: fireflyStatusPath, prepare: op.prepare, adapter: fireflyJob(op.path) });
}

// ---- the operations ---------------------------------------------------------------------------

const CUSTOM_MODELS = ['image3_custom', 'image4_custom'];
/** x-model-version values of generate-similar-async (its OpenAPI header enum). */
const SIMILAR_MODELS = ['image3', 'image4_standard', 'image4_ultra'];
/** upsamplerType values of generate-async. */
const UPSAMPLERS = ['default', 'low_creativity'];

/** POST /v3/images/generate-async, header x-model-version = x_model_version. */
export const generateImage = fireflyOperation<GenerateImage>({
  key: 'firefly.generate-image',
  path: '/v3/images/generate-async',
  async prepare(body, ctx) {
    const model = body.x_model_version;
    const custom = CUSTOM_MODELS.includes(model);
    // generate-async: "When a custom model is used, a customModelId must also be passed".
    if (custom && !body.custom_model_id) {
      throw invalid(['body', 'custom_model_id'], `Field required when x_model_version is ${model}`, 'missing');
    }
    const upsampler = body.upsampler_type ?? 'default';
    if (!UPSAMPLERS.includes(upsampler)) {
      throw invalid(['body', 'upsampler_type'], `Firefly's upsampler types are ${UPSAMPLERS.join(' and ')}, not ${JSON.stringify(upsampler)}`);
    }
    // "upsamplerType: Only supported with the model version image4_custom".
    if (upsampler !== 'default' && model !== 'image4_custom') {
      throw invalid(['body', 'upsampler_type'], `Firefly supports upsampler_type only with x_model_version image4_custom, not ${model}`);
    }
    const intensity = body.visual_intensity ?? undefined;
    if (intensity !== undefined) {
      // "visualIntensity … is not supported with the model version image4_custom"; range 2–10.
      if (model === 'image4_custom') throw invalid(['body', 'visual_intensity'], 'Firefly does not support visual_intensity with x_model_version image4_custom');
      if (intensity < 2 || intensity > 10) throw invalid(['body', 'visual_intensity'], `Firefly takes a visual_intensity from 2 to 10, not ${intensity}`);
    }
    const structure = body.structure
      ? compact({
          strength: body.structure.strength,
          imageReference: { source: await sourceOf(body.structure.image_reference.source, 'image', ['body', 'structure', 'image_reference', 'source'], ctx) },
        })
      : undefined;
    return {
      modelVersion: model,
      body: compact({
        prompt: body.prompt,
        contentClass: body.content_class,
        customModelId: body.custom_model_id,
        negativePrompt: body.negative_prompt,
        promptBiasingLocaleCode: body.prompt_biasing_locale_code,
        seeds: seedsOf(body.seeds),
        size: sizeOf(body.size),
        structure,
        style: await styleOf(body.style, ctx),
        visualIntensity: intensity,
        upsamplerType: model === 'image4_custom' ? upsampler : undefined,
      }),
    };
  },
});

/** POST /v3/images/generate-similar-async {image:{source}, seeds?}, header x-model-version. */
export const generateVariation = fireflyOperation<GenerateVariation>({
  key: 'firefly.generate-variation',
  path: '/v3/images/generate-similar-async',
  async prepare(body, ctx) {
    // The reference's CustomModel also lists image3_custom and image4_custom; Firefly's
    // generate-similar does not take them (its x-model-version enum), so say so before any call.
    if (!SIMILAR_MODELS.includes(body.x_model_version)) {
      throw invalid(['body', 'x_model_version'], `Firefly's generate-similar does not support ${body.x_model_version}: use ${SIMILAR_MODELS.join(', ')}`);
    }
    return {
      modelVersion: body.x_model_version,
      body: compact({
        image: await mediaField('image', body.image, ctx),
        seeds: seedsOf(body.seeds),
      }),
    };
  },
});

/**
 * POST /v3/images/generate-object-composite-async {prompt, image:{source}, mask:{source},
 * contentClass, placement?, seeds?, size, style?}; no x-model-version. The reference's `mask` is
 * sent as the top-level `mask` (Adobe's OpenAPI marks `image.mask` deprecated: "Use mask instead").
 */
export const generateProductBackground = fireflyOperation<ProductBackground>({
  key: 'firefly.generate-product-background',
  path: '/v3/images/generate-object-composite-async',
  async prepare(body, ctx) {
    return {
      body: compact({
        prompt: body.prompt,
        image: await mediaField('image', body.image, ctx),
        mask: await mediaField('mask', body.mask, ctx),
        contentClass: body.content_class,
        placement: placementOf(body.placement),
        seeds: seedsOf(body.seeds),
        size: sizeOf(body.size),
        style: await styleOf(body.style, ctx),
      }),
    };
  },
});

/** POST /v3/images/expand-async {image:{source}, mask:{invert, source}, placement?, prompt?, seeds?, size}. */
export const expandImage = fireflyOperation<ExpandImage>({
  key: 'firefly.expand-image',
  path: '/v3/images/expand-async',
  async prepare(body, ctx) {
    return {
      body: compact({
        image: await mediaField('image', body.image, ctx),
        mask: await invertibleMask(body.mask, ctx),
        placement: placementOf(body.placement),
        prompt: body.prompt,
        seeds: seedsOf(body.seeds),
        size: sizeOf(body.size),
      }),
    };
  },
});

/** POST /v3/images/fill-async {image:{source}, mask:{invert, source}, prompt?, negativePrompt?, promptBiasingLocaleCode?, seeds?, size}. */
export const inpaint = fireflyOperation<FillImage>({
  key: 'firefly.inpaint',
  path: '/v3/images/fill-async',
  async prepare(body, ctx) {
    return {
      body: compact({
        image: await mediaField('image', body.image, ctx),
        mask: await invertibleMask(body.mask, ctx),
        prompt: body.prompt,
        negativePrompt: body.negative_prompt,
        promptBiasingLocaleCode: body.prompt_biasing_locale_code,
        seeds: seedsOf(body.seeds),
        size: sizeOf(body.size),
      }),
    };
  },
});
