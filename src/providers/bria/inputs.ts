// Prepare-time helpers shared by the BRIA operations: cross-field checks answered as FastAPI
// 422s, and media fields checked and kept (inline media become `asset://` references, URLs
// that BRIA fetches itself pass through).
import type { PrepareContext } from '../../core/operation.js';
import { RequestValidationError } from '../../core/validation.js';
import type { StepContext } from '../../jobs/adapter.js';
import { mediaAsBase64 } from '../../jobs/adapter.js';

/** A 422 at `loc`, worded like pydantic's model validators ("Value error, …"). */
export function invalid(loc: (string | number)[], message: string, type = 'value_error'): RequestValidationError {
  return new RequestValidationError([{ loc, msg: type === 'missing' ? message : `Value error, ${message}`, type }]);
}

/** A non-empty string, or undefined (null, "" and absent are the same to BRIA). */
export function given(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
}

/** An image field BRIA fetches itself when it is a URL (`passUrl`); inline images are kept as assets. */
export const image = (ctx: PrepareContext, value: string, field: string) => ctx.media(value, { kind: 'image', loc: ['body', field], passUrl: true });

/**
 * The `image_url` / `image_file` pair of v1 endpoints: one is required; when both are sent the
 * URL wins, as BRIA documents ("If both image_url and file are provided, image_url will be used").
 */
export interface ImageSource {
  url?: string;
  file?: string;
}

export async function imageSource(
  ctx: PrepareContext,
  body: { image_url?: string | null; image_file?: string | null },
  fields: { url: string; file: string } = { url: 'image_url', file: 'image_file' },
): Promise<ImageSource> {
  const url = given(body.image_url);
  const file = given(body.image_file);
  if (url) return { url: await ctx.media(url, { kind: 'image', loc: ['body', fields.url], passUrl: true }) };
  if (file) return { file: await ctx.media(file, { kind: 'image', loc: ['body', fields.file] }) };
  throw invalid(['body', fields.url], `either ${fields.url} or ${fields.file} is required`);
}

/** The v1 wire form of an image source: `{image_url}` or `{file: base64}` (BRIA's v1 field names). */
export async function v1Image(ctx: StepContext, source: ImageSource, names = { url: 'image_url', file: 'file' }) {
  // A URL BRIA fetches itself; one of the gateway's assets (an upload, a sample, inline media
  // kept at intake) is sent as the file: BRIA cannot fetch an `asset://` reference.
  if (source.url && !source.url.startsWith('asset://')) return { [names.url]: source.url };
  return { [names.file]: await mediaAsBase64(ctx, source.url ?? source.file!) };
}

/**
 * BRIA fetches `*_url` / `*_urls` fields itself and cannot fetch the gateway's `asset://`
 * references (uploads, samples, inline media kept at intake): those go as the field's `*_file`
 * counterpart, base64 — one string, or a list where BRIA takes several (`ref_image_file`).
 */
export async function assetUrlsAsFiles(request: Record<string, unknown>, ctx: StepContext): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const isAsset = (value: unknown): value is string => typeof value === 'string' && value.startsWith('asset://');
  for (const [key, value] of Object.entries(request)) {
    if (key.endsWith('_url') && isAsset(value)) out[key.replace(/_url$/, '_file')] = await mediaAsBase64(ctx, value);
    else if (key.endsWith('_urls') && Array.isArray(value) && value.some(isAsset)) {
      const files = await Promise.all(value.map((v) => mediaAsBase64(ctx, String(v))));
      out[key.replace(/_urls$/, '_file')] = MANY_FILES.has(key) ? files : files[0];
    } else out[key] = value;
  }
  return out;
}

/** The `*_urls` fields whose `*_file` counterpart BRIA takes as a list. */
const MANY_FILES = new Set(['ref_image_urls']);
