// Media intake: every media field of every operation comes in here, whatever form it has — an
// http(s) URL, a data URI, base64, or one of the gateway's own references to an asset:
// `asset_…`, `asset://asset_…`, or a gateway asset link `<base>/api/v1/assets/{id}` (signed or
// not, on VISION_STUDIO_PUBLIC_URL or the host the request came in on).
//
// The one ownership rule: a reference resolves only for the key that owns the asset (in sandbox
// mode also for the samples every key may read, assets/samples.ts). Anything
// else — another key's asset, an unknown id, a purged one — is the same 422 ("unknown asset"),
// so a caller learns nothing about assets that are not theirs. The gateway's own links are read
// from the store, never fetched over HTTP. Video inputs are probed (container, codec, duration,
// resolution) and checked against the field's limits before any upstream call.
import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { ASSET_ID_PATTERN } from '../core/ids.js';
import { normalizeMedia, type NormalizedMedia } from '../core/media.js';
import { providerSettings } from '../core/provider-settings.js';
import type { HandlerContext, MediaFieldOptions, PrepareContext, ProviderName, VideoLimits } from '../core/operation.js';
import { RequestValidationError } from '../core/validation.js';
import { probeVideo, type VideoInfo } from '../core/video.js';
import { ASSET_REF, assetRef, type Asset, type AssetService } from './assets.js';
import { mayRead } from './samples.js';
import type { InputRecorder } from '../jobs/inputs.js';

export const ASSET_PATH = '/api/v1/assets/';

/** The gateway's own origin as the caller reached it (or the configured public URL). */
export function baseUrl(request: FastifyRequest): string {
  return request.server.config.publicUrl ?? `${request.protocol}://${request.host}`;
}

/** Where the gateway's own asset links may point: the public URL and the host the request used. */
function gatewayBases(request: FastifyRequest): string[] {
  const own = `${request.protocol}://${request.host}`;
  const configured = request.server.config.publicUrl;
  return configured && configured !== own ? [configured, own] : [own];
}

/**
 * The asset id a value names when it is one of the gateway's own references (an id, an
 * `asset://` reference, or a link to `<base>/api/v1/assets/{id}` on one of `bases`, with or
 * without `?exp=&sig=`); undefined for anything else (a foreign URL, a data URI, base64).
 */
export function referencedAssetId(value: string, bases: readonly string[]): string | undefined {
  const text = value.trim();
  if (ASSET_ID_PATTERN.test(text)) return text;
  if (text.startsWith(ASSET_REF)) return text.slice(ASSET_REF.length);
  if (!/^https?:\/\//i.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  for (const base of bases) {
    const at = new URL(base);
    const prefix = `${at.pathname.replace(/\/+$/, '')}${ASSET_PATH}`;
    if (url.origin === at.origin && url.pathname.startsWith(prefix)) return safeDecode(url.pathname.slice(prefix.length));
  }
  return undefined;
}

const safeDecode = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** The same answer for an asset that does not exist and one that belongs to another key. */
const unknownAsset = (loc: (string | number)[], id: string) => new RequestValidationError([{ loc, msg: `unknown asset: ${id.slice(0, 100)}`, type: 'value_error' }]);

/**
 * An asset the caller may use — its own, or in sandbox mode one of the samples — or undefined
 * (none, or another key's: the caller cannot tell which).
 */
async function ownAsset(request: FastifyRequest, id: string): Promise<Asset | undefined> {
  const asset = ASSET_ID_PATTERN.test(id) ? await request.server.assets.get(id) : undefined;
  return asset && mayRead(asset, request.owner, request.server.config.sandbox) ? asset : undefined;
}

/** What a checked media field is, next to the value the job stores. */
export type MediaInfo = Awaited<ReturnType<PrepareContext['mediaInfo']>>;
type Decoded = { known: MediaInfo } | { media: NormalizedMedia; info: Omit<MediaInfo, 'value'> };

/**
 * One media field read and checked: its bytes, real type and (images) size, (videos) what ffmpeg
 * reads of it. For handlers that use the bytes at once (captions, dataset uploads); job
 * operations go through `prepareContext(...).media`, which also keeps the bytes as an asset.
 */
export async function readMedia(
  request: FastifyRequest,
  value: string | Buffer,
  options: MediaFieldOptions & { accept?: readonly string[] },
): Promise<NormalizedMedia & { video?: VideoInfo }> {
  const id = typeof value === 'string' ? referencedAssetId(value, gatewayBases(request)) : undefined;
  const own = id === undefined ? undefined : await ownAsset(request, id);
  if (id !== undefined && !own) throw unknownAsset(options.loc, id);
  const media = await normalizeMedia(own ? (await request.server.assets.load(own.id)).data : value, {
    kind: options.kind,
    field: String(options.loc[options.loc.length - 1]),
    loc: options.loc,
    maxBytes: options.maxBytes,
    accept: options.accept,
    fetch: { allowPrivateNetwork: request.server.config.allowPrivateNetwork },
  });
  if (options.kind !== 'video') return media;
  return { ...media, video: await checkVideo(media, options.loc, options.video) };
}

/** A video's metadata, within the field's limits (422 at `loc` otherwise). */
async function checkVideo(media: NormalizedMedia, loc: (string | number)[], limits: VideoLimits = {}): Promise<VideoInfo> {
  const info = await probeVideo(media.bytes, media.ext);
  const problem = (msg: string) => new RequestValidationError([{ loc, msg, type: 'value_error' }]);
  if (!info) throw problem('the video could not be decoded: no readable video stream');
  const seconds = Math.round(info.durationSeconds * 100) / 100;
  const who = limits.provider ? `${limits.provider} takes` : 'this operation takes';
  if (limits.maxSeconds !== undefined && info.durationSeconds > limits.maxSeconds) {
    throw problem(`the video is ${seconds} s long; ${who} at most ${limits.maxSeconds} s`);
  }
  if (limits.minSeconds !== undefined && info.durationSeconds < limits.minSeconds) {
    throw problem(`the video is ${seconds} s long; ${who} at least ${limits.minSeconds} s`);
  }
  if (limits.maxSide !== undefined && Math.max(info.width, info.height) > limits.maxSide) {
    throw problem(`the video is ${info.width}x${info.height} pixels; ${who} at most ${limits.maxSide} pixels on each side`);
  }
  if (limits.codecs && !limits.codecs.includes(info.codec)) {
    throw problem(`the video is encoded with ${info.codec}; ${who} ${limits.codecs.join(', ')}`);
  }
  return info;
}

/**
 * Whether `provider` can fetch a link to this gateway: yes when VISION_STUDIO_PUBLIC_URL says
 * where the gateway is public, or when the provider is a local emulator (a sandbox twin, or a
 * base URL on loopback: it runs on this host and reaches the gateway the way the caller did).
 */
export function providerReachesGateway(config: Config, sandboxed: ReadonlySet<string>, provider: string): boolean {
  if (config.publicUrl || sandboxed.has(provider)) return true;
  const base = (config.providers as Record<string, { baseUrl?: string } | undefined>)[provider === 'bria-lora' ? 'bria' : provider]?.baseUrl;
  try {
    return base !== undefined && ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(base).hostname);
  } catch {
    return false;
  }
}

/** Whether a provider that only takes URLs can be handed a link to an input: the gateway's, or the S3 store's presigned one. */
const providerCanFetchInputs = (request: FastifyRequest, provider: ProviderName) =>
  providerReachesGateway(request.server.config, request.server.sandboxed, provider) || request.server.assets.blobs.presignedUrl !== undefined;

/** A media field checked and decoded (or known already: a URL passed on, an asset of the caller's). */
async function decodeMedia(request: FastifyRequest, provider: ProviderName, value: string, options: MediaFieldOptions): Promise<Decoded> {
  const { assets, config } = request.server;
  const { kind, loc, passUrl, maxBytes } = options;
  const text = value.trim();
  const id = referencedAssetId(text, gatewayBases(request));
  const external = id === undefined && /^https?:\/\//i.test(text);
  if (options.link && !external && !providerCanFetchInputs(request, provider)) {
    throw new RequestValidationError([
      {
        loc,
        msg:
          `${provider} fetches this input from a URL and cannot reach this gateway: send a public https URL, or set ` +
          'VISION_STUDIO_PUBLIC_URL to the address where the provider can reach the gateway (then the gateway hands it a short-lived signed link), ' +
          'or keep assets in S3 (VISION_STUDIO_ASSET_STORE=s3://…: a presigned link)',
        type: 'value_error',
      },
    ]);
  }
  if (passUrl && external && !options.checkUrl) return { known: { value: text } };
  const own = id === undefined ? undefined : await ownAsset(request, id);
  if (id !== undefined && !own) throw unknownAsset(loc, id);
  // A caller's own asset is read from the store (never over HTTP) and checked like any input.
  const media = await normalizeMedia(own ? (await assets.load(own.id)).data : value, {
    kind,
    field: String(loc[loc.length - 1]),
    loc,
    maxBytes,
    fetch: { allowPrivateNetwork: config.allowPrivateNetwork },
  });
  releaseInlineText(request.body, loc, value);
  const video = kind === 'video' ? await checkVideo(media, loc, options.video) : undefined;
  const info = { mime: media.mime, width: media.width ?? video?.width, height: media.height ?? video?.height, durationSeconds: video?.durationSeconds };
  if (own) return { known: { value: assetRef(own), ...info } };
  if (passUrl && external) return { known: { value: text, ...info } };
  return { media, info };
}

/**
 * What an operation's provider code gets (core/operation.ts HandlerContext): the caller, its
 * settings (its own section of the configuration, core/provider-settings.ts),
 * its resource registry scoped to `provider` (the gateway's own routes pass `gateway`), guarded
 * upstream calls, the request's logger and media intake.
 */
export function handlerContext(request: FastifyRequest, provider: string): HandlerContext {
  const { assets, config, guards } = request.server;
  const owner = request.owner;
  return {
    owner,
    settings: providerSettings(config, provider),
    resources: request.server.resources.scoped(provider, owner),
    guarded: (upstream, call) => guards.run(upstream, call),
    log: request.log,
    read: (value, options) => readMedia(request, value, options),
    keep: (bytes, contentType) => assets.store(owner, bytes, { contentTypeHint: contentType }),
  };
}

/**
 * What a job's request holds until its job is recorded (JobAdmission, src/jobs/http.ts): its
 * place under its key's job limit, and the inputs it kept.
 */
export interface JobIntake {
  /** Takes the request's place under its key's limit: before slow work (see prepareContext). */
  hold(): Promise<void>;
  /** An input kept for the job: its row is written with the job's record, once `stored` (its bytes) settles. */
  keptInput(row: Asset, stored: Promise<void>): void;
}

/** Inline media up to this many characters is read before the key's job slot is taken: decoding it is quick local work. */
const QUICK_INLINE_CHARS = 1024 * 1024;

/** Whether reading a media value is slow work: a fetch (any URL), or large inline media. */
const slowToRead = (value: string) => value.length > QUICK_INLINE_CHARS || /^\s*https?:\/\//i.test(value);

/**
 * What a job-backed operation's `prepare` gets: the handler's context and media intake that keeps
 * what it checks, and tells `inputs` which field each input asset came from (the job's record).
 * With `intake`, the request's place under its key's job limit is taken before any slow work
 * (media fetches, large inline media, uploads, upstream calls: see JobAdmission), and the rows
 * of the inputs it keeps are written with the job's record (one write, and a job never lists an
 * input whose row is missing).
 */
export function prepareContext(request: FastifyRequest, provider: ProviderName, inputs?: InputRecorder, intake?: JobIntake): PrepareContext {
  const { assets } = request.server;
  const owner = request.owner;
  const base = handlerContext(request, provider);
  const after = <T>(work: () => Promise<T>): Promise<T> => (intake ? intake.hold().then(work) : work());
  const keep = keepDecoded(assets, owner, intake);
  // Neither is an async function, and what runs once the media is decoded is built outside this
  // scope: a suspended async frame or a closure here would keep the caller's text (up to tens of
  // MB of base64) alive for as long as the decoded bytes take to be stored.
  const ctx: PrepareContext = {
    ...base,
    guarded: (upstream, call) => after(() => base.guarded(upstream, call)),
    read: (value, options) => after(() => base.read(value, options)),
    keep: (bytes, contentType) => after(() => base.keep(bytes, contentType)),
    media: (value, options) => ctx.mediaInfo(value, options).then(valueOf),
    mediaInfo: (value, options) => {
      const decoded = slowToRead(value) ? after(() => decodeMedia(request, provider, value, options)) : decodeMedia(request, provider, value, options);
      const kept = decoded.then(keep);
      return inputs && !options.derived ? kept.then(recordInput(inputs, inputs.reserve(), options.loc)) : kept;
    },
  };
  return ctx;
}

// biome-ignore lint/suspicious/noShadowRestrictedNames: a module helper (kept outside prepareContext so no closure holds the caller's text), never Object's valueOf
const valueOf = (info: MediaInfo) => info.value;

const keepDecoded =
  (assets: AssetService, owner: string, intake: JobIntake | undefined) =>
  async (decoded: Decoded): Promise<MediaInfo> => {
    if ('known' in decoded) return decoded.known;
    const known = { ...decoded.media, durationSeconds: decoded.info.durationSeconds, width: decoded.info.width, height: decoded.info.height };
    // Read back at once by the job's first step (its upstream request): readSoon.
    const meta = { known, readSoon: true };
    if (!intake) return { value: assetRef(await assets.store(owner, decoded.media.bytes, meta)), ...decoded.info };
    // Stored while the job goes on: its record (and a sync job's upstream call) need not wait for the disk.
    const { row, stored } = await assets.keepBytes(owner, decoded.media.bytes, meta);
    intake.keptInput(row, stored);
    return { value: assetRef(row), ...decoded.info };
  };

const recordInput =
  (inputs: InputRecorder, place: number, loc: (string | number)[]) =>
  (info: MediaInfo): MediaInfo => {
    inputs.fill(place, loc, info.value);
    return info;
  };

/** Texts from this long on are media sent inline (base64), not URLs or ids. */
const INLINE_TEXT_CHARS = 64 * 1024;

/**
 * Drops the request body's copy of a decoded inline media field (the field becomes undefined):
 * the request would otherwise hold that text, up to tens of MB, until it is answered, next to
 * the decoded bytes. Short values (URLs, asset ids) are left as they are.
 */
function releaseInlineText(body: unknown, loc: (string | number)[], value: string): void {
  if (loc[0] !== 'body' || value.length < INLINE_TEXT_CHARS) return;
  const path = loc.slice(1);
  const holder = path.slice(0, -1).reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<string | number, unknown>)[key] : undefined), body);
  const field = path[path.length - 1];
  if (holder && typeof holder === 'object' && (holder as Record<string | number, unknown>)[field] === value) {
    (holder as Record<string | number, unknown>)[field] = undefined;
  }
}
