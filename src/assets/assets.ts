// Assets: every output image/video/audio is copied from the upstream into the gateway's blob
// store when its job finishes (upstream links expire), and every media input sent inline is
// kept the same way so a job can be resumed after a restart. Rows hold what a client needs to
// trust the bytes (type sniffed from content, size, sha256, dimensions).
//
// Inside job records and results an asset is written `asset://<id>`; those references become
// signed, expiring gateway URLs only when a response is built, so links never go stale in the
// database and can be handed out again at any time.
import type { UpstreamOutput } from '../jobs/adapter.js';
import { newId } from '../core/ids.js';
import type { ByteSource } from '../core/json-body.js';
import { imageDimensions, sha256Hex, sniffType, type NormalizedMedia } from '../core/media.js';
import { MediaFetchError, safeFetch } from '../core/safe-fetch.js';
import { UpstreamError } from '../core/upstream-error.js';
import { probeAudioDuration, probeVideo } from '../core/video.js';
import type { Statement, Storage } from '../storage/database.js';
import { prepared } from '../storage/prepared.js';
import type { AssetRow } from '../storage/schema.js';
import type { BlobStore } from './blob-store.js';
import { checkAssetSignature, signAssetPath, type AssetSignatureQuery } from './signing.js';

export type Asset = AssetRow;

/** An asset's bytes as a source that can be read (again) from the start. */
export interface AssetSource extends ByteSource {
  contentType: string;
}

export const ASSET_REF = 'asset://';

/** Largest output copied from an upstream (videos are the big ones). */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;
const OUTPUT_FETCH_TIMEOUT_MS = 120_000;
/** How long ffmpeg may take to read an output's length before it is left unknown. */
const PROBE_TIMEOUT_MS = 15_000;

export interface AssetOptions {
  /** HMAC key for signed links, shared by every gateway process (kept in the database). */
  secret: string;
  /** How long a signed link works. */
  urlTtlSeconds: number;
  /** Lets output URLs point at loopback/private hosts (tests and local twins only). */
  allowPrivateNetwork: boolean;
  /** Origins whose output links may be on loopback: the sandbox's own twins. */
  trustedOrigins?: Set<string>;
}

/** How long an input link handed to a provider works: it fetches it when the job starts (or is retried). */
const INPUT_LINK_TTL_S = 3_600;
/** Signed links expire on a whole multiple of this many seconds. */
const LINK_EXPIRY_STEP_S = 60;
const SIGNED_LINK_CACHE_SIZE = 10_000;

/**
 * An input kept for a job (`readSoon`) is read back by the job's first step, in this process and
 * within milliseconds (its upstream request). Up to this size it is handed over from memory then,
 * once: no row read and no file opened again. Larger inputs are streamed from the store anyway.
 */
const RECENT_INPUT_MAX_BYTES = 1024 * 1024;
/** All the inputs held that way, at most (the oldest go first)… */
const RECENT_INPUTS_MAX_BYTES = 16 * 1024 * 1024;
/** …and for at most this long (a job that waits longer for its step reads the store). */
const RECENT_INPUT_MS = 30_000;

/**
 * Where an asset's bytes go: under one of 256 directories (or S3 prefixes), named by the first
 * byte of its random part in hex. Each directory is made once, within a fresh store's first few
 * hundred puts. Before, the first two base64url characters named one of 4,096: a fresh data
 * directory paid a mkdir on most of its first ten thousand puts, a third of a sync answer's CPU
 * in the bench (docs/benchmarks.md). Older assets keep their keys: the row holds the key.
 */
export const storageKeyOf = (id: string) => `${Buffer.from(id.slice(6, 8), 'base64url').toString('hex')}/${id}`;

export class AssetService {
  /** `exp=…&sig=…` per asset id and expiry, oldest dropped first. */
  private readonly signedQueries = new Map<string, string>();
  private readonly queries;
  /** Inputs just kept for a job, by id, oldest first (see RECENT_INPUT_MAX_BYTES). */
  private readonly recentInputs = new Map<string, { row: Asset; bytes: Buffer; at: number }>();
  private recentBytes = 0;

  constructor(
    storage: Storage,
    readonly blobs: BlobStore,
    private readonly options: AssetOptions,
  ) {
    this.queries = {
      insert: prepared(storage, (db, row: Asset) => db.insertInto('assets').values(row)),
      // A deleted asset (retention) does not exist for anything but `purged`.
      get: prepared(storage, (db, id: string) => db.selectFrom('assets').selectAll().where('id', '=', id).where('deleted_at', 'is', null)),
      purged: prepared(storage, (db, id: string) => db.selectFrom('assets').select(['owner', 'deleted_at']).where('id', '=', id).where('deleted_at', 'is not', null)),
    };
  }

  /**
   * Keeps `bytes` as a new asset of `owner`; the type comes from the bytes, the hint only as a
   * fallback. `known` is what normalizeMedia already read from these same bytes (sniffed type,
   * sha256, dimensions): given, nothing is sniffed, hashed or measured again.
   */
  async store(
    owner: string,
    bytes: Buffer,
    meta: { jobId?: string; sourceUrl?: string; contentTypeHint?: string; known?: KnownMedia; id?: string; readSoon?: boolean } = {},
  ): Promise<Asset> {
    const { row, stored } = await this.keepBytes(owner, bytes, meta);
    await stored;
    await this.queries.insert.run(row);
    return row;
  }

  /**
   * The same, the row left for the caller to write (`record`) with what it writes: a job's input,
   * written with the job's record (JobAdmission). `row` comes at once (id chosen, type known),
   * `stored` settles when the bytes are: the row must not be written before (a row never points
   * at bytes that are not there), but a job's upstream call may start meanwhile (`readSoon`: it
   * reads them from memory).
   */
  async keepBytes(owner: string, bytes: Buffer, meta: Parameters<AssetService['store']>[2] = {}): Promise<{ row: Asset; stored: Promise<void> }> {
    const row = await this.describe(owner, bytes, meta);
    if (meta.readSoon) this.remember(row, bytes);
    return { row, stored: this.putBytes(row, bytes) };
  }

  /** Writes the rows of stored bytes (keepBytes) on their own. */
  async recordAll(rows: Asset[]): Promise<void> {
    await Promise.all(rows.map((row) => this.queries.insert.run(row)));
  }

  /** The statement that writes an asset's row (its bytes are stored already: keepBytes, rehost). */
  record(row: Asset): Statement {
    return this.queries.insert.statement(row);
  }

  /** Holds a small input just stored for the step that will read it (source()). */
  private remember(row: Asset, bytes: Buffer): void {
    if (bytes.length > RECENT_INPUT_MAX_BYTES) return;
    const now = Date.now();
    for (const [id, entry] of this.recentInputs) {
      if (this.recentBytes + bytes.length <= RECENT_INPUTS_MAX_BYTES && now - entry.at < RECENT_INPUT_MS) break;
      this.forget(id);
    }
    this.recentInputs.set(row.id, { row, bytes, at: now });
    this.recentBytes += bytes.length;
  }

  private forget(id: string): void {
    const entry = this.recentInputs.get(id);
    if (!entry) return;
    this.recentInputs.delete(id);
    this.recentBytes -= entry.bytes.length;
  }

  /** A small input just stored, once (see RECENT_INPUT_MAX_BYTES), or undefined. */
  private takeRecent(id: string): { row: Asset; bytes: Buffer } | undefined {
    const entry = this.recentInputs.get(id);
    if (!entry) return undefined;
    this.forget(id);
    return Date.now() - entry.at < RECENT_INPUT_MS ? entry : undefined;
  }

  /** The row `bytes` will have as a new asset of `owner` (id chosen, type sniffed), not yet stored. */
  private async describe(
    owner: string,
    bytes: Buffer,
    meta: { jobId?: string; sourceUrl?: string; contentTypeHint?: string; known?: KnownMedia; id?: string; hashWhenStored?: boolean },
  ): Promise<Asset> {
    // A given id is a well-known one (the sandbox's samples, assets/samples.ts).
    const id = meta.id ?? newId('asset');
    const { contentType, width, height, sha256, durationSeconds } = meta.known
      ? { ...meta.known, contentType: meta.known.mime }
      : await describe(bytes, meta.contentTypeHint, !meta.hashWhenStored);
    return {
      id,
      owner,
      job_id: meta.jobId ?? null,
      storage_key: storageKeyOf(id),
      content_type: contentType,
      size: bytes.length,
      sha256,
      width: width ?? null,
      height: height ?? null,
      duration_seconds: durationSeconds ?? null,
      source_url: meta.sourceUrl ?? null,
      created_at: Date.now(),
      deleted_at: null,
    };
  }

  private async putBytes(row: Asset, bytes: Buffer): Promise<void> {
    await this.blobs.put(row.storage_key, bytes, row.content_type);
    // A row described without its hash (rehost: an answer from the bytes goes out first) gets it
    // here, after the blob's first await, when that answer has been written.
    row.sha256 ||= sha256Hex(bytes);
  }

  async get(id: string): Promise<Asset | undefined> {
    return this.queries.get.first(id);
  }

  /** The tombstone of an asset retention deleted (its owner, and when), if it was. */
  async purged(id: string): Promise<{ owner: string; deleted_at: number } | undefined> {
    return this.queries.purged.first(id) as Promise<{ owner: string; deleted_at: number } | undefined>;
  }

  /** The bytes of an input asset, for an adapter building its upstream request. `written`: see source(). */
  async load(id: string, written?: Promise<unknown>): Promise<{ data: Buffer; contentType: string }> {
    const source = await this.source(id, written);
    const chunks: Uint8Array[] = [];
    for await (const chunk of await source.read()) chunks.push(chunk);
    return { data: Buffer.concat(chunks), contentType: source.contentType };
  }

  /**
   * An input asset for streaming it upstream without loading it: its size and type now, and a
   * new read of its bytes on each `read()` (a retried request reads them again). `written`: the
   * write of its row, when that may still be under way (an input kept with its job's record,
   * keepBytes, read by the job's first step while the record is written): its row is read after.
   */
  async source(id: string, written?: Promise<unknown>): Promise<AssetSource> {
    const recent = this.takeRecent(id);
    if (recent) {
      const { row, bytes } = recent;
      return { size: row.size, contentType: row.content_type, bytes, read: async () => [bytes] };
    }
    await written;
    const asset = await this.get(id);
    if (!asset) throw new Error(`asset ${id} is missing from the store`);
    return {
      size: asset.size,
      contentType: asset.content_type,
      read: async () => {
        const object = await this.blobs.get(asset.storage_key);
        if (!object) throw new Error(`asset ${id} is missing from the store`);
        return object.body;
      },
    };
  }

  /**
   * A finished job's outputs, fetched from the upstream where it gave links (they expire) and
   * described (ids chosen), ready to be kept: the job's result and an answer built from the
   * bytes in hand need not wait for the store's write (see JobEngine's answer first).
   */
  async rehost(job: { id: string; owner: string; provider: string }, outputs: UpstreamOutput[]): Promise<RehostedOutputs> {
    const assets: Asset[] = [];
    const bytes: Buffer[] = [];
    for (const output of outputs) {
      if (output.data) {
        // The hash is not needed to answer from these bytes (src/jobs/engine.ts, answer first): it is taken as they are stored.
        assets.push(await this.describe(job.owner, output.data, { jobId: job.id, contentTypeHint: output.contentType, hashWhenStored: true }));
        bytes.push(output.data);
        continue;
      }
      if (!output.url) throw new Error('an upstream output has neither bytes nor a URL');
      const fetched = await this.fetchOutput(job.provider, output.url);
      assets.push(
        await this.describe(job.owner, fetched.bytes, {
          jobId: job.id,
          sourceUrl: output.url,
          contentTypeHint: output.contentType ?? fetched.contentType,
          hashWhenStored: true,
        }),
      );
      bytes.push(fetched.bytes);
    }
    const kept = new Set<string>();
    return {
      assets,
      bytes,
      // Called again after a failure, it stores only what is not stored yet.
      keep: async () => {
        const records: Statement[] = [];
        for (const [i, asset] of assets.entries()) {
          // A small output's bytes go into the database with its row, in the caller's transaction.
          const inline = this.blobs.putStatement?.(asset.storage_key, bytes[i], asset.content_type);
          if (inline) {
            // Hashed now (~20 µs for 28 KB), not after a turn of the event loop as putBytes does: a
            // turn let the caller's next request arrive first, and its job's insert then waited
            // for this step's commit (docs/benchmarks.md, sixth session of 2026-12-04).
            await readPlayingTime(asset, bytes[i]);
            asset.sha256 ||= sha256Hex(bytes[i]);
            records.push(inline);
          } else if (!kept.has(asset.id)) {
            await Promise.all([this.putBytes(asset, bytes[i]), readPlayingTime(asset, bytes[i])]);
            kept.add(asset.id);
          }
          records.push(this.record(asset));
        }
        return records;
      },
    };
  }

  private async fetchOutput(provider: string, url: string) {
    try {
      return await safeFetch(url, {
        maxBytes: MAX_OUTPUT_BYTES,
        timeoutMs: OUTPUT_FETCH_TIMEOUT_MS,
        allowPrivateNetwork: this.options.allowPrivateNetwork || this.isTrusted(url),
      });
    } catch (error) {
      if (!(error instanceof MediaFetchError)) throw error;
      // A link that is refused (private host) or gone (404) will not get better; a timeout or
      // a 5xx may.
      const transient = error.reason === 'timeout' || error.reason === 'network' || (error.status !== undefined && error.status >= 500);
      throw new UpstreamError({
        provider,
        status: error.status,
        code: 'output_unavailable',
        message: `the ${provider} output could not be copied: ${error.message}`,
        retryable: transient,
      });
    }
  }

  private isTrusted(url: string): boolean {
    try {
      return this.options.trustedOrigins?.has(new URL(url).origin) ?? false;
    } catch {
      return false;
    }
  }

  /** Whether `query` (`exp`, `sig`) is a valid, unexpired signed link to asset `id`. */
  isSignedLink(id: string, query: AssetSignatureQuery): boolean {
    return checkAssetSignature(id, query, this.options.secret).ok;
  }

  /** A link that works without a key (e.g. in an <img> tag) until it expires (`ttlSeconds`, default VISION_STUDIO_ASSET_URL_TTL). */
  signedUrl(id: string, baseUrl: string, now = Date.now(), ttlSeconds = this.options.urlTtlSeconds): string {
    // Expiry is rounded up to a whole minute: the same asset shown again within the minute gets
    // the same link (a browser or CDN cache hit) and its signature is computed once.
    const expires = Math.ceil((now / 1000 + ttlSeconds) / LINK_EXPIRY_STEP_S) * LINK_EXPIRY_STEP_S;
    const cacheKey = `${id}.${expires}`;
    let query = this.signedQueries.get(cacheKey);
    if (query === undefined) {
      const { exp, sig } = signAssetPath(id, expires, this.options.secret);
      query = `exp=${exp}&sig=${sig}`;
      if (this.signedQueries.size >= SIGNED_LINK_CACHE_SIZE) this.signedQueries.delete(this.signedQueries.keys().next().value!);
      this.signedQueries.set(cacheKey, query);
    }
    return `${baseUrl}/api/v1/assets/${id}?${query}`;
  }

  /**
   * A short-lived link a provider fetches an input from: a signed gateway link on `baseUrl` when
   * the gateway is reachable there, else the store's own presigned link (S3).
   */
  async inputLink(id: string, baseUrl: string | undefined, ttlSeconds = INPUT_LINK_TTL_S): Promise<string> {
    if (baseUrl) return this.signedUrl(id, baseUrl, Date.now(), ttlSeconds);
    const asset = await this.get(id);
    if (!asset || !this.blobs.presignedUrl) throw new Error(`asset ${id} cannot be linked: no reachable gateway URL and no presigning store`);
    return this.blobs.presignedUrl(asset.storage_key, ttlSeconds);
  }

  /**
   * The uniform description of some of the caller's assets (a job's outputs, in order): id,
   * signed link, type and size. An id no longer in the store is left out. `stored`: rows this
   * process has just stored (a job's outputs, for the answer to its waiting caller), not read again.
   */
  async outputs(ids: string[], baseUrl: string, stored?: Asset[]): Promise<OutputItem[]> {
    const known = new Map(stored?.map((row) => [row.id, row]));
    const rows = await Promise.all(ids.map((id) => known.get(id) ?? this.get(id)));
    return rows
      .filter((row): row is Asset => row !== undefined)
      .map((row) => ({
        asset_id: row.id,
        url: this.signedUrl(row.id, baseUrl),
        content_type: row.content_type,
        width: row.width,
        height: row.height,
        duration_seconds: row.duration_seconds,
      }));
  }

  /** Replaces every `asset://id` string inside `value` with a signed gateway URL. */
  present<T>(value: T, baseUrl: string): T {
    const walk = (v: unknown): unknown => {
      if (typeof v === 'string') return v.startsWith(ASSET_REF) ? this.signedUrl(v.slice(ASSET_REF.length), baseUrl) : v;
      if (Array.isArray(v)) return v.map(walk);
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
      return v;
    };
    return walk(value) as T;
  }
}

/** A finished job's outputs in hand, in order: their rows-to-be, their bytes, and how to store them. */
export interface RehostedOutputs {
  assets: Asset[];
  bytes: Buffer[];
  /**
   * Stores the bytes of the outputs not stored yet (it may be called again after it failed), and
   * resolves with the statements that record their rows: the engine writes them in one
   * transaction with the job's end, so the rows exist exactly when the job says it succeeded.
   */
  keep(): Promise<Statement[]>;
}

/** One output of a job as every answer carrying a job lists it (`outputs`). */
export interface OutputItem {
  asset_id: string;
  url: string;
  content_type: string;
  width: number | null;
  height: number | null;
  duration_seconds: number | null;
}

/** The asset ids `value` refers to (`asset://id` strings anywhere inside it), first seen first, once each. */
export function assetRefsIn(value: unknown): string[] {
  const ids = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.startsWith(ASSET_REF)) ids.add(v.slice(ASSET_REF.length));
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(value);
  return [...ids];
}

export const assetRef = (asset: Pick<Asset, 'id'>): string => `${ASSET_REF}${asset.id}`;

/** What the media layer already knows about some bytes (a NormalizedMedia fits). */
export type KnownMedia = Pick<NormalizedMedia, 'mime' | 'sha256' | 'width' | 'height'> & { durationSeconds?: number };

/** Type (sniffed; the hint only as a fallback), sha256 (unless `hash` is false: '') and, for images, dimensions of some bytes. */
async function describe(bytes: Buffer, contentTypeHint: string | undefined, hash = true) {
  const sniffed = await sniffType(bytes);
  // file-type calls any document with an XML declaration application/xml, SVG images included.
  const mime = sniffed?.mime === 'application/xml' && isSvgDocument(bytes) ? 'image/svg+xml' : sniffed?.mime;
  const hinted = contentTypeHint?.split(';')[0].trim();
  const contentType = mime ?? (hinted && /^[\w.+-]+\/[\w.+-]+$/.test(hinted) ? hinted : 'application/octet-stream');
  const size = contentType.startsWith('image/') ? await imageDimensions(bytes) : undefined;
  return { contentType, width: size?.width, height: size?.height, sha256: hash ? sha256Hex(bytes) : '', durationSeconds: undefined };
}

/**
 * Fills a video's or audio's length (and a video's size) into its row, read with ffmpeg while the
 * bytes are stored: providers do not say them for their outputs, and a client listing a job's
 * outputs expects them. Left null when ffmpeg cannot read the bytes in time; the output is kept either way.
 */
async function readPlayingTime(row: Asset, bytes: Buffer): Promise<void> {
  const kind = row.content_type.split('/')[0];
  if (row.duration_seconds !== null || (kind !== 'video' && kind !== 'audio')) return;
  const signal = AbortSignal.timeout(PROBE_TIMEOUT_MS);
  try {
    // ffmpeg is given the sniffed type's extension, as uploads give it.
    const ext = (await sniffType(bytes))?.ext ?? 'mp4';
    if (kind === 'audio') {
      row.duration_seconds = (await probeAudioDuration(bytes, ext, signal)) ?? null;
      return;
    }
    const video = await probeVideo(bytes, ext, signal);
    if (!video) return;
    row.duration_seconds = video.durationSeconds;
    row.width ??= video.width;
    row.height ??= video.height;
  } catch {
    // ffmpeg missing, killed at the deadline, or the temp file not written: the length stays unknown.
  }
}

/** An XML document whose root element is `<svg>` (after the declaration, comments and a doctype). */
function isSvgDocument(bytes: Buffer): boolean {
  const head = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  return /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head);
}
