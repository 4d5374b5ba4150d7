// Firefly operations carried out as gateway jobs, and the upload route. Each job stores the
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
import { type HttpError, upstreamHttpError } from '../../core/errors.js';
import { normalizeMedia, type MediaKind } from '../../core/media.js';
import type { JobSpec, OperationSpec, PrepareContext } from '../../core/operation.js';
import type { UploadedFile } from '../../core/upload.js';
import { UpstreamError } from '../../core/upstream-error.js';
import { RequestValidationError } from '../../core/validation.js';
import type { Config } from '../../config.js';
import type { JobAdapter, StepContext, StepOutcome } from '../../jobs/adapter.js';
import { FireflyClient, stateOf, UNSAFE_CODES, UPLOAD_LIFETIME_MS, UPLOAD_MAX_BYTES, type JobStatus } from './client.js';
import { fireflyStatusPath } from './status.js';

// ---- the reference's request shapes (after validation and defaults) ---------------------

interface Source {
  upload_id?: string | null;
  url?: string | null;
}
interface ImageReference {
  source: Source;
}
interface Mask {
  invert?: boolean;
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
interface Structure {
  image_reference: ImageReference;
  strength?: number;
}

interface GenerateImage {
  x_model_version: string;
  prompt: string;
  content_class?: string;
  custom_model_id?: string | null;
  negative_prompt?: string | null;
  prompt_biasing_locale_code?: string | null;
  seeds?: number[] | null;
  size?: Size;
  structure?: Structure | null;
  style?: Style | null;
  visual_intensity?: number | null;
  upsampler_type?: string;
}
interface GenerateVariation {
  x_model_version: string;
  image: ImageReference;
  seeds?: number[] | null;
}
interface ProductBackground {
  prompt: string;
  image: ImageReference;
  mask: ImageReference;
  content_class?: string;
  placement?: Placement;
  seeds?: number[] | null;
  size?: Size;
  style?: Style | null;
}
interface ExpandImage {
  image: ImageReference;
  mask: Mask;
  placement?: Placement;
  prompt?: string | null;
  seeds?: number[] | null;
  size?: Size;
}
interface FillImage {
  image: ImageReference;
  mask: Mask;
  negative_prompt?: string | null;
  prompt?: string | null;
  prompt_biasing_locale_code?: string | null;
  seeds?: number[] | null;
  size?: Size;
}

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

/** The registry's kind for the upload ids POST /api/v1/firefly/upload hands out. */
const UPLOAD = 'upload';

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
    imageReference: style.image_reference
      ? { source: await sourceOf(style.image_reference.source, 'image', ['body', 'style', 'image_reference', 'source'], ctx) }
      : undefined,
  });
  return Object.keys(fields).length > 0 ? fields : undefined;
}

const sizeOf = (size: Size | undefined) => (size ? { width: size.width, height: size.height } : undefined);

// ---- the adapter -----------------------------------------------------------------------------

export function fireflyClient(config: Config): FireflyClient {
  const { clientId, clientSecret, baseUrl, imsUrl } = config.providers.firefly;
  if (!clientId || !clientSecret) throw new Error('FIREFLY_CLIENT_ID and FIREFLY_CLIENT_SECRET are not set');
  return new FireflyClient({ clientId, clientSecret, baseUrl, imsUrl });
}

/**
 * Firefly upload ids of gateway assets, per Firefly account, kept in memory for a day (Firefly
 * keeps uploads 7 days): a create retried after a 429 or an asset used again does not upload the
 * same bytes again — uploads count against Firefly's small per-minute quota too. Only a saving:
 * the job's asset reference was checked to be the caller's when the job was accepted, and a miss
 * (a restart, another process) uploads the bytes once more, so it needs no durable record.
 */
const uploadIds = new Map<string, { id: string; until: number }>();
const UPLOAD_REUSE_MS = 24 * 3_600_000;
const uploadKey = (config: Config, assetId: string) => `${config.providers.firefly.baseUrl}\0${config.providers.firefly.clientId}\0${assetId}`;

export function rememberUpload(config: Config, assetId: string, uploadId: string): void {
  if (uploadIds.size >= 10_000) uploadIds.delete(uploadIds.keys().next().value!);
  uploadIds.set(uploadKey(config, assetId), { id: uploadId, until: Date.now() + UPLOAD_REUSE_MS });
}

function rememberedUpload(config: Config, assetId: string): string | undefined {
  const known = uploadIds.get(uploadKey(config, assetId));
  return known && Date.now() < known.until ? known.id : undefined;
}

/** Replaces every `uploadId: "asset://…"` with the id Firefly storage gives the asset's bytes. */
async function uploadInputs(client: FireflyClient, body: Record<string, unknown>, ctx: StepContext): Promise<Record<string, unknown>> {
  const walk = async (value: unknown): Promise<unknown> => {
    if (Array.isArray(value)) {
      const out = [];
      for (const item of value) out.push(await walk(item));
      return out;
    }
    if (!value || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    if (typeof object.uploadId === 'string' && object.uploadId.startsWith('asset://')) {
      const assetId = object.uploadId.slice('asset://'.length);
      let uploadId = rememberedUpload(ctx.config, assetId);
      if (!uploadId) {
        const { data, contentType } = await ctx.loadAsset(assetId);
        uploadId = await client.upload(data, contentType, ctx.signal);
        rememberUpload(ctx.config, assetId, uploadId);
      }
      return { ...object, uploadId };
    }
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(object)) out[key] = await walk(v);
    return out;
  };
  return (await walk(body)) as Record<string, unknown>;
}

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
      throw new UpstreamError({
        provider: 'firefly',
        code: 'bad_upstream_response',
        message: `Firefly reported a job status the gateway does not know: ${answer.status.slice(0, 40)}`,
        retryable: false,
      });
  }
}

function fireflyJob(path: string): JobAdapter<FireflyJobRequest> {
  return {
    async start(request, ctx) {
      const client = fireflyClient(ctx.config);
      const body = await uploadInputs(client, request.body, ctx);
      const accepted = await client.submit(path, body, request.modelVersion, ctx.signal);
      return { kind: 'pending', upstreamId: accepted.jobId, upstreamStatus: 'pending' };
    },
    async poll(upstreamId, _request, ctx) {
      return outcomeOf(await fireflyClient(ctx.config).status(upstreamId, ctx.signal), upstreamId);
    },
    async cancel(upstreamId, ctx) {
      await fireflyClient(ctx.config).cancel(upstreamId, ctx.signal);
    },
    /** Firefly's own result shape, its output links replaced by the gateway's copies. */
    result(assets, data) {
      const { seeds, ...rest } = data as { seeds?: (number | null)[] } & Record<string, unknown>;
      return { ...rest, outputs: assets.map((asset, i) => ({ seed: seeds?.[i] ?? null, image: { url: assetRef(asset) } })) };
    },
  };
}

// ---- the operations ---------------------------------------------------------------------------

const CUSTOM_MODELS = ['image3_custom', 'image4_custom'];
/** x-model-version values of generate-similar-async (its OpenAPI header enum). */
const SIMILAR_MODELS = ['image3', 'image4_standard', 'image4_ultra'];
/** upsamplerType values of generate-async. */
const UPSAMPLERS = ['default', 'low_creativity'];

/** POST /v3/images/generate-async, header x-model-version = x_model_version. */
export const generateImage: JobSpec<GenerateImage, FireflyJobRequest> = {
  key: 'firefly.generate-image',
  statusPath: fireflyStatusPath,
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
  adapter: fireflyJob('/v3/images/generate-async'),
};

/** POST /v3/images/generate-similar-async {image:{source}, seeds?}, header x-model-version. */
export const generateVariation: JobSpec<GenerateVariation, FireflyJobRequest> = {
  key: 'firefly.generate-variation',
  statusPath: fireflyStatusPath,
  async prepare(body, ctx) {
    // The reference's CustomModel also lists image3_custom and image4_custom; Firefly's
    // generate-similar does not take them (its x-model-version enum), so say so before any call.
    if (!SIMILAR_MODELS.includes(body.x_model_version)) {
      throw invalid(
        ['body', 'x_model_version'],
        `Firefly's generate-similar does not support ${body.x_model_version}: use ${SIMILAR_MODELS.join(', ')}`,
      );
    }
    return {
      modelVersion: body.x_model_version,
      body: compact({
        image: { source: await sourceOf(body.image.source, 'image', ['body', 'image', 'source'], ctx) },
        seeds: seedsOf(body.seeds),
      }),
    };
  },
  adapter: fireflyJob('/v3/images/generate-similar-async'),
};

/**
 * POST /v3/images/generate-object-composite-async {prompt, image:{source}, mask:{source},
 * contentClass, placement?, seeds?, size, style?}; no x-model-version. The reference's `mask` is
 * sent as the top-level `mask` (Adobe's OpenAPI marks `image.mask` deprecated: "Use mask instead").
 */
export const generateProductBackground: JobSpec<ProductBackground, FireflyJobRequest> = {
  key: 'firefly.generate-product-background',
  statusPath: fireflyStatusPath,
  async prepare(body, ctx) {
    return {
      body: compact({
        prompt: body.prompt,
        image: { source: await sourceOf(body.image.source, 'image', ['body', 'image', 'source'], ctx) },
        mask: { source: await sourceOf(body.mask.source, 'mask', ['body', 'mask', 'source'], ctx) },
        contentClass: body.content_class,
        placement: placementOf(body.placement),
        seeds: seedsOf(body.seeds),
        size: sizeOf(body.size),
        style: await styleOf(body.style, ctx),
      }),
    };
  },
  adapter: fireflyJob('/v3/images/generate-object-composite-async'),
};

/** POST /v3/images/expand-async {image:{source}, mask:{invert, source}, placement?, prompt?, seeds?, size}. */
export const expandImage: JobSpec<ExpandImage, FireflyJobRequest> = {
  key: 'firefly.expand-image',
  statusPath: fireflyStatusPath,
  async prepare(body, ctx) {
    return {
      body: compact({
        image: { source: await sourceOf(body.image.source, 'image', ['body', 'image', 'source'], ctx) },
        mask: { invert: body.mask.invert ?? false, source: await sourceOf(body.mask.source, 'mask', ['body', 'mask', 'source'], ctx) },
        placement: placementOf(body.placement),
        prompt: body.prompt,
        seeds: seedsOf(body.seeds),
        size: sizeOf(body.size),
      }),
    };
  },
  adapter: fireflyJob('/v3/images/expand-async'),
};

/** POST /v3/images/fill-async {image:{source}, mask:{invert, source}, prompt?, negativePrompt?, promptBiasingLocaleCode?, seeds?, size}. */
export const inpaint: JobSpec<FillImage, FireflyJobRequest> = {
  key: 'firefly.inpaint',
  statusPath: fireflyStatusPath,
  async prepare(body, ctx) {
    return {
      body: compact({
        image: { source: await sourceOf(body.image.source, 'image', ['body', 'image', 'source'], ctx) },
        mask: { invert: body.mask.invert ?? false, source: await sourceOf(body.mask.source, 'mask', ['body', 'mask', 'source'], ctx) },
        prompt: body.prompt,
        negativePrompt: body.negative_prompt,
        promptBiasingLocaleCode: body.prompt_biasing_locale_code,
        seeds: seedsOf(body.seeds),
        size: sizeOf(body.size),
      }),
    };
  },
  adapter: fireflyJob('/v3/images/fill-async'),
};

// ---- upload ---------------------------------------------------------------------------------

/** An upstream failure outside a job, answered the way a failed job is (see jobs/http.ts failureError). */
export function httpErrorOf(error: UpstreamError): HttpError {
  return upstreamHttpError({ provider: error.provider, code: error.code, message: error.message, upstream_status: error.status, retryAfterMs: error.retryAfterMs });
}

/**
 * POST /api/v1/firefly/upload (multipart `file`): the bytes are checked (a real PNG, JPEG or WEBP
 * within Firefly's 15 MB), uploaded to Firefly storage (POST /v2/storage/image) and kept as a
 * gateway asset. Result: {upload_id, images:[{id}], asset_id, content_type, width, height, size,
 * expires_at}. `upload_id` (the same id as `images[0].id`, Firefly's own answer) is recorded
 * for the caller's key and goes into that key's `source.upload_id` for 7 days; `asset_id` works
 * there too, for as long as the asset is kept (when Firefly's upload may have lapsed, the
 * gateway uploads the asset again as the job starts).
 */
export const upload: NonNullable<OperationSpec['handle']> = async (request, _reply, ctx) => {
  const { file } = request.body as { file: UploadedFile | string };
  if (typeof file === 'string') throw invalid(['body', 'file'], 'Expected a file, got a text field: send the image as a file part');
  const media = await normalizeMedia(file.data, { kind: 'image', field: 'file', loc: ['body', 'file'], maxBytes: UPLOAD_MAX_BYTES });
  let uploadId: string;
  try {
    uploadId = await fireflyClient(ctx.config).upload(media.bytes, media.mime);
  } catch (error) {
    if (error instanceof UpstreamError) throw httpErrorOf(error);
    throw error;
  }
  const asset = await request.server.assets.store(ctx.owner, media.bytes, { contentTypeHint: media.mime });
  rememberUpload(ctx.config, asset.id, uploadId);
  // Firefly keeps an upload 7 days; past that the id is as unknown to the gateway as to Firefly.
  const expiresAt = Date.now() + UPLOAD_LIFETIME_MS;
  await ctx.resources.record(UPLOAD, uploadId, { meta: { asset_id: asset.id }, expiresAt });
  return {
    status: 'success',
    result: {
      upload_id: uploadId,
      images: [{ id: uploadId }],
      asset_id: asset.id,
      content_type: media.mime,
      width: media.width ?? null,
      height: media.height ?? null,
      size: media.bytes.length,
      expires_at: new Date(expiresAt).toISOString(),
    },
  };
};
