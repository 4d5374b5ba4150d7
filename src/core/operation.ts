// What one API operation is: its place in the contract (method, path, schemas, docs) and,
// once its provider adapter exists, how it is carried out.
import type { TObject, TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import type { JobAdapter } from '../jobs/adapter.js';
import type { MediaKind, NormalizedMedia } from './media.js';
import type { ResourceRegistry } from './resources.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A body field's path (property names joined by `.`, `[]` for every item of an array) → its most characters. */
export type TextLimits = Record<string, number>;

export interface OperationSpec {
  method: HttpMethod;
  /** OpenAPI form, e.g. `/api/v1/bria/status/{task_id}`. */
  path: string;
  tags: string[];
  summary: string;
  description: string;
  params?: TObject;
  query?: TObject;
  /** `application/json` request body. */
  body?: TSchema;
  /** `multipart/form-data` request body (documented here; parts are checked by the handler). */
  multipart?: TObject;
  /** Also takes the raw bytes as the body, with their media Content-Type (image/*, video/*, audio/*); the handler reads either form. */
  rawMediaBody?: boolean;
  /** A JSON body that works (in sandbox mode too), where the schema's own examples do not make one. */
  example?: Record<string, unknown>;
  /** The handler reads the multipart parts itself (repeated parts, JSON or multipart bodies). */
  readsOwnParts?: boolean;
  /** Schema of the 200 response. */
  response: TSchema;
  /** Content type of the 200 body when it is not JSON (e.g. asset bytes). */
  responseContentType?: string;
  /** Who may call it: an API key (default), anyone (/health), or a key or a signed URL (assets). */
  auth?: 'api-key' | 'none' | 'api-key-or-signature';
  /** Works without the provider's credentials (reading and cancelling existing jobs). */
  withoutCredentials?: boolean;
  /** Runs as a durable job: the handler records it and answers with its result or its task id. */
  job?: JobSpec;
  /**
   * Gateway limits on free-text body fields, in characters, by path (`style.presets[]`: each
   * item of that array): checked after validation, documented as `x-gateway-limits`
   * (core/text-limits.ts fills them in).
   */
  textLimits?: TextLimits;
  /** Carries a non-job operation out; absent until the provider adapter exists (then: 503). */
  handle?: (request: FastifyRequest, reply: FastifyReply, ctx: HandlerContext) => Promise<unknown>;
}

export interface JobSpec<Body = any, Request = any> {
  /** Stable name of the work, stored on the job (e.g. `bria.remove-background`). */
  key: string;
  adapter: JobAdapter<Request>;
  /**
   * Turns the validated body into the stored job request: cross-field checks (422), media
   * inputs stored as `asset://` references. Default: the body as it is.
   */
  prepare?: (body: Body, ctx: PrepareContext) => Promise<Request>;
  /** Whether the caller asked to wait for the result (default: the body's `sync`, else false). */
  sync?: (body: Body) => boolean;
  /** Where the caller polls: default `/api/v1/jobs/{id}`. */
  statusPath?: (jobId: string) => string;
}

export interface MediaFieldOptions {
  kind: MediaKind;
  /** Error location, e.g. ['body', 'image']. */
  loc: (string | number)[];
  /** The upstream fetches URLs itself: an http(s) URL is passed on unfetched. */
  passUrl?: boolean;
  /** With `passUrl`: the URL is still fetched and checked (type, size, video limits) before it is passed on. */
  checkUrl?: boolean;
  /**
   * The upstream takes this field only as a URL it fetches: media the gateway holds are handed
   * over as a short-lived signed link when the job starts (`StepContext.assetUrl`), so the
   * provider must be able to reach the gateway (else 422 saying how: VISION_STUDIO_PUBLIC_URL).
   */
  link?: boolean;
  /** Largest input the upstream takes for this field, in bytes (e.g. an inline data-URI limit); default: the kind's limit. */
  maxBytes?: number;
  /** Videos: the provider's limits, checked on ffmpeg's reading of the file. */
  video?: VideoLimits;
}

export interface VideoLimits {
  /** Named in the message, e.g. "Runway". */
  provider?: string;
  minSeconds?: number;
  maxSeconds?: number;
  /** Largest width or height in pixels. */
  maxSide?: number;
  /** ffmpeg's codec names, e.g. ['h264', 'vp9']. */
  codecs?: string[];
}

/** What an operation's provider code receives about the call besides its body. */
export interface HandlerContext {
  /** The caller: hex SHA-256 of its API key. */
  owner: string;
  config: Config;
  /**
   * The upstream resources this provider handed to this caller (core/resources.ts): record what
   * the upstream creates, and accept an upstream id only when it is found here.
   */
  resources: ResourceRegistry;
}

export interface PrepareContext extends HandlerContext {
  /**
   * One media field (URL, data URI, base64, or an asset of the caller's: `asset_…`, `asset://…`, a
   * gateway asset link): checked (real
   * type, size, pixels) and kept as an input asset. Returns the value the job stores: an
   * `asset://` reference, or the URL itself with `passUrl`. Bad input → 422 at `loc`.
   */
  media(value: string, options: MediaFieldOptions): Promise<string>;
  /**
   * `media`, plus what the checked media is: its sniffed type and (images) pixel size, for
   * checks and computations that need them before the job is accepted (e.g. an output-size
   * limit, a mask built to the image's size). A URL passed on with `passUrl` is not fetched,
   * so it comes back without them.
   */
  mediaInfo(value: string, options: MediaFieldOptions): Promise<{ value: string; mime?: string; width?: number; height?: number; durationSeconds?: number }>;
  /** One media field read and checked, not kept: its bytes, for work done before the job (e.g. a mask built from them). */
  read(value: string, options: MediaFieldOptions & { accept?: readonly string[] }): Promise<NormalizedMedia>;
}

export type ProviderName = 'bria' | 'bria-lora' | 'google' | 'openai' | 'firefly' | 'runway' | 'llm';

export interface ProviderModule {
  name: ProviderName;
  /** Human name used in messages. */
  title: string;
  /** Environment variables that configure it, named in the 503 answer when missing. */
  credentials: string;
  isConfigured(config: Config): boolean;
  operations: OperationSpec[];
}
