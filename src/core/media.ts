// The one input normaliser for every request field that carries an image, a mask or a video.
// A field may hold an http(s) URL (fetched through safeFetch, SSRF-checked), a data URI, raw
// base64, raw bytes (a multipart upload), or — through `resolveAsset` — the id of an asset in
// this gateway's store. Whatever came in, the result is the same: the bytes, their REAL type
// (sniffed from the bytes with file-type; the declared type of a data URI, a URL's
// Content-Type or an upload's mimetype is never trusted), the image's dimensions (header only,
// read without decoding pixels: image-size for the common cases, sharp for the rest), and a
// sha256. Bad input is a 422 in FastAPI's shape with loc ["body", field] and a message that says
// what was wrong; never a 500.
// Upstreams then take the form they want: toBase64, toDataUri, toFile.
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { fileTypeFromBuffer, type FileTypeResult } from 'file-type';
import { imageSize } from 'image-size';
import sharp from 'sharp';
import { ASSET_ID_PATTERN } from './ids.js';
import { MediaFetchError, safeFetch, type CheckUrlOptions } from './safe-fetch.js';
import { RequestValidationError, type ValidationDetail } from './validation.js';

export type MediaKind = 'image' | 'mask' | 'video' | 'audio';

export interface NormalizedMedia {
  bytes: Buffer;
  /** Sniffed from the bytes, e.g. image/png. */
  mime: string;
  /** Sniffed from the bytes, e.g. png. */
  ext: string;
  /** Images only (EXIF orientation applied: what a viewer shows). */
  width?: number;
  height?: number;
  sha256: string;
  /** Where the bytes came from (for logs; never the payload itself). */
  source: 'url' | 'data_uri' | 'base64' | 'bytes' | 'asset';
}

export interface MediaLimits {
  maxBytes: number;
  /** Images: width × height of one frame. */
  maxPixels: number;
}

/** What each kind accepts by default: mime types as file-type reports them. */
export const ACCEPTED_TYPES: Record<MediaKind, readonly string[]> = {
  image: ['image/png', 'image/jpeg', 'image/webp'],
  mask: ['image/png', 'image/jpeg'],
  video: ['video/mp4', 'video/webm', 'video/quicktime'],
  audio: ['audio/mpeg', 'audio/wav', 'audio/x-wav', 'audio/ogg', 'audio/flac', 'audio/x-m4a', 'audio/mp4', 'audio/aac'],
};

export const DEFAULT_LIMITS: Record<MediaKind, MediaLimits> = {
  image: { maxBytes: 25_000_000, maxPixels: 50_000_000 },
  mask: { maxBytes: 25_000_000, maxPixels: 50_000_000 },
  video: { maxBytes: 200_000_000, maxPixels: 50_000_000 },
  audio: { maxBytes: 100_000_000, maxPixels: 0 },
};

export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

/** Looks up an asset of this gateway by id (`asset_…`); undefined when there is none. */
export type AssetResolver = (id: string) => Promise<Buffer | undefined>;

export interface NormalizeMediaOptions {
  kind: MediaKind;
  /** The request field, used for loc ["body", field] unless `loc` is given. */
  field: string;
  /** Full error location, e.g. ["body", "images", 2]. */
  loc?: (string | number)[];
  /** Replaces the kind's accepted mime types. */
  accept?: readonly string[];
  maxBytes?: number;
  maxPixels?: number;
  /** URL fetching: allowPrivateNetwork (config.allowPrivateNetwork), test lookup/allowAddress. */
  fetch?: CheckUrlOptions & { timeoutMs?: number; maxRedirects?: number };
  /**
   * EXTENSION POINT — the asset store. When the value looks like `asset_…` it is resolved
   * through this function (supplied by the asset store once it exists). Without it, asset ids
   * are refused with a 422.
   */
  resolveAsset?: AssetResolver;
}

const KIND_NOUN: Record<MediaKind, string> = { image: 'image', mask: 'mask', video: 'video', audio: 'audio file' };
const NOT_A: Record<MediaKind, string> = { image: 'not an image', mask: 'not a mask image', video: 'not a video', audio: 'not an audio file' };

/** Human words for what some bytes are. */
const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'a PDF document',
  'image/png': 'a PNG image',
  'image/jpeg': 'a JPEG image',
  'image/webp': 'a WEBP image',
  'image/gif': 'a GIF image',
  'image/bmp': 'a BMP image',
  'image/tiff': 'a TIFF image',
  'image/heic': 'a HEIC image',
  'image/heif': 'a HEIF image',
  'image/avif': 'an AVIF image',
  'image/svg+xml': 'an SVG image',
  'image/x-icon': 'an ICO icon',
  'video/mp4': 'an MP4 video',
  'video/webm': 'a WEBM video',
  'video/quicktime': 'a QuickTime (MOV) video',
  'video/x-matroska': 'a Matroska (MKV) video',
  'video/x-msvideo': 'an AVI video',
  'audio/mpeg': 'an MP3 audio file',
  'audio/wav': 'a WAV audio file',
  'audio/x-wav': 'a WAV audio file',
  'application/zip': 'a ZIP archive',
  'application/gzip': 'a gzip archive',
  'application/x-elf': 'an executable',
};

const SHORT_NAMES: Record<string, string> = {
  'image/png': 'PNG',
  'image/jpeg': 'JPEG',
  'image/webp': 'WEBP',
  'image/gif': 'GIF',
  'video/mp4': 'MP4',
  'video/webm': 'WEBM',
  'video/quicktime': 'MOV',
};

function listWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** "12 MB", "640 kB", "12 bytes" (decimal units, like the limits are written). */
export function formatBytes(n: number): string {
  if (n < 1000) return `${n} byte${n === 1 ? '' : 's'}`;
  const [value, unit] = n < 1_000_000 ? [n / 1000, 'kB'] : [n / 1_000_000, 'MB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** "image is 40 MB; the limit is 25 MB" — exact bytes when rounding would make the two look equal. */
function sizeMessage(noun: string, size: number, limit: number): string {
  let a = formatBytes(size);
  let b = formatBytes(limit);
  if (a === b) {
    a = `${size} bytes`;
    b = `${limit} bytes`;
  }
  return `${noun} is ${a}; the limit is ${b}`;
}

function formatPixels(n: number): string {
  if (n < 1_000_000) return `${n} pixels`;
  const mp = Number((n / 1_000_000).toFixed(2));
  return `${mp} megapixel${mp === 1 ? '' : 's'}`;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

class Invalid extends Error {}

/** Strict base64 (standard or URL-safe alphabet, padding optional, whitespace ignored). */
export function decodeBase64Strict(text: string): Buffer | undefined {
  const s = text.replace(/[\s]+/g, '');
  if (s.length === 0) return Buffer.alloc(0);
  const m = /^([A-Za-z0-9+/]*|[A-Za-z0-9_-]*)(={0,2})$/.exec(s);
  if (!m) return undefined;
  const [, body, pad] = m;
  if (pad.length > 0 ? s.length % 4 !== 0 : body.length % 4 === 1) return undefined;
  return Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** Decoded size of a base64 text without decoding it. */
function base64DecodedLength(text: string): number {
  const s = text.replace(/[\s=]+/g, '');
  return Math.floor((s.length * 3) / 4);
}

function percentDecode(text: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      out.push(c);
    } else {
      out.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(out);
}

/** Decodes `data:[<type>][;params][;base64],<data>`; the declared type is ignored (sniffed later). */
function decodeDataUri(value: string, noun: string, maxBytes: number): Buffer {
  const comma = value.indexOf(',');
  if (comma < 0) throw new Invalid('not a valid data URI: the comma before the data is missing');
  const header = value.slice(5, comma);
  const payload = value.slice(comma + 1);
  const isBase64 = header.split(';').some((p) => p.trim().toLowerCase() === 'base64');
  if (isBase64) {
    const size = base64DecodedLength(payload);
    if (size > maxBytes) throw new Invalid(sizeMessage(noun, size, maxBytes));
    const bytes = decodeBase64Strict(payload);
    if (!bytes) throw new Invalid('not valid base64 in the data URI');
    return bytes;
  }
  const bytes = percentDecode(payload);
  if (bytes.length > maxBytes) throw new Invalid(sizeMessage(noun, bytes.length, maxBytes));
  return bytes;
}

/** What the bytes are, in words, for the "not an image: the bytes are …" message. */
async function describeBytes(bytes: Buffer, sniffed: { mime: string; ext: string } | undefined): Promise<string> {
  if (sniffed) return TYPE_NAMES[sniffed.mime] ?? `a ${sniffed.ext.toUpperCase()} file (${sniffed.mime})`;
  const head = bytes.subarray(0, 4096).toString('utf8');
  if (/^\s*<(!doctype html|html|head|body)/i.test(head)) return 'an HTML page';
  if (/^\s*(<\?xml[^>]*>\s*)?<svg[\s>]/i.test(head)) return 'an SVG image';
  if (/^\s*[[{]/.test(head) && !head.includes('\ufffd')) return 'JSON text';
  // Mostly printable text (no NUL, valid UTF-8) → plain text.
  if (!head.includes('\u0000') && !head.includes('\ufffd')) return 'plain text';
  return 'of an unrecognised type';
}

function acceptedWords(accept: readonly string[]): string {
  return listWords(accept.map((m) => SHORT_NAMES[m] ?? m));
}

function fetchFailure(err: MediaFetchError, noun: string, maxBytes: number): string {
  switch (err.reason) {
    case 'scheme_not_allowed':
    case 'host_not_allowed':
    case 'invalid_url':
      return err.message;
    case 'too_large':
      return `${noun} at the URL is larger than the limit of ${formatBytes(maxBytes)}`;
    default:
      return `could not fetch the URL: ${err.message}`;
  }
}

/** Gets the raw bytes from whatever form the field holds. */
async function readBytes(value: unknown, opts: NormalizeMediaOptions, noun: string, maxBytes: number): Promise<{ bytes: Buffer; source: NormalizedMedia['source'] }> {
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
    const bytes = Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
    return { bytes, source: 'bytes' };
  }
  if (typeof value !== 'string') throw new Invalid(`expected a URL, a data URI or base64 text for the ${noun}`);
  const text = value.trim();
  if (text === '') throw new Invalid(`the ${noun} is empty`);

  if (/^data:/i.test(text)) return { bytes: decodeDataUri(text, noun, maxBytes), source: 'data_uri' };

  if (ASSET_ID_PATTERN.test(text)) {
    if (!opts.resolveAsset) throw new Invalid(`asset ids are not accepted here; send a URL, a data URI or base64`);
    const bytes = await opts.resolveAsset(text);
    if (!bytes) throw new Invalid(`unknown asset: ${text}`);
    return { bytes, source: 'asset' };
  }

  // Base64 never contains a colon; anything with a scheme is a URL.
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    const f = opts.fetch ?? {};
    try {
      const res = await safeFetch(text, {
        maxBytes,
        timeoutMs: f.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
        maxRedirects: f.maxRedirects,
        allowPrivateNetwork: f.allowPrivateNetwork ?? false,
        lookup: f.lookup,
        allowAddress: f.allowAddress,
      });
      return { bytes: res.bytes, source: 'url' };
    } catch (err) {
      if (err instanceof MediaFetchError) throw new Invalid(fetchFailure(err, noun, maxBytes));
      throw err;
    }
  }

  const size = base64DecodedLength(text);
  if (size > maxBytes) throw new Invalid(sizeMessage(noun, size, maxBytes));
  const bytes = decodeBase64Strict(text);
  if (!bytes) {
    throw new Invalid(`not valid base64 (and not a URL or a data URI): send an https URL, a data:${opts.kind === 'video' ? 'video/mp4' : 'image/png'};base64,… URI or base64 text`);
  }
  return { bytes, source: 'base64' };
}

/**
 * Normalises one media field. Throws RequestValidationError (422) for anything wrong with the
 * input; other errors (e.g. the asset store failing) propagate.
 */
export async function normalizeMedia(value: unknown, opts: NormalizeMediaOptions): Promise<NormalizedMedia> {
  const loc = opts.loc ?? ['body', opts.field];
  try {
    return await normalize(value, opts);
  } catch (err) {
    if (err instanceof Invalid) {
      throw new RequestValidationError([{ loc, msg: err.message, type: 'value_error' }]);
    }
    throw err;
  }
}

async function normalize(value: unknown, opts: NormalizeMediaOptions): Promise<NormalizedMedia> {
  const kind = opts.kind;
  const noun = KIND_NOUN[kind];
  const limits = DEFAULT_LIMITS[kind];
  const maxBytes = opts.maxBytes ?? limits.maxBytes;
  const maxPixels = opts.maxPixels ?? limits.maxPixels;
  const accept = opts.accept ?? ACCEPTED_TYPES[kind];

  const { bytes, source } = await readBytes(value, opts, noun, maxBytes);
  if (bytes.length === 0) throw new Invalid(`the ${noun} is empty (0 bytes)`);
  if (bytes.length > maxBytes) throw new Invalid(sizeMessage(noun, bytes.length, maxBytes));

  const sniffed = await sniffType(bytes);
  if (!sniffed || !accept.includes(sniffed.mime)) {
    const what = await describeBytes(bytes, sniffed);
    const prefix = sniffed && sniffed.mime.startsWith(kind === 'video' || kind === 'audio' ? `${kind}/` : 'image/') ? `unsupported ${noun} type` : NOT_A[kind];
    throw new Invalid(`${prefix}: the bytes are ${what}; expected ${acceptedWords(accept)}`);
  }

  const media: NormalizedMedia = { bytes, mime: sniffed.mime, ext: sniffed.ext, sha256: sha256Hex(bytes), source };
  if (sniffed.mime.startsWith('image/')) {
    const size = await imageDimensions(bytes);
    if (!size) throw new Invalid(`the ${noun} could not be read: corrupt or truncated ${SHORT_NAMES[sniffed.mime] ?? sniffed.ext.toUpperCase()} data`);
    if (size.width * size.height > maxPixels) {
      throw new Invalid(`${noun} is ${size.width}x${size.height} pixels; the limit is ${formatPixels(maxPixels)}`);
    }
    media.width = size.width;
    media.height = size.height;
  }
  return media;
}

/**
 * The type of some bytes, as file-type tells it. The commonest images are read off their
 * signatures first, where file-type's answer is certain: its detection walks ~100 signature
 * checks, each allocating, before reaching PNG, which made ~20 % of what a sync BRIA answer
 * allocated (its input and its output: bench/). A plain PNG (a sound header, IDAT before any
 * acTL or second IHDR: not an APNG), a JPEG (not JPEG-LS) and a WebP; anything else goes to
 * file-type (test/media.test.ts holds both to the same answers).
 */
export async function sniffType(bytes: Buffer): Promise<FileTypeResult | undefined> {
  return commonImageType(bytes) ?? (await fileTypeFromBuffer(bytes));
}

function commonImageType(bytes: Buffer): FileTypeResult | undefined {
  if (bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff && bytes[3] !== 0xf7) return { ext: 'jpg', mime: 'image/jpeg' };
  if (bytes.length >= 12 && bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP') return { ext: 'webp', mime: 'image/webp' };
  // file-type also refuses a second IHDR.
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE) && firstPngChunkOf(bytes, ['IDAT', 'acTL', 'IHDR']) === 'IDAT') return { ext: 'png', mime: 'image/png' };
  return undefined;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The signature (8 bytes), then IHDR: length, type, 13 bytes of data, CRC. */
const PNG_FIRST_CHUNK_AFTER_HEADER = 8 + 4 + 4 + 13 + 4;

/**
 * Which of `types` comes first among a PNG's chunks after its header (IHDR, sound:
 * hasValidPngHeader); undefined when none does or the chunks run past the end.
 */
function firstPngChunkOf(bytes: Buffer, types: string[]): string | undefined {
  if (!hasValidPngHeader(bytes)) return undefined;
  for (let at = PNG_FIRST_CHUNK_AFTER_HEADER; at + 8 <= bytes.length; at += 12 + bytes.readUInt32BE(at)) {
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (types.includes(type)) return type;
  }
  return undefined;
}

/**
 * An image's size as a viewer shows it (EXIF orientation applied; one frame of an animation),
 * read from the header only: nothing decodes pixels, so a decompression bomb costs nothing here.
 * Undefined when the bytes are not a readable image.
 */
export async function imageDimensions(bytes: Buffer): Promise<{ width: number; height: number } | undefined> {
  return imageDimensionsFromHeader(bytes) ?? (await sharpDimensions(bytes));
}

/**
 * The common cases read on this thread with image-size: JPEG (its EXIF orientation included), PNG
 * and still WebP without EXIF. That skips sharp's thread-pool hop and per-call setup (~0.5 ms of
 * this thread per image). Undefined for anything only sharp can tell the same way it always has:
 * other formats, animations, PNG/WebP with EXIF (an orientation), odd or unreadable headers.
 */
export function imageDimensionsFromHeader(bytes: Buffer): { width: number; height: number } | undefined {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes);
  } catch {
    return undefined;
  }
  if (!size.width || !size.height) return undefined;
  if (size.type === 'png' ? !isPlainPng(bytes) : size.type === 'webp' ? !isStillWebpWithoutExif(bytes) : size.type !== 'jpg') {
    return undefined;
  }
  // EXIF orientations 5-8 turn the image a quarter (sharp's autoOrient does the same).
  const turned = size.orientation !== undefined && size.orientation >= 5 && size.orientation <= 8;
  return turned ? { width: size.height, height: size.width } : { width: size.width, height: size.height };
}

/**
 * A PNG with a sound header (checked as libvips' loader checks it) whose chunks up to the image
 * data hold no EXIF (eXIf) and no animation (acTL).
 */
function isPlainPng(bytes: Buffer): boolean {
  return firstPngChunkOf(bytes, ['IDAT', 'eXIf', 'acTL']) === 'IDAT';
}

/** Bit depths allowed for each PNG colour type (PNG spec, table 11.1). */
const PNG_BIT_DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/** IHDR first, 13 bytes, a valid depth/colour type/method combination and a matching CRC. */
function hasValidPngHeader(bytes: Buffer): boolean {
  if (bytes.length < 33 || bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') return false;
  const [depth, colour, compression, filter, interlace] = bytes.subarray(24, 29);
  if (!PNG_BIT_DEPTHS[colour]?.includes(depth) || compression !== 0 || filter !== 0 || interlace > 1) return false;
  return crc32(bytes.subarray(12, 29)) === bytes.readUInt32BE(29);
}

/** A simple (VP8/VP8L) WebP, or an extended one whose header flags neither animation nor EXIF. */
function isStillWebpWithoutExif(bytes: Buffer): boolean {
  const chunk = bytes.toString('latin1', 12, 16);
  if (chunk === 'VP8 ' || chunk === 'VP8L') return true;
  const ANIMATION = 0x02;
  const EXIF = 0x08;
  return chunk === 'VP8X' && bytes.length > 20 && (bytes[20] & (ANIMATION | EXIF)) === 0;
}

/** libvips' reading of the header, through sharp: the reference for every format. */
async function sharpDimensions(bytes: Buffer): Promise<{ width: number; height: number } | undefined> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return undefined;
  }
  const animated = Boolean(meta.pages && meta.pages > 1);
  const width = meta.width;
  const height = animated && meta.pageHeight ? meta.pageHeight : meta.height;
  if (!width || !height) return undefined;
  const oriented = meta.autoOrient;
  return { width: oriented?.width ?? width, height: oriented && !animated ? oriented.height : height };
}

export interface MediaFieldSpec extends Omit<NormalizeMediaOptions, 'field'> {
  value: unknown;
}

/**
 * Normalises several fields at once and reports every bad one in a single 422.
 * Fields whose value is undefined/null are skipped (absent optional fields).
 */
export async function normalizeMediaFields<K extends string>(fields: Record<K, MediaFieldSpec>): Promise<Partial<Record<K, NormalizedMedia>>> {
  const out: Partial<Record<K, NormalizedMedia>> = {};
  const names = Object.keys(fields) as K[];
  // One slot per field, so the 422 lists fields in the order given, whatever finished first.
  const perField: ValidationDetail[][] = names.map(() => []);
  await Promise.all(
    names.map(async (field, i) => {
      const { value, ...opts } = fields[field];
      if (value === undefined || value === null) return;
      try {
        out[field] = await normalizeMedia(value, { ...opts, field });
      } catch (err) {
        if (err instanceof RequestValidationError) perField[i] = err.detail;
        else throw err;
      }
    }),
  );
  const details = perField.flat();
  if (details.length > 0) throw new RequestValidationError(details);
  return out;
}

/** Plain base64 (no data: prefix), as most JSON upstream APIs want. */
export const toBase64 = (media: Pick<NormalizedMedia, 'bytes'>): string => media.bytes.toString('base64');

/** `data:<sniffed mime>;base64,…` */
export const toDataUri = (media: Pick<NormalizedMedia, 'bytes' | 'mime'>): string => `data:${media.mime};base64,${toBase64(media)}`;

/** A File for multipart uploads (OpenAI SDK, form bodies), named `<basename>.<ext>`. */
export const toFile = (media: Pick<NormalizedMedia, 'bytes' | 'mime' | 'ext'>, basename = 'image'): File =>
  new File([media.bytes], `${basename}.${media.ext}`, { type: media.mime });
