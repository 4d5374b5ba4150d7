// Runway job inputs. Runway takes an https URL (it fetches it: images ≤ 16 MB, videos ≤ 32 MB; the host
// must be a domain name, not an IP address), a data URI (images ≤ 5 MB, videos ≤ 16 MB) or a
// runway:// URI from its ephemeral uploads (docs.dev.runwayml.com/assets/inputs). An https
// image URL on a named host goes through untouched; a video URL too, once the gateway has read
// and checked it (duration and size limits). Anything else (http URLs, URLs on IP hosts, data
// URIs, the caller's assets in any form) the gateway reads, checks and keeps as an input asset;
// when the job starts it is sent as a data URI when it fits Runway's data-URI limit, else
// uploaded to Runway (POST /v1/uploads) and sent as the runway:// URI.
import { isIP } from 'node:net';
import type { PrepareContext, VideoLimits } from '../../core/operation.js';
import { storedAssetId, type StepContext } from '../../jobs/adapter.js';
import type { RunwayClient } from './client.js';

/** Runway's data-URI limits, counted on the whole URI (docs.dev.runwayml.com/assets/inputs). */
const DATA_URI_LIMIT = { image: 5_000_000, video: 16_000_000 } as const;
/** What Runway takes at all (its URL limits; ephemeral uploads take up to 200 MB). */
const INPUT_MAX_BYTES = { image: 16_000_000, video: 200_000_000 } as const;
type InputKind = keyof typeof DATA_URI_LIMIT;

/** An https URL Runway can fetch itself (named host, ≤ 2048 characters). */
export function runwayFetches(value: string): boolean {
  if (value.length > 2048 || !/^https:\/\//i.test(value)) return false;
  try {
    const host = new URL(value).hostname.replace(/^\[|\]$/g, '');
    return host.length > 0 && isIP(host) === 0;
  } catch {
    return false;
  }
}

/** One media field as the job stores it: an https URL Runway fetches, or an `asset://` reference. */
export async function mediaInput(ctx: PrepareContext, value: string, kind: InputKind, loc: (string | number)[], video?: VideoLimits): Promise<string> {
  const trimmed = value.trim();
  return ctx.media(trimmed, {
    kind,
    loc,
    passUrl: runwayFetches(trimmed),
    checkUrl: kind === 'video',
    maxBytes: INPUT_MAX_BYTES[kind],
    video: { provider: 'Runway', ...video },
  });
}

/** The body fields that carry media (SDK: referenceImages[].uri, promptImage, character.uri, reference.uri, videoUri, keyframes[].uri). */
const MEDIA_KEYS = new Set(['uri', 'promptImage', 'videoUri']);

/** Bytes whose base64 data URI (with its `data:<type>;base64,` head) fits Runway's limit. */
const fitsDataUri = (size: number, contentType: string) =>
  Math.ceil(size / 3) * 4 + `data:${contentType};base64,`.length <= DATA_URI_LIMIT[contentType.startsWith('video/') ? 'video' : 'image'];

/** `asset://id` values of media fields become data URIs, or runway:// uploads when too large for one; prompts are never touched. */
export async function deliverAssets(value: unknown, ctx: StepContext, client: RunwayClient, key?: string): Promise<unknown> {
  if (typeof value === 'string') {
    const id = key && MEDIA_KEYS.has(key) ? storedAssetId(value) : undefined;
    if (id === undefined) return value;
    const { data, contentType } = await ctx.loadAsset(id);
    if (fitsDataUri(data.length, contentType)) return `data:${contentType};base64,${data.toString('base64')}`;
    const ext = contentType.split('/')[1]?.replace('quicktime', 'mov') ?? 'bin';
    return client.upload(data, `${id}.${ext}`, contentType, ctx.signal);
  }
  if (Array.isArray(value)) return Promise.all(value.map((v) => deliverAssets(v, ctx, client)));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await deliverAssets(v, ctx, client, k)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}
