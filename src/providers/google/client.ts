// Google's wire protocol, through the official SDK (@google/genai 2.x, googleapis/js-genai).
//
// Two backends, one SDK:
// - Vertex AI (`new GoogleGenAI({vertexai: true, project, location, googleAuthOptions})`):
//   OAuth Bearer tokens from google-auth-library (a service account, or any credential in
//   GOOGLE_APPLICATION_CREDENTIALS, e.g. an `external_account` whose STS `token_url` it calls);
//   paths `/v1beta1/projects/{p}/locations/{l}/publishers/google/models/{m}:predict`,
//   `:predictLongRunning`, `:fetchPredictOperation`, `:generateContent`. Imagen and Veo run
//   here only: the 2.x SDK refuses generateImages/editImage on the Gemini API client-side
//   (dist/node/index.mjs generateImagesInternal/editImageInternal: "only supported by the
//   Gemini Enterprise Agent Platform (previously known as Vertex AI)").
// - The Gemini API (`new GoogleGenAI({apiKey})`): header `x-goog-api-key`, path
//   `/v1beta/models/{m}:generateContent`. Used for Gemini image generation when GEMINI_API_KEY
//   is set.
// GOOGLE_GENAI_BASE_URL is the SDK's `httpOptions.baseUrl` for both. Errors come back as the
// SDK's ApiError, whose message is Google's body `{"error":{code, message, status, details}}`.
// Every failure leaves here as an UpstreamError; the SDK's own retries stay off (the job
// engine owns retrying), and no credential ever reaches a message.
import { createHash } from 'node:crypto';
import type { EditImageParameters, GenerateContentParameters, GenerateImagesParameters, GenerateVideosParameters, GoogleGenAI } from '@google/genai';
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import type { ConfigSection, ProviderSettings } from '../../core/provider-settings.js';
import { classifyUpstreamFailure, withModelFallback, type UpstreamFailure } from '../../core/upstream.js';
import { checkedAnswer, UpstreamError } from '../../core/upstream-error.js';

export const PROVIDER = 'google';

/** Which Google endpoint family a call goes to. */
export type Backend = 'vertex' | 'gemini-api';

export type GoogleConfig = ConfigSection<'google'>;
/** What Google's operations read of the configuration (`ctx.settings`). */
export type GoogleSettings = ProviderSettings<'google'>;

export type GenaiModule = typeof import('@google/genai');
let sdkModule: Promise<GenaiModule> | undefined;

/** The SDK, loaded on first use: it is a large module that serving /health never needs. */
export function genaiModule(): Promise<GenaiModule> {
  return (sdkModule ??= import('@google/genai'));
}

export const vertexConfigured = (google: GoogleConfig) => Boolean(google.project && google.location);
export const geminiApiConfigured = (google: GoogleConfig) => Boolean(google.apiKey);

/** Per-call deadline when the step's own signal does not end it first. */
const CALL_TIMEOUT_MS = 120_000;

// ---- Upstream answers, checked at the boundary (only the parts the gateway reads) ----

const Blob = Type.Object({ imageBytes: Type.Optional(Type.String()), mimeType: Type.Optional(Type.String()), gcsUri: Type.Optional(Type.String()) });

export const ImagesResponse = Type.Object({
  generatedImages: Type.Optional(Type.Array(Type.Object({ image: Type.Optional(Blob), raiFilteredReason: Type.Optional(Type.String()) }))),
});
export type ImagesResponse = Static<typeof ImagesResponse>;

const Part = Type.Object({
  text: Type.Optional(Type.String()),
  thought: Type.Optional(Type.Boolean()),
  inlineData: Type.Optional(Type.Object({ data: Type.Optional(Type.String()), mimeType: Type.Optional(Type.String()) })),
});

export const ContentResponse = Type.Object({
  candidates: Type.Optional(
    Type.Array(
      Type.Object({
        content: Type.Optional(Type.Object({ role: Type.Optional(Type.String()), parts: Type.Optional(Type.Array(Part)) })),
        finishReason: Type.Optional(Type.String()),
        finishMessage: Type.Optional(Type.String()),
      }),
    ),
  ),
  promptFeedback: Type.Optional(Type.Object({ blockReason: Type.Optional(Type.String()), blockReasonMessage: Type.Optional(Type.String()) })),
  modelVersion: Type.Optional(Type.String()),
});
export type ContentResponse = Static<typeof ContentResponse>;

export const VideosOperation = Type.Object({
  name: Type.Optional(Type.String()),
  done: Type.Optional(Type.Boolean()),
  error: Type.Optional(Type.Object({ code: Type.Optional(Type.Number()), message: Type.Optional(Type.String()), details: Type.Optional(Type.Unknown()) })),
  response: Type.Optional(
    Type.Object({
      generatedVideos: Type.Optional(
        Type.Array(
          Type.Object({
            video: Type.Optional(Type.Object({ uri: Type.Optional(Type.String()), videoBytes: Type.Optional(Type.String()), mimeType: Type.Optional(Type.String()) })),
          }),
        ),
      ),
      raiMediaFilteredCount: Type.Optional(Type.Number()),
      raiMediaFilteredReasons: Type.Optional(Type.Array(Type.String())),
    }),
  ),
});
export type VideosOperation = Static<typeof VideosOperation>;

const checked = <T extends TSchema>(schema: T, what: string, body: unknown): Static<T> => checkedAnswer(schema, body, { provider: PROVIDER, upstream: 'Google', what });

// ---- Errors ----

interface GoogleErrorBody {
  error?: { code?: number; message?: string; status?: string; details?: { '@type'?: string; reason?: string; retryDelay?: string }[] };
}

function parseBody(message: string): GoogleErrorBody {
  try {
    const parsed = JSON.parse(message) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as GoogleErrorBody) : {};
  } catch {
    return { error: { message } };
  }
}

/** google.rpc.RetryInfo `retryDelay` ("12s", "0.5s") in ms. */
function retryDelayMs(body: GoogleErrorBody): number | undefined {
  const delay = body.error?.details?.find((d) => typeof d.retryDelay === 'string')?.retryDelay;
  const seconds = delay ? Number(delay.replace(/s$/, '')) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, 3_600_000) : undefined;
}

const CONNECT_CODES = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT', 'ECONNRESET', 'EPIPE'];

function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECT_CODES.includes(code) || code.startsWith('UND_ERR'))) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export class Redactor {
  constructor(private readonly secrets: string[]) {}
  text(value: string): string {
    let out = value;
    for (const secret of this.secrets) if (secret.length >= 4) out = out.split(secret).join('[redacted]');
    return out.length > 600 ? `${out.slice(0, 600)}…` : out;
  }
}

/**
 * What the SDK's exception says about the HTTP exchange: Google's answer (ApiError, whose message
 * is the error body), an abort, or a lost connection; undefined for anything else.
 */
export function googleFailure(error: unknown, { ApiError }: GenaiModule): (UpstreamFailure & { body?: GoogleErrorBody }) | undefined {
  const name = (error as { name?: string })?.name;
  if (name === 'AbortError' || name === 'TimeoutError') return { network: error, timedOut: true };
  if (error instanceof ApiError) {
    const body = parseBody(error.message);
    // The Gemini API reports a wrong key as 400 INVALID_ARGUMENT with reason API_KEY_INVALID:
    // an authentication failure of the gateway's, not a bad request of the caller's.
    const keyInvalid = Boolean(body.error?.details?.some((d) => d.reason === 'API_KEY_INVALID')) || /API key not valid/i.test(body.error?.message ?? '');
    const status = keyInvalid ? 401 : error.status;
    return { status, body, retryAfterMs: status === 429 ? retryDelayMs(body) : undefined };
  }
  return networkCode(error) ? { network: error } : undefined;
}

/** What a failed SDK call means for the job layer: retryable or not, the caller's fault or ours. */
export function toUpstreamError(error: unknown, idempotent: boolean, redact: Redactor, backend: Backend, sdk: GenaiModule): UpstreamError {
  if (error instanceof UpstreamError) return error;
  const failure = googleFailure(error, sdk);
  if (failure) {
    return classifyUpstreamFailure(failure, {
      provider: PROVIDER,
      title: 'Google',
      idempotent,
      explain: (status, body) => {
        const { error: said } = body as GoogleErrorBody;
        const words = redact.text([said?.status, said?.message].filter(Boolean).join(': ') || `HTTP ${status}`);
        if (status !== 401 && status !== 403) return `Google answered ${status}: ${words}`;
        const which =
          backend === 'vertex'
            ? "Vertex AI credentials (check GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_CLOUD_PROJECT and the project's Vertex AI access)"
            : 'Gemini API key (check GEMINI_API_KEY)';
        return `Google refused the gateway's ${which}: ${words}`;
      },
    });
  }
  const name = (error as { name?: string })?.name;
  const gaxios = Boolean((error as { response?: unknown })?.response) || name === 'GaxiosError' || /^Error code \w+/.test(String((error as Error)?.message));
  if (gaxios) {
    // google-auth-library failed to get a token (STS / OAuth answered an error).
    const oauth = /^Error code (\w+)/.exec(String((error as Error).message))?.[1];
    return new UpstreamError({
      provider: PROVIDER,
      code: 'upstream_auth',
      message: `Google refused the gateway's Vertex AI credentials: the token exchange failed${oauth ? ` (${oauth})` : ''}`,
      retryable: false,
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/credentials|ADC|GOOGLE_APPLICATION_CREDENTIALS|subject_token|credential_source/i.test(message)) {
    return new UpstreamError({
      provider: PROVIDER,
      code: 'upstream_auth',
      message: `the gateway could not load its Vertex AI credentials: ${redact.text(message)}`,
      retryable: false,
    });
  }
  return new UpstreamError({ provider: PROVIDER, code: 'sdk_error', message: `the Google SDK refused the request: ${redact.text(message)}`, retryable: false });
}

// ---- Clients ----

const clients = new Map<string, GoogleGenAI>();

function clientKey(google: GoogleConfig, backend: Backend): string {
  const parts = backend === 'vertex' ? [backend, google.project, google.location, google.credentialsFile, google.baseUrl] : [backend, google.apiKey, google.baseUrl];
  // Hashed: the map key never holds the key itself in a readable form.
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * One SDK client per configuration (google-auth-library caches the Vertex token inside it).
 * Everything is passed explicitly, so nothing the SDK would read from process.env
 * (GOOGLE_API_KEY, GOOGLE_GENAI_USE_VERTEXAI, GOOGLE_CLOUD_*) can switch the backend.
 */
async function sdk(google: GoogleConfig, backend: Backend): Promise<GoogleGenAI> {
  const { GoogleGenAI } = await genaiModule();
  const key = clientKey(google, backend);
  let client = clients.get(key);
  if (client) return client;
  client = new GoogleGenAI(clientOptions(google, backend, { timeout: CALL_TIMEOUT_MS }));
  clients.set(key, client);
  return client;
}

/**
 * The SDK client's options for a backend, everything explicit (see sdk): also used by prompt
 * writing and captioning, which call Gemini through the same configuration.
 */
export function clientOptions(google: GoogleConfig, backend: Backend, http: { timeout: number; fetch?: typeof fetch }) {
  const httpOptions = { ...(google.baseUrl ? { baseUrl: google.baseUrl } : {}), ...http };
  if (backend === 'gemini-api') return { vertexai: false, apiKey: google.apiKey, httpOptions };
  return {
    vertexai: true,
    project: google.project,
    location: google.location,
    googleAuthOptions: {
      ...(google.credentialsFile ? { keyFilename: google.credentialsFile } : {}),
      // Known project: google-auth-library need not look it up (gcloud, metadata server).
      projectId: google.project,
      scopes: ['https://www.googleapis.com/auth/cloud-platform'],
    },
    httpOptions,
  };
}

/** Google's 404 on a call addressed to a model: it does not serve that model (to this project, in this region). */
export const unknownModel = (error: unknown) => error instanceof UpstreamError && error.status === 404;

export class GoogleClient {
  private readonly google: GoogleConfig;
  private readonly redact: Redactor;

  constructor(
    google: GoogleConfig,
    readonly backend: Backend,
  ) {
    if (backend === 'vertex' && !vertexConfigured(google)) {
      throw new UpstreamError({
        provider: PROVIDER,
        code: 'not_configured',
        message: 'Vertex AI is not configured: set GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION',
        retryable: false,
      });
    }
    if (backend === 'gemini-api' && !geminiApiConfigured(google)) {
      throw new UpstreamError({ provider: PROVIDER, code: 'not_configured', message: 'the Gemini API is not configured: set GEMINI_API_KEY', retryable: false });
    }
    this.google = google;
    this.redact = new Redactor([google.apiKey ?? ''].filter(Boolean));
  }

  private async call<T>(idempotent: boolean, run: (ai: GoogleGenAI) => Promise<T>): Promise<T> {
    const ai = await sdk(this.google, this.backend);
    try {
      return await run(ai);
    } catch (error) {
      throw toUpstreamError(error, idempotent, this.redact, this.backend, await genaiModule());
    }
  }

  /** Imagen text-to-image: POST …/models/{m}:predict (Vertex). */
  async generateImages(params: GenerateImagesParameters, signal?: AbortSignal): Promise<ImagesResponse> {
    const answer = await this.call(false, (ai) => ai.models.generateImages({ ...params, config: { ...params.config, abortSignal: signal } }));
    return checked(ImagesResponse, 'generateImages', answer);
  }

  /** Imagen editing and customization: POST …/models/{m}:predict with referenceImages (Vertex). */
  async editImage(params: EditImageParameters, signal?: AbortSignal): Promise<ImagesResponse> {
    const answer = await this.call(false, (ai) => ai.models.editImage({ ...params, config: { ...params.config, abortSignal: signal } }));
    return checked(ImagesResponse, 'editImage', answer);
  }

  /**
   * Gemini: POST …/models/{m}:generateContent with the first of `models` Google has (a 404 on a
   * model's path says it has not: withModelFallback); answers which one served.
   */
  async generateContentWith(
    models: [string, ...string[]],
    params: Omit<GenerateContentParameters, 'model'>,
    signal?: AbortSignal,
  ): Promise<{ model: string; answer: ContentResponse }> {
    const { model, value } = await withModelFallback(models, unknownModel, (model) => this.generateContent({ ...params, model }, signal));
    return { model, answer: value };
  }

  /** Gemini: POST …/models/{m}:generateContent. */
  async generateContent(params: GenerateContentParameters, signal?: AbortSignal): Promise<ContentResponse> {
    const answer = await this.call(false, (ai) => ai.models.generateContent({ ...params, config: { ...params.config, abortSignal: signal } }));
    return checked(ContentResponse, 'generateContent', answer);
  }

  /** Veo: POST …/models/{m}:predictLongRunning → a long-running operation `{name}`. */
  async generateVideos(params: GenerateVideosParameters, signal?: AbortSignal): Promise<VideosOperation> {
    const answer = await this.call(false, (ai) => ai.models.generateVideos({ ...params, config: { ...params.config, abortSignal: signal } }));
    return checked(VideosOperation, 'generateVideos', answer);
  }

  /** Veo status: POST …/models/{m}:fetchPredictOperation {operationName} (Vertex); safe to repeat. */
  async getVideosOperation(name: string): Promise<VideosOperation> {
    const { GenerateVideosOperation } = await genaiModule();
    const operation = Object.assign(new GenerateVideosOperation(), { name });
    const answer = await this.call(true, (ai) => ai.operations.getVideosOperation({ operation }));
    return checked(VideosOperation, 'getVideosOperation', answer);
  }
}
