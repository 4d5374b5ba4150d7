// What the Google jobs (imagen.ts, gemini.ts, veo.ts) share: image fields (a gs:// URI passed on,
// anything else kept as an input asset and sent as bytes), Vertex AI's requirement, the SDK's enums
// without loading the SDK, and the answers every Google job gives the same way.
import { HttpError } from '../../core/errors.js';
import type { PrepareContext } from '../../core/operation.js';
import { RequestValidationError } from '../../core/validation.js';
import { mediaBytes, type StepContext, type StepOutcome } from '../../jobs/adapter.js';
import { vertexConfigured, type Backend, type GoogleConfig } from './client.js';

export const invalid = (loc: (string | number)[], msg: string, type = 'value_error'): RequestValidationError => new RequestValidationError([{ loc, msg, type }]);

/** Imagen and Veo exist on Vertex AI only (docs/provider-facts.md §5; the SDK refuses them on the Gemini API). */
export function requireVertex(google: GoogleConfig, what: string): void {
  if (!vertexConfigured(google)) {
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
export async function imageField(ctx: PrepareContext, value: string, loc: (string | number)[], backend: Backend): Promise<string> {
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

export interface ImageBytes {
  imageBytes?: string;
  gcsUri?: string;
  mimeType: string;
}

/** A stored image field as the SDK's `Image`: base64 bytes, or the gs:// URI. */
export async function sdkImage(ctx: StepContext, ref: string): Promise<ImageBytes> {
  if (ref.startsWith('gs://')) return { gcsUri: ref, mimeType: GCS_TYPES[ref.split('.').pop()!.toLowerCase()] };
  const { data, contentType } = await mediaBytes(ctx, ref);
  return { imageBytes: data.toString('base64'), mimeType: contentType };
}

export async function imageBuffer(ctx: StepContext, ref: string): Promise<Buffer> {
  return (await mediaBytes(ctx, ref)).data;
}

/**
 * Reference enum values that the SDK enum E spells the same way, as E. Spelled out so a renamed
 * value fails the type-check; plain strings, so a request is checked without loading the SDK.
 */
export function sdkEnum<E extends string>(values: `${E}`[]): Record<string, E> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<string, E>;
}

/**
 * The reference answers these operations with their result, so the gateway waits for the job
 * (up to VISION_STUDIO_SYNC_WAIT_MS, then it answers with the task id); `"sync": false` in the
 * body asks for the task id at once.
 */
export const waitForResult = (body: unknown) => (body as { sync?: unknown } | undefined)?.sync !== false;

export const moderation = (message: string): StepOutcome => ({ kind: 'failed', error: { code: 'content_moderation', message } });

/** The seed Imagen and Veo take is an unsigned 32-bit value (Vertex AI Imagen and Veo API `seed`). */
export const MAX_SEED = 4_294_967_295;
