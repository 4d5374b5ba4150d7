// Firefly storage uploads: the gateway's upload route (POST /api/v1/firefly/upload), the upload ids
// it records per API key, and the uploads a job makes of its input assets as it starts (Firefly
// takes images by upload id or by a URL on a few storage hosts).
import { type HttpError, upstreamHttpError } from '../../core/errors.js';
import { normalizeMedia } from '../../core/media.js';
import type { TypedHandler } from '../../core/operation.js';
import type { ConfigSection } from '../../core/provider-settings.js';
import type { UploadedFile } from '../../core/upload.js';
import { UpstreamError } from '../../core/upstream-error.js';
import { RequestValidationError } from '../../core/validation.js';
import { storedAssetId, type StepContext } from '../../jobs/adapter.js';
import { FireflyClient, UPLOAD_LIFETIME_MS, UPLOAD_MAX_BYTES, type FireflySettings } from './client.js';

/** The registry's kind for the upload ids POST /api/v1/firefly/upload hands out. */
export const UPLOAD = 'upload';

type FireflySection = ConfigSection<'firefly'>;

export function fireflyClient({ clientId, clientSecret, baseUrl, imsUrl }: FireflySection): FireflyClient {
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
const uploadKey = (firefly: FireflySection, assetId: string) => `${firefly.baseUrl}\0${firefly.clientId}\0${assetId}`;

export function rememberUpload(firefly: FireflySection, assetId: string, uploadId: string): void {
  if (uploadIds.size >= 10_000) uploadIds.delete(uploadIds.keys().next().value!);
  uploadIds.set(uploadKey(firefly, assetId), { id: uploadId, until: Date.now() + UPLOAD_REUSE_MS });
}

function rememberedUpload(firefly: FireflySection, assetId: string): string | undefined {
  const known = uploadIds.get(uploadKey(firefly, assetId));
  return known && Date.now() < known.until ? known.id : undefined;
}

/** Replaces every `uploadId: "asset://…"` with the id Firefly storage gives the asset's bytes. */
export async function uploadInputs(client: FireflyClient, body: Record<string, unknown>, ctx: StepContext<FireflySettings>): Promise<Record<string, unknown>> {
  const walk = async (value: unknown): Promise<unknown> => {
    if (Array.isArray(value)) {
      const out = [];
      for (const item of value) out.push(await walk(item));
      return out;
    }
    if (!value || typeof value !== 'object') return value;
    const object = value as Record<string, unknown>;
    const assetId = typeof object.uploadId === 'string' ? storedAssetId(object.uploadId) : undefined;
    if (assetId !== undefined) {
      let uploadId = rememberedUpload(ctx.settings.firefly, assetId);
      if (!uploadId) {
        const { data, contentType } = await ctx.loadAsset(assetId);
        uploadId = await client.upload(data, contentType, ctx.signal);
        rememberUpload(ctx.settings.firefly, assetId, uploadId);
      }
      return { ...object, uploadId };
    }
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(object)) out[key] = await walk(v);
    return out;
  };
  return (await walk(body)) as Record<string, unknown>;
}

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
export const upload: TypedHandler<unknown, FireflySettings> = async (request, _reply, ctx) => {
  const { file } = request.body as { file: UploadedFile | string };
  if (typeof file === 'string')
    throw new RequestValidationError([{ loc: ['body', 'file'], msg: 'Expected a file, got a text field: send the image as a file part', type: 'value_error' }]);
  const media = await normalizeMedia(file.data, { kind: 'image', field: 'file', loc: ['body', 'file'], maxBytes: UPLOAD_MAX_BYTES });
  let uploadId: string;
  try {
    uploadId = await fireflyClient(ctx.settings.firefly).upload(media.bytes, media.mime);
  } catch (error) {
    if (error instanceof UpstreamError) throw httpErrorOf(error);
    throw error;
  }
  const asset = await ctx.keep(media.bytes, media.mime);
  rememberUpload(ctx.settings.firefly, asset.id, uploadId);
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
