// Byte storage for the asset store: where output images/videos/audio are kept so that links
// outlive the providers' expiring URLs. Only bytes (and, on S3, the content type as object
// metadata) live here; asset metadata (ids, owners, content type, sha256, dimensions) is kept in
// the database by the asset layer above, which is where readers take the content type from.
//
// Two implementations behind one interface, chosen by VISION_STUDIO_ASSET_STORE:
//   unset / empty          → FsBlobStore, files under `<dataDir>/assets`; given the database,
//                            objects up to 64 KiB go into it instead (SmallBlobsInDatabase)
//   s3://bucket[/prefix]   → S3BlobStore (AWS_REGION, AWS_* credentials, S3_ENDPOINT)
import path from 'node:path';
import type { Readable } from 'node:stream';
import type { Statement, Storage } from '../storage/database.js';
import { SmallBlobsInDatabase } from './db-blobs.js';
import { FsBlobStore } from './fs-store.js';
import { S3BlobStore } from './s3-store.js';

/** An inclusive byte range, like HTTP's `Range: bytes=start-end`. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface BlobObject {
  /**
   * The bytes: the whole object, or only `range` when one was asked for. The caller must
   * consume or destroy it (it holds a file handle / socket until then).
   */
  body: Readable;
  /** Size of the WHOLE object in bytes (also for ranged reads; what goes after `/` in Content-Range). */
  size: number;
  /**
   * Present exactly when a range was requested: the bytes actually returned, inclusive. `end`
   * is clamped to `size - 1` (HTTP semantics), so the body holds `end - start + 1` bytes.
   */
  range?: ByteRange;
  /** Only from a store that keeps it (S3); the file store keeps bytes only. */
  contentType?: string;
}

export interface BlobHead {
  size: number;
  /** Only from a store that keeps it (S3); the file store keeps bytes only. */
  contentType?: string;
}

export interface BlobStore {
  readonly kind: 'fs' | 's3';
  /**
   * Stores (or replaces) the object atomically: readers see the old bytes or the new, never a mix.
   * `contentType` is validated by every store and kept by those that have a place for it (S3).
   */
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  /**
   * Whole object or an inclusive byte range; undefined when absent. A range that starts at or
   * after the end of the object throws BlobRangeError (→ HTTP 416); `end` past the end is clamped.
   */
  get(key: string, range?: ByteRange): Promise<BlobObject | undefined>;
  head(key: string): Promise<BlobHead | undefined>;
  /**
   * The put as a statement of the caller's database transaction, for an object this store keeps
   * in the database (db-blobs.ts); undefined when it must be put() instead.
   */
  putStatement?(key: string, data: Buffer, contentType: string): Statement | undefined;
  /** Removes the object; deleting an absent key is not an error. */
  delete(key: string): Promise<void>;
  /** A link that reads the object without the gateway, valid `ttlSeconds` (stores that can: S3). */
  presignedUrl?(key: string, ttlSeconds: number): Promise<string>;
  close?(): Promise<void>;
}

/** The requested range does not overlap the object (HTTP 416). `size` is the object's size. */
export class BlobRangeError extends Error {
  readonly size: number;
  constructor(key: string, range: ByteRange, size: number) {
    super(`range bytes=${range.start}-${range.end} is not satisfiable for "${key}" (${size} bytes)`);
    this.name = 'BlobRangeError';
    this.size = size;
  }
}

/** A key that is not acceptable to the blob store (see assertValidKey). */
export class InvalidBlobKeyError extends Error {
  constructor(key: unknown, why: string) {
    super(`invalid blob key ${JSON.stringify(typeof key === 'string' ? key.slice(0, 100) : key)}: ${why}`);
    this.name = 'InvalidBlobKeyError';
  }
}

export const MAX_KEY_LENGTH = 1024; // S3's limit, in bytes (keys are ASCII here)
const MAX_SEGMENT_LENGTH = 200; // below the usual 255-byte file-name limit, leaving room for sidecars

/**
 * Keys are relative, `/`-separated paths of `[A-Za-z0-9._-]` segments. No empty segment (so no
 * leading/trailing `/` or `//`) and no segment starting with `.` — that rules out `.` and `..`
 * (nothing can escape the store's root) and reserves dot-names for the fs store's own files
 * (temp files, older versions' content-type sidecars). The same rules apply to both stores, so a key that works
 * with one works with the other.
 */
export function assertValidKey(key: unknown): asserts key is string {
  if (typeof key !== 'string' || key.length === 0) throw new InvalidBlobKeyError(key, 'must be a non-empty string');
  if (key.length > MAX_KEY_LENGTH) throw new InvalidBlobKeyError(key, `longer than ${MAX_KEY_LENGTH} characters`);
  if (!/^[A-Za-z0-9._/-]+$/.test(key)) throw new InvalidBlobKeyError(key, 'only A-Z a-z 0-9 . _ - / are allowed');
  for (const segment of key.split('/')) {
    if (segment === '') throw new InvalidBlobKeyError(key, 'no leading, trailing or double "/"');
    if (segment.startsWith('.')) throw new InvalidBlobKeyError(key, 'no path segment may start with "." (no "." or "..")');
    if (segment.length > MAX_SEGMENT_LENGTH) throw new InvalidBlobKeyError(key, `path segment longer than ${MAX_SEGMENT_LENGTH}`);
  }
}

/** Content types are stored and later sent as a header: printable ASCII, no CR/LF. */
export function assertValidContentType(contentType: unknown): asserts contentType is string {
  if (typeof contentType !== 'string' || !/^[\x21-\x7e][\x20-\x7e]{0,254}$/.test(contentType)) {
    throw new TypeError(`invalid content type ${JSON.stringify(contentType)}: printable ASCII, 1-255 characters`);
  }
}

/**
 * The bytes of `range` an object of `size` bytes serves: `end` clamped to its last byte (HTTP
 * semantics); BlobRangeError when the range starts at or after its end. Every store serves this.
 */
export function servedRange(key: string, range: ByteRange, size: number): ByteRange {
  if (range.start >= size) throw new BlobRangeError(key, range, size);
  return { start: range.start, end: Math.min(range.end, size - 1) };
}

/** Checks the shape of a requested range (not its fit to an object: that is BlobRangeError). */
export function assertValidRange(range: ByteRange): void {
  const { start, end } = range;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid byte range ${JSON.stringify(range)}: need integers 0 <= start <= end`);
  }
}

const ENV_NAME = 'VISION_STUDIO_ASSET_STORE';

/** Parsed `s3://bucket/optional/prefix`; prefix is '' or ends with '/'. */
export interface S3Location {
  bucket: string;
  prefix: string;
}

export function parseS3Spec(spec: string): S3Location {
  const m = /^s3:\/\/([^/?#]*)(?:\/([^?#]*))?$/.exec(spec);
  if (!m) throw new Error(`${ENV_NAME} must be empty (files in the data dir) or s3://bucket[/prefix], got "${spec}"`);
  const bucket = m[1];
  // S3 bucket naming rules (lowercase letters, digits, dots, hyphens; 3-63 characters).
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
    throw new Error(`${ENV_NAME}: "${bucket}" is not a valid S3 bucket name (3-63 of a-z 0-9 . -), in "${spec}"`);
  }
  const prefix = (m[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix !== '') {
    try {
      assertValidKey(prefix);
    } catch (err) {
      throw new Error(`${ENV_NAME}: invalid prefix "${prefix}" in "${spec}": ${(err as Error).message}`);
    }
  }
  return { bucket, prefix: prefix === '' ? '' : `${prefix}/` };
}

/**
 * Opens the blob store named by `spec` (the value of VISION_STUDIO_ASSET_STORE). Cheap and
 * synchronous: nothing is touched until the first call (the S3 SDK is loaded lazily too). With
 * `storage`, the default store keeps small objects in the database (db-blobs.ts). S3 keeps every
 * object: its links can be presigned for providers to read.
 */
export function openBlobStore(spec: string | undefined, dataDir: string, env: NodeJS.ProcessEnv = process.env, storage?: Storage): BlobStore {
  const value = spec?.trim() ?? '';
  if (value === '') {
    const files = new FsBlobStore(path.join(dataDir, 'assets'));
    return storage ? new SmallBlobsInDatabase(storage, files) : files;
  }
  if (/^s3:/i.test(value)) {
    const { bucket, prefix } = parseS3Spec(value);
    return new S3BlobStore({ bucket, prefix, env });
  }
  throw new Error(`${ENV_NAME} must be empty (files in the data dir) or s3://bucket[/prefix], got "${value}"`);
}
