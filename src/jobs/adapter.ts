// What a provider adapter implements for the job layer: one start, one poll,
// one cancel. It never sleeps, loops or retries: the engine owns polling, backoff, timeouts,
// retries and state.
import type { Asset, AssetSource } from '../assets/assets.js';
import type { Config } from '../config.js';
import { InlineBase64 } from '../core/json-body.js';

/** One output of a finished upstream job, before it is copied into the asset store. */
export interface UpstreamOutput {
  /** Where to fetch it (expiring upstream link)… */
  url?: string;
  /** …or the bytes themselves (providers that answer inline, e.g. base64). */
  data?: Buffer;
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

export interface StepContext {
  jobId: string;
  owner: string;
  /** The gateway's configuration (provider credentials and base URLs). */
  config: Config;
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
}

export interface JobAdapter<Request = any> {
  start(request: Request, ctx: StepContext): Promise<StepOutcome>;
  poll(upstreamId: string, request: Request, ctx: StepContext): Promise<StepOutcome>;
  cancel?(upstreamId: string, ctx: StepContext): Promise<void>;
  /** The caller-facing result, from the outputs now held as gateway assets. */
  result(assets: Asset[], data: Record<string, unknown>, request: Request): unknown;
}

/**
 * A stored media value as a JSON upstream wants it: `asset://` references become base64, written
 * while the body is sent (serialise the body with jsonPayload); URLs stay URLs.
 */
export async function mediaAsBase64(ctx: StepContext, value: string): Promise<string | InlineBase64> {
  if (!value.startsWith('asset://')) return value;
  return new InlineBase64(await ctx.assetSource(value.slice('asset://'.length)));
}
