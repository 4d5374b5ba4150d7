// Structured LLM calls to OpenAI or Gemini, one interface for both.
//
// OpenAI: Chat Completions (`POST {OPENAI_BASE_URL}/chat/completions`) with
// `response_format: {type: "json_schema", json_schema: {name, schema, strict: true}}`
// [openai-node src/resources/chat/completions; platform docs "Structured Outputs"]. Chosen over
// the Responses API because it carries everything these calls need (system + user text, images
// as data-URL parts, temperature, strict JSON schema), is stateless (nothing stored upstream by
// default to clean up), and is the protocol that OpenAI-compatible endpoints an operator may put
// in OPENAI_BASE_URL (Azure OpenAI, proxies) implement most widely.
//
// Gemini: @google/genai `models.generateContent` in Gemini API mode (GEMINI_API_KEY, sent as
// `x-goog-api-key`; `POST {base}/v1beta/models/{model}:generateContent`) with
// `config: {systemInstruction, temperature, responseMimeType: "application/json",
// responseJsonSchema}`; media as `inlineData` parts [googleapis/js-genai GenerateContentConfig].
// `httpOptions.baseUrl` comes from GOOGLE_GENAI_BASE_URL.
//
// Both SDKs make exactly one HTTP call per attempt (OpenAI `maxRetries: 0`; @google/genai retries
// only when `retryOptions` is given, and none is). The one retry here is for a structured answer
// that does not parse or does not match the schema: it is asked once more, then the call fails
// (502, with the reason).
import type { GoogleGenAI } from '@google/genai';
import type { Static, TObject } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type OpenAI from 'openai';
import { HttpError } from '../../core/errors.js';
import type { ProviderSettings } from '../../core/provider-settings.js';
import { classifyUpstreamFailure, withModelFallback } from '../../core/upstream.js';
import { UpstreamError } from '../../core/upstream-error.js';
import {
  clientOptions,
  geminiApiConfigured,
  genaiModule,
  googleFailure,
  unknownModel as unknownGoogleModel,
  vertexConfigured,
  type Backend as GoogleBackend,
  type GenaiModule,
} from '../google/client.js';
import { call as openaiCall, openaiSdk, unknownModel as unknownOpenAIModel, type OpenAIConfig } from '../openai/client.js';
import { jsonSchemaOf } from './structured.js';

export type LlmProviderName = 'openai' | 'gemini';

/** What the LLM operations read of the configuration (`ctx.settings`): OpenAI's and Google's sections. */
export type LlmSettings = ProviderSettings<'llm'>;

/**
 * The models when OPENAI_LLM_MODEL / GEMINI_LLM_MODEL name none, tried in order while the
 * provider answers that it does not have the one named (withModelFallback). All take images,
 * strict structured output and `temperature` over the reference's full 0–2 range
 * (docs/provider-facts.md §5).
 * - OpenAI: gpt-4.1-mini until its shutdown on 2027-01-14, then gpt-6-luna, which OpenAI names
 *   to replace it (sent with reasoning effort `none`: see reasoningEffort).
 * - Gemini (which understands video, with audio, natively): gemini-3.5-flash, which replaced
 *   gemini-2.5-flash for new Vertex AI projects on 2026-10-20; then gemini-2.5-flash, for the
 *   deployments that still have only that.
 */
export const DEFAULT_MODELS: Record<LlmProviderName, [string, ...string[]]> = {
  openai: ['gpt-4.1-mini', 'gpt-6-luna'],
  gemini: ['gemini-3.5-flash', 'gemini-2.5-flash'],
};

/** OpenAI's chat models from before its reasoning ones: they take any temperature, and no `reasoning_effort`. */
const SAMPLING_MODELS = /^(gpt-4|gpt-3\.5|chatgpt-4o)/;

/**
 * OpenAI's reasoning models (GPT-5.1 and later, GPT-6) reason at `medium` unless told, and
 * then take temperature 1 only. At `none` they take a temperature as the GPT-4 models did
 * (OpenAI's GPT-6 guide), which the reference's 0–2 `temperature` needs; it is also where
 * OpenAI's migration guide from GPT-4.x starts, and it keeps these short answers fast. A model
 * without `none` (o3, gpt-5) is refused by OpenAI naming `reasoning_effort`: not one to configure.
 */
const reasoningEffort = (model: string): 'none' | undefined => (SAMPLING_MODELS.test(model) ? undefined : 'none');

export type LlmPart = { kind: 'text'; text: string } | { kind: 'media'; data: Buffer; mimeType: string; detail?: 'low' | 'high' | 'auto' };

export interface StructuredRequest<S extends TObject> {
  /** Schema name sent upstream (OpenAI: ^[a-zA-Z0-9_-]{1,64}$). */
  name: string;
  system: string;
  parts: LlmPart[];
  schema: S;
  temperature?: number;
  signal?: AbortSignal;
  /** A check beyond the schema (e.g. a non-empty prompt); a reason counts as an unusable answer. */
  check?: (value: Static<S>) => string | undefined;
}

export interface StructuredResult<T> {
  value: T;
  provider: LlmProviderName;
  model: string;
  /** 1, or 2 when the first answer did not parse. */
  attempts: number;
}

/** One attempt with one model: the model's raw text for the request (the JSON it wrote). */
interface Backend {
  provider: LlmProviderName;
  /** The models to try, in order (DEFAULT_MODELS, or the one configured). */
  models: [string, ...string[]];
  /** The provider's answer that it does not have the model named. */
  unknownModel(error: unknown): boolean;
  complete(request: Omit<StructuredRequest<TObject>, 'check'>, model: string): Promise<RawAnswer>;
}

type RawAnswer = { text: string } | { unusable: string };

const VARIABLE: Record<LlmProviderName, string> = {
  openai: 'OPENAI_API_KEY',
  gemini: 'GEMINI_API_KEY, or GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION (Vertex AI)',
};
const TITLE: Record<LlmProviderName, string> = { openai: 'OpenAI', gemini: 'Gemini' };

/** The backend for a provider, or 503 naming the variable that is missing. */
export function backendFor(provider: LlmProviderName, settings: LlmSettings): Backend {
  if (provider === 'openai') {
    const { apiKey, baseUrl } = settings.openai;
    if (!apiKey) throw notConfigured(provider);
    return new OpenAIBackend({ apiKey, baseUrl, timeoutMs: 110_000 }, modelsOf(settings.openai.llmModel, DEFAULT_MODELS.openai));
  }
  // The Gemini API when its key is set, else Vertex AI (a Google deployment configured only for Imagen and Veo).
  const models = modelsOf(settings.google.llmModel, DEFAULT_MODELS.gemini);
  if (geminiApiConfigured(settings.google)) return new GeminiBackend(settings.google, 'gemini-api', models);
  if (vertexConfigured(settings.google)) return new GeminiBackend(settings.google, 'vertex', models);
  throw notConfigured(provider);
}

/** The configured model alone (the operator chose it), else the defaults in order. */
const modelsOf = (configured: string | undefined, defaults: [string, ...string[]]): [string, ...string[]] => (configured ? [configured] : defaults);

export function isConfigured(provider: LlmProviderName, { openai, google }: Pick<LlmSettings, 'openai' | 'google'>): boolean {
  return provider === 'openai' ? Boolean(openai.apiKey) : geminiApiConfigured(google) || vertexConfigured(google);
}

function notConfigured(provider: LlmProviderName): HttpError {
  return new HttpError(503, `${TITLE[provider]} is not configured on this gateway for model_provider "${provider}": set ${VARIABLE[provider]}`, { provider: 'llm' });
}

/** Runs one upstream call (the gateway passes its per-provider breaker and bulkhead). */
export type CallGuard = <T>(provider: string, call: () => Promise<T>) => Promise<T>;

/** Asks for structured output; a reply that does not parse or match is asked for once more. */
export async function structured<S extends TObject>(
  backend: Backend,
  request: StructuredRequest<S>,
  guard: CallGuard = (_provider, call) => call(),
): Promise<StructuredResult<Static<S>>> {
  let reason = '';
  let models = backend.models;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const { model, value: answer } = await guard(backend.provider, () => withModelFallback(models, backend.unknownModel, (model) => backend.complete(request, model)));
    // The model that answered is asked again, if need be.
    models = [model];
    if ('unusable' in answer) {
      reason = answer.unusable;
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(answer.text);
    } catch (error) {
      reason = `the answer is not valid JSON (${(error as Error).message})`;
      continue;
    }
    const problem = Value.Errors(request.schema, parsed).First();
    if (problem) {
      reason = `the answer does not match the schema at ${problem.path || '/'}: ${problem.message}`;
      continue;
    }
    const unusable = request.check?.(parsed as Static<S>);
    if (unusable) {
      reason = unusable;
      continue;
    }
    return { value: parsed as Static<S>, provider: backend.provider, model: models[0], attempts: attempt };
  }
  throw new UpstreamError({
    provider: backend.provider,
    code: 'bad_structured_output',
    message: `${TITLE[backend.provider]} returned unusable structured output twice: ${reason}`,
    retryable: false,
  });
}

// ---- OpenAI ----------------------------------------------------------------------------------

class OpenAIBackend implements Backend {
  readonly provider = 'openai' as const;
  readonly unknownModel = unknownOpenAIModel;
  private client: Promise<OpenAI> | undefined;
  constructor(
    private readonly config: OpenAIConfig,
    readonly models: [string, ...string[]],
  ) {}

  async complete(request: Omit<StructuredRequest<TObject>, 'check'>, model: string): Promise<RawAnswer> {
    const sdk = await (this.client ??= openaiSdk(this.config));
    const content: OpenAI.Chat.Completions.ChatCompletionContentPart[] = request.parts.map((part) =>
      part.kind === 'text'
        ? { type: 'text', text: part.text }
        : { type: 'image_url', image_url: { url: `data:${part.mimeType};base64,${part.data.toString('base64')}`, detail: part.detail ?? 'auto' } },
    );
    const effort = reasoningEffort(model);
    const completion = await openaiCall(() =>
      sdk.chat.completions.create(
        {
          model,
          messages: [
            { role: 'system', content: request.system },
            { role: 'user', content },
          ],
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
          ...(effort ? { reasoning_effort: effort } : {}),
          response_format: { type: 'json_schema', json_schema: { name: request.name, schema: jsonSchemaOf(request.schema), strict: true } },
        },
        { signal: request.signal },
      ),
    );
    const choice = completion?.choices?.[0];
    if (!choice?.message) throw new UpstreamError({ provider: 'openai', code: 'bad_upstream_response', message: 'OpenAI answered without a message', retryable: false });
    if (choice.message.refusal) {
      // The model declined (safety): the caller's input is the cause.
      throw new UpstreamError({ provider: 'openai', status: 400, code: 'content_moderation', message: `OpenAI refused the request: ${choice.message.refusal}`, retryable: false });
    }
    if (choice.finish_reason === 'length') return { unusable: 'the answer was cut off (finish_reason "length")' };
    if (typeof choice.message.content !== 'string' || choice.message.content === '') return { unusable: 'the answer has no content' };
    return { text: choice.message.content };
  }
}

// ---- Gemini ----------------------------------------------------------------------------------

const BLOCKED_FINISH = new Set(['SAFETY', 'PROHIBITED_CONTENT', 'BLOCKLIST', 'SPII', 'RECITATION', 'IMAGE_SAFETY']);

class GeminiBackend implements Backend {
  readonly provider = 'gemini' as const;
  readonly unknownModel = unknownGoogleModel;
  private ai: GoogleGenAI | undefined;
  /** Retry-After of the last answer (the SDK's ApiError carries only status and body). */
  private lastRetryAfter: string | null = null;

  constructor(
    private readonly google: LlmSettings['google'],
    private readonly via: GoogleBackend,
    readonly models: [string, ...string[]],
  ) {}

  private async sdk(): Promise<GoogleGenAI> {
    if (this.ai) return this.ai;
    const { GoogleGenAI } = await genaiModule();
    const fetchWithHeaders: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      this.lastRetryAfter = response.headers.get('retry-after');
      return response;
    };
    this.ai = new GoogleGenAI(clientOptions(this.google, this.via, { timeout: 110_000, fetch: fetchWithHeaders }));
    return this.ai;
  }

  async complete(request: Omit<StructuredRequest<TObject>, 'check'>, model: string): Promise<RawAnswer> {
    const ai = await this.sdk();
    const parts = request.parts.map((part) => (part.kind === 'text' ? { text: part.text } : { inlineData: { mimeType: part.mimeType, data: part.data.toString('base64') } }));
    let response;
    try {
      response = await ai.models.generateContent({
        model,
        contents: [{ role: 'user', parts }],
        config: {
          systemInstruction: request.system,
          ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
          responseMimeType: 'application/json',
          responseJsonSchema: jsonSchemaOf(request.schema),
          abortSignal: request.signal,
        },
      });
    } catch (error) {
      throw this.upstreamError(error, await genaiModule());
    }
    const blocked = response.promptFeedback?.blockReason;
    if (blocked) {
      throw new UpstreamError({
        provider: 'gemini',
        status: 400,
        code: 'content_moderation',
        message: `Gemini blocked the request (${blocked})${response.promptFeedback?.blockReasonMessage ? `: ${response.promptFeedback.blockReasonMessage}` : ''}`,
        retryable: false,
      });
    }
    const candidate = response.candidates?.[0];
    const finish = candidate?.finishReason as string | undefined;
    if (finish && BLOCKED_FINISH.has(finish)) {
      throw new UpstreamError({ provider: 'gemini', status: 400, code: 'content_moderation', message: `Gemini stopped the answer (finishReason ${finish})`, retryable: false });
    }
    if (finish === 'MAX_TOKENS') return { unusable: 'the answer was cut off (finishReason "MAX_TOKENS")' };
    const text = response.text;
    if (!text) return { unusable: 'the answer has no text' };
    return { text };
  }

  private upstreamError(error: unknown, sdk: GenaiModule): UpstreamError {
    if (error instanceof UpstreamError) return error;
    const failure = googleFailure(error, sdk) ?? { network: error };
    // Google's RetryInfo (retryAfterMs) wins over the Retry-After header.
    return classifyUpstreamFailure('status' in failure ? { ...failure, retryAfter: this.lastRetryAfter } : failure, {
      provider: 'gemini',
      title: 'Gemini',
      idempotent: false,
      refine: (status, body) => {
        const state = (body as { error?: { status?: string } })?.error?.status;
        return status >= 400 && status < 500 && ![401, 403, 429].includes(status) ? { code: state ? undefined : 'invalid_request', providerCode: state?.toLowerCase() } : undefined;
      },
      explain: (status, body) => {
        const said = (body as { error?: { message?: string } })?.error?.message?.slice(0, 300);
        const tail = said ? `: ${said}` : '';
        if (status === 401 || status === 403) return `Gemini refused the gateway's API key (check ${this.via === 'vertex' ? 'GOOGLE_APPLICATION_CREDENTIALS' : 'GEMINI_API_KEY'})`;
        if (status === 429) return `Gemini quota or rate limit reached${tail}`;
        if (status < 500) return `Gemini rejected the request${tail}`;
        return `Gemini answered ${status}${tail}`;
      },
    });
  }
}
