// The OpenAI twin's image endpoints' logic: each model's sizes, qualities and limits, OpenAI's
// parameter checks, and real images drawn (generations) or made from the input (edits) with sharp.
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { colourOf, hexOf } from '../kit/media.js';
import { invalid, TwinError } from './errors.js';
import type { OpenAITwinSettings } from './index.js';

const GPT_SIZES = ['1024x1024', '1536x1024', '1024x1536', 'auto'];
const QUALITIES = ['low', 'medium', 'high', 'auto'];
/** Images per request, every GPT image model. */
const MAX_N = 10;
/** Prompt characters, every GPT image model. */
const MAX_PROMPT = 32_000;
interface ModelSpec {
  /** Any WIDTHxHEIGHT within customSizeProblem's rules besides GPT_SIZES (gpt-image-2 and the 2.5 models). */
  customSizes?: boolean;
  qualities: string[];
  transparent: boolean;
  /** input_fidelity values its edits take (none: refused). */
  inputFidelity: string[];
}
/** openai-node 7.60 ImageGenerateParams / ImageEditParams (sizes, qualities, backgrounds, input_fidelity per model). */
const MODELS: Record<string, ModelSpec> = {
  'gpt-image-2': { customSizes: true, qualities: QUALITIES, transparent: false, inputFidelity: [] },
  'gpt-image-2.5-sunburst': { customSizes: true, qualities: [...QUALITIES, 'xhigh', 'max'], transparent: true, inputFidelity: [] },
  'gpt-image-2.5-flare': { customSizes: true, qualities: [...QUALITIES, 'xhigh', 'max'], transparent: true, inputFidelity: [] },
  'gpt-image-2.6-sunburst': { qualities: QUALITIES, transparent: false, inputFidelity: [] },
  'gpt-image-2.6-flare': { qualities: QUALITIES, transparent: false, inputFidelity: [] },
};
/** Shut-down models as they were (openai-node 6.x), for a twin playing an account or server that still has them. */
const RETIRED_MODELS: Record<string, ModelSpec> = {
  'gpt-image-1': { qualities: QUALITIES, transparent: true, inputFidelity: ['high', 'low'] },
  'gpt-image-1.5': { qualities: QUALITIES, transparent: true, inputFidelity: ['high', 'low'] },
  'gpt-image-1-mini': { qualities: QUALITIES, transparent: true, inputFidelity: [] },
};
/** Models OpenAI has shut down (its deprecations page): a request naming one is refused. */
const SHUT_DOWN: Record<string, string> = {
  'gpt-image-1': '2026-10-23',
  'gpt-image-1.5': '2026-12-01',
  'gpt-image-1-mini': '2026-12-01',
  'dall-e-2': '2026-05-12',
  'dall-e-3': '2026-05-12',
};

/** A custom size gpt-image-2 and the 2.5 models refuse: why, or undefined (openai-node ImageGenerateParams.size). */
function customSizeProblem(size: string): string | undefined {
  const match = /^(\d{1,5})x(\d{1,5})$/.exec(size);
  if (!match) return 'expected WIDTHxHEIGHT';
  const [width, height] = [Number(match[1]), Number(match[2])];
  if (width % 16 !== 0 || height % 16 !== 0) return 'width and height must both be divisible by 16';
  if (Math.max(width, height) / Math.min(width, height) > 3) return 'the aspect ratio must be between 1:3 and 3:1';
  if (Math.max(width, height) > 3840 || width * height > 3840 * 2160) return 'the maximum supported resolution is 3840x2160';
  return undefined;
}

const quoted = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

// ---- images ----------------------------------------------------------------------------------

const colour = colourOf;
const hex = hexOf;

export async function encodeImage(image: sharp.Sharp, format: string, transparent: boolean, compression?: number): Promise<Buffer> {
  const quality = compression ?? 100;
  if (format === 'jpeg') return image.flatten({ background: '#ffffff' }).jpeg({ quality }).toBuffer();
  const kept = transparent ? image : image.flatten({ background: '#ffffff' });
  return format === 'webp' ? kept.webp({ quality, alphaQuality: 100 }).toBuffer() : kept.png().toBuffer();
}

/** A picture for a prompt: a disc and a bar in colours from the prompt, on a background. */
export async function drawImage(prompt: string, width: number, height: number, index: number, transparent: boolean): Promise<sharp.Sharp> {
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

/** Rendered pictures by everything that decides their bytes; past this many the cache starts again. */
const rendered = new Map<string, Promise<Buffer>>();
const MAX_RENDERED = 64;

/**
 * A generated picture, encoded. Drawing and encoding a 1024² PNG costs the twin ~20 ms of CPU,
 * which a real, remote upstream never takes from the gateway's machine: the same picture is
 * drawn once, so that on a small machine a bench measures the gateways, not the twin.
 */
export function renderImage(prompt: string, width: number, height: number, index: number, transparent: boolean, format: string, compression?: number): Promise<Buffer> {
  const key = JSON.stringify([prompt, width, height, index, transparent, format, compression ?? null]);
  let image = rendered.get(key);
  if (!image) {
    if (rendered.size >= MAX_RENDERED) rendered.clear();
    image = drawImage(prompt, width, height, index, transparent).then((drawn) => encodeImage(drawn, format, transparent, compression));
    image.catch(() => rendered.delete(key));
    rendered.set(key, image);
  }
  return image;
}

export function dims(size: string): [number, number] {
  const [w, h] = size.split('x').map(Number);
  return [w, h];
}

/** `auto` → the standard size closest to the input's proportions. */
function autoSize(width?: number, height?: number): string {
  if (!width || !height) return '1024x1024';
  const ratio = width / height;
  return ratio > 1.2 ? '1536x1024' : ratio < 1 / 1.2 ? '1024x1536' : '1024x1024';
}

export interface ImageParams {
  model: string;
  prompt: string;
  n: number;
  size: string;
  quality: string;
  background: string;
  outputFormat: string;
  compression?: number;
}

/** An edit's input_fidelity, as the model takes it or refuses it (openai-node 7.60 ImageEditParams.input_fidelity). */
export function checkInputFidelity(model: string, fidelity: string): void {
  if (!['high', 'low'].includes(fidelity)) throw invalid(`Invalid value: '${fidelity}'. Supported values are: 'high' and 'low'.`, 'input_fidelity');
  if (!MODELS[model]?.inputFidelity.includes(fidelity)) throw invalid(`input_fidelity is not supported for model '${model}'.`, 'input_fidelity');
}

export function imageParams(raw: Record<string, unknown>, settings: OpenAITwinSettings, defaultModel: string): ImageParams {
  const model = typeof raw.model === 'string' && raw.model !== '' ? raw.model : defaultModel;
  const retired = settings.withRetiredModels.includes(model) ? RETIRED_MODELS[model] : undefined;
  if (SHUT_DOWN[model] && !retired) {
    throw new TwinError(404, { message: `The model \`${model}\` was shut down on ${SHUT_DOWN[model]}.`, type: 'invalid_request_error', param: 'model', code: 'model_not_found' });
  }
  const spec = settings.withoutModels.includes(model) ? undefined : (retired ?? MODELS[model]);
  if (!spec) throw invalid(`Invalid value: '${model}'. Value must be one of ${quoted(Object.keys(MODELS))}.`, 'model');
  const prompt = raw.prompt;
  if (typeof prompt !== 'string' || prompt.length === 0) throw invalid("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  if (prompt.length > MAX_PROMPT)
    throw invalid(
      `Invalid 'prompt': string too long. Expected a string with maximum length ${MAX_PROMPT}, but got a string with length ${prompt.length} instead.`,
      'prompt',
      'string_above_max_length',
    );
  const n = raw.n === undefined ? 1 : Number(raw.n);
  if (!Number.isInteger(n) || n < 1 || n > MAX_N) throw invalid(`Invalid 'n': integer must be between 1 and ${MAX_N}.`, 'n', 'integer_out_of_range');
  const size = typeof raw.size === 'string' ? raw.size : 'auto';
  const sizes = GPT_SIZES.filter((s) => !settings.unsupportedSizes.includes(s));
  if (!sizes.includes(size)) {
    const problem = spec.customSizes && !settings.unsupportedSizes.includes(size) ? customSizeProblem(size) : 'not a supported size';
    if (problem) throw invalid(`Invalid size '${size}' for model '${model}': ${problem}. Supported standard values are: ${quoted(sizes)}.`, 'size');
  }
  const quality = typeof raw.quality === 'string' ? raw.quality : 'auto';
  if (!spec.qualities.includes(quality)) throw invalid(`Invalid value: '${quality}'. Supported values are: ${quoted(spec.qualities)}.`, 'quality');
  const background = typeof raw.background === 'string' ? raw.background : 'auto';
  if (!['transparent', 'opaque', 'auto'].includes(background))
    throw invalid(`Invalid value: '${background}'. Supported values are: 'transparent', 'opaque', and 'auto'.`, 'background');
  const outputFormat = typeof raw.output_format === 'string' ? raw.output_format : 'png';
  if (!['png', 'jpeg', 'webp'].includes(outputFormat)) throw invalid(`Invalid value: '${outputFormat}'. Supported values are: 'png', 'jpeg', and 'webp'.`, 'output_format');
  if (background === 'transparent' && !spec.transparent) throw invalid(`Transparent background is not supported for model '${model}'.`, 'background');
  if (background === 'transparent' && outputFormat === 'jpeg') throw invalid('Transparent background requires output_format png or webp.', 'background');
  const compression = raw.output_compression === undefined ? undefined : Number(raw.output_compression);
  if (compression !== undefined && (!Number.isInteger(compression) || compression < 0 || compression > 100))
    throw invalid("Invalid 'output_compression': integer must be between 0 and 100.", 'output_compression', 'integer_out_of_range');
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

export function imagesAnswer(params: ImageParams, images: Buffer[], size: string, inputImages = 0) {
  return {
    created: Math.floor(Date.now() / 1000),
    background: params.background === 'transparent' ? 'transparent' : 'opaque',
    data: images.map((b) => ({ b64_json: b.toString('base64') })),
    output_format: params.outputFormat,
    quality: params.quality === 'auto' ? 'medium' : params.quality,
    size,
    usage: imageUsage(params, images.length, size, inputImages),
  };
}

export interface FilePart {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

export async function editImages(params: ImageParams, images: FilePart[], mask: FilePart | undefined): Promise<{ outputs: Buffer[]; size: string }> {
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
    if (meta.width !== iw || meta.height !== ih)
      throw invalid(`Invalid mask image format - mask size (${meta.width}x${meta.height}) does not match image size (${iw}x${ih}).`, 'mask', 'invalid_image_dimensions');
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
