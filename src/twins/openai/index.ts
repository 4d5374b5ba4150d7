// An emulator of OpenAI's API (the parts the gateway uses), for tests, `vision-studio emulate
// openai` and the labelled sandbox mode only. Same paths as https://api.openai.com/v1 (the
// SDK's base URL includes `/v1`):
//   POST /v1/images/generations   JSON; GPT image models answer b64_json only
//   POST /v1/images/edits         multipart: `image` or `image[]` (≤16), optional `mask`
//   POST /v1/chat/completions     incl. response_format {type: json_schema, json_schema:{name, schema, strict}}
// Bearer auth (401 with OpenAI's error body), error bodies {"error":{message,type,param,code}},
// OpenAI's validation errors (400 invalid size/quality/background/model with `param`; mask not
// a PNG with alpha or not the image's dimensions; strict json_schema rules), 429
// rate_limit_exceeded with retry-after past a configurable rate, x-request-id on every answer.
// Outputs are real media: images drawn with sharp in the requested size and format (PNG, JPEG,
// WEBP; transparent when background=transparent), edits made from the input image (only where
// the mask is transparent); structured outputs are JSON that conforms to the requested schema,
// deterministic from the input (text, images' sizes and colours, frame timestamps).
// Without `model`, /images/generations is dall-e-2's and /images/edits gpt-image-1.5's, as the
// real API's were: both are shut down now, so a request must name a model, as OpenAI says.
//
// Twin-only triggers (documented so tests can reach every branch):
//   - a prompt (images) containing "moderation-blocked" → 400 code moderation_blocked;
//   - a prompt or message containing "insufficient-quota" → 429 code insufficient_quota
//     (also `settings.quotaExhausted = true` for every request);
//   - a chat message containing "twin:malformed-json" → the structured output is not valid JSON
//     (every time); `settings.malformedStructuredOutputs = n` does the same for the next n
//     structured completions (to exercise a client's retry-once path);
//   - `settings.unsupportedSizes` makes those sizes 400 invalid_value (param size), as for a
//     model that lacks them.
import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { recordCalls, type Recording, type TwinCall } from '../kit/calls.js';
import { pause } from '../kit/http.js';
import { slidingWindow } from '../kit/rate-limit.js';
import { invalid, sendError, TwinError } from './errors.js';
import { checkInputFidelity, dims, editImages, imageParams, imagesAnswer, renderImage, type FilePart } from './images.js';
import { describe, facts, generate, strictProblem, type JsonSchema } from './structured.js';

export interface OpenAITwinSettings {
  /** Requests per window per key before 429 rate_limit_exceeded. */
  rateLimit: { requests: number; windowMs: number };
  /** Every request answered 429 insufficient_quota. */
  quotaExhausted: boolean;
  /** The next n structured chat completions return malformed JSON. */
  malformedStructuredOutputs: number;
  /** Sizes refused as invalid (400, param size). */
  unsupportedSizes: string[];
  /** Added time per image call (real calls take 10–60 s). */
  imageLatencyMs: number;
  /** Model ids answered as unknown, as for an account without them. */
  withoutModels: string[];
  /** Shut-down image models still served, as by an older compatible server. */
  withRetiredModels: string[];
}

export interface OpenAITwinOptions extends Partial<OpenAITwinSettings>, Recording {
  /** The key the twin accepts as `Authorization: Bearer <key>`. */
  apiKey: string;
}

export type { TwinCall } from '../kit/calls.js';

export interface OpenAITwin {
  app: FastifyInstance;
  /** Calls received; a multipart call's body is `{fields, files: [{field, filename, contentType, bytes, data}]}`. */
  calls: TwinCall[];
  /** Mutable at run time (tests flip switches). */
  settings: OpenAITwinSettings;
}

/**
 * Chat models still served (OpenAI's deprecations page: gpt-4.1-nano and o4-mini shut down on
 * 2026-10-23). The GPT-4 ones sample at any temperature and take no `reasoning_effort`; the
 * others reason, at `medium` unless told, and then take temperature 1 only.
 */
const SAMPLING_CHAT_MODELS = /^(gpt-4o|gpt-4o-mini|gpt-4\.1|gpt-4\.1-mini)(-\d{4}-\d{2}-\d{2})?$/;
const REASONING_CHAT_MODELS = /^(gpt-5|gpt-5-mini|gpt-5-nano|gpt-5\.[1-6]|gpt-5\.6-(sol|terra|luna)|gpt-6-(luna|sol|astra)|gpt-6\.1-(sol|terra)|o3)(-\d{4}-\d{2}-\d{2})?$/;
/** Reasoning models that also take effort `none`, and then any temperature (GPT-5.1 and later, not the flagships). */
const NONE_EFFORT_MODELS = /^(gpt-5\.[1-6]|gpt-6-(luna|sol)|gpt-6\.1-terra)/;
const EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh', 'max'];

export function createOpenAITwin(options: OpenAITwinOptions): OpenAITwin {
  const app = Fastify({ logger: false, bodyLimit: 256 * 1024 * 1024 });
  const settings: OpenAITwinSettings = {
    rateLimit: options.rateLimit ?? { requests: 500, windowMs: 60_000 },
    quotaExhausted: options.quotaExhausted ?? false,
    malformedStructuredOutputs: options.malformedStructuredOutputs ?? 0,
    unsupportedSizes: options.unsupportedSizes ?? [],
    imageLatencyMs: options.imageLatencyMs ?? 0,
    withoutModels: options.withoutModels ?? [],
    withRetiredModels: options.withRetiredModels ?? [],
  };
  const limiter = slidingWindow();
  const recorder = recordCalls(app, { enabled: options.recordCalls !== false });
  const { calls } = recorder;
  app.register(multipart, { limits: { fileSize: 50 * 1024 * 1024, files: 17, fields: 20, parts: 40 } });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', `req_${randomUUID().replace(/-/g, '')}`);
    const auth = request.headers.authorization;
    const key = typeof auth === 'string' && auth.startsWith('Bearer ') ? auth.slice(7) : undefined;
    if (!key) {
      return sendError(
        reply,
        new TwinError(401, {
          message: "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
          type: 'invalid_request_error',
          param: null,
          code: null,
        }),
      );
    }
    if (key !== options.apiKey) {
      const masked = key.length > 8 ? `${key.slice(0, 3)}*****${key.slice(-4)}` : '*****';
      return sendError(
        reply,
        new TwinError(401, {
          message: `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        }),
      );
    }
    if (settings.quotaExhausted) return sendError(reply, quotaError());
    const { requests } = settings.rateLimit;
    const refused = limiter.take(key, settings.rateLimit);
    if (refused) {
      const resetMs = refused.retryAfterMs;
      return sendError(
        reply,
        new TwinError(
          429,
          {
            message: `Rate limit reached for requests per min (RPM): Limit ${requests}, Used ${refused.used}, Requested 1. Please try again in ${(resetMs / 1000).toFixed(3)}s.`,
            type: 'requests',
            param: null,
            code: 'rate_limit_exceeded',
          },
          {
            'retry-after': String(Math.max(1, Math.ceil(resetMs / 1000))),
            'retry-after-ms': String(Math.max(1, Math.round(resetMs))),
            'x-ratelimit-limit-requests': String(requests),
            'x-ratelimit-remaining-requests': '0',
            'x-ratelimit-reset-requests': `${(resetMs / 1000).toFixed(3)}s`,
          },
        ),
      );
    }
  });
  app.setErrorHandler((error: Error & { statusCode?: number }, _request, reply) => {
    if (error instanceof TwinError) return sendError(reply, error);
    const status = error.statusCode && error.statusCode < 500 ? error.statusCode : 500;
    return sendError(
      reply,
      new TwinError(status, {
        message: status === 500 ? 'The server had an error while processing your request.' : error.message,
        type: status === 500 ? 'server_error' : 'invalid_request_error',
        param: null,
        code: null,
      }),
    );
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new TwinError(404, { message: `Invalid URL (${request.method} ${request.url.split('?')[0]})`, type: 'invalid_request_error', param: null, code: null })),
  );

  const quotaError = () =>
    new TwinError(429, {
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
      type: 'insufficient_quota',
      param: null,
      code: 'insufficient_quota',
    });
  const delay = () => (settings.imageLatencyMs > 0 ? pause(settings.imageLatencyMs) : undefined);

  app.post('/v1/images/generations', async (request: FastifyRequest) => {
    const raw = (request.body ?? {}) as Record<string, unknown>;
    if (typeof raw !== 'object' || Array.isArray(raw)) throw invalid('We could not parse the JSON body of your request.', null, null);
    // Without `model` the endpoint is dall-e-2's (openai-node ImageGenerateParams.model).
    const params = imageParams(raw, settings, 'dall-e-2');
    if (params.prompt.includes('insufficient-quota')) throw quotaError();
    await delay();
    const size = params.size === 'auto' ? '1024x1024' : params.size;
    const [width, height] = dims(size);
    const transparent = params.background === 'transparent';
    const images = await Promise.all(
      Array.from({ length: params.n }, (_, i) => renderImage(params.prompt, width, height, i, transparent, params.outputFormat, params.compression)),
    );
    return imagesAnswer(params, images, size);
  });

  app.post('/v1/images/edits', async (request: FastifyRequest) => {
    if (!request.isMultipart()) throw invalid('Invalid Content-Type header (application/json), expected multipart/form-data.', null, null);
    const fields: Record<string, string> = {};
    const files: FilePart[] = [];
    for await (const part of request.parts()) {
      if (part.type === 'file') files.push({ field: part.fieldname, filename: part.filename, contentType: part.mimetype, data: await part.toBuffer() });
      else fields[part.fieldname] = String(part.value);
    }
    // Multipart bodies are read here, not by Fastify: this request's record gets them now.
    const call = recorder.callOf(request);
    if (call) call.body = { fields, files: files.map((f) => ({ ...f, bytes: f.data.length })) };
    const images = files.filter((f) => f.field === 'image' || f.field === 'image[]');
    const mask = files.find((f) => f.field === 'mask');
    if (images.length === 0) throw invalid("Missing required parameter: 'image'.", 'image', 'missing_required_parameter');
    if (images.length > 16)
      throw invalid(
        `Invalid 'image': array too long. Expected an array with maximum length 16, but got an array with length ${images.length} instead.`,
        'image',
        'array_above_max_length',
      );
    const params = imageParams(fields, settings, 'gpt-image-1.5');
    if (fields.input_fidelity !== undefined) checkInputFidelity(params.model, fields.input_fidelity);
    if (params.prompt.includes('insufficient-quota')) throw quotaError();
    await delay();
    const { outputs, size } = await editImages(params, images, mask);
    return imagesAnswer(params, outputs, size, images.length);
  });

  app.post('/v1/chat/completions', async (request: FastifyRequest) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const model = body.model;
    if (typeof model !== 'string' || model === '') throw invalid('you must provide a model parameter', null, null);
    const samples = SAMPLING_CHAT_MODELS.test(model);
    if ((!samples && !REASONING_CHAT_MODELS.test(model)) || settings.withoutModels.includes(model))
      throw new TwinError(404, {
        message: `The model \`${model}\` does not exist or you do not have access to it.`,
        type: 'invalid_request_error',
        param: null,
        code: 'model_not_found',
      });
    const messages = body.messages;
    if (!Array.isArray(messages) || messages.length === 0)
      throw invalid("Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", 'messages', 'empty_array');
    const temperature = body.temperature;
    if (temperature !== undefined && (typeof temperature !== 'number' || temperature < 0 || temperature > 2)) {
      throw invalid(`Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got ${String(temperature)} instead.`, 'temperature', 'decimal_above_max_value');
    }
    const effort = body.reasoning_effort ?? undefined;
    if (effort !== undefined) {
      if (typeof effort !== 'string' || !EFFORTS.includes(effort))
        throw invalid(`Invalid value: '${String(effort)}'. Supported values are: ${EFFORTS.map((e) => `'${e}'`).join(', ')}.`, 'reasoning_effort', 'invalid_value');
      if (samples) throw invalid("Unsupported parameter: 'reasoning_effort' is not supported with this model.", 'reasoning_effort', 'unsupported_parameter');
      if (effort === 'none' && !NONE_EFFORT_MODELS.test(model))
        throw invalid(
          "Unsupported value: 'reasoning_effort' does not support 'none' with this model. Supported values are: 'low', 'medium', and 'high'.",
          'reasoning_effort',
          'unsupported_value',
        );
    }
    if (typeof temperature === 'number' && temperature !== 1 && !samples && effort !== 'none') {
      throw invalid(
        `Unsupported value: 'temperature' does not support ${temperature} with this model. Only the default (1) value is supported.`,
        'temperature',
        'unsupported_value',
      );
    }
    const format = body.response_format as { type?: string; json_schema?: { name?: string; schema?: JsonSchema; strict?: boolean } } | undefined;
    let schema: JsonSchema | undefined;
    if (format?.type === 'json_schema') {
      const name = format.json_schema?.name;
      if (typeof name !== 'string' || !/^[a-zA-Z0-9_-]{1,64}$/.test(name))
        throw invalid("Invalid 'response_format.json_schema.name': must match ^[a-zA-Z0-9_-]{1,64}$.", 'response_format.json_schema.name');
      schema = format.json_schema?.schema;
      if (!schema || typeof schema !== 'object')
        throw invalid("Missing required parameter: 'response_format.json_schema.schema'.", 'response_format.json_schema.schema', 'missing_required_parameter');
      if (format.json_schema?.strict) {
        if (schema.type !== 'object')
          throw invalid(
            `Invalid schema for response_format '${name}': schema must be a JSON Schema of 'type: "object"', got 'type: "${String(schema.type)}"'.`,
            'response_format',
            'invalid_json_schema',
          );
        const problem = strictProblem(schema);
        if (problem) throw invalid(`Invalid schema for response_format '${name}': ${problem}`, 'response_format', 'invalid_json_schema');
      }
    } else if (format !== undefined && format.type !== 'text' && format.type !== 'json_object') {
      throw invalid(`Invalid value: '${String(format.type)}'. Supported values are: 'json_object', 'json_schema', and 'text'.`, 'response_format.type');
    }
    const input = await facts(messages);
    if (input.text.includes('insufficient-quota')) throw quotaError();
    let content: string;
    if (schema) {
      content = JSON.stringify(generate(schema, format?.json_schema?.name ?? 'response', input, ''));
      if (input.text.includes('twin:malformed-json') || settings.malformedStructuredOutputs > 0) {
        if (settings.malformedStructuredOutputs > 0) settings.malformedStructuredOutputs--;
        content = content.slice(0, Math.max(1, Math.floor(content.length / 2)));
      }
    } else {
      content = describe(input);
    }
    const promptTokens = Math.ceil(JSON.stringify(messages).length / 4);
    const completionTokens = Math.ceil(content.length / 4);
    return {
      id: `chatcmpl-${randomUUID().replace(/-/g, '').slice(0, 24)}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null, annotations: [] }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      service_tier: 'default',
      system_fingerprint: 'fp_twin',
    };
  });

  return { app, calls, settings };
}
