// OpenAI's wire protocol through the official SDK (openai-node v6): base URL from config
// (OPENAI_BASE_URL, default https://api.openai.com/v1 — the SDK's `baseURL`, `/v1` included),
// Bearer auth, error bodies {"error":{message,type,param,code}}. The SDK's own retries are off
// (`maxRetries: 0`): the job engine (images) and the LLM handlers own retrying.
//
// Images [openai-node src/resources/images.ts; docs/provider-facts.md §4]:
//   POST /images/generations (JSON)  — `model` is always sent: without it the API falls back to
//                                      dall-e-2, whose sizes differ.
//   POST /images/edits (multipart)   — `image` (one file) or `image[]` (several, ≤16; the SDK
//                                      names array parts `image[]`, internal/uploads.ts), optional
//                                      `mask` (PNG with alpha, same dimensions as the first image).
// GPT image models answer only `b64_json` (no URLs), which the engine stores as assets.
import { isAscii } from 'node:buffer';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type OpenAI from 'openai';
import { Nullable } from '../../contract/envelope.js';
import { bufferedFetch, classifyUpstreamFailure, sdkFailure, type StatusCodes } from '../../core/upstream.js';
import { checkedAnswer, UpstreamError, type UpstreamErrorCode } from '../../core/upstream-error.js';

export const PROVIDER = 'openai';

/** What one GPT image model takes (openai-node ImageGenerateParams/ImageEditParams; docs/provider-facts.md §4). */
export interface GptImageModelSpec {
  /** `background: transparent`. */
  transparent: boolean;
  /** Any WIDTHxHEIGHT (CUSTOM_SIZE_RULES) besides the standard sizes. */
  customSizes: boolean;
  qualities: readonly string[];
  /** The `input_fidelity` values its edits take (none: OpenAI says to leave it out). */
  inputFidelity: readonly ('low' | 'high')[];
  /** OpenAI shut it down (YYYY-MM-DD), naming this model instead: requests for it are refused before any call. */
  shutDown?: { on: string; use: string };
}

const QUALITIES = ['low', 'medium', 'high', 'auto'];

/**
 * The GPT image models. gpt-image-1 was shut down on 2026-10-23 and gpt-image-1.5 and -1-mini on
 * 2026-12-01 (OpenAI's deprecations page and openai-node 7.60's ImageModel docs); they stay here
 * so that a request for one is answered with its replacement, and jobs and usage recorded with
 * them still read. The 2.5 models are the ones documented with transparent backgrounds and
 * `xhigh`/`max` quality; 2.6's docs say neither, so neither is offered.
 */
const GPT_IMAGE_SPECS = {
  'gpt-image-2': { transparent: false, customSizes: true, qualities: QUALITIES, inputFidelity: [] },
  'gpt-image-2.5-sunburst': { transparent: true, customSizes: true, qualities: [...QUALITIES, 'xhigh', 'max'], inputFidelity: [] },
  'gpt-image-2.5-flare': { transparent: true, customSizes: true, qualities: [...QUALITIES, 'xhigh', 'max'], inputFidelity: [] },
  'gpt-image-2.6-sunburst': { transparent: false, customSizes: false, qualities: QUALITIES, inputFidelity: [] },
  'gpt-image-2.6-flare': { transparent: false, customSizes: false, qualities: QUALITIES, inputFidelity: [] },
  'gpt-image-1.5': { transparent: true, customSizes: false, qualities: QUALITIES, inputFidelity: ['low', 'high'], shutDown: { on: '2026-12-01', use: 'gpt-image-2.6-sunburst' } },
  'gpt-image-1-mini': { transparent: true, customSizes: false, qualities: QUALITIES, inputFidelity: ['low'], shutDown: { on: '2026-12-01', use: 'gpt-image-2.6-flare' } },
  'gpt-image-1': { transparent: true, customSizes: false, qualities: QUALITIES, inputFidelity: ['low', 'high'], shutDown: { on: '2026-10-23', use: 'gpt-image-2.5-sunburst' } },
} satisfies Record<string, GptImageModelSpec>;
export type GptImageModel = keyof typeof GPT_IMAGE_SPECS;
export const GPT_IMAGE_MODELS: Readonly<Record<GptImageModel, GptImageModelSpec>> = GPT_IMAGE_SPECS;
export const GPT_IMAGE_MODEL_NAMES = Object.keys(GPT_IMAGE_MODELS) as GptImageModel[];

/** The standard sizes every GPT image model takes. */
export const STANDARD_SIZES = ['1024x1024', '1536x1024', '1024x1536'] as const;

/** A custom size (`customSizes` models): both sides multiples of 16, 1:3 to 3:1, at most 3840x2160's pixels and a 3840 edge. */
export const CUSTOM_SIZE_RULES = { multiple: 16, maxRatio: 3, maxEdge: 3840, maxPixels: 3840 * 2160 };

/** Why a WIDTHxHEIGHT is not a size a `customSizes` model takes, or undefined when it is. */
export function customSizeProblem(width: number, height: number): string | undefined {
  const { multiple, maxRatio, maxEdge, maxPixels } = CUSTOM_SIZE_RULES;
  if (width % multiple !== 0 || height % multiple !== 0) return `both sides must be multiples of ${multiple}`;
  if (Math.max(width, height) / Math.min(width, height) > maxRatio) return `the aspect ratio must be between 1:${maxRatio} and ${maxRatio}:1`;
  if (Math.max(width, height) > maxEdge || width * height > maxPixels) return 'the largest size is 3840x2160 (or 2160x3840)';
  return undefined;
}

/**
 * The model of the reference operations, which name none: OPENAI_IMAGE_MODEL when set (so that
 * the next retirement needs a setting, not a release), else gpt-image-2. A transparent
 * background on a model without one (gpt-image-2; a name this table does not know) goes to
 * gpt-image-2.5-sunburst, documented with transparent backgrounds and the one OpenAI names in
 * place of gpt-image-1. `/v1` callers name theirs.
 */
export const IMAGE_MODEL: GptImageModel = 'gpt-image-2';
export const TRANSPARENT_IMAGE_MODEL: GptImageModel = 'gpt-image-2.5-sunburst';
export function referenceModel(background: string | undefined, configured?: string): string {
  const model = configured ?? IMAGE_MODEL;
  const transparent = (GPT_IMAGE_MODELS as Record<string, GptImageModelSpec | undefined>)[model]?.transparent ?? false;
  return background === 'transparent' && !transparent ? TRANSPARENT_IMAGE_MODEL : model;
}

/**
 * The models an image job tries, in order, while OpenAI answers that it does not have the one
 * before (withModelFallback): for gpt-image-2.5-sunburst, gpt-image-1.5, the transparent-background
 * model an account or a compatible server older than it may have instead.
 */
export const imageModels = (model: string): [string, ...string[]] => (model === TRANSPARENT_IMAGE_MODEL ? [model, 'gpt-image-1.5'] : [model]);

export interface OpenAIConfig {
  apiKey: string;
  baseUrl: string;
  /** Per-call deadline (the step's signal applies too). */
  timeoutMs?: number;
}

type OpenAIModule = typeof import('openai');
let sdkModule: Promise<OpenAIModule> | undefined;

/** The SDK, loaded on first use: it is a large module that serving /health never needs. */
function openaiModule(): Promise<OpenAIModule> {
  return (sdkModule ??= import('openai'));
}

/** Clients by base URL, key and timeout: building one per request cost ~0.5 ms of CPU (bench/). */
const clients = new Map<string, Promise<OpenAI>>();
/** Past this many configurations (keys rotated, per-call settings) the cache starts again. */
const MAX_CLIENTS = 64;

/** One SDK client per configuration, shared by every request using it; retries off, base URL from config. */
export function openaiSdk(config: OpenAIConfig): Promise<OpenAI> {
  const key = JSON.stringify([config.baseUrl, config.apiKey, config.timeoutMs ?? null]);
  let client = clients.get(key);
  if (!client) {
    if (clients.size >= MAX_CLIENTS) clients.clear();
    client = newSdk(config);
    // A failed load is not kept: the next call tries again.
    client.catch(() => clients.delete(key));
    clients.set(key, client);
  }
  return client;
}

async function newSdk(config: OpenAIConfig): Promise<OpenAI> {
  const { default: OpenAI } = await openaiModule();
  return new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseUrl,
    maxRetries: 0,
    timeout: config.timeoutMs ?? 120_000,
    // The gateway is a server; these would otherwise be read from the process environment.
    organization: null,
    project: null,
    // None of the gateway's OpenAI calls streams its answer (images, chat completions without
    // `stream`), which bufferedFetch needs; multipart edits go through Node's fetch inside it.
    fetch: bufferedFetch,
  });
}

/** OpenAI's statuses as the gateway names them; any other 4xx is a rejected request (see refine). */
const OPENAI_CODES: StatusCodes = { 401: 'upstream_auth', 403: 'upstream_forbidden', 429: 'rate_limited' };

/** The `error` object of OpenAI's error body, however the SDK kept it. */
function errorBody(body: unknown): { message?: string; type?: string; param?: string; code?: string } {
  const raw = body as Record<string, unknown> | undefined;
  const inner = (raw && typeof raw.error === 'object' && raw.error ? raw.error : raw) as Record<string, unknown> | undefined;
  const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
  return { message: str(inner?.message), type: str(inner?.type), param: str(inner?.param), code: str(inner?.code) };
}

/** insufficient_quota does not get better by waiting; rate_limit_exceeded does. */
const quotaExhausted = (error: ReturnType<typeof errorBody>) => error.code === 'insufficient_quota' || error.type === 'insufficient_quota';

/** What OpenAI's error body names: moderation, an exhausted quota, or its own code for a refusal (shown to callers). */
function refine(status: number, body: unknown): { code?: UpstreamErrorCode; providerCode?: string } | undefined {
  const error = errorBody(body);
  if (status === 429) return quotaExhausted(error) ? { code: 'insufficient_quota' } : undefined;
  if (status === 400 && error.code === 'moderation_blocked') return { code: 'content_moderation' };
  if (status >= 400 && status < 500 && status !== 401 && status !== 403)
    return { code: 'invalid_request', providerCode: modelUnknown(status, error) ? 'model_not_found' : error.code };
  return undefined;
}

/**
 * OpenAI's answer that it has no model of that name (for this account): 404 `model_not_found`
 * (chat completions), or the images API's 400 `invalid_value` naming `model`.
 */
const modelUnknown = (status: number, error: ReturnType<typeof errorBody>) =>
  error.code === 'model_not_found' || (status === 400 && error.param === 'model' && error.code === 'invalid_value');

/** The same, of a call's failure (withModelFallback). */
export const unknownModel = (error: unknown) => error instanceof UpstreamError && error.providerCode === 'model_not_found';

function messageOf(status: number, body: unknown): string {
  const error = errorBody(body);
  const said = error.message ? `: ${error.message}` : '';
  // OpenAI's 401 message quotes (part of) the key: never pass it on.
  if (status === 401) return "OpenAI refused the gateway's API key (check OPENAI_API_KEY)";
  if (status === 403) return `OpenAI refused the request for this account${said}`;
  if (status === 429) return quotaExhausted(error) ? `OpenAI quota exhausted for the gateway's account${said}` : `OpenAI rate limit reached${said}`;
  if (status === 400 && error.code === 'moderation_blocked') return `OpenAI refused the request (moderation_blocked)${said}`;
  if (status < 500) return `OpenAI rejected the request${said}${error.param ? ` (param: ${error.param})` : ''}`;
  return `OpenAI answered ${status}${said}`;
}

/** Runs one SDK call (a create: OpenAI takes no idempotency key), turning its failures into UpstreamError. */
export async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UpstreamError) throw error;
    // The SDK is loaded by now: every call goes through a client made by openaiSdk.
    const failure = sdkFailure(error, await openaiModule());
    if (!failure) throw error;
    throw classifyUpstreamFailure(failure, { provider: PROVIDER, title: 'OpenAI', idempotent: false, codes: OPENAI_CODES, refine, explain: messageOf });
  }
}

// ---- images ----------------------------------------------------------------------------------

/** Absent or null: OpenAI leaves out what does not apply; compatible servers often send null. */
const Maybe = <T extends TSchema>(schema: T) => Type.Optional(Nullable(schema));

/** The images response as the gateway relies on it (checked at the boundary). */
export const ImagesResponse = Type.Object({
  created: Maybe(Type.Number()),
  data: Type.Array(Type.Object({ b64_json: Maybe(Type.String()), url: Maybe(Type.String()), revised_prompt: Maybe(Type.String()) })),
  size: Maybe(Type.String()),
  quality: Maybe(Type.String()),
  background: Maybe(Type.String()),
  output_format: Maybe(Type.String()),
  // GPT image models report the tokens they billed (openai-node ImagesResponse.Usage). Only
  // read for metering, each figure where present: a usage block shaped otherwise (a newer
  // model's, a compatible server's) must not fail an image that was made.
  usage: Maybe(
    Type.Object({
      input_tokens: Maybe(Type.Number()),
      output_tokens: Maybe(Type.Number()),
      total_tokens: Maybe(Type.Number()),
      input_tokens_details: Maybe(Type.Object({ text_tokens: Maybe(Type.Number()), image_tokens: Maybe(Type.Number()) })),
    }),
  ),
});
export type ImagesResponse = Static<typeof ImagesResponse>;

/** A standard size, `auto`, or a custom WIDTHxHEIGHT (`customSizes` models). */
export type ImageSize = (typeof STANDARD_SIZES)[number] | 'auto' | (string & {});
export type ImageQuality = 'low' | 'medium' | 'high' | 'xhigh' | 'max' | 'auto';
export type ImageBackground = 'transparent' | 'opaque' | 'auto';
export type ImageFormat = 'png' | 'jpeg' | 'webp';

export interface ImageOptions {
  /** referenceModel(background) when absent (jobs stored before the model was recorded). */
  model?: string;
  prompt: string;
  n: number;
  size: ImageSize;
  quality?: ImageQuality;
  background?: ImageBackground;
  /** png unless said otherwise: lossless, and it keeps a transparent background. */
  outputFormat?: ImageFormat;
  /** 0–100 for jpeg and webp; OpenAI's default (100) when absent. */
  outputCompression?: number;
  /** Edits: how closely to keep the input's features (OpenAI's default: low); not on gpt-image-1-mini. */
  inputFidelity?: 'high' | 'low';
}

export interface InputImage {
  data: Buffer;
  contentType: string;
  /** File name sent in the multipart part (its extension tells OpenAI the type). */
  name: string;
}

export interface GeneratedImage {
  data: Buffer;
  /** `data` as OpenAI sent it, when that is its standard padded base64 (isStandardBase64Of). */
  base64?: string;
  contentType: string;
  revisedPrompt?: string;
}

export interface ImagesResult {
  images: GeneratedImage[];
  size?: string;
  quality?: string;
  background?: string;
  outputFormat?: string;
  /** Tokens OpenAI billed, as it reported them. */
  usage?: ImagesResponse['usage'];
}

const FORMAT_TYPES: Record<string, string> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

/**
 * Whether `text` is exactly the standard, padded base64 of `data` (its decoding), so that it can
 * be passed on as it is. Node's decoder skips characters outside the alphabet, so a full length
 * means none was skipped; '-' and '_' (the URL-safe alphabet, which it also takes) are ruled out
 * apart. (A regular expression over the ~1.4 MB text took longer than decoding it.)
 */
function isStandardBase64Of(text: string, data: Buffer): boolean {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return text.length % 4 === 0 && data.length === (text.length / 4) * 3 - padding && !text.includes('-') && !text.includes('_');
}

/**
 * An images answer's JSON, read from the response in place of the SDK's parse (`.asResponse()`;
 * the SDK still sends the request and turns HTTP errors into its errors). Its parse decodes the
 * ~1.4 MB body through a TextDecoder first; an ASCII body — OpenAI's is, but for a revised
 * prompt's letters — read as Latin-1 is the same text for the cost of a copy (~10 % less than
 * the SDK's read and parse in a micro-benchmark).
 */
async function imagesJson(response: Response): Promise<unknown> {
  const body = Buffer.from(await response.arrayBuffer());
  const text = isAscii(body) ? body.toString('latin1') : body.toString('utf8');
  return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

function decodeImages(answer: unknown, format: ImageFormat): ImagesResult {
  const body = checkedAnswer(ImagesResponse, answer, { provider: PROVIDER, upstream: 'OpenAI' });
  const images = body.data.map((item) => {
    if (!item.b64_json) {
      throw new UpstreamError({ provider: PROVIDER, code: 'bad_upstream_response', message: 'OpenAI answered without b64_json image data', retryable: false });
    }
    const outFormat = (body.output_format as ImageFormat | undefined) ?? format;
    const data = Buffer.from(item.b64_json, 'base64');
    return {
      data,
      ...(isStandardBase64Of(item.b64_json, data) ? { base64: item.b64_json } : {}),
      contentType: FORMAT_TYPES[outFormat] ?? 'image/png',
      ...(item.revised_prompt ? { revisedPrompt: item.revised_prompt } : {}),
    };
  });
  if (images.length === 0) {
    throw new UpstreamError({ provider: PROVIDER, code: 'bad_upstream_response', message: 'OpenAI answered with no images', retryable: false });
  }
  const said = (value: string | null | undefined) => value ?? undefined;
  return {
    images,
    size: said(body.size),
    quality: said(body.quality),
    background: said(body.background),
    outputFormat: said(body.output_format),
    ...(body.usage ? { usage: body.usage } : {}),
  };
}

/** The model an image call names: the options', else the reference operations' (a job stored without one). */
export const modelOf = (options: Pick<ImageOptions, 'model' | 'background'>) => options.model ?? referenceModel(options.background);

/** The fields a generation and an edit send alike. */
function imageFields(options: ImageOptions, format: ImageFormat) {
  return {
    model: modelOf(options),
    prompt: options.prompt,
    n: options.n,
    size: options.size,
    output_format: format,
    // `xhigh` and `max` (the 2.5 models) are newer than this SDK's types; it sends what it is given.
    ...(options.quality ? { quality: options.quality as OpenAI.ImageGenerateParams['quality'] & OpenAI.ImageEditParams['quality'] } : {}),
    ...(options.background ? { background: options.background } : {}),
    ...(options.outputCompression === undefined ? {} : { output_compression: options.outputCompression }),
  };
}

export class OpenAIImages {
  private client: Promise<OpenAI> | undefined;
  constructor(private readonly config: OpenAIConfig) {}

  private sdk(): Promise<OpenAI> {
    return (this.client ??= openaiSdk(this.config));
  }

  /** POST /images/generations. */
  async generate(options: ImageOptions, signal?: AbortSignal): Promise<ImagesResult> {
    const format = options.outputFormat ?? 'png';
    const sdk = await this.sdk();
    const body = await call(() => sdk.images.generate(imageFields(options, format), { signal }).asResponse().then(imagesJson));
    return decodeImages(body, format);
  }

  /** POST /images/edits (multipart): one image as `image`, several as `image[]`; the mask applies to the first. */
  async edit(options: ImageOptions & { images: InputImage[]; mask?: InputImage }, signal?: AbortSignal): Promise<ImagesResult> {
    if (options.images.length === 0 || options.images.length > 16) throw new Error('OpenAI edits take 1 to 16 images');
    const format = options.outputFormat ?? 'png';
    const sdk = await this.sdk();
    const { toFile } = await openaiModule();
    const files = await Promise.all(options.images.map((image) => toFile(image.data, image.name, { type: image.contentType })));
    const mask = options.mask ? await toFile(options.mask.data, options.mask.name, { type: options.mask.contentType }) : undefined;
    const body = await call(() =>
      sdk.images
        .edit(
          {
            ...imageFields(options, format),
            image: files.length === 1 ? files[0] : files,
            ...(mask ? { mask } : {}),
            ...(options.inputFidelity ? { input_fidelity: options.inputFidelity } : {}),
          },
          { signal },
        )
        .asResponse()
        .then(imagesJson),
    );
    return decodeImages(body, format);
  }
}
