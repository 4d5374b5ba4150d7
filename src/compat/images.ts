// POST /v1/images/generations (JSON) and POST /v1/images/edits (multipart), OpenAI's Images API
// over every provider's image models. Both wait for the job and answer
// `{created, data: [{b64_json | url, revised_prompt?}]}`; a `url` is a signed gateway link. With
// `stream: true`, the same images as server-sent events, as OpenAI streams them.
import { sniffType } from '../core/media.js';
import { forEachPart } from '../core/upload.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import sharp from 'sharp';
import { baseUrl } from '../assets/intake.js';
import { finished, outputAssetIds, TASK_ID_HEADER, type WaitedJob } from './answers.js';
import { inputFileOf, type ImageParams, type InputFile, type ModelEntry } from './catalog.js';
import { badParam } from './errors.js';
import { parseSize } from './sizes.js';
import { submitCompat } from './submit.js';

const RESPONSE_FORMATS = ['url', 'b64_json'];
/** Images one edit takes at most (OpenAI's limit), plus the mask. */
const MAX_FILES = 16;

/** OpenAI's image parameters, checked, and refused where the model cannot honour them. */
function imageParams(model: ModelEntry, raw: Record<string, unknown>, inputs: Pick<ImageParams, 'images' | 'mask' | 'maskBlackWhite'> = {}): ImageParams {
  if (typeof raw.prompt !== 'string' || raw.prompt.trim().length === 0) throw badParam('prompt', 'prompt is required', 'missing');
  const n = raw.n === undefined || raw.n === null ? 1 : Number(raw.n);
  if (!Number.isInteger(n) || n < 1 || n > 10) throw badParam('n', 'n must be an integer from 1 to 10');
  if (n > (model.maxImages ?? 1)) throw badParam('n', `${model.id} makes at most ${model.maxImages ?? 1} image(s) per request`);
  const options: Record<string, string | undefined> = {};
  for (const name of ['quality', 'background', 'output_format'] as const) {
    const value = raw[name];
    if (value === undefined || value === null || value === 'auto') continue;
    const allowed = model.options?.[name] ?? [];
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw badParam(
        name,
        allowed.length > 0 ? `${model.id} takes ${name} ${allowed.join(', ')}, not ${JSON.stringify(value)}` : `${model.id} cannot choose ${name}: leave it out (or "auto")`,
      );
    }
    options[name] = value;
  }
  if (raw.style !== undefined && raw.style !== null) throw badParam('style', `style is a DALL·E 3 parameter; ${model.id} has none`);
  const compression = outputCompression(model, raw.output_compression, options.output_format);
  const fidelity = inputs.images ? inputFidelity(model, raw.input_fidelity) : undefined;
  if (raw.moderation !== undefined && raw.moderation !== null && raw.moderation !== 'auto') {
    throw badParam('moderation', `${model.id}: moderation is the provider's own; leave it out (or "auto")`);
  }
  if (options.background === 'transparent' && options.output_format === 'jpeg') {
    throw badParam('output_format', 'a transparent background needs png or webp: jpeg has no transparency');
  }
  return {
    prompt: raw.prompt,
    n,
    size: parseSize(raw.size),
    ...options,
    ...(compression === undefined ? {} : { output_compression: compression }),
    ...(fidelity ? { input_fidelity: fidelity } : {}),
    ...inputs,
  };
}

/** An edit's `input_fidelity`: `low` is OpenAI's default and every model's; `high` where the model takes it. */
function inputFidelity(model: ModelEntry, raw: unknown): 'high' | undefined {
  if (raw === undefined || raw === null || raw === 'low') return undefined;
  if (raw !== 'high') throw badParam('input_fidelity', 'input_fidelity is high or low');
  if (!model.options?.input_fidelity) throw badParam('input_fidelity', `${model.id} cannot keep the input's features more closely: leave input_fidelity out (or low)`);
  return 'high';
}

/**
 * `output_compression` (0–100): OpenAI's models take it for jpeg and webp; 100, OpenAI's
 * default, is what every other answer is. A form field comes as text.
 */
function outputCompression(model: ModelEntry, raw: unknown, format: string | undefined): number | undefined {
  if (raw === undefined || raw === null) return undefined;
  const value = typeof raw === 'number' || (typeof raw === 'string' && /^\d{1,3}$/.test(raw)) ? Number(raw) : Number.NaN;
  if (!(Number.isInteger(value) && value >= 0 && value <= 100)) throw badParam('output_compression', 'output_compression is an integer from 0 to 100');
  if (value === 100) return undefined;
  if (!model.options?.output_compression) {
    throw badParam('output_compression', `${model.id}: the gateway cannot choose the compression; leave output_compression out (or 100)`);
  }
  if (format !== 'jpeg' && format !== 'webp') throw badParam('output_compression', 'output_compression applies to output_format jpeg or webp');
  return value;
}

function responseFormat(raw: Record<string, unknown>): 'url' | 'b64_json' {
  const format = raw.response_format ?? 'b64_json';
  if (typeof format !== 'string' || !RESPONSE_FORMATS.includes(format)) throw badParam('response_format', 'response_format is url or b64_json');
  return format as 'url' | 'b64_json';
}

/**
 * Whether the caller asked for OpenAI's streamed answer (`stream`, with `partial_images`): a form
 * field comes as text. A streamed answer carries base64 images, never links.
 */
function streamed(raw: Record<string, unknown>, format: 'url' | 'b64_json'): boolean {
  const { stream, partial_images: partials } = raw;
  if (stream !== undefined && stream !== null && ![true, false, 'true', 'false'].includes(stream as never)) throw badParam('stream', 'stream is true or false');
  if (partials !== undefined && partials !== null) {
    const count = typeof partials === 'number' || (typeof partials === 'string' && /^\d$/.test(partials)) ? Number(partials) : Number.NaN;
    if (!(count >= 0 && count <= 3 && Number.isInteger(count))) throw badParam('partial_images', 'partial_images is an integer from 0 to 3');
  }
  const on = stream === true || stream === 'true';
  if (on && format === 'url') throw badParam('response_format', 'a streamed answer carries b64_json: leave response_format out, or set it to b64_json');
  return on;
}

/**
 * b64_json is answered from the bytes in hand while the gateway stores them (answer first); a
 * `url` answer waits until they are stored, since the link may be fetched from any gateway process.
 */
const waitFor = (format: 'url' | 'b64_json') => (format === 'b64_json' ? 'outputs' : 'stored');

/** What an answer is for: its events' names when streamed. */
type ImageEvents = 'image_generation' | 'image_edit';

async function imagesAnswer(request: FastifyRequest, reply: FastifyReply, submitted: WaitedJob, format: 'url' | 'b64_json', raw: Record<string, unknown>, stream?: ImageEvents) {
  const { job, bytes, base64 } = await finished(request, submitted);
  const { assets } = request.server;
  const ids = outputAssetIds(job);
  /** An output's bytes and base64: from those in hand, else from the store. */
  const image = async (id: string) => {
    const data = bytes?.get(id) ?? (await assets.load(id)).data;
    return { data, b64: base64?.get(id) ?? data.toString('base64') };
  };
  if (stream) {
    const images = await Promise.all(
      ids.map(async (id) => {
        const { data, b64 } = await image(id);
        return { b64, mime: (await sniffType(data))?.mime };
      }),
    );
    reply.type('text/event-stream; charset=utf-8').header('cache-control', 'no-cache');
    return imageEventsBody(stream, images, raw);
  }
  const result = JSON.parse(job.result ?? '{}') as { revised_prompts?: string[] };
  const created = Math.floor(job.created_at / 1000);
  const revised = (i: number) => (result.revised_prompts?.[i] ? { revised_prompt: result.revised_prompts[i] } : {});
  if (format === 'url') return { created, data: ids.map((id, i) => ({ url: assets.signedUrl(id, baseUrl(request)), ...revised(i) })) };
  const images = await Promise.all(ids.map(image));
  reply.type('application/json; charset=utf-8');
  return b64JsonBody(
    created,
    images.map(({ b64 }, i) => ({ b64, ...revised(i) })),
  );
}

/**
 * The b64_json answer as the bytes of the JSON text JSON.stringify would write. Base64 needs no
 * escaping, so each image goes in as it is (JSON.stringify scanned every character of it, ~2 ms
 * per 1024×1024 PNG: bench/), copied once into a Buffer outside V8's heap: as a string, the
 * answer was copied twice more on that heap (flattened to measure it, and again to be written
 * after the headers), ~15 % of what a `/v1` answer allocated there at 64 connections.
 */
export function b64JsonBody(created: number, images: { b64: string; revised_prompt?: string }[]): Buffer {
  // UTF-8 for the text around the images (a revised prompt may hold any character); each image's
  // base64 is ASCII, copied byte for byte.
  const parts: [string, BufferEncoding][] = [[`{"created":${JSON.stringify(created)},"data":[`, 'utf8']];
  images.forEach(({ b64, revised_prompt }, i) => {
    const after = revised_prompt === undefined ? '' : `,"revised_prompt":${JSON.stringify(revised_prompt)}`;
    parts.push([`${i === 0 ? '' : ','}{"b64_json":"`, 'utf8'], [b64, 'latin1'], [`"${after}}`, 'utf8']);
  });
  parts.push([']}', 'utf8']);
  const body = Buffer.allocUnsafe(parts.reduce((length, [text, encoding]) => length + Buffer.byteLength(text, encoding), 0));
  let at = 0;
  for (const [text, encoding] of parts) at += body.write(text, at, encoding);
  return body;
}

/**
 * OpenAI's streamed image answer (server-sent events): one `<events>.completed` event per image.
 * No partial images: the providers behind the gateway answer with finished images, and OpenAI
 * allows fewer partial images than asked for when the final one is ready first. The settings the
 * caller chose are echoed (`auto` where left out); the format is the image's own.
 */
export function imageEventsBody(events: ImageEvents, images: { b64: string; mime?: string }[], raw: Record<string, unknown>): Buffer {
  const created_at = Math.floor(Date.now() / 1000);
  const setting = (name: string) => (typeof raw[name] === 'string' ? raw[name] : 'auto');
  const type = `${events}.completed`;
  const text = images
    .map(({ b64, mime }) => {
      const data = {
        type,
        b64_json: b64,
        created_at,
        size: setting('size'),
        quality: setting('quality'),
        background: setting('background'),
        output_format: mime?.replace(/^image\//, '') ?? 'png',
      };
      return `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
    })
    .join('');
  return Buffer.from(text);
}

export async function generateImages(request: FastifyRequest, reply: FastifyReply) {
  const raw = (request.body ?? {}) as Record<string, unknown>;
  const format = responseFormat(raw);
  const stream = streamed(raw, format);
  const submitted = await submitCompat(request, 'images.generations', raw, (model, params) => model.generate!(imageParams(model, params)), waitFor(format));
  reply.header(TASK_ID_HEADER, submitted.job.id);
  return imagesAnswer(request, reply, submitted, format, raw, stream ? 'image_generation' : undefined);
}

/** An uploaded image kept as the caller's asset, as the translations take it. */
async function keep(request: FastifyRequest, param: string, data: Buffer): Promise<InputFile> {
  const asset = await request.server.assets.store(request.owner, data, {});
  if (!asset.content_type.startsWith('image/')) throw badParam(param, `${param} must be an image (PNG, JPEG or WEBP), not ${asset.content_type}`);
  return inputFileOf(asset);
}

/** OpenAI's mask (transparent = change) as black (keep) and white (change), the form BRIA and Firefly take. */
async function blackWhiteMask(request: FastifyRequest, mask: Buffer): Promise<InputFile> {
  let png: Buffer;
  try {
    const image = sharp(mask);
    const { hasAlpha } = await image.metadata();
    png = hasAlpha ? await image.extractChannel('alpha').negate().png().toBuffer() : await image.greyscale().png().toBuffer();
  } catch {
    throw badParam('mask', 'the mask could not be read as an image');
  }
  return keep(request, 'mask', png);
}

/** The multipart form: `image` (or `image[]`, several allowed), `mask`, and text fields. */
async function readEditForm(request: FastifyRequest) {
  if (!request.isMultipart()) throw badParam('image', 'send the edit as multipart/form-data with an image file', 'missing');
  const fields: Record<string, unknown> = {};
  const images: Buffer[] = [];
  let mask: Buffer | undefined;
  await forEachPart(
    request,
    async (part) => {
      const name = part.fieldname.replace(/\[\]$/, '');
      if (part.type === 'file') {
        const data = await part.toBuffer();
        if (name === 'image') images.push(data);
        else if (name === 'mask') mask = data;
      } else {
        fields[name] = String(part.value);
      }
    },
    { limits: { files: MAX_FILES + 1 } },
  );
  if (images.length === 0) throw badParam('image', 'image is required: one image file (or several)', 'missing');
  if (images.length > MAX_FILES) throw badParam('image', `at most ${MAX_FILES} images`);
  return { fields, images, mask };
}

export async function editImages(request: FastifyRequest, reply: FastifyReply) {
  const { fields, images, mask } = await readEditForm(request);
  const format = responseFormat(fields);
  const stream = streamed(fields, format);
  const inputs = {
    images: await Promise.all(images.map((data) => keep(request, 'image', data))),
    ...(mask ? { mask: await keep(request, 'mask', mask), maskBlackWhite: await blackWhiteMask(request, mask) } : {}),
  };
  const submitted = await submitCompat(request, 'images.edits', fields, (model, params) => model.edit!(imageParams(model, params, inputs)), waitFor(format));
  reply.header(TASK_ID_HEADER, submitted.job.id);
  return imagesAnswer(request, reply, submitted, format, fields, stream ? 'image_edit' : undefined);
}
