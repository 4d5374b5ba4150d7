// What a provider adapter implements for the job layer: one start, one poll,
// one cancel. It never sleeps, loops or retries: the engine owns polling, backoff, timeouts,
// retries and state.
import { ASSET_REF, type Asset, type AssetSource } from '../assets/assets.js';
import { InlineBase64 } from '../core/json-body.js';

/** One output of a finished upstream job, before it is copied into the asset store. */
export interface UpstreamOutput {
  /** Where to fetch it (expiring upstream link)… */
  url?: string;
  /** …or the bytes themselves (providers that answer inline, e.g. base64). */
  data?: Buffer;
  /**
   * `data` in standard base64 as the upstream sent it, when it did: an answer that carries
   * base64 (OpenAI's b64_json) reuses it instead of encoding the bytes again (~1.4 MB per image).
   */
  base64?: string;
  contentType?: string;
}

export interface JobErrorInfo {
  code: string;
  message: string;
  upstream_status?: number;
}

export type StepOutcome =
  | { kind: 'pending'; upstreamId: string; upstreamStatus?: string; progress?: number; pollAfterMs?: number }
  | {
      kind: 'done';
      outputs: UpstreamOutput[];
      data?: Record<string, unknown>;
      upstreamId?: string;
      upstreamStatus?: string;
      /** The provider's own usage figures for the job, when it reports them (e.g. OpenAI's tokens). */
      usage?: Record<string, unknown>;
    }
  | { kind: 'failed'; error: JobErrorInfo; upstreamId?: string; upstreamStatus?: string };

export interface StepContext<Settings = unknown> {
  jobId: string;
  owner: string;
  /** What the job's provider may read of the configuration (core/provider-settings.ts): its credentials and base URLs. */
  settings: Settings;
  /** Input media the request referred to (`asset://id`), as bytes. */
  loadAsset(id: string): Promise<{ data: Buffer; contentType: string }>;
  /** The same, unread: for streaming large media into an upstream request. */
  assetSource(id: string): Promise<AssetSource>;
  /**
   * A short-lived link to an input asset for a provider that only fetches URLs (media fields
   * prepared with `link`): signed, on the gateway origin the job came in through, or the S3
   * store's presigned link when the provider cannot reach the gateway.
   */
  assetUrl(id: string): Promise<string>;
  signal: AbortSignal;
  /**
   * A caller of this process is waiting for the job's result (a sync request): a start may use
   * the provider's own synchronous mode, one call that answers with the result instead of a
   * submit and polls. Absent or false: the provider's asynchronous protocol.
   */
  awaited?: boolean;
}

export interface JobAdapter<Request = any, Settings = any> {
  // Properties, not methods: checked strictly, so an adapter reading one provider's settings
  // cannot be attached to a job whose settings are another's.
  start: (request: Request, ctx: StepContext<Settings>) => Promise<StepOutcome>;
  poll: (upstreamId: string, request: Request, ctx: StepContext<Settings>) => Promise<StepOutcome>;
  cancel?: (upstreamId: string, ctx: StepContext<Settings>) => Promise<void>;
  /** The caller-facing result, from the outputs now held as gateway assets. */
  result(assets: Asset[], data: Record<string, unknown>, request: Request): unknown;
}

// A job stores the upstream request with its media as `asset://id` references to the caller's
// checked inputs (PrepareContext.media), or as URLs (and gs:// URIs) passed on unfetched. The
// helpers below are the one way an adapter turns those back into what its upstream takes.

/** The asset id a stored media value refers to (`asset://id`); undefined for a URL passed on as it is. */
export function storedAssetId(value: string): string | undefined {
  return value.startsWith(ASSET_REF) ? value.slice(ASSET_REF.length) : undefined;
}

/** A stored `asset://` media value's bytes and type. */
export async function mediaBytes(ctx: StepContext, value: string): Promise<{ data: Buffer; contentType: string }> {
  const id = storedAssetId(value);
  if (id === undefined) throw new Error('expected an asset:// reference to an input');
  return ctx.loadAsset(id);
}

/**
 * A stored media value as a JSON upstream wants it: `asset://` references become base64, written
 * while the body is sent (serialise the body with jsonPayload); URLs stay URLs.
 */
export async function mediaAsBase64(ctx: StepContext, value: string): Promise<string | InlineBase64> {
  const id = storedAssetId(value);
  return id === undefined ? value : new InlineBase64(await ctx.assetSource(id));
}

/** A stored media value as a link the upstream fetches (fields prepared with `link`): `asset://` references become short-lived signed links; URLs stay URLs. */
export async function mediaAsLink(ctx: StepContext, value: string): Promise<string> {
  const id = storedAssetId(value);
  return id === undefined ? value : ctx.assetUrl(id);
}
