// Blob store on S3 or an S3-compatible server (VISION_STUDIO_ASSET_STORE=s3://bucket/prefix).
//
// Settings, from the environment given to openBlobStore:
//   AWS_REGION (or AWS_DEFAULT_REGION; default us-east-1)
//   AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY [/ AWS_SESSION_TOKEN] — used when both are present
//     in that environment; otherwise the SDK's default credential chain (env, profile, SSO, IMDS…)
//   S3_ENDPOINT — a custom endpoint (MinIO, Ceph, s3rver…); then path-style addressing is used.
//
// The SDK (~25 MB, ~200 ms to load) is imported on first use, so gateways on the fs store never pay for it.
import { Readable } from 'node:stream';
import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import {
  BlobRangeError,
  assertValidContentType,
  assertValidKey,
  assertValidRange,
  servedRange,
  type BlobHead,
  type BlobObject,
  type BlobStore,
  type ByteRange,
} from './blob-store.js';

type Sdk = typeof import('@aws-sdk/client-s3');

export interface S3BlobStoreOptions {
  bucket: string;
  /** '' or a key prefix ending with '/'. */
  prefix?: string;
  env?: NodeJS.ProcessEnv;
}

const nonEmpty = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());

/** The S3Client configuration derived from the environment (exported for tests and diagnostics). */
export function s3ClientConfig(env: NodeJS.ProcessEnv): S3ClientConfig {
  const config: S3ClientConfig = {
    region: nonEmpty(env.AWS_REGION) ?? nonEmpty(env.AWS_DEFAULT_REGION) ?? 'us-east-1',
  };
  const accessKeyId = nonEmpty(env.AWS_ACCESS_KEY_ID);
  const secretAccessKey = nonEmpty(env.AWS_SECRET_ACCESS_KEY);
  if (accessKeyId && secretAccessKey) {
    config.credentials = { accessKeyId, secretAccessKey, sessionToken: nonEmpty(env.AWS_SESSION_TOKEN) };
  }
  const endpoint = nonEmpty(env.S3_ENDPOINT);
  if (endpoint) {
    if (!/^https?:\/\/[^/]+/.test(endpoint)) throw new Error(`S3_ENDPOINT must be an http(s) URL, got "${endpoint}"`);
    config.endpoint = endpoint;
    config.forcePathStyle = true;
  }
  return config;
}

interface SdkError {
  name?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
}
const errorName = (err: unknown) => (err as SdkError)?.name ?? (err as SdkError)?.Code;
const httpStatus = (err: unknown) => (err as SdkError)?.$metadata?.httpStatusCode;

export class S3BlobStore implements BlobStore {
  readonly kind = 's3' as const;
  readonly bucket: string;
  readonly prefix: string;
  private readonly config: S3ClientConfig;
  private client?: Promise<{ sdk: Sdk; client: S3Client }>;

  constructor(options: S3BlobStoreOptions) {
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? '';
    if (this.prefix !== '' && !this.prefix.endsWith('/')) this.prefix += '/';
    this.config = s3ClientConfig(options.env ?? process.env);
  }

  private connect(): Promise<{ sdk: Sdk; client: S3Client }> {
    this.client ??= import('@aws-sdk/client-s3').then((sdk) => ({ sdk, client: new sdk.S3Client(this.config) }));
    return this.client;
  }

  /** The object key in the bucket (prefix + validated key). */
  objectKey(key: string): string {
    assertValidKey(key);
    return this.prefix + key;
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const Key = this.objectKey(key);
    assertValidContentType(contentType);
    if (!Buffer.isBuffer(data)) throw new TypeError('blob data must be a Buffer');
    const { sdk, client } = await this.connect();
    await client.send(new sdk.PutObjectCommand({ Bucket: this.bucket, Key, Body: data, ContentType: contentType, ContentLength: data.length }));
  }

  /** A presigned GET link to the object, valid `ttlSeconds` (for a provider that fetches inputs by URL). */
  async presignedUrl(key: string, ttlSeconds: number): Promise<string> {
    const Key = this.objectKey(key);
    const [{ sdk, client }, { getSignedUrl }] = await Promise.all([this.connect(), import('@aws-sdk/s3-request-presigner')]);
    return getSignedUrl(client, new sdk.GetObjectCommand({ Bucket: this.bucket, Key }), { expiresIn: ttlSeconds });
  }

  async get(key: string, range?: ByteRange): Promise<BlobObject | undefined> {
    const Key = this.objectKey(key);
    if (range) assertValidRange(range);
    const { sdk, client } = await this.connect();
    let out;
    try {
      out = await client.send(new sdk.GetObjectCommand({ Bucket: this.bucket, Key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
    } catch (err) {
      if (errorName(err) === 'NoSuchKey') return undefined;
      if (range && (errorName(err) === 'InvalidRange' || httpStatus(err) === 416)) {
        const head = await this.head(key);
        if (!head) return undefined;
        throw new BlobRangeError(key, range, head.size);
      }
      throw err;
    }
    const body = out.Body as Readable | undefined;
    if (!body) throw new Error(`S3 returned no body for "${Key}"`);
    if (!range) return { body, size: out.ContentLength ?? 0, contentType: out.ContentType };
    return this.ranged(key, range, body, out.ContentRange, out.ContentLength, out.ContentType);
  }

  /**
   * Holds S3-compatible servers to the interface's range contract: exactly
   * [start, min(end, size - 1)], BlobRangeError when start >= size. Real S3 does that itself;
   * some servers don't (s3rver serves the whole object for `bytes=0-0` and "206 bytes 0-0/0" for a
   * range on an empty object; proxies may drop Range and answer 200). The served bytes are cut
   * down to the promised ones when they cover them, and refused otherwise.
   */
  private async ranged(
    key: string,
    range: ByteRange,
    body: Readable,
    contentRange: string | undefined,
    contentLength: number | undefined,
    contentType: string | undefined,
  ): Promise<BlobObject> {
    let served: ByteRange;
    let size: number;
    const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(contentRange ?? '');
    if (m) {
      served = { start: Number(m[1]), end: Number(m[2]) };
      size = m[3] === '*' ? ((await this.head(key))?.size ?? served.end + 1) : Number(m[3]);
    } else {
      // Range ignored: the whole object came back.
      size = contentLength ?? 0;
      served = { start: 0, end: size - 1 };
    }
    let want: ByteRange;
    try {
      want = servedRange(key, range, size);
    } catch (error) {
      body.destroy();
      throw error;
    }
    if (served.start > want.start || served.end < want.end) {
      body.destroy();
      throw new Error(`S3 answered bytes ${served.start}-${served.end}/${size} for "${key}" when asked for bytes=${range.start}-${range.end}`);
    }
    const sliced = served.start === want.start && served.end === want.end ? body : sliceStream(body, want.start - served.start, want.end - want.start + 1);
    return { body: sliced, size, range: want, contentType };
  }

  async head(key: string): Promise<BlobHead | undefined> {
    const Key = this.objectKey(key);
    const { sdk, client } = await this.connect();
    try {
      const out = await client.send(new sdk.HeadObjectCommand({ Bucket: this.bucket, Key }));
      return { size: out.ContentLength ?? 0, contentType: out.ContentType };
    } catch (err) {
      // HEAD answers carry no body, so a missing key is a bare 404 ("NotFound").
      if (errorName(err) === 'NotFound' || errorName(err) === 'NoSuchKey' || httpStatus(err) === 404) return undefined;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    const Key = this.objectKey(key);
    const { sdk, client } = await this.connect();
    try {
      await client.send(new sdk.DeleteObjectCommand({ Bucket: this.bucket, Key }));
    } catch (err) {
      if (errorName(err) === 'NoSuchKey') return; // S3 itself answers 204 for absent keys; some servers don't
      throw err;
    }
  }

  async close(): Promise<void> {
    const pending = this.client;
    this.client = undefined;
    if (pending) (await pending).client.destroy();
  }
}

/** `length` bytes of `source` after skipping `skip` bytes; the source is destroyed once they are read. */
function sliceStream(source: Readable, skip: number, length: number): Readable {
  async function* slice() {
    let toSkip = skip;
    let left = length;
    for await (const raw of source) {
      let chunk = raw as Buffer;
      if (toSkip > 0) {
        const n = Math.min(toSkip, chunk.length);
        chunk = chunk.subarray(n);
        toSkip -= n;
      }
      if (chunk.length === 0) continue;
      if (chunk.length >= left) {
        yield chunk.subarray(0, left);
        return; // leaving the loop destroys the source
      }
      left -= chunk.length;
      yield chunk;
    }
    if (left > 0) throw new Error(`S3 body ended ${left} bytes early`);
  }
  return Readable.from(slice(), { objectMode: false });
}
