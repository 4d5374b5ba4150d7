// The preview variants of a video's content (GET /v1/videos/{id}/content?variant=…), as OpenAI
// serves them: `thumbnail`, one still as WebP, and `spritesheet`, frames spread over the video in
// a grid as JPEG. Made from the kept video with ffmpeg on first request, then held in memory
// (they are small; each process makes its own). Making one takes ffmpeg a fraction of a second of
// CPU, so a few are made at once and a short queue waits; past it the caller is asked to retry.
import { bulkhead, BulkheadRejectedError } from 'cockatiel';
import type { FastifyBaseLogger } from 'fastify';
import sharp from 'sharp';
import type { AssetService } from '../assets/assets.js';
import { frameGrid, probeVideoFile, representativeFrame, withVideoFile } from '../core/video.js';
import { OpenAIError } from './errors.js';

export type PreviewVariant = 'thumbnail' | 'spritesheet';
export const PREVIEW_VARIANTS: readonly PreviewVariant[] = ['thumbnail', 'spritesheet'];

const CONTENT_TYPES: Record<PreviewVariant, string> = { thumbnail: 'image/webp', spritesheet: 'image/jpeg' };
/** The spritesheet's layout: 16 frames, 4 by 4, each 256 pixels wide. */
const GRID = { columns: 4, rows: 4, tileWidth: 256 };
/** Previews held (by video asset and variant): a few MB at most. */
const MAX_HELD = 64;
/** ffmpeg runs at once, and previews waiting for one. */
const makers = bulkhead(2, 32);

const held = new Map<string, Promise<Buffer>>();

async function make(assets: AssetService, assetId: string, variant: PreviewVariant): Promise<Buffer> {
  const video = await assets.load(assetId);
  const ext = video.contentType.split('/')[1] ?? 'mp4';
  return withVideoFile(video.data, ext, async (file) => {
    if (variant === 'thumbnail')
      return sharp(await representativeFrame(file))
        .webp({ quality: 80 })
        .toBuffer();
    const info = await probeVideoFile(file);
    if (!info) throw new Error('the kept video has no stream ffmpeg can read');
    return sharp(await frameGrid(file, info.durationSeconds, GRID))
      .jpeg({ quality: 80 })
      .toBuffer();
  });
}

/** The variant of the video asset, made once per process. A failure is logged (ffmpeg's words name temp files) and answered 500. */
export async function videoPreview(assets: AssetService, assetId: string, variant: PreviewVariant, log: FastifyBaseLogger): Promise<{ data: Buffer; contentType: string }> {
  const key = `${assetId}:${variant}`;
  let preview = held.get(key);
  if (!preview) {
    if (held.size >= MAX_HELD) held.delete(held.keys().next().value!);
    preview = makers.execute(() => make(assets, assetId, variant));
    held.set(key, preview);
    // A failure is not kept: the next request tries again.
    preview.catch(() => held.delete(key));
  }
  try {
    return { data: await preview, contentType: CONTENT_TYPES[variant] };
  } catch (error) {
    if (error instanceof BulkheadRejectedError) {
      throw new OpenAIError(503, `Too many video previews are being made: try again in a few seconds`, null, 'server_busy', { 'retry-after': '2' });
    }
    log.error({ err: error, asset: assetId, variant }, 'video preview failed');
    throw new OpenAIError(500, `The ${variant} of this video could not be made`, 'variant', 'preview_failed');
  }
}
