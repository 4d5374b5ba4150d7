// What one API operation is: its place in the contract (method, path, schemas, docs) and,
// once its provider adapter exists, how it is carried out.
import type { Static, TObject, TSchema } from '@sinclair/typebox';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type { Asset } from '../assets/assets.js';
import type { JobAdapter } from '../jobs/adapter.js';
import type { MediaKind, NormalizedMedia } from './media.js';
import type { VideoInfo } from './video.js';
import type { ProviderSettings } from './provider-settings.js';
import type { ResourceRegistry } from './resources.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A body field's path (property names joined by `.`, `[]` for every item of an array) → its most characters. */
export type TextLimits = Record<string, number>;

/** One operation; `Settings` is what its provider's code reads (`ctx.settings`, core/provider-settings.ts). */
export interface OperationSpec<Settings = any> {
  method: HttpMethod;
  /** OpenAPI form, e.g. `/api/v1/bria/status/{task_id}`. */
  path: string;
  tags: string[];
  summary: string;
  description: string;
  params?: TObject;
  /**
   * The path's last parameter may hold slashes (a model id, `openai/gpt-image-2`): the route
   * answers them sent as they are as well as encoded as `%2F`, as not every client encodes them.
   */
  lastParamTakesRest?: boolean;
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
  /** Content type(s) of the 200 body when it is not JSON (e.g. asset bytes). */
  responseContentType?: string | readonly string[];
  /** Who may call it: an API key (default), anyone (/health), or a key or a signed URL (assets). */
  auth?: 'api-key' | 'none' | 'api-key-or-signature';
  /** Works without the provider's credentials (reading and cancelling existing jobs). */
  withoutCredentials?: boolean;
  /** Runs as a durable job: the handler records it and answers with its result or its task id. */
  job?: JobSpec<any, any, Settings>;
  /**
   * Gateway limits on free-text body fields, in characters, by path (`style.presets[]`: each
   * item of that array): checked after validation, documented as `x-gateway-limits`
   * (core/text-limits.ts fills them in).
   */
  textLimits?: TextLimits;
  /** Carries a non-job operation out; absent until the provider adapter exists (then: 503). */
  handle?: (request: FastifyRequest, reply: FastifyReply, ctx: HandlerContext<Settings>) => Promise<unknown>;
}

/** A job of a provider whose code reads `Settings` (`ctx.settings`: core/provider-settings.ts). */
export interface JobSpec<Body = any, Request = any, Settings = unknown> {
  /** Stable name of the work, stored on the job (e.g. `bria.remove-background`). */
  key: string;
  adapter: JobAdapter<Request, Settings>;
  /**
   * Turns the validated body into the stored job request: cross-field checks (422), media
   * inputs stored as `asset://` references. Default: the body as it is.
   */
  prepare?: (body: Body, ctx: PrepareContext<Settings>) => Promise<Request>;
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
  /**
   * The value is the gateway's own work (a border mask built from the image's size), not what the
   * caller sent at `loc`: the job's record does not name it as that field's input.
   */
  derived?: boolean;
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

/**
 * Runs one upstream call behind the gateway's circuit breaker and bulkhead of `upstream` (a
 * provider name: the one whose account and limits the call uses).
 */
export type CallGuard = <T>(upstream: string, call: () => Promise<T>) => Promise<T>;

/**
 * What an operation's provider code receives about the call besides its body: all it may use of
 * the gateway. Providers never reach the server, the database or the asset store otherwise.
 */
export interface HandlerContext<Settings = unknown> {
  /** The caller: hex SHA-256 of its API key. */
  owner: string;
  /** What the provider may read of the configuration: `ProviderSettings<'bria'>` etc. (core/provider-settings.ts). */
  settings: Settings;
  /**
   * The upstream resources this provider handed to this caller (core/resources.ts): record what
   * the upstream creates, and accept an upstream id only when it is found here.
   */
  resources: ResourceRegistry;
  /** Upstream calls made outside a job (jobs are guarded by the engine). */
  guarded: CallGuard;
  /** The request's logger. */
  log: FastifyBaseLogger;
  /**
   * One media field read and checked (an asset of the caller's is read from the store), not
   * kept: its bytes, for work done at once (e.g. a caption, a mask built from them); videos also
   * what ffmpeg reads of them, within the field's limits.
   */
  read(value: string | Buffer, options: MediaFieldOptions & { accept?: readonly string[] }): Promise<NormalizedMedia & { video?: VideoInfo }>;
  /** Keeps checked bytes as an asset of the caller's (e.g. an upload the caller may refer to later). */
  keep(bytes: Buffer, contentType: string): Promise<Asset>;
}

export interface PrepareContext<Settings = unknown> extends HandlerContext<Settings> {
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
}

export type ProviderName = 'bria' | 'bria-lora' | 'google' | 'openai' | 'firefly' | 'runway' | 'llm';

export interface ProviderModule<P extends ProviderName = ProviderName> {
  name: P;
  /** Human name used in messages. */
  title: string;
  /** Environment variables that configure it, named in the 503 answer when missing. */
  credentials: string;
  /** Whether its credentials are set, from what it reads of the configuration (providerSettings). */
  isConfigured(settings: ProviderSettings<P>): boolean;
  /** Each one's handler or job reads this provider's settings (the route hands it those). */
  operations: OperationSpec<ProviderSettings<P>>[];
}

/** The body type a schema validates (what reaches `prepare` and `handle`); unknown without one. */
export type BodyOf<S> = S extends TSchema ? Static<S> : unknown;

/**
 * The body as the route hands it on: `Static<S>`, with the fields `K` present that the schema
 * gives a `default` (Fastify's validator fills them in; TypeBox's types cannot say so).
 */
export type Validated<S extends TSchema, K extends keyof Static<S> = never> = Static<S> & { [P in K]-?: Exclude<Static<S>[P], undefined> };

/**
 * What a job's body type is checked against: every field of the schema as present (one with a
 * default may be relied on; see Validated), each with the schema's own type.
 */
type CheckedBody<S> = S extends TSchema ? Required<Static<S>> : unknown;

/** A handler whose request body is typed from the operation's schema (Fastify has validated it by then). */
export type TypedHandler<Body, Settings = unknown> = (request: FastifyRequest<{ Body: Body }>, reply: FastifyReply, ctx: HandlerContext<Settings>) => Promise<unknown>;

/**
 * One operation, its job or handler checked against its schema: a job's `prepare`/`sync` must
 * take what `body` validates (`Static<typeof Schema>`, see Validated) and a `handle` gets that
 * body typed, so a schema and the code behind it cannot drift apart unnoticed.
 */
export function defineOperation<S extends TSchema | undefined = undefined, Settings = unknown>(
  spec: Omit<OperationSpec, 'body' | 'job' | 'handle'> & { body?: S; job?: JobSpec<CheckedBody<S>, any, Settings>; handle?: TypedHandler<BodyOf<S>, Settings> },
): OperationSpec<Settings> {
  // The route validates the body against `body` before either runs: the narrower types hold.
  return spec as OperationSpec<Settings>;
}

/**
 * A job spec for a body type (`Validated<typeof Schema, …>`), the stored request's type inferred
 * from `prepare` and the adapter, `Settings` what its code reads (`ctx.settings`):
 * `defineJob<Validated<typeof Schema>, BriaSettings>()({ key, prepare, adapter })`.
 */
export function defineJob<Body, Settings = unknown>() {
  return <Request>(spec: JobSpec<Body, Request, Settings>): JobSpec<Body, Request, Settings> => spec;
}
