// An emulator of OpenAI's API (the parts the gateway uses), for tests, `vision-studio emulate
// openai` and the labelled sandbox mode only. Same paths as https://api.openai.com/v1 (the
// SDK's base URL includes `/v1`):
//   POST /v1/images/generations   JSON; GPT image models answer b64_json only
//   POST /v1/images/edits         multipart: `image` or `image[]` (≤16), optional `mask`
//   POST /v1/chat/completions     incl. response_format {type: json_schema, json_schema:{name, schema, strict}}
// Bearer auth (401 with OpenAI's error body), error bodies {"error":{message,type,param,code}},
// OpenAI's validation errors (400 invalid size/quality/background/model with `param`; mask not
// a PNG with alpha or not the image's dimensions; strict json_schema rules), 429
// rate_limit_exceeded with retry-after past a configurable rate, x-request-id on every answer.
// Outputs are real media: images drawn with sharp in the requested size and format (PNG, JPEG,
// WEBP; transparent when background=transparent), edits made from the input image (only where
// the mask is transparent); structured outputs are JSON that conforms to the requested schema,
// deterministic from the input (text, images' sizes and colours, frame timestamps).
// Without `model`, /images/generations behaves as dall-e-2, as the real API does.
//
// Twin-only triggers (documented so tests can reach every branch):
//   - a prompt (images) containing "moderation-blocked" → 400 code moderation_blocked;
//   - a prompt or message containing "insufficient-quota" → 429 code insufficient_quota
//     (also `settings.quotaExhausted = true` for every request);
//   - a chat message containing "twin:malformed-json" → the structured output is not valid JSON
//     (every time); `settings.malformedStructuredOutputs = n` does the same for the next n
//     structured completions (to exercise a client's retry-once path);
//   - `settings.unsupportedSizes` makes those sizes 400 invalid_value (param size), as for a
//     model that lacks them.
import { createHash, randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import sharp from 'sharp';

export interface OpenAITwinSettings {
  /** Requests per window per key before 429 rate_limit_exceeded. */
  rateLimit: { requests: number; windowMs: number };
  /** Every request answered 429 insufficient_quota. */
  quotaExhausted: boolean;
  /** The next n structured chat completions return malformed JSON. */
  malformedStructuredOutputs: number;
  /** Sizes refused as invalid (400, param size). */
  unsupportedSizes: string[];
  /** Added time per image call (real calls take 10–60 s). */
  imageLatencyMs: number;
}

export interface OpenAITwinOptions extends Partial<OpenAITwinSettings> {
  /** The key the twin accepts as `Authorization: Bearer <key>`. */
  apiKey: string;
}

export interface TwinCall {
  method: string;
  path: string;
  headers: Record<string, unknown>;
  /** JSON body, or for multipart: `{fields, files: [{field, filename, contentType, bytes, data}]}`. */
  body: unknown;
}

export interface OpenAITwin {
  app: FastifyInstance;
  calls: TwinCall[];
  /** Mutable at run time (tests flip switches). */
  settings: OpenAITwinSettings;
}

interface OpenAIErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

class TwinError extends Error {
  constructor(readonly status: number, readonly body: OpenAIErrorBody, readonly headers: Record<string, string> = {}) {
    super(body.message);
  }
}

const invalid = (message: string, param: string | null, code: string | null = 'invalid_value') =>
  new TwinError(400, { message, type: 'invalid_request_error', param, code });

const sendError = (reply: FastifyReply, error: TwinError) => reply.code(error.status).headers(error.headers).send({ error: error.body });

// ---- models ----------------------------------------------------------------------------------

const GPT_SIZES = ['1024x1024', '1536x1024', '1024x1536', 'auto'];
const MODELS: Record<string, { sizes: string[]; qualities: string[]; maxN: number; transparent: boolean }> = {
  'gpt-image-1': { sizes: GPT_SIZES, qualities: ['low', 'medium', 'high', 'auto'], maxN: 10, transparent: true },
  'gpt-image-1-mini': { sizes: GPT_SIZES, qualities: ['low', 'medium', 'high', 'auto'], maxN: 10, transparent: true },
  'gpt-image-1.5': { sizes: GPT_SIZES, qualities: ['low', 'medium', 'high', 'auto'], maxN: 10, transparent: true },
  'gpt-image-2': { sizes: GPT_SIZES, qualities: ['low', 'medium', 'high', 'auto'], maxN: 10, transparent: false },
  'dall-e-2': { sizes: ['256x256', '512x512', '1024x1024'], qualities: ['standard'], maxN: 10, transparent: false },
  'dall-e-3': { sizes: ['1024x1024', '1792x1024', '1024x1792'], qualities: ['standard', 'hd'], maxN: 1, transparent: false },
};
const CHAT_MODELS = /^(gpt-4o|gpt-4o-mini|gpt-4\.1|gpt-4\.1-mini|gpt-4\.1-nano|gpt-5|gpt-5-mini|gpt-5-nano|o3|o4-mini)(-\d{4}-\d{2}-\d{2})?$/;

const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

// ---- images ----------------------------------------------------------------------------------

const hashBytes = (text: string) => createHash('sha256').update(text).digest();
const colour = (text: string, offset = 0) => {
  const h = hashBytes(text);
  return { r: h[offset], g: h[offset + 1], b: h[offset + 2] };
};
const hex = (c: { r: number; g: number; b: number }) => `#${[c.r, c.g, c.b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;

async function encodeImage(image: sharp.Sharp, format: string, transparent: boolean, compression?: number): Promise<Buffer> {
  const quality = compression ?? 100;
  if (format === 'jpeg') return image.flatten({ background: '#ffffff' }).jpeg({ quality }).toBuffer();
  const kept = transparent ? image : image.flatten({ background: '#ffffff' });
  return format === 'webp' ? kept.webp({ quality, alphaQuality: 100 }).toBuffer() : kept.png().toBuffer();
}

/** A picture for a prompt: a disc and a bar in colours from the prompt, on a background. */
async function drawImage(prompt: string, width: number, height: number, index: number, transparent: boolean): Promise<sharp.Sharp> {
  const bg = transparent ? 'none' : hex(colour(prompt, 0));
  const fg = hex(colour(`${prompt}#${index}`, 3));
  const accent = hex(colour(prompt, 6));
  const r = Math.round(Math.min(width, height) * 0.3);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="${bg}"/>
    <circle cx="${Math.round(width / 2)}" cy="${Math.round(height / 2)}" r="${r}" fill="${fg}"/>
    <rect x="${Math.round(width * 0.1)}" y="${Math.round(height * 0.82)}" width="${Math.round(width * 0.8)}" height="${Math.round(height * 0.06)}" fill="${accent}"/>
  </svg>`;
  return sharp(Buffer.from(svg));
}

function dims(size: string): [number, number] {
  const [w, h] = size.split('x').map(Number);
  return [w, h];
}

/** `auto` → the standard size closest to the input's proportions. */
function autoSize(width?: number, height?: number): string {
  if (!width || !height) return '1024x1024';
  const ratio = width / height;
  return ratio > 1.2 ? '1536x1024' : ratio < 1 / 1.2 ? '1024x1536' : '1024x1024';
}

interface ImageParams {
  model: string;
  prompt: string;
  n: number;
  size: string;
  quality: string;
  background: string;
  outputFormat: string;
  compression?: number;
}

function imageParams(raw: Record<string, unknown>, settings: OpenAITwinSettings, defaultModel: string): ImageParams {
  const model = typeof raw.model === 'string' && raw.model !== '' ? raw.model : defaultModel;
  const spec = MODELS[model];
  if (!spec) throw invalid(`Invalid value: '${model}'. Value must be one of ${quoted(Object.keys(MODELS))}.`, 'model');
  const prompt = raw.prompt;
  if (typeof prompt !== 'string' || prompt.length === 0) throw invalid("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  const maxPrompt = model.startsWith('gpt-image') ? 32_000 : model === 'dall-e-3' ? 4_000 : 1_000;
  if (prompt.length > maxPrompt) throw invalid(`Invalid 'prompt': string too long. Expected a string with maximum length ${maxPrompt}, but got a string with length ${prompt.length} instead.`, 'prompt', 'string_above_max_length');
  const n = raw.n === undefined ? 1 : Number(raw.n);
  if (!Number.isInteger(n) || n < 1 || n > spec.maxN) throw invalid(`Invalid 'n': integer ${spec.maxN === 1 ? 'must be 1 for this model' : `must be between 1 and ${spec.maxN}`}.`, 'n', 'integer_out_of_range');
  const size = typeof raw.size === 'string' ? raw.size : spec.sizes.includes('auto') ? 'auto' : '1024x1024';
  const sizes = spec.sizes.filter((s) => !settings.unsupportedSizes.includes(s));
  if (!sizes.includes(size)) throw invalid(`Invalid value: '${size}'. Supported values are: ${quoted(sizes)}.`, 'size');
  const quality = typeof raw.quality === 'string' ? raw.quality : spec.qualities.includes('auto') ? 'auto' : 'standard';
  if (!spec.qualities.includes(quality)) throw invalid(`Invalid value: '${quality}'. Supported values are: ${quoted(spec.qualities)}.`, 'quality');
  const background = typeof raw.background === 'string' ? raw.background : 'auto';
  if (!['transparent', 'opaque', 'auto'].includes(background)) throw invalid(`Invalid value: '${background}'. Supported values are: 'transparent', 'opaque', and 'auto'.`, 'background');
  const outputFormat = typeof raw.output_format === 'string' ? raw.output_format : 'png';
  if (!['png', 'jpeg', 'webp'].includes(outputFormat)) throw invalid(`Invalid value: '${outputFormat}'. Supported values are: 'png', 'jpeg', and 'webp'.`, 'output_format');
  if (background === 'transparent' && !spec.transparent) throw invalid(`Transparent background is not supported for model '${model}'.`, 'background');
  if (background === 'transparent' && outputFormat === 'jpeg') throw invalid('Transparent background requires output_format png or webp.', 'background');
  const compression = raw.output_compression === undefined ? undefined : Number(raw.output_compression);
  if (compression !== undefined && (!Number.isInteger(compression) || compression < 0 || compression > 100)) throw invalid("Invalid 'output_compression': integer must be between 0 and 100.", 'output_compression', 'integer_out_of_range');
  if (prompt.includes('moderation-blocked')) {
    throw new TwinError(400, {
      message: `Your request was rejected by the safety system. If you believe this is an error, contact us at help.openai.com and include the request ID ${randomUUID()}. safety_violations=[twin].`,
      type: 'image_generation_user_error',
      param: null,
      code: 'moderation_blocked',
    });
  }
  return { model, prompt, n, size, quality, background, outputFormat, compression };
}

/**
 * Output tokens per image as OpenAI bills GPT image models, by quality and size (OpenAI's image
 * generation guide, "Cost and latency"). Input images are counted as a 1024² image under the
 * vision tile rule (85 + 170 per 512-px tile after scaling to 768 px: 765); the real count
 * depends on each image's size and the input fidelity.
 */
const OUTPUT_TOKENS: Record<string, Record<string, number>> = {
  low: { '1024x1024': 272, '1024x1536': 408, '1536x1024': 400 },
  medium: { '1024x1024': 1056, '1024x1536': 1584, '1536x1024': 1568 },
  high: { '1024x1024': 4160, '1024x1536': 6240, '1536x1024': 6208 },
};
const INPUT_IMAGE_TOKENS = 765;

function imageUsage(params: ImageParams, outputs: number, size: string, inputImages: number) {
  const text = Math.ceil(params.prompt.length / 4);
  const image = inputImages * INPUT_IMAGE_TOKENS;
  const output = outputs * (OUTPUT_TOKENS[params.quality === 'auto' ? 'medium' : params.quality]?.[size] ?? 1056);
  return { input_tokens: text + image, output_tokens: output, total_tokens: text + image + output, input_tokens_details: { text_tokens: text, image_tokens: image } };
}

function imagesAnswer(params: ImageParams, images: Buffer[], size: string, inputImages = 0) {
  return {
    created: Math.floor(Date.now() / 1000),
    background: params.background === 'transparent' ? 'transparent' : 'opaque',
    data: images.map((b) => ({ b64_json: b.toString('base64') })),
    output_format: params.outputFormat,
    quality: params.quality === 'auto' ? 'medium' : params.quality,
    size,
    ...(params.model.startsWith('gpt-image') ? { usage: imageUsage(params, images.length, size, inputImages) } : {}),
  };
}

interface FilePart {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

async function editImages(params: ImageParams, images: FilePart[], mask: FilePart | undefined): Promise<{ outputs: Buffer[]; size: string }> {
  const metas = await Promise.all(
    images.map(async (image, i) => {
      try {
        const meta = await sharp(image.data).metadata();
        if (!['png', 'jpeg', 'webp'].includes(meta.format ?? '')) throw new Error('format');
        return meta;
      } catch {
        throw invalid(`Invalid image file or mode for image ${i + 1}, please check your image file.`, images.length > 1 ? 'image[]' : 'image', 'invalid_image_file');
      }
    }),
  );
  let maskAlpha: Buffer | undefined;
  const first = metas[0];
  const size = params.size === 'auto' ? autoSize(first.autoOrient?.width ?? first.width, first.autoOrient?.height ?? first.height) : params.size;
  const [width, height] = dims(size);
  if (mask) {
    let meta: sharp.Metadata;
    try {
      meta = await sharp(mask.data).metadata();
    } catch {
      throw invalid('Invalid mask image file. The mask must be a PNG image.', 'mask', 'invalid_image_file');
    }
    if (meta.format !== 'png' || !meta.hasAlpha) throw invalid('Invalid mask image format - mask must be a PNG with an alpha channel.', 'mask', 'invalid_image_format');
    if (mask.data.length >= 4 * 1024 * 1024) throw invalid('Invalid mask image: the mask must be less than 4 MB.', 'mask', 'image_too_large');
    const iw = first.autoOrient?.width ?? first.width;
    const ih = first.autoOrient?.height ?? first.height;
    if (meta.width !== iw || meta.height !== ih) throw invalid(`Invalid mask image format - mask size (${meta.width}x${meta.height}) does not match image size (${iw}x${ih}).`, 'mask', 'invalid_image_dimensions');
    maskAlpha = await sharp(mask.data).resize(width, height, { fit: 'fill', kernel: 'nearest' }).ensureAlpha().extractChannel(3).raw().toBuffer();
  }
  const transparent = params.background === 'transparent';
  const outputs: Buffer[] = [];
  for (let index = 0; index < params.n; index++) {
    const paint = colour(`${params.prompt}#${index}`, 3);
    const { data } = await sharp(images[0].data).rotate().resize(width, height, { fit: 'fill' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    for (let p = 0; p < width * height; p++) {
      const o = p * 4;
      if (maskAlpha) {
        if (maskAlpha[p] !== 0) continue;
        data[o] = paint.r;
        data[o + 1] = paint.g;
        data[o + 2] = paint.b;
        data[o + 3] = 255;
      } else {
        data[o] = (data[o] + paint.r) >> 1;
        data[o + 1] = (data[o + 1] + paint.g) >> 1;
        data[o + 2] = (data[o + 2] + paint.b) >> 1;
      }
    }
    let image = sharp(data, { raw: { width, height, channels: 4 } });
    // The other input images show up as thumbnails along the bottom edge.
    if (images.length > 1) {
      const thumb = Math.round(Math.min(width, height) / 8);
      const overlays = await Promise.all(
        images.slice(1).map(async (extra, i) => ({
          input: await sharp(extra.data).rotate().resize(thumb, thumb, { fit: 'cover' }).png().toBuffer(),
          left: Math.min(width - thumb, i * thumb),
          top: height - thumb,
        })),
      );
      image = sharp(await image.png().toBuffer()).composite(overlays);
    }
    outputs.push(await encodeImage(image, params.outputFormat, transparent, params.compression));
  }
  return { outputs, size };
}

// ---- structured outputs ------------------------------------------------------------------------

interface InputFacts {
  text: string;
  images: { width: number; height: number; colour: string; brightness: number }[];
  /** Frame timestamps mentioned in the input ("t=1.5s"). */
  timestamps: number[];
  duration?: number;
}

const COLOUR_NAMES: [string, [number, number, number]][] = [
  ['white', [255, 255, 255]], ['black', [0, 0, 0]], ['grey', [128, 128, 128]], ['red', [210, 30, 30]], ['orange', [240, 140, 20]],
  ['yellow', [240, 220, 40]], ['green', [40, 160, 60]], ['teal', [20, 140, 140]], ['blue', [40, 80, 200]], ['purple', [120, 50, 160]],
  ['pink', [240, 130, 180]], ['brown', [120, 80, 40]],
];

function colourName(r: number, g: number, b: number): string {
  let best = COLOUR_NAMES[0];
  let distance = Infinity;
  for (const entry of COLOUR_NAMES) {
    const [cr, cg, cb] = entry[1];
    const d = (r - cr) ** 2 + (g - cg) ** 2 + (b - cb) ** 2;
    if (d < distance) {
      distance = d;
      best = entry;
    }
  }
  return best[0];
}

/** What the "model" sees in an image: its size, main colour and brightness. */
async function imageFacts(bytes: Buffer): Promise<InputFacts['images'][number]> {
  const meta = await sharp(bytes).metadata();
  const stats = await sharp(bytes).stats();
  const [r, g, b] = stats.channels.map((c) => c.mean);
  return { width: meta.width ?? 0, height: meta.height ?? 0, colour: colourName(r, g, b ?? r), brightness: (r + g + (b ?? r)) / 3 };
}

/** The facts the twin's "model" answers from. */
function inputFacts(text: string, images: InputFacts['images']): InputFacts {
  const timestamps = [...text.matchAll(/t=(\d+(?:\.\d+)?)s/g)].map((m) => Number(m[1]));
  const duration = Number(/duration[^\d]{0,20}(\d+(?:\.\d+)?)\s*s/i.exec(text)?.[1] ?? NaN);
  return { text, images, timestamps, duration: Number.isFinite(duration) ? duration : undefined };
}

async function facts(messages: unknown[]): Promise<InputFacts> {
  const texts: string[] = [];
  const images: InputFacts['images'] = [];
  for (const message of messages) {
    const { role, content } = message as { role?: string; content?: unknown };
    if (role === 'system' || role === 'developer') continue;
    const parts = typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? content : [];
    for (const part of parts as { type?: string; text?: string; image_url?: { url?: string } }[]) {
      if (part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
      if (part.type === 'image_url') {
        const url = part.image_url?.url ?? '';
        const match = /^data:[^;,]+;base64,(.*)$/s.exec(url);
        if (!match) throw invalid('Only base64 data URLs are supported by this emulator for image inputs.', 'messages', 'invalid_image_url');
        try {
          images.push(await imageFacts(Buffer.from(match[1], 'base64')));
        } catch {
          throw invalid('You uploaded an unsupported image. Please make sure your image is valid.', 'messages', 'invalid_image_format');
        }
      }
    }
  }
  return inputFacts(texts.join('\n'), images);
}

/** The gist of the user's text: the quoted part if any, else its first line. */
function gist(text: string): string {
  const quotedPart = /"([^"]{3,300})"/.exec(text)?.[1];
  return (quotedPart ?? text.split('\n').find((l) => l.trim().length > 0) ?? 'the subject').trim();
}

function pick<T>(items: T[], seed: string, count: number): T[] {
  const order = items.map((item, i) => ({ item, key: hashBytes(`${seed}:${i}`).readUInt32BE(0) }));
  order.sort((a, b) => a.key - b.key);
  return order.slice(0, Math.min(count, items.length)).map((o) => o.item);
}

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[]; items?: JsonSchema; enum?: unknown[]; additionalProperties?: unknown; anyOf?: JsonSchema[]; minimum?: number; maximum?: number; description?: string };

function describe(facts: InputFacts): string {
  const image = facts.images[0];
  if (!image) return gist(facts.text);
  const shape = image.width > image.height ? 'landscape' : image.width < image.height ? 'portrait' : 'square';
  const frames = facts.images.length > 1 ? ` across ${facts.images.length} frames` : '';
  return `A ${shape} ${image.width}x${image.height} image dominated by ${image.colour} tones${frames}, ${image.brightness > 128 ? 'brightly lit' : 'in low light'}`;
}

/** A value that conforms to `schema`, made deterministically from the input. */
function generate(schema: JsonSchema, name: string, input: InputFacts, path: string): unknown {
  if (schema.anyOf?.length) return generate(schema.anyOf[0], name, input, path);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum?.length) return pick(schema.enum, `${input.text}${path}`, 1)[0];
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries(schema.properties ?? {})) out[key] = generate(sub, key, input, `${path}.${key}`);
      return out;
    }
    case 'array': {
      const items = schema.items ?? { type: 'string' };
      const wanted = Number(/exactly (\d+)/i.exec(input.text)?.[1] ?? 3);
      if (items.enum?.length) return pick(items.enum, `${input.text}${path}`, wanted);
      if (items.type === 'object' && items.properties && Object.keys(items.properties).some((k) => /start/i.test(k))) {
        // Segments: between the frame timestamps the input named (or thirds of its duration).
        const end = input.duration ?? (input.timestamps.length ? Math.max(...input.timestamps) + 1 : 3);
        const cuts = [0, end / 3, (2 * end) / 3, end].map((t) => Math.round(t * 10) / 10);
        return [0, 1, 2].map((i) => {
          const segment = generate(items, name, { ...input, text: `${input.text} segment ${i + 1}` }, `${path}[${i}]`) as Record<string, unknown>;
          for (const key of Object.keys(items.properties!)) {
            if (/start/i.test(key)) segment[key] = cuts[i];
            if (/end/i.test(key)) segment[key] = cuts[i + 1];
          }
          return segment;
        });
      }
      if (items.type === 'string' && /tag|keyword|label/i.test(name)) {
        const words = `${describe(input)} ${gist(input.text)}`.toLowerCase().match(/[a-z]{3,}/g) ?? ['image'];
        const unique = [...new Set(words.filter((w) => !['the', 'and', 'with', 'image', 'tones', 'dominated', 'across'].includes(w)))];
        while (unique.length < wanted) unique.push(`tag${unique.length + 1}`);
        return unique.slice(0, wanted);
      }
      return Array.from({ length: wanted }, (_, i) => generate(items, name, input, `${path}[${i}]`));
    }
    case 'number':
    case 'integer': {
      const min = schema.minimum ?? 0;
      const max = schema.maximum ?? min + 100;
      const value = min + (hashBytes(`${input.text}${path}`).readUInt16BE(0) % 1000) / 1000 * (max - min);
      return type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
    }
    case 'boolean':
      return hashBytes(`${input.text}${path}`)[0] % 2 === 0;
    case 'null':
      return null;
    default: {
      if (/prompt/i.test(name)) {
        return `${gist(input.text)}, rendered as a professional photograph with rich detail, soft natural light, balanced composition and a shallow depth of field`;
      }
      if (/caption|description|summary|text/i.test(name)) return describe(input);
      return `${name}: ${gist(input.text)}`;
    }
  }
}

/** OpenAI's strict-mode schema rules (the part the twin checks): closed objects, every key required. */
function strictProblem(schema: JsonSchema, context: string[] = []): string | undefined {
  const where = `In context=(${context.map((c) => `'${c}'`).join(', ')})`;
  if (schema.anyOf) {
    for (const [i, sub] of schema.anyOf.entries()) {
      const p = strictProblem(sub, [...context, 'anyOf', String(i)]);
      if (p) return p;
    }
  }
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (type.includes('object')) {
    if (schema.additionalProperties !== false) return `${where}, 'additionalProperties' is required to be supplied and to be false.`;
    const keys = Object.keys(schema.properties ?? {});
    const missing = keys.find((k) => !(schema.required ?? []).includes(k));
    if (missing) return `${where}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`;
    for (const key of keys) {
      const p = strictProblem(schema.properties![key], [...context, 'properties', key]);
      if (p) return p;
    }
  }
  if (type.includes('array') && schema.items) return strictProblem(schema.items, [...context, 'items']);
  return undefined;
}

// ---- the app -------------------------------------------------------------------------------------

export function createOpenAITwin(options: OpenAITwinOptions): OpenAITwin {
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 * 1024 });
  const calls: TwinCall[] = [];
  const settings: OpenAITwinSettings = {
    rateLimit: options.rateLimit ?? { requests: 500, windowMs: 60_000 },
    quotaExhausted: options.quotaExhausted ?? false,
    malformedStructuredOutputs: options.malformedStructuredOutputs ?? 0,
    unsupportedSizes: options.unsupportedSizes ?? [],
    imageLatencyMs: options.imageLatencyMs ?? 0,
  };
  const windows = new Map<string, number[]>();
  app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 17, fields: 20, parts: 40 } });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', `req_${randomUUID().replace(/-/g, '')}`);
    calls.push({ method: request.method, path: request.url, headers: { ...request.headers }, body: undefined });
    const auth = request.headers.authorization;
    const key = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7) : undefined;
    if (!key) {
      return sendError(reply, new TwinError(401, { message: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", type: 'invalid_request_error', param: null, code: null }));
    }
    if (key !== options.apiKey) {
      const masked = key.length > 8 ? `${key.slice(0, 3)}*****${key.slice(-4)}` : '*****';
      return sendError(reply, new TwinError(401, { message: `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`, type: 'invalid_request_error', param: null, code: 'invalid_api_key' }));
    }
    if (settings.quotaExhausted) return sendError(reply, quotaError());
    const now = Date.now();
    const { requests, windowMs } = settings.rateLimit;
    const recent = (windows.get(key) ?? []).filter((t) => now - t < windowMs);
    if (recent.length >= requests) {
      const resetMs = recent.length > 0 ? windowMs - (now - recent[0]) : windowMs;
      return sendError(
        reply,
        new TwinError(
          429,
          { message: `Rate limit reached for requests per min (RPM): Limit ${requests}, Used ${recent.length}, Requested 1. Please try again in ${(resetMs / 1000).toFixed(3)}s.`, type: 'requests', param: null, code: 'rate_limit_exceeded' },
          {
            'retry-after': String(Math.max(1, Math.ceil(resetMs / 1000))),
            'retry-after-ms': String(Math.max(1, Math.round(resetMs))),
            'x-ratelimit-limit-requests': String(requests),
            'x-ratelimit-remaining-requests': '0',
            'x-ratelimit-reset-requests': `${(resetMs / 1000).toFixed(3)}s`,
          },
        ),
      );
    }
    recent.push(now);
    windows.set(key, recent);
  });
  app.addHook('preHandler', async (request) => {
    if (!request.isMultipart()) calls[calls.length - 1].body = request.body;
  });
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    if (error instanceof TwinError) return sendError(reply, error);
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    return sendError(reply, new TwinError(status, { message: status === 500 ? 'The server had an error while processing your request.' : error.message, type: status === 500 ? 'server_error' : 'invalid_request_error', param: null, code: null }));
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new TwinError(404, { message: `Invalid URL (${request.method} ${request.url.split('?')[0]})`, type: 'invalid_request_error', param: null, code: null })),
  );

  const quotaError = () =>
    new TwinError(429, { message: 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', type: 'insufficient_quota', param: null, code: 'insufficient_quota' });
  const delay = () => (settings.imageLatencyMs > 0 ? new Promise((r) => setTimeout(r, settings.imageLatencyMs)) : undefined);

  app.post('/v1/images/generations', async (request: FastifyRequest) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    if (typeof raw !== 'object' || Array.isArray(raw)) throw invalid('We could not parse the JSON body of your request.', null, null);
    // Without `model` the endpoint is dall-e-2's (openai-node ImageGenerateParams.model).
    const params = imageParams(raw, settings, 'dall-e-2');
    if (params.prompt.includes('insufficient-quota')) throw quotaError();
    await delay();
    const size = params.size === 'auto' ? '1024x1024' : params.size;
    const [width, height] = dims(size);
    const transparent = params.background === 'transparent';
    const images = await Promise.all(
      Array.from({ length: params.n }, async (_, i) => encodeImage(await drawImage(params.prompt, width, height, i, transparent), params.outputFormat, transparent, params.compression)),
    );
    return imagesAnswer(params, images, size);
  });

  app.post('/v1/images/edits', async (request: FastifyRequest) => {
    if (!request.isMultipart()) throw invalid("Invalid Content-Type header (application/json), expected multipart/form-data.", null, null);
    const fields: Record<string, string> = {};
    const files: FilePart[] = [];
    for await (const part of request.parts()) {
      if (part.type === 'file') files.push({ field: part.fieldname, filename: part.filename, contentType: part.mimetype, data: await part.toBuffer() });
      else fields[part.fieldname] = String(part.value);
    }
    calls[calls.length - 1].body = { fields, files: files.map((f) => ({ ...f, bytes: f.data.length })) };
    const images = files.filter((f) => f.field === 'image' || f.field === 'image[]');
    const mask = files.find((f) => f.field === 'mask');
    if (images.length === 0) throw invalid("Missing required parameter: 'image'.", 'image', 'missing_required_parameter');
    if (images.length > 16) throw invalid(`Invalid 'image': array too long. Expected an array with maximum length 16, but got an array with length ${images.length} instead.`, 'image', 'array_above_max_length');
    const params = imageParams(fields, settings, 'gpt-image-1.5');
    if (params.prompt.includes('insufficient-quota')) throw quotaError();
    if (params.model === 'dall-e-2' && images.length > 1) throw invalid('dall-e-2 takes one image.', 'image', 'invalid_value');
    await delay();
    const { outputs, size } = await editImages(params, images, mask);
    return imagesAnswer(params, outputs, size, images.length);
  });

  app.post('/v1/chat/completions', async (request: FastifyRequest) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const model = body.model;
    if (typeof model !== 'string' || model === '') throw invalid('you must provide a model parameter', null, null);
    if (!CHAT_MODELS.test(model)) throw new TwinError(404, { message: `The model \`${model}\` does not exist or you do not have access to it.`, type: 'invalid_request_error', param: null, code: 'model_not_found' });
    const messages = body.messages;
    if (!Array.isArray(messages) || messages.length === 0) throw invalid("Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", 'messages', 'empty_array');
    const temperature = body.temperature;
    if (temperature !== undefined && (typeof temperature !== 'number' || temperature < 0 || temperature > 2)) {
      throw invalid(`Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got ${String(temperature)} instead.`, 'temperature', 'decimal_above_max_value');
    }
    if (typeof temperature === 'number' && temperature !== 1 && /^(gpt-5|o3|o4)/.test(model)) {
      throw invalid(`Unsupported value: 'temperature' does not support ${temperature} with this model. Only the default (1) value is supported.`, 'temperature', 'unsupported_value');
    }
    const format = body.response_format as { type?: string; json_schema?: { name?: string; schema?: JsonSchema; strict?: boolean } } | undefined;
    let schema: JsonSchema | undefined;
    if (format?.type === 'json_schema') {
      const name = format.json_schema?.name;
      if (typeof name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(name)) throw invalid("Invalid 'response_format.json_schema.name': must match ^[a-zA-Z0-9_-]{1,64}$.", 'response_format.json_schema.name');
      schema = format.json_schema?.schema;
      if (!schema || typeof schema !== 'object') throw invalid("Missing required parameter: 'response_format.json_schema.schema'.", 'response_format.json_schema.schema', 'missing_required_parameter');
      if (format.json_schema?.strict) {
        if (schema.type !== 'object') throw invalid(`Invalid schema for response_format '${name}': schema must be a JSON Schema of 'type: "object"', got 'type: "${String(schema.type)}"'.`, 'response_format', 'invalid_json_schema');
        const problem = strictProblem(schema);
        if (problem) throw invalid(`Invalid schema for response_format '${name}': ${problem}`, 'response_format', 'invalid_json_schema');
      }
    } else if (format !== undefined && format.type !== 'text' && format.type !== 'json_object') {
      throw invalid(`Invalid value: '${String(format.type)}'. Supported values are: 'json_object', 'json_schema', and 'text'.`, 'response_format.type');
    }
    const input = await facts(messages);
    if (input.text.includes('insufficient-quota')) throw quotaError();
    let content: string;
    if (schema) {
      content = JSON.stringify(generate(schema, format?.json_schema?.name ?? 'response', input, ''));
      if (input.text.includes('twin:malformed-json') || settings.malformedStructuredOutputs > 0) {
        if (settings.malformedStructuredOutputs > 0) settings.malformedStructuredOutputs--;
        content = content.slice(0, Math.max(1, Math.floor(content.length / 2)));
      }
    } else {
      content = describe(input);
    }
    const promptTokens = Math.ceil(JSON.stringify(messages).length / 4);
    const completionTokens = Math.ceil(content.length / 4);
    return {
      id: `chatcmpl-${randomUUID().replace(/-/g, '').slice(0, 24)}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      service_tier: 'default',
      system_fingerprint: 'fp_twin',
    };
  });

  return { app, calls, settings };
}
