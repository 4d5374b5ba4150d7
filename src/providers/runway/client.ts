// Runway's wire protocol through the official SDK (@runwayml/sdk 4.20, runwayml/sdk-node):
// base URL from config (RUNWAY_BASE_URL, default https://api.dev.runwayml.com), auth
// `Authorization: Bearer <RUNWAYML_API_SECRET>` and the required `X-Runway-Version: 2024-11-06`
// header, both added by the SDK (client.js `authHeaders()` and `buildHeaders()`; the version is
// pinned here rather than left to the SDK's default). Every generation is a task: a create
// call answers `{id}`, GET /v1/tasks/{id} reports PENDING / THROTTLED / RUNNING / SUCCEEDED /
// FAILED / CANCELLED, DELETE /v1/tasks/{id} cancels a running task or deletes a finished one.
//
// The gateway's job engine owns retries and polling, so the SDK's own are off: `maxRetries: 0`
// (the SDK would otherwise resend 408/409/429/5xx twice, creates included) and only `create`,
// `tasks.retrieve` and `tasks.delete` are used — never `waitForTaskOutput`, which sleeps and
// polls inside the call. Upstream answers are checked with TypeBox at this boundary, and every
// failure becomes one `UpstreamError` (docs.dev.runwayml.com/errors: 400 {"error": "..."},
// 401, 404, 405 are final; 429 and 502–504 are transient).
import type RunwayML from '@runwayml/sdk';
import { Type, type Static } from '@sinclair/typebox';
import type { ConfigSection, ProviderSettings } from '../../core/provider-settings.js';
import { classifyUpstreamFailure, COMMON_STATUS_CODES, sdkFailure, type StatusCodes } from '../../core/upstream.js';
import { checkedAnswer, UpstreamError } from '../../core/upstream-error.js';

export const PROVIDER = 'runway';

/** The API version the gateway is written against (docs.dev.runwayml.com/api-details/versioning). */
export const RUNWAY_API_VERSION = '2024-11-06';

/** What a create call answers (the SDK's `*CreateResponse`: `{id, estimatedCost}`). */
export const RunwayCreated = Type.Object({ id: Type.String({ minLength: 1 }) });

/**
 * GET /v1/tasks/{id} (the SDK's `TaskRetrieveResponse` union, read leniently: unknown fields pass).
 * `status` is any word, not only the SDK's PENDING, THROTTLED, RUNNING, SUCCEEDED, FAILED and
 * CANCELLED: one Runway adds later (as it added THROTTLED) must not fail a task that may still
 * succeed; the adapter treats it as not finished yet.
 */
export const RunwayTask = Type.Object({
  id: Type.String(),
  status: Type.String({ minLength: 1 }),
  createdAt: Type.Optional(Type.String()),
  progress: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()])),
  output: Type.Optional(Type.Union([Type.Array(Type.String()), Type.Null()])),
  failure: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  failureCode: Type.Optional(Type.Union([Type.String(), Type.Null()])),
});
export type RunwayTask = Static<typeof RunwayTask>;

/** The create endpoints the gateway uses, with the SDK's own request type for each. */
export interface RunwayCreateParams {
  '/v1/text_to_image': RunwayML.TextToImageCreateParams;
  '/v1/image_to_video': RunwayML.ImageToVideoCreateParams;
  '/v1/text_to_video': RunwayML.TextToVideoCreateParams;
  '/v1/character_performance': RunwayML.CharacterPerformanceCreateParams;
  '/v1/video_to_video': RunwayML.VideoToVideoCreateParams;
  '/v1/video_upscale': RunwayML.VideoUpscaleCreateParams;
  '/v1/text_to_speech': RunwayML.TextToSpeechCreateParams;
}
export type RunwayEndpoint = keyof RunwayCreateParams;

type RunwayModule = typeof import('@runwayml/sdk');
let sdkModule: Promise<RunwayModule> | undefined;

/** The SDK, loaded on first use: it is a large module that serving /health never needs. */
function runwayModule(): Promise<RunwayModule> {
  return (sdkModule ??= import('@runwayml/sdk'));
}

/** What Runway's operations read of the configuration (`ctx.settings`): its section, and pollMaxMs to pace polls. */
export type RunwaySettings = ProviderSettings<'runway'>;

export interface RunwayClientConfig {
  apiSecret: string;
  baseUrl: string;
  /** Per-call deadline (the SDK's `timeout`). */
  timeoutMs?: number;
}

/** Runway's 4xx as the gateway names them. */
const RUNWAY_CODES: StatusCodes = { ...COMMON_STATUS_CODES, 405: 'method_not_allowed', 413: 'input_too_large' };

/** Runway's error body: {"error": "..."} (sometimes with validation `issues`). */
function saidBy(body: unknown): string {
  const b = body as { error?: unknown; issues?: unknown; message?: unknown } | undefined;
  const parts: string[] = [];
  if (typeof b?.error === 'string') parts.push(b.error);
  else if (typeof b?.message === 'string') parts.push(b.message);
  if (Array.isArray(b?.issues)) {
    for (const issue of b.issues.slice(0, 5)) {
      const i = issue as { message?: unknown; path?: unknown };
      if (typeof i?.message !== 'string') continue;
      parts.push(Array.isArray(i.path) && i.path.length > 0 ? `${i.path.join('.')}: ${i.message}` : i.message);
    }
  }
  return parts.join('; ').slice(0, 500);
}

function messageOf(status: number, body: unknown): string {
  if (status === 401 || status === 403) return "Runway refused the gateway's API secret (check RUNWAYML_API_SECRET)";
  const said = saidBy(body);
  return `Runway answered ${status}${said ? `: ${said}` : ''}`;
}

/**
 * One SDK failure as an UpstreamError. `idempotent` says whether sending the call again is safe
 * (GET/DELETE of a task are; creates are not, Runway has no idempotency key).
 */
export function toUpstreamError(error: unknown, idempotent: boolean, sdk: RunwayModule): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const failure = sdkFailure(error, sdk);
  if (failure) return classifyUpstreamFailure(failure, { provider: PROVIDER, title: 'Runway', idempotent, codes: RUNWAY_CODES, explain: messageOf });
  return new UpstreamError({
    provider: PROVIDER,
    code: 'upstream_error',
    message: `Runway call failed: ${(error as Error)?.message ?? String(error)}`,
    retryable: false,
  });
}

const checked = <T extends typeof RunwayCreated | typeof RunwayTask>(schema: T, body: unknown): Static<T> =>
  checkedAnswer(schema, body, { provider: PROVIDER, upstream: 'Runway' });

export class RunwayClient {
  private client: Promise<RunwayML> | undefined;

  constructor(private readonly config: RunwayClientConfig) {}

  /** The client for the gateway's Runway settings (`RUNWAYML_API_SECRET`, `RUNWAY_BASE_URL`). */
  static fromSettings({ apiSecret, baseUrl }: ConfigSection<'runway'>): RunwayClient {
    if (!apiSecret) throw new Error('RUNWAYML_API_SECRET is not set');
    return new RunwayClient({ apiSecret, baseUrl });
  }

  private sdk(): Promise<RunwayML> {
    return (this.client ??= runwayModule().then(
      ({ default: RunwayML }) =>
        new RunwayML({
          apiKey: this.config.apiSecret,
          baseURL: this.config.baseUrl.replace(/\/+$/, ''),
          runwayVersion: RUNWAY_API_VERSION,
          maxRetries: 0,
          timeout: this.config.timeoutMs ?? 60_000,
          // The SDK's logger would print request URLs and retries on stdout; the gateway logs itself.
          logLevel: 'off',
        }),
    ));
  }

  /** Runs one SDK call; its failure leaves as an UpstreamError (the SDK is loaded by then). */
  private async call<T>(idempotent: boolean, run: (sdk: RunwayML) => Promise<T>): Promise<T> {
    const sdk = await this.sdk();
    try {
      return await run(sdk);
    } catch (error) {
      throw toUpstreamError(error, idempotent, await runwayModule());
    }
  }

  /** One create call (POST <endpoint>): the new task's id. */
  async create<E extends RunwayEndpoint>(endpoint: E, body: RunwayCreateParams[E], signal?: AbortSignal): Promise<string> {
    const options = { signal };
    return this.call(false, async (sdk) => {
      const answer = await (() => {
        switch (endpoint) {
          case '/v1/text_to_image':
            return sdk.textToImage.create(body as RunwayML.TextToImageCreateParams, options);
          case '/v1/image_to_video':
            return sdk.imageToVideo.create(body as RunwayML.ImageToVideoCreateParams, options);
          case '/v1/text_to_video':
            return sdk.textToVideo.create(body as RunwayML.TextToVideoCreateParams, options);
          case '/v1/character_performance':
            return sdk.characterPerformance.create(body as RunwayML.CharacterPerformanceCreateParams, options);
          case '/v1/video_to_video':
            return sdk.videoToVideo.create(body as RunwayML.VideoToVideoCreateParams, options);
          case '/v1/video_upscale':
            return sdk.videoUpscale.create(body as RunwayML.VideoUpscaleCreateParams, options);
          case '/v1/text_to_speech':
            return sdk.textToSpeech.create(body as RunwayML.TextToSpeechCreateParams, options);
          default:
            throw new Error(`unknown Runway endpoint ${String(endpoint)}`);
        }
      })();
      return checked(RunwayCreated, answer).id;
    });
  }

  /**
   * An ephemeral upload (POST /v1/uploads, then the bytes to the presigned storage form it
   * answers; the SDK's uploads.createEphemeral): the `runway://` URI generations take.
   */
  async upload(bytes: Buffer, filename: string, contentType: string, signal?: AbortSignal): Promise<string> {
    return this.call(false, async (sdk) => {
      const answer = await sdk.uploads.createEphemeral({ file: new File([bytes], filename, { type: contentType }) }, { signal });
      if (typeof answer?.uri !== 'string' || !answer.uri.startsWith('runway://')) {
        throw new UpstreamError({ provider: PROVIDER, code: 'bad_upstream_response', message: 'Runway answered an upload without a runway:// URI', retryable: false });
      }
      return answer.uri;
    });
  }

  /** GET /v1/tasks/{id}. */
  async task(id: string, signal?: AbortSignal): Promise<RunwayTask> {
    return this.call(true, async (sdk) => checked(RunwayTask, await sdk.tasks.retrieve(id, { signal })));
  }

  /** DELETE /v1/tasks/{id}: cancels a task that has not finished, deletes a finished one (204). */
  async deleteTask(id: string, signal?: AbortSignal): Promise<void> {
    await this.call(true, (sdk) => sdk.tasks.delete(id, { signal }));
  }
}
