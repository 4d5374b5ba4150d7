// An emulator of Google's generative AI APIs, for tests, `vision-studio emulate google` and
// the labelled sandbox mode only. It serves the REST paths @google/genai 2.x really calls
// (read from node_modules/@google/genai/dist/node/index.mjs: ApiClient.constructUrl and the
// Models/Operations methods), on one origin that stands for GOOGLE_GENAI_BASE_URL:
//
//   Gemini API   POST /v1beta/models/{model}:generateContent           x-goog-api-key: <key>
//   Vertex AI    POST /v1beta1/projects/{p}/locations/{l}/publishers/google/models/{m}:predict
//                POST …/{m}:predictLongRunning   → {name: "projects/…/models/{m}/operations/{id}"}
//                POST …/{m}:fetchPredictOperation {operationName} → {name, done, response|error}
//                POST …/{m}:generateContent
//                GET  /v1beta1/{operation name}
//                Authorization: Bearer <token issued by this twin's STS>
//   STS          POST /v1/token (RFC 8693 token exchange, form-encoded), the `token_url` of the
//                `external_account` credential the twin writes (google-auth-library honours
//                `token_url` for that credential type; it reads the subject token from
//                `credential_source.file`).
//
// Like Google: error bodies {"error":{code, message, status, details?}}; a wrong API key is
// 400 INVALID_ARGUMENT with reason API_KEY_INVALID, a missing one 403 PERMISSION_DENIED, a bad
// Bearer token 401 UNAUTHENTICATED, another project 403; 429 RESOURCE_EXHAUSTED (with
// google.rpc.RetryInfo) past `ratePerMinute` per credential; retired model ids 404 NOT_FOUND;
// Imagen parameters checked as Vertex documents them (safetySetting/personGeneration case-
// insensitive; no seed with the watermark on); Veo durations per model (Veo 3.1: 4, 6, 8);
// Veo operations that finish after `operationMs`. Outputs are real media: PNGs made with
// sharp (edits are made from the input pixels), MP4s made with ffmpeg.
//
// generateContent also answers text requests (no IMAGE modality), including structured output:
// with `responseMimeType: "application/json"` and `responseSchema` (Gemini's OpenAPI subset,
// upper-case types) or `responseJsonSchema` (JSON Schema: $ref/$defs, anyOf, enum, const,
// bounds) the text is JSON that conforms to the schema, deterministic from the request's text.
// `text/x.enum` answers one of the enum values. Inline image, video (mp4/webm/mov) and audio
// parts are accepted (checked by their bytes).
//
// Twin-only triggers (in the prompt / the user's text), so tests reach every branch:
//   "blocked-by-safety"   Imagen: every image filtered (raiFilteredReason); Gemini: promptFeedback
//                         blockReason SAFETY, no candidates; Veo: the operation finishes with
//                         raiMediaFilteredCount and no video.
//   "image-safety-block"  Gemini: finishReason IMAGE_SAFETY and no image.
//   "gemini-no-image"     Gemini: a text-only answer to an image request (finishReason STOP).
//   "veo-operation-fails" Veo: the operation finishes with error {code: 13 INTERNAL}.
//   "twin-server-error"   500 INTERNAL on the create call.
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

const run = promisify(execFile);

export interface GoogleTwinOptions {
  /** The Gemini API key the twin accepts. */
  apiKey: string;
  /** The Vertex AI project and location the twin serves. */
  project: string;
  location: string;
  /** The external credential its STS accepts (the content of `credential_source.file`). */
  subjectToken: string;
  /** The workload identity audience of the credential. */
  audience?: string;
  /** How long a Veo operation runs before it is done. */
  operationMs?: number;
  /** Calls per minute per credential before 429 RESOURCE_EXHAUSTED. */
  ratePerMinute?: number;
  /** Lifetime of the access tokens the STS issues. */
  tokenTtlSeconds?: number;
}

interface VeoOperation {
  name: string;
  model: string;
  readyAt: number;
  outcome: Promise<{ response: Record<string, unknown> } | { error: { code: number; message: string } }>;
}

export interface GoogleTwin {
  app: FastifyInstance;
  /** API calls received (not the STS), for tests that check what the gateway sent. */
  calls: { method: string; path: string; headers: Record<string, unknown>; body: unknown }[];
  /** Access tokens the STS issued, with their expiry (ms). */
  issuedTokens: Map<string, number>;
  /** STS exchanges answered (successful or not). */
  tokenExchanges: { ok: boolean; audience?: string; scope?: string }[];
  operations: Map<string, VeoOperation>;
  /** The `external_account` credential JSON pointing google-auth-library at this twin's STS. */
  credential(twinUrl: string, subjectTokenFile: string): Record<string, unknown>;
  /** Writes the subject token and the credential into `dir`; returns the credential's path. */
  writeCredentials(twinUrl: string, dir: string): Promise<string>;
}

// ---- Google's error shape ----

const STATUS_WORD: Record<number, string> = {
  400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE',
};

class GoogleFailure extends Error {
  constructor(readonly code: number, message: string, readonly details?: unknown[]) {
    super(message);
  }
}

const fail = (code: number, message: string, details?: unknown[]) => new GoogleFailure(code, message, details);

function sendError(reply: FastifyReply, error: GoogleFailure) {
  return reply.code(error.code).send({
    error: { code: error.code, message: error.message, status: STATUS_WORD[error.code] ?? 'UNKNOWN', ...(error.details ? { details: error.details } : {}) },
  });
}

// ---- Models the twin knows (mid-2026; see src/providers/google/models.ts for the sources) ----

const IMAGEN_GENERATE = new Map([
  ['imagen-4.0-generate-001', { maxImages: 4 }],
  ['imagen-4.0-fast-generate-001', { maxImages: 4 }],
  ['imagen-4.0-ultra-generate-001', { maxImages: 1 }],
]);
const IMAGEN_CAPABILITY = new Set(['imagen-3.0-capability-001']);
const VEO = new Map([
  ['veo-3.1-generate-001', { durations: [4, 6, 8], alwaysEnhances: true }],
  ['veo-3.1-fast-generate-001', { durations: [4, 6, 8], alwaysEnhances: true }],
]);
/** Retired Gemini ids (the Gemini 1.x line and the 2.0 image-generation previews). */
const RETIRED_GEMINI = /^gemini-(1\.|2\.0-flash-(preview-image-generation|exp))/;
const isImageModel = (model: string) => /^gemini-.*image/.test(model);

const IMAGEN_RATIOS: Record<string, [number, number]> = {
  '1:1': [1024, 1024], '3:4': [896, 1280], '4:3': [1280, 896], '9:16': [768, 1408], '16:9': [1408, 768],
};
/** Gemini 2.5 Flash Image output sizes per aspect ratio (ai.google.dev image generation docs). */
const GEMINI_RATIOS: Record<string, [number, number]> = {
  '1:1': [1024, 1024], '2:3': [832, 1248], '3:2': [1248, 832], '3:4': [864, 1184], '4:3': [1184, 864],
  '4:5': [896, 1152], '5:4': [1152, 896], '9:16': [768, 1344], '16:9': [1344, 768], '21:9': [1536, 672],
};
const SAFETY_LEVELS = ['block_low_and_above', 'block_medium_and_above', 'block_only_high', 'block_none', 'block_most', 'block_some', 'block_few', 'block_fewest'];
const PERSON_LEVELS = ['dont_allow', 'allow_adult', 'allow_all'];
const HARM_CATEGORIES = [
  'HARM_CATEGORY_HATE_SPEECH', 'HARM_CATEGORY_DANGEROUS_CONTENT', 'HARM_CATEGORY_HARASSMENT',
  'HARM_CATEGORY_SEXUALLY_EXPLICIT', 'HARM_CATEGORY_CIVIC_INTEGRITY',
];
const HARM_THRESHOLDS = ['HARM_BLOCK_THRESHOLD_UNSPECIFIED', 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE', 'OFF'];
const HARM_METHODS = ['HARM_BLOCK_METHOD_UNSPECIFIED', 'SEVERITY', 'PROBABILITY'];

// ---- Deterministic pseudo-randomness from the request's text ----

const digest = (text: string) => createHash('sha256').update(text).digest();

function rngFrom(text: string): () => number {
  let state = digest(text).readUInt32LE(0) || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 1_000_000) / 1_000_000;
  };
}

const colour = (text: string, salt: number) => `#${digest(`${salt}:${text}`).subarray(0, 3).toString('hex')}`;
const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

// ---- Real images ----

/** A picture for a prompt: a gradient with shapes, its colours taken from the prompt. */
async function synthImage(width: number, height: number, seed: string): Promise<Buffer> {
  const r = rngFrom(seed);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colour(seed, 1)}"/><stop offset="1" stop-color="${colour(seed, 2)}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
<circle cx="${Math.round(width * (0.25 + r() / 2))}" cy="${Math.round(height * (0.25 + r() / 2))}" r="${Math.round(Math.min(width, height) * (0.1 + r() / 5))}" fill="${colour(seed, 3)}" fill-opacity="0.85"/>
<rect x="${Math.round(width * r() * 0.6)}" y="${Math.round(height * r() * 0.6)}" width="${Math.round(width * 0.3)}" height="${Math.round(height * 0.2)}" fill="${colour(seed, 4)}" fill-opacity="0.7"/>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

interface Raw {
  data: Buffer;
  width: number;
  height: number;
}

async function rawRgb(input: Buffer): Promise<Raw> {
  const { data, info } = await sharp(input).rotate().removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

const pngOf = (raw: Raw) => sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 3 } }).png().toBuffer();

/** Pixels unlike the corner colour: the "foreground" of a product shot. */
function foregroundMask(raw: Raw): Uint8Array {
  const [r, g, b] = [raw.data[0], raw.data[1], raw.data[2]];
  const mask = new Uint8Array(raw.width * raw.height);
  for (let p = 0; p < mask.length; p++) {
    const i = p * 3;
    mask[p] = Math.abs(raw.data[i] - r) + Math.abs(raw.data[i + 1] - g) + Math.abs(raw.data[i + 2] - b) > 48 ? 1 : 0;
  }
  return mask;
}

/** Paints `selected` pixels with a gradient of the prompt's colours (the "generated" content). */
function paint(raw: Raw, selected: (p: number) => boolean, seed: string): Raw {
  const [a, b] = [rgb(colour(seed, 1)), rgb(colour(seed, 2))];
  const out = Buffer.from(raw.data);
  for (let p = 0; p < raw.width * raw.height; p++) {
    if (!selected(p)) continue;
    const t = ((p % raw.width) / raw.width + Math.floor(p / raw.width) / raw.height) / 2;
    for (let c = 0; c < 3; c++) out[p * 3 + c] = Math.round(a[c] * (1 - t) + b[c] * t);
  }
  return { ...raw, data: out };
}

/** Output size for a ratio or, without one, the source's own size. */
const sized = (ratio: unknown, table: Record<string, [number, number]>, fallback: [number, number]) =>
  typeof ratio === 'string' && table[ratio] ? table[ratio] : fallback;

/** Nearest Gemini output size to a source's proportions. */
function nearestGeminiSize(width: number, height: number): [number, number] {
  const target = width / height;
  return Object.values(GEMINI_RATIOS).reduce((best, s) => (Math.abs(s[0] / s[1] - target) < Math.abs(best[0] / best[1] - target) ? s : best));
}

/** Gemini's "edit": the source at Gemini's nearest size, changed the way the instruction says. */
async function editedImage(source: Buffer, instruction: string, size?: [number, number]): Promise<Buffer> {
  const meta = await sharp(source).metadata();
  const [w, h] = size ?? nearestGeminiSize(meta.width ?? 1024, meta.height ?? 1024);
  let image = sharp(source).rotate().resize(w, h, { fit: 'cover' }).removeAlpha();
  const words = instruction.toLowerCase();
  if (/black and white|grayscale|greyscale|monochrome/.test(words)) image = image.greyscale();
  else if (/saturat|vivid/.test(words)) image = image.modulate({ saturation: 1.8 });
  else if (/blur|soft/.test(words)) image = image.blur(3);
  else image = image.tint(colour(instruction, 5));
  const mark = await synthImage(Math.round(w / 4), Math.round(h / 4), instruction);
  return image.composite([{ input: mark, left: Math.round(w / 16), top: Math.round(h / 16) }]).png().toBuffer();
}

// ---- Real videos (ffmpeg) ----

async function makeVideo(options: { width: number; height: number; seconds: number; audio: boolean; seed: string; image?: Buffer }): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'google-twin-veo-'));
  try {
    const out = path.join(dir, 'out.mp4');
    const { width: w, height: h, seconds } = options;
    const args = ['-y', '-loglevel', 'error'];
    if (options.image) {
      const still = path.join(dir, 'start.png');
      await writeFile(still, await sharp(options.image).rotate().png().toBuffer());
      args.push('-loop', '1', '-framerate', '24', '-t', String(seconds), '-i', still);
    } else {
      args.push('-f', 'lavfi', '-i', `color=c=${colour(options.seed, 1).replace('#', '0x')}:size=${w}x${h}:rate=24:duration=${seconds}`);
    }
    if (options.audio) args.push('-f', 'lavfi', '-i', `sine=frequency=${220 + (digest(options.seed)[0] % 440)}:duration=${seconds}`);
    const box = colour(options.seed, 3).replace('#', '0x');
    args.push(
      '-vf', `scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2,drawbox=x=${Math.round(w / 3)}:y=${Math.round(h / 3)}:w=${Math.round(w / 4)}:h=${Math.round(h / 4)}:color=${box}:t=fill,hue=h=t*40,format=yuv420p`,
      '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '32', '-r', '24',
    );
    if (options.audio) args.push('-c:a', 'aac', '-b:a', '64k');
    args.push('-t', String(seconds), '-movflags', '+faststart', out);
    await run(ffmpegInstaller.path, args, { timeout: 60_000 });
    return await readFile(out);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---- Structured output: JSON that conforms to a schema ----

type Schema = Record<string, unknown>;

function resolveRef(ref: string, root: Schema): Schema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node && typeof node === 'object' ? (node as Schema) : undefined;
}

function phrase(words: string[], rng: () => number, hint: string, min = 0, max = Infinity): string {
  const picked = words.length ? Array.from({ length: 3 + Math.floor(rng() * 6) }, () => words[Math.floor(rng() * words.length)]) : ['twin', 'answer'];
  let text = `${hint ? `${hint.replace(/_/g, ' ')}: ` : ''}${picked.join(' ')}`;
  while (text.length < min) text += ` ${words[Math.floor(rng() * Math.max(1, words.length))] ?? 'more'}`;
  if (text.length > max) text = text.slice(0, max).trimEnd() || 'x'.repeat(Math.max(min, 1));
  return text;
}

/** A value valid under `schema` (JSON Schema, or Gemini's OpenAPI-subset Schema). */
export function valueFor(schema: unknown, root: Schema, rng: () => number, words: string[], name = '', depth = 0): unknown {
  if (!schema || typeof schema !== 'object') return phrase(words, rng, name);
  let s = schema as Schema;
  if (typeof s.$ref === 'string') {
    const target = resolveRef(s.$ref, root);
    if (!target || depth > 12) return null;
    return valueFor(target, root, rng, words, name, depth + 1);
  }
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    const options = s.enum.filter((v) => v !== null);
    return options.length ? options[Math.floor(rng() * options.length)] : null;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[key])) {
      const variants = (s[key] as Schema[]).filter((v) => v && String(v.type).toLowerCase() !== 'null');
      return variants.length ? valueFor(variants[0], root, rng, words, name, depth + 1) : null;
    }
  }
  if (Array.isArray(s.allOf)) {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    for (const part of s.allOf as Schema[]) {
      const resolved = typeof part.$ref === 'string' ? resolveRef(part.$ref, root) ?? {} : part;
      Object.assign(merged.properties as Schema, resolved.properties ?? {});
      (merged.required as string[]).push(...((resolved.required as string[]) ?? []));
    }
    s = { ...s, ...merged, allOf: undefined };
  }
  let type = s.type;
  if (Array.isArray(type)) type = type.find((t) => String(t).toLowerCase() !== 'null') ?? 'string';
  const kind = typeof type === 'string' ? type.toLowerCase() : s.properties ? 'object' : s.items ? 'array' : 'string';
  switch (kind) {
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, unknown>;
      const order = Array.isArray(s.propertyOrdering) ? (s.propertyOrdering as string[]) : Object.keys(properties);
      const out: Record<string, unknown> = {};
      for (const key of order) if (key in properties) out[key] = valueFor(properties[key], root, rng, words, key, depth + 1);
      for (const key of (s.required as string[] | undefined) ?? []) if (!(key in out)) out[key] = phrase(words, rng, key);
      return out;
    }
    case 'array': {
      const min = Number(s.minItems ?? 1);
      const max = Math.max(min, Math.min(Number(s.maxItems ?? 3), min + 3));
      const count = min + Math.floor(rng() * (max - min + 1));
      const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as unknown[]) : [];
      return Array.from({ length: count }, (_, i) => valueFor(prefix[i] ?? s.items, root, rng, words, name, depth + 1));
    }
    case 'integer':
    case 'number': {
      const lo = Number(s.minimum ?? (s.exclusiveMinimum !== undefined ? Number(s.exclusiveMinimum) + 1 : 0));
      const hi = Number(s.maximum ?? (s.exclusiveMaximum !== undefined ? Number(s.exclusiveMaximum) - 1 : lo + 100));
      const value = lo + rng() * Math.max(0, hi - lo);
      return kind === 'integer' ? Math.min(hi, Math.max(lo, Math.round(value))) : Math.round(value * 100) / 100;
    }
    case 'boolean':
      return rng() < 0.5;
    case 'null':
      return null;
    default: {
      switch (s.format) {
        case 'date-time': return '2026-01-01T00:00:00Z';
        case 'date': return '2026-01-01';
        case 'time': return '12:00:00';
        case 'email': return 'twin@example.com';
        case 'uri': return 'https://example.com/twin';
        case 'uuid': return '00000000-0000-4000-8000-000000000000';
        default:
          return phrase(words, rng, '', Number(s.minLength ?? 0), Number(s.maxLength ?? Infinity));
      }
    }
  }
}

// ---- The twin ----

interface InlinePart {
  kind: 'image' | 'video' | 'audio' | 'other';
  mimeType: string;
  bytes: Buffer;
  width?: number;
  height?: number;
}

/** Reads one `inlineData` part the way Gemini would: the bytes must be what the type says. */
async function readInline(part: Record<string, unknown>, where: string): Promise<InlinePart> {
  const inline = part.inlineData as { mimeType?: unknown; data?: unknown };
  if (typeof inline.mimeType !== 'string' || typeof inline.data !== 'string' || inline.data.length === 0) {
    throw fail(400, `* ${where}.inline_data: mime_type and data are required`);
  }
  const bytes = Buffer.from(inline.data, 'base64');
  const mimeType = inline.mimeType.toLowerCase();
  if (mimeType.startsWith('image/')) {
    const meta = await sharp(bytes).metadata().catch(() => undefined);
    if (!meta?.width) throw fail(400, `Unable to process input image. Please retry or report in https://developers.generativeai.google/guide/troubleshooting (${where})`);
    return { kind: 'image', mimeType, bytes, width: meta.width, height: meta.height };
  }
  if (mimeType.startsWith('video/') || mimeType.startsWith('audio/')) {
    const sniffed = await fileTypeFromBuffer(bytes);
    const kind = mimeType.startsWith('video/') ? 'video' : 'audio';
    if (!sniffed || !(sniffed.mime.startsWith(`${kind}/`) || (kind === 'audio' && sniffed.mime === 'video/mp4'))) {
      throw fail(400, `The document has no pages or the ${kind} could not be read (${where}: ${mimeType})`);
    }
    return { kind, mimeType, bytes };
  }
  if (mimeType === 'application/pdf' || mimeType.startsWith('text/')) return { kind: 'other', mimeType, bytes };
  throw fail(400, `Unsupported MIME type: ${inline.mimeType}`);
}

export function createGoogleTwin(options: GoogleTwinOptions): GoogleTwin {
  const app = Fastify({ logger: false, bodyLimit: 128 * 1024 * 1024 });
  const calls: GoogleTwin['calls'] = [];
  const issuedTokens = new Map<string, number>();
  const tokenExchanges: GoogleTwin['tokenExchanges'] = [];
  const operations = new Map<string, VeoOperation>();
  const window = new Map<string, number[]>();
  const operationMs = options.operationMs ?? 2_000;
  const ratePerMinute = options.ratePerMinute ?? 1_000;
  const ttl = options.tokenTtlSeconds ?? 3_600;
  const audience = options.audience ?? '//iam.googleapis.com/projects/000000000000/locations/global/workloadIdentityPools/vision-studio-twin/providers/twin';
  const SUBJECT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  // -- STS: RFC 8693 token exchange, as sts.googleapis.com/v1/token answers it --
  app.post('/v1/token', async (request, reply) => {
    const form = (request.body ?? {}) as Record<string, string>;
    const refuse = (error: string, description: string) => {
      tokenExchanges.push({ ok: false, audience: form.audience, scope: form.scope });
      return reply.code(400).send({ error, error_description: description });
    };
    if (form.grant_type !== 'urn:ietf:params:oauth:grant-type:token-exchange') return refuse('unsupported_grant_type', 'grant_type must be urn:ietf:params:oauth:grant-type:token-exchange');
    if (form.requested_token_type !== 'urn:ietf:params:oauth:token-type:access_token') return refuse('invalid_request', 'requested_token_type must be urn:ietf:params:oauth:token-type:access_token');
    if (form.subject_token_type !== SUBJECT_TOKEN_TYPE) return refuse('invalid_request', `subject_token_type must be ${SUBJECT_TOKEN_TYPE}`);
    if (form.audience !== audience) return refuse('invalid_target', 'The target service indicated by the "audience" parameters is invalid.');
    if (form.subject_token !== options.subjectToken) return refuse('invalid_grant', 'The subject token is invalid or expired.');
    if (!String(form.scope ?? '').split(' ').includes('https://www.googleapis.com/auth/cloud-platform')) return refuse('invalid_scope', 'The cloud-platform scope is required.');
    const token = `ya29.twin-${randomUUID()}`;
    issuedTokens.set(token, Date.now() + ttl * 1000);
    tokenExchanges.push({ ok: true, audience: form.audience, scope: form.scope });
    return { access_token: token, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: ttl };
  });

  // -- Auth and rate limits --

  /** The caller's identity for this API family, or the Google error that refuses it. */
  function authenticate(request: FastifyRequest, family: 'gemini-api' | 'vertex', project?: string, location?: string): string {
    if (family === 'gemini-api') {
      const header = request.headers['x-goog-api-key'];
      const key = (Array.isArray(header) ? header[0] : header) ?? new URL(request.url, 'http://twin').searchParams.get('key') ?? undefined;
      if (!key) throw fail(403, "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.");
      if (key !== options.apiKey) {
        throw fail(400, 'API key not valid. Please pass a valid API key.', [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } },
        ]);
      }
      return `key:${key}`;
    }
    const auth = String(request.headers.authorization ?? '');
    const token = /^Bearer (\S+)$/.exec(auth)?.[1];
    const expiry = token ? issuedTokens.get(token) : undefined;
    if (!token || expiry === undefined || expiry < Date.now()) {
      throw fail(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.', [
        { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: token ? 'ACCESS_TOKEN_EXPIRED' : 'CREDENTIALS_MISSING', domain: 'googleapis.com' },
      ]);
    }
    if (project !== options.project) {
      throw fail(403, `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/${project}/locations/${location}' (or it may not exist).`);
    }
    if (location !== options.location) throw fail(400, `Location ${location} is not supported for this project; use ${options.location}.`);
    return `vertex:${project}`;
  }

  function rateLimit(identity: string): void {
    const now = Date.now();
    const recent = (window.get(identity) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= ratePerMinute) {
      const seconds = Math.max(1, Math.ceil((60_000 - (now - recent[0])) / 1000));
      throw fail(429, 'Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.', [
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${seconds}s` },
      ]);
    }
    recent.push(now);
    window.set(identity, recent);
  }

  const notFoundModel = (family: 'gemini-api' | 'vertex', model: string, project?: string, location?: string) =>
    family === 'gemini-api'
      ? fail(404, `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`)
      : fail(404, `Publisher Model \`projects/${project}/locations/${location}/publishers/google/models/${model}\` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions`);

  // -- Imagen :predict --

  async function refImage(value: unknown, where: string): Promise<Buffer> {
    const image = value as { bytesBase64Encoded?: unknown; gcsUri?: unknown } | undefined;
    if (typeof image?.gcsUri === 'string') throw fail(400, `Unable to read ${image.gcsUri}: the twin has no Cloud Storage (${where})`);
    if (typeof image?.bytesBase64Encoded !== 'string' || !image.bytesBase64Encoded) throw fail(400, `${where}: image.bytesBase64Encoded is required`);
    const bytes = Buffer.from(image.bytesBase64Encoded, 'base64');
    if (!(await sharp(bytes).metadata().catch(() => undefined))?.width) throw fail(400, `${where}: the image could not be decoded`);
    return bytes;
  }

  function imagenParameters(model: string, parameters: Record<string, unknown>, edit: boolean) {
    const count = parameters.sampleCount === undefined ? 1 : parameters.sampleCount;
    const max = IMAGEN_GENERATE.get(model)?.maxImages ?? 4;
    if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > max) {
      throw fail(400, `sampleCount must be between 1 and ${max} for ${model}, got ${String(count)}.`);
    }
    if (parameters.aspectRatio !== undefined && !IMAGEN_RATIOS[String(parameters.aspectRatio)]) {
      throw fail(400, `Unsupported aspect ratio: ${String(parameters.aspectRatio)}. Supported: ${Object.keys(IMAGEN_RATIOS).join(', ')}.`);
    }
    if (parameters.safetySetting !== undefined && !SAFETY_LEVELS.includes(String(parameters.safetySetting).toLowerCase())) {
      throw fail(400, `Invalid safetySetting: ${String(parameters.safetySetting)}.`);
    }
    if (parameters.personGeneration !== undefined && !PERSON_LEVELS.includes(String(parameters.personGeneration).toLowerCase())) {
      throw fail(400, `Invalid personGeneration: ${String(parameters.personGeneration)}.`);
    }
    // Imagen watermarks by default, and a seed is not available with the watermark on.
    if (parameters.seed !== undefined && parameters.addWatermark !== false) {
      throw fail(400, 'Seed is not supported when addWatermark is enabled. Set addWatermark to false to use a seed.');
    }
    const baseSteps = (parameters.editConfig as { baseSteps?: unknown } | undefined)?.baseSteps;
    if (edit && baseSteps !== undefined && (!Number.isInteger(baseSteps) || (baseSteps as number) < 1)) throw fail(400, 'editConfig.baseSteps must be a positive integer.');
    return { count: count as number, ratio: parameters.aspectRatio as string | undefined };
  }

  async function imagenPredict(model: string, body: Record<string, unknown>): Promise<unknown> {
    const instances = body.instances as Record<string, unknown>[] | undefined;
    if (!Array.isArray(instances) || instances.length !== 1) throw fail(400, 'Exactly one instance is required.');
    const instance = instances[0];
    const parameters = (body.parameters ?? {}) as Record<string, unknown>;
    const prompt = typeof instance.prompt === 'string' ? instance.prompt : '';
    const edit = IMAGEN_CAPABILITY.has(model);
    const { count, ratio } = imagenParameters(model, parameters, edit);
    if (prompt.includes('twin-server-error')) throw fail(500, 'Internal error encountered.');
    const blocked = prompt.includes('blocked-by-safety');
    let images: Buffer[];
    if (!edit) {
      if (!prompt.trim()) throw fail(400, 'The prompt is empty.');
      if (instance.referenceImages !== undefined) throw fail(400, `${model} does not accept reference images; use an Imagen capability model.`);
      const [w, h] = sized(ratio, IMAGEN_RATIOS, [1024, 1024]);
      images = await Promise.all(Array.from({ length: count }, (_, i) => synthImage(w, h, `${prompt}#${i}`)));
    } else {
      images = await imagenEdit(prompt, instance.referenceImages, parameters, count, ratio);
    }
    if (blocked) {
      const reason = 'Your current safety filter threshold filtered out the generated image. You will not be charged for blocked images. Try rephrasing the prompt. Support codes: 58061214';
      return parameters.includeRaiReason ? { predictions: images.map(() => ({ raiFilteredReason: reason })) } : {};
    }
    return { predictions: images.map((bytes) => ({ bytesBase64Encoded: bytes.toString('base64'), mimeType: 'image/png' })) };
  }

  async function imagenEdit(prompt: string, refsValue: unknown, parameters: Record<string, unknown>, count: number, ratio: string | undefined): Promise<Buffer[]> {
    if (!Array.isArray(refsValue) || refsValue.length === 0) throw fail(400, 'referenceImages is required for this model.');
    const refs = refsValue as Record<string, unknown>[];
    const mode = String(parameters.editMode ?? 'EDIT_MODE_DEFAULT');
    const ofType = (type: string) => refs.filter((r) => r.referenceType === type);
    for (const [i, r] of refs.entries()) {
      if (!['REFERENCE_TYPE_RAW', 'REFERENCE_TYPE_MASK', 'REFERENCE_TYPE_CONTROL', 'REFERENCE_TYPE_STYLE', 'REFERENCE_TYPE_SUBJECT'].includes(String(r.referenceType))) {
        throw fail(400, `referenceImages[${i}].referenceType ${String(r.referenceType)} is not supported.`);
      }
      if (!Number.isInteger(r.referenceId)) throw fail(400, `referenceImages[${i}].referenceId is required.`);
    }
    const seeds = Array.from({ length: count }, (_, i) => `${prompt}#${i}`);
    const maskEdit = ['EDIT_MODE_INPAINT_INSERTION', 'EDIT_MODE_INPAINT_REMOVAL', 'EDIT_MODE_OUTPAINT', 'EDIT_MODE_BGSWAP'].includes(mode);
    if (maskEdit) {
      const [rawRef] = ofType('REFERENCE_TYPE_RAW');
      const [maskRef] = ofType('REFERENCE_TYPE_MASK');
      if (!rawRef || !maskRef) throw fail(400, `${mode} needs one REFERENCE_TYPE_RAW and one REFERENCE_TYPE_MASK reference image.`);
      const source = await rawRgb(await refImage(rawRef.referenceImage, 'raw reference'));
      const config = (maskRef.maskImageConfig ?? {}) as { maskMode?: string; maskClasses?: unknown; dilation?: unknown };
      const maskMode = config.maskMode;
      if (!maskMode || !['MASK_MODE_USER_PROVIDED', 'MASK_MODE_BACKGROUND', 'MASK_MODE_FOREGROUND', 'MASK_MODE_SEMANTIC'].includes(maskMode)) {
        throw fail(400, `maskImageConfig.maskMode ${String(maskMode)} is not supported.`);
      }
      if (config.dilation !== undefined && (typeof config.dilation !== 'number' || config.dilation < 0 || config.dilation > 1)) throw fail(400, 'maskImageConfig.dilation must be between 0 and 1.');
      if (mode === 'EDIT_MODE_INPAINT_INSERTION' && !prompt.trim()) throw fail(400, 'A prompt is required for inpainting insertion.');
      if (mode === 'EDIT_MODE_OUTPAINT' && maskMode !== 'MASK_MODE_USER_PROVIDED') throw fail(400, 'Outpainting needs a user-provided mask.');
      if (mode === 'EDIT_MODE_BGSWAP' && !['MASK_MODE_BACKGROUND', 'MASK_MODE_USER_PROVIDED'].includes(maskMode)) throw fail(400, 'Background swap needs MASK_MODE_BACKGROUND or a user-provided mask.');
      let selected: (p: number) => boolean;
      if (maskMode === 'MASK_MODE_USER_PROVIDED') {
        const maskRaw = await rawRgb(await refImage(maskRef.referenceImage, 'mask reference'));
        if (maskRaw.width !== source.width || maskRaw.height !== source.height) {
          throw fail(400, `The mask (${maskRaw.width}x${maskRaw.height}) must have the dimensions of the image (${source.width}x${source.height}).`);
        }
        selected = (p) => maskRaw.data[p * 3] > 127;
      } else if (maskMode === 'MASK_MODE_SEMANTIC') {
        const classes = config.maskClasses;
        if (!Array.isArray(classes) || classes.length === 0 || classes.some((c) => !Number.isInteger(c) || c < 0 || c > 193)) {
          throw fail(400, 'maskImageConfig.maskClasses needs segmentation class ids between 0 and 193 for MASK_MODE_SEMANTIC.');
        }
        const fg = foregroundMask(source);
        selected = (p) => fg[p] === 1;
      } else {
        const fg = foregroundMask(source);
        selected = maskMode === 'MASK_MODE_FOREGROUND' ? (p) => fg[p] === 1 : (p) => fg[p] === 0;
      }
      if (mode === 'EDIT_MODE_INPAINT_REMOVAL') {
        // Removal: the masked pixels take the surrounding (corner) colour.
        const [r, g, b] = [source.data[0], source.data[1], source.data[2]];
        const out = Buffer.from(source.data);
        for (let p = 0; p < source.width * source.height; p++) if (selected(p)) { out[p * 3] = r; out[p * 3 + 1] = g; out[p * 3 + 2] = b; }
        return Promise.all(seeds.map(() => pngOf({ ...source, data: out })));
      }
      return Promise.all(seeds.map((seed) => pngOf(paint(source, selected, seed))));
    }
    // Prompts refer to each reference as [id].
    for (const r of refs) {
      if (!prompt.includes(`[${String(r.referenceId)}]`)) throw fail(400, `The prompt must refer to reference image ${String(r.referenceId)} as [${String(r.referenceId)}].`);
    }
    if (mode === 'EDIT_MODE_CONTROLLED_EDITING') {
      const [control] = ofType('REFERENCE_TYPE_CONTROL');
      if (!control) throw fail(400, 'EDIT_MODE_CONTROLLED_EDITING needs a REFERENCE_TYPE_CONTROL reference image.');
      const config = (control.controlImageConfig ?? {}) as { controlType?: string };
      if (!['CONTROL_TYPE_CANNY', 'CONTROL_TYPE_SCRIBBLE', 'CONTROL_TYPE_FACE_MESH'].includes(String(config.controlType))) {
        throw fail(400, `controlImageConfig.controlType ${String(config.controlType)} is not supported.`);
      }
      const source = await refImage(control.referenceImage, 'control reference');
      const meta = await sharp(source).metadata();
      const [w, h] = sized(ratio, IMAGEN_RATIOS, [meta.width!, meta.height!]);
      // The "control map" (edges) coloured with the prompt's colours.
      const edges = await sharp(source).greyscale().convolve({ width: 3, height: 3, kernel: [-1, -1, -1, -1, 8, -1, -1, -1, -1] }).negate().resize(w, h, { fit: 'fill' }).toBuffer();
      return Promise.all(seeds.map((seed) => sharp(edges).tint(colour(seed, 1)).png().toBuffer()));
    }
    const styles = ofType('REFERENCE_TYPE_STYLE');
    const subjects = ofType('REFERENCE_TYPE_SUBJECT');
    if (styles.length + subjects.length === 0) throw fail(400, `${mode} needs style or subject reference images.`);
    for (const s of subjects) {
      const type = (s.subjectImageConfig as { subjectType?: string } | undefined)?.subjectType;
      if (!['SUBJECT_TYPE_PERSON', 'SUBJECT_TYPE_ANIMAL', 'SUBJECT_TYPE_PRODUCT', 'SUBJECT_TYPE_DEFAULT'].includes(String(type))) {
        throw fail(400, `subjectImageConfig.subjectType ${String(type)} is not supported.`);
      }
    }
    const [w, h] = sized(ratio, IMAGEN_RATIOS, [1024, 1024]);
    const firstRef = await refImage((subjects[0] ?? styles[0]).referenceImage, 'reference image');
    const inset = await sharp(firstRef).rotate().resize(Math.round(w / 2), Math.round(h / 2), { fit: 'inside' }).png().toBuffer();
    return Promise.all(seeds.map(async (seed) => sharp(await synthImage(w, h, seed)).composite([{ input: inset, gravity: 'center' }]).png().toBuffer()));
  }

  // -- Veo :predictLongRunning / :fetchPredictOperation --

  async function veoStart(model: string, project: string, location: string, body: Record<string, unknown>): Promise<unknown> {
    const spec = VEO.get(model)!;
    const instances = body.instances as Record<string, unknown>[] | undefined;
    if (!Array.isArray(instances) || instances.length !== 1) throw fail(400, 'Exactly one instance is required.');
    const instance = instances[0];
    const prompt = typeof instance.prompt === 'string' ? instance.prompt : '';
    const p = (body.parameters ?? {}) as Record<string, unknown>;
    if (!prompt.trim() && !instance.image) throw fail(400, 'A prompt or an image is required.');
    const duration = p.durationSeconds ?? 8;
    if (!spec.durations.includes(duration as number)) {
      throw fail(400, `Unsupported video duration ${String(duration)} seconds for ${model}. Supported durations: ${spec.durations.join(', ')}.`);
    }
    const ratio = String(p.aspectRatio ?? '16:9');
    if (!['16:9', '9:16'].includes(ratio)) throw fail(400, `Unsupported aspect ratio: ${ratio}. Supported: 16:9, 9:16.`);
    const count = p.sampleCount ?? 1;
    if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > 4) throw fail(400, 'sampleCount must be between 1 and 4.');
    if (p.personGeneration !== undefined && !PERSON_LEVELS.includes(String(p.personGeneration))) {
      throw fail(400, `Invalid personGeneration: ${String(p.personGeneration)}. Supported: ${PERSON_LEVELS.join(', ')}.`);
    }
    if (p.seed !== undefined && (!Number.isInteger(p.seed) || (p.seed as number) < 0 || (p.seed as number) > 4_294_967_295)) throw fail(400, 'seed must be between 0 and 4294967295.');
    if (spec.alwaysEnhances && p.enhancePrompt === false) throw fail(400, `enhancePrompt cannot be disabled for ${model}.`);
    const resolution = String(p.resolution ?? '720p');
    if (!['720p', '1080p'].includes(resolution)) throw fail(400, `Unsupported resolution: ${resolution}.`);
    if (prompt.includes('twin-server-error')) throw fail(500, 'Internal error encountered.');
    const image = instance.image ? await refImage(instance.image, 'instances[0].image') : undefined;
    const [w, h] = resolution === '1080p' ? (ratio === '16:9' ? [1920, 1080] : [1080, 1920]) : ratio === '16:9' ? [1280, 720] : [720, 1280];
    const name = `projects/${project}/locations/${location}/publishers/google/models/${model}/operations/${randomUUID()}`;
    let outcome: VeoOperation['outcome'];
    if (prompt.includes('veo-operation-fails')) {
      outcome = Promise.resolve({ error: { code: 13, message: 'Video generation failed due to an internal error. Please try again later. Support code: 29310472' } });
    } else if (prompt.includes('blocked-by-safety')) {
      outcome = Promise.resolve({
        response: {
          '@type': 'type.googleapis.com/cloud.ai.large_models.vision.GenerateVideoResponse',
          raiMediaFilteredCount: count as number,
          raiMediaFilteredReasons: ['The prompt could not be submitted. This prompt contains words that violate Vertex AI\'s usage guidelines. Support codes: 64151117'],
        },
      });
    } else {
      const audio = p.generateAudio === true;
      outcome = Promise.all(
        Array.from({ length: count as number }, (_, i) => makeVideo({ width: w, height: h, seconds: duration as number, audio, seed: `${prompt}#${i}`, image })),
      ).then((videos) => ({
        response: {
          '@type': 'type.googleapis.com/cloud.ai.large_models.vision.GenerateVideoResponse',
          videos: videos.map((v) => ({ bytesBase64Encoded: v.toString('base64'), mimeType: 'video/mp4' })),
        },
      }));
    }
    outcome.catch(() => undefined);
    operations.set(name, { name, model, readyAt: Date.now() + operationMs, outcome });
    return { name };
  }

  async function veoStatus(name: string): Promise<unknown> {
    const op = operations.get(name);
    if (!op) throw fail(404, `Operation ${name} not found.`);
    if (Date.now() < op.readyAt) return { name };
    let outcome;
    try {
      outcome = await op.outcome;
    } catch {
      outcome = { error: { code: 13, message: 'Video generation failed due to an internal error.' } };
    }
    return { name, done: true, ...outcome };
  }

  // -- generateContent --

  async function generateContent(family: 'gemini-api' | 'vertex', model: string, body: Record<string, unknown>): Promise<unknown> {
    const contents = body.contents as Record<string, unknown>[] | undefined;
    if (!Array.isArray(contents) || contents.length === 0) throw fail(400, '* GenerateContentRequest.contents: contents is not specified');
    const texts: string[] = [];
    const media: InlinePart[] = [];
    let lastImage: InlinePart | undefined;
    for (const [i, content] of contents.entries()) {
      const parts = content.parts as Record<string, unknown>[] | undefined;
      if (!Array.isArray(parts) || parts.length === 0) throw fail(400, `* GenerateContentRequest.contents[${i}].parts: contents.parts must not be empty.`);
      if (content.role !== undefined && !['user', 'model'].includes(String(content.role))) throw fail(400, `Please use a valid role: user, model. (contents[${i}])`);
      for (const [j, part] of parts.entries()) {
        const where = `contents[${i}].parts[${j}]`;
        if (typeof part.text === 'string') {
          if (content.role !== 'model' && !part.thought) texts.push(part.text);
        } else if (part.inlineData) {
          const inline = await readInline(part, where);
          if (content.role !== 'model') media.push(inline);
          if (inline.kind === 'image') lastImage = inline;
        } else if (part.fileData) {
          const uri = String((part.fileData as { fileUri?: unknown }).fileUri ?? '');
          throw fail(400, family === 'gemini-api' ? `Unsupported file uri: ${uri}` : `Unable to read ${uri}: the twin has no Cloud Storage.`);
        } else if (!part.thoughtSignature) {
          throw fail(400, `* GenerateContentRequest.${where}.data: required oneof field 'data' must have one initialized field`);
        }
      }
    }
    const config = (body.generationConfig ?? {}) as Record<string, unknown>;
    const modalities = ((config.responseModalities as string[] | undefined) ?? ['TEXT']).map((m) => String(m).toUpperCase());
    if (modalities.some((m) => !['TEXT', 'IMAGE', 'AUDIO'].includes(m))) throw fail(400, `Invalid response modality: ${modalities.join(', ')}`);
    const wantsImage = modalities.includes('IMAGE');
    if (wantsImage && !isImageModel(model)) throw fail(400, `Model does not support the requested response modalities: ${modalities.map((m) => m.toLowerCase()).join(',')}`);
    const safety = body.safetySettings as Record<string, unknown>[] | undefined;
    for (const [i, setting] of (safety ?? []).entries()) {
      if (!HARM_CATEGORIES.includes(String(setting.category))) throw fail(400, `Invalid value at 'safety_settings[${i}].category' (type.googleapis.com/google.ai.generativelanguage.v1beta.HarmCategory), "${String(setting.category)}"`);
      if (!HARM_THRESHOLDS.includes(String(setting.threshold))) throw fail(400, `Invalid value at 'safety_settings[${i}].threshold', "${String(setting.threshold)}"`);
      if (setting.method !== undefined) {
        // HarmBlockMethod exists on Vertex AI only (docs/provider-facts.md §5; js-genai refuses it for the Gemini API).
        if (family === 'gemini-api') throw fail(400, `Invalid JSON payload received. Unknown name "method" at 'safety_settings[${i}]': Cannot find field.`);
        if (!HARM_METHODS.includes(String(setting.method))) throw fail(400, `Invalid value at 'safety_settings[${i}].method', "${String(setting.method)}"`);
      }
    }
    const imageConfig = (config.imageConfig ?? {}) as Record<string, unknown>;
    if (imageConfig.aspectRatio !== undefined && !GEMINI_RATIOS[String(imageConfig.aspectRatio)]) throw fail(400, `Unsupported aspect ratio: ${String(imageConfig.aspectRatio)}`);
    const mime = String(config.responseMimeType ?? 'text/plain');
    if (!['text/plain', 'application/json', 'text/x.enum'].includes(mime)) throw fail(400, `Unsupported response mime type: ${mime}. Use text/plain, application/json or text/x.enum.`);
    if (config.responseSchema && config.responseJsonSchema) throw fail(400, 'responseSchema and responseJsonSchema cannot both be set.');
    const schema = (config.responseJsonSchema ?? config.responseSchema) as Schema | undefined;
    if (schema && mime === 'text/plain') throw fail(400, 'responseMimeType must be application/json or text/x.enum when a response schema is set.');
    const candidateCount = Number(config.candidateCount ?? 1);
    if (!Number.isInteger(candidateCount) || candidateCount < 1 || candidateCount > 8) throw fail(400, 'candidateCount must be between 1 and 8.');
    const temperature = config.temperature;
    if (temperature !== undefined && (typeof temperature !== 'number' || temperature < 0 || temperature > 2)) throw fail(400, 'temperature must be between 0 and 2.');

    const prompt = texts.join('\n');
    const usage = (candidates: number, images = 0) => ({
      promptTokenCount: Math.ceil(prompt.length / 4) + media.length * 258,
      candidatesTokenCount: candidates + images * 1290,
      totalTokenCount: Math.ceil(prompt.length / 4) + media.length * 258 + candidates + images * 1290,
    });
    const base = { modelVersion: model, responseId: randomUUID().replace(/-/g, '').slice(0, 22) };
    if (prompt.includes('twin-server-error')) throw fail(500, 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting');
    if (prompt.includes('blocked-by-safety')) {
      return {
        promptFeedback: {
          blockReason: 'SAFETY',
          safetyRatings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', probability: 'HIGH', blocked: true }],
        },
        usageMetadata: usage(0),
        ...base,
      };
    }

    if (wantsImage) {
      if (prompt.includes('image-safety-block')) {
        return { candidates: [{ content: { role: 'model', parts: [] }, finishReason: 'IMAGE_SAFETY', index: 0 }], usageMetadata: usage(0), ...base };
      }
      if (prompt.includes('gemini-no-image')) {
        const text = 'I can only describe this idea in words; I did not create an image for it.';
        return { candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }], usageMetadata: usage(Math.ceil(text.length / 4)), ...base };
      }
      const lastText = texts[texts.length - 1] ?? prompt;
      const ratioSize = imageConfig.aspectRatio ? GEMINI_RATIOS[String(imageConfig.aspectRatio)] : undefined;
      const parts: Record<string, unknown>[] = [];
      if (lastImage) {
        // An edit of the latest image in the conversation.
        const edited = await editedImage(lastImage.bytes, lastText, ratioSize);
        parts.push({ text: `Here is the image with this change: ${lastText}` });
        parts.push({ inlineData: { mimeType: 'image/png', data: edited.toString('base64') } });
      } else {
        const asked = /(\d+)\s+(?:images|pictures|steps|scenes|illustrations)/i.exec(prompt);
        const count = asked ? Math.min(4, Math.max(1, Number(asked[1]))) : /\b(story|steps?|step-by-step|sequence|tutorial|guide|scenes)\b/i.test(prompt) ? 3 : 1;
        const [w, h] = ratioSize ?? [1024, 1024];
        for (let i = 0; i < count; i++) {
          parts.push({ text: count > 1 ? `Part ${i + 1}: ${lastText.slice(0, 120)}` : `Here is an image for: ${lastText.slice(0, 200)}` });
          parts.push({ inlineData: { mimeType: 'image/png', data: (await synthImage(w, h, `${prompt}#${i}`)).toString('base64') } });
        }
      }
      const images = parts.filter((p) => p.inlineData).length;
      return { candidates: [{ content: { role: 'model', parts }, finishReason: 'STOP', index: 0 }], usageMetadata: usage(40, images), ...base };
    }

    // Text (and structured) answers.
    const words = prompt.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [];
    const candidates = Array.from({ length: candidateCount }, (_, index) => {
      const rng = rngFrom(`${prompt}|${JSON.stringify(schema ?? null)}|${index}`);
      let text: string;
      if (mime === 'text/x.enum') {
        const options = (schema?.enum as unknown[] | undefined) ?? [];
        if (options.length === 0) throw fail(400, 'text/x.enum needs a response schema with enum values.');
        text = String(options[Math.floor(rng() * options.length)]);
      } else if (mime === 'application/json') {
        text = JSON.stringify(schema ? valueFor(schema, schema, rng, words) : { response: phrase(words, rng, '') });
      } else {
        const described = media.map((m) => (m.kind === 'image' ? `a ${m.width}×${m.height} image` : `a ${m.kind} of ${m.bytes.length} bytes`));
        text = `${described.length ? `The input shows ${described.join(' and ')}. ` : ''}${phrase(words, rng, '')}.`;
      }
      const limit = Number(config.maxOutputTokens ?? Infinity);
      const finishReason = mime === 'text/plain' && text.length / 4 > limit ? 'MAX_TOKENS' : 'STOP';
      if (finishReason === 'MAX_TOKENS') text = text.slice(0, Math.max(1, limit * 4));
      return { content: { role: 'model', parts: [{ text }] }, finishReason, index };
    });
    const produced = candidates.reduce((n, c) => n + Math.ceil(String(c.content.parts[0].text).length / 4), 0);
    return { candidates, usageMetadata: usage(produced), ...base };
  }

  // -- Routing --

  const VERTEX = /^\/(v1|v1beta1)\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/([^/:]+):(predict|predictLongRunning|fetchPredictOperation|generateContent)$/;
  const VERTEX_OPERATION = /^\/(v1|v1beta1)\/(projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/[^/]+\/operations\/[^/]+)$/;
  const GEMINI = /^\/(v1|v1beta)\/models\/([^/:]+):(generateContent)$/;

  app.route({
    method: ['GET', 'POST'],
    url: '/*',
    handler: async (request, reply) => {
      const pathname = new URL(request.url, 'http://twin').pathname;
      const body = (request.body ?? {}) as Record<string, unknown>;
      calls.push({ method: request.method, path: pathname, headers: { ...request.headers }, body: request.body });
      try {
        let match: RegExpExecArray | null;
        if (request.method === 'POST' && (match = VERTEX.exec(pathname))) {
          const [, , project, location, model, method] = match;
          rateLimit(authenticate(request, 'vertex', project, location));
          if (method === 'predict') {
            if (!IMAGEN_GENERATE.has(model) && !IMAGEN_CAPABILITY.has(model)) throw notFoundModel('vertex', model, project, location);
            return await imagenPredict(model, body);
          }
          if (method === 'predictLongRunning') {
            if (!VEO.has(model)) throw notFoundModel('vertex', model, project, location);
            return await veoStart(model, project, location, body);
          }
          if (method === 'fetchPredictOperation') {
            const name = String(body.operationName ?? '');
            if (!name.startsWith(`projects/${project}/locations/${location}/publishers/google/models/${model}/operations/`)) {
              throw fail(400, `operationName ${name} does not belong to models/${model}.`);
            }
            return await veoStatus(name);
          }
          if (!/^gemini-/.test(model) || RETIRED_GEMINI.test(model)) throw notFoundModel('vertex', model, project, location);
          return await generateContent('vertex', model, body);
        }
        if (request.method === 'GET' && (match = VERTEX_OPERATION.exec(pathname))) {
          const [, , name, project, location] = match;
          rateLimit(authenticate(request, 'vertex', project, location));
          return await veoStatus(name);
        }
        if (request.method === 'POST' && (match = GEMINI.exec(pathname))) {
          const model = match[2];
          rateLimit(authenticate(request, 'gemini-api'));
          if (!/^gemini-/.test(model) || RETIRED_GEMINI.test(model)) throw notFoundModel('gemini-api', model);
          return await generateContent('gemini-api', model, body);
        }
        throw fail(404, `The requested URL ${pathname} was not found on this server.`);
      } catch (error) {
        if (error instanceof GoogleFailure) return sendError(reply, error);
        throw error;
      }
    },
  });

  function credential(twinUrl: string, subjectTokenFile: string) {
    return {
      type: 'external_account',
      audience,
      subject_token_type: SUBJECT_TOKEN_TYPE,
      token_url: `${twinUrl.replace(/\/+$/, '')}/v1/token`,
      credential_source: { file: subjectTokenFile },
    };
  }

  return {
    app,
    calls,
    issuedTokens,
    tokenExchanges,
    operations,
    credential,
    async writeCredentials(twinUrl, dir) {
      const tokenFile = path.join(dir, 'subject-token.txt');
      await writeFile(tokenFile, options.subjectToken, { mode: 0o600 });
      const file = path.join(dir, 'google-credentials.json');
      await writeFile(file, JSON.stringify(credential(twinUrl, tokenFile), null, 2), { mode: 0o600 });
      return file;
    },
  };
}
