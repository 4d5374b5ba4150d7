// Errors under /v1 in OpenAI's shape, `{"error": {"message", "type", "param", "code"}}`, with the
// statuses OpenAI uses, so that OpenAI SDKs raise their typed errors (BadRequestError,
// AuthenticationError, NotFoundError, RateLimitError, InternalServerError…). Everything the
// gateway already throws (validation, HttpError, UpstreamError) is translated here, once.
import type { FastifyError, FastifyInstance } from 'fastify';
import { failureOf, HttpError, upstreamHttpError } from '../core/errors.js';
import { UpstreamError } from '../core/upstream-error.js';
import { RequestValidationError } from '../core/validation.js';

/** An error answered in OpenAI's shape. `param` names the OpenAI request field at fault. */
export class OpenAIError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'OpenAIError';
  }
}

/** 400 naming the parameter a model cannot honour (or that is malformed). */
export const badParam = (param: string, message: string, code = 'invalid_value') => new OpenAIError(400, message, param, code);

export const modelNotFound = (model: string) => new OpenAIError(404, `The model '${model}' does not exist on this gateway: GET /v1/models lists them`, 'model', 'model_not_found');

const TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'invalid_request_error',
  409: 'invalid_request_error',
  413: 'invalid_request_error',
  429: 'rate_limit_error',
};

/**
 * Our statuses → OpenAI's: a request the gateway or the provider refused as invalid (422) is
 * OpenAI's 400; the rest keep their status.
 */
function toOpenAI(error: unknown): OpenAIError | undefined {
  if (error instanceof OpenAIError) return error;
  if (error instanceof RequestValidationError) {
    const first = error.detail[0];
    // A field's name; a body that is not JSON at all names none.
    const param = first && first.type !== 'json_invalid' ? first.loc.filter((part) => part !== 'body' && part !== 'query' && part !== 'path').join('.') || null : null;
    return new OpenAIError(400, error.message, param, first?.type ?? null);
  }
  const http = error instanceof UpstreamError ? upstreamHttpError(failureOf(error)) : error instanceof HttpError ? error : undefined;
  if (http) {
    const code = typeof http.extra.code === 'string' ? http.extra.code : null;
    return new OpenAIError(http.statusCode === 422 ? 400 : http.statusCode, http.message, null, code, http.headers);
  }
  return undefined;
}

export function openAIErrorBody(error: OpenAIError) {
  const type = TYPES[error.statusCode] ?? (error.statusCode >= 500 ? 'server_error' : 'invalid_request_error');
  return { error: { message: error.message, type, param: error.param, code: error.code } };
}

/** Error and not-found handlers of the /v1 plugin. */
export function installOpenAIErrors(v1: FastifyInstance): void {
  v1.setErrorHandler((error: FastifyError, request, reply) => {
    let mapped = toOpenAI(error);
    if (!mapped) {
      const status = error.statusCode ?? 500;
      if (status >= 500) request.log.error({ err: error }, 'unhandled error');
      // Fastify's own 4xx (malformed JSON or multipart, a body too large) name no secret.
      mapped =
        status < 500
          ? new OpenAIError(status === 422 ? 400 : status, error.message, null, error.code ?? null)
          : new OpenAIError(500, 'Internal Server Error', null, 'internal_error');
    }
    return reply.code(mapped.statusCode).headers(mapped.headers).send(openAIErrorBody(mapped));
  });
  v1.setNotFoundHandler((request, reply) => {
    const error = new OpenAIError(404, `Unknown request URL: ${request.method} ${request.url.split('?')[0]}`, null, 'unknown_url');
    return reply.code(404).send(openAIErrorBody(error));
  });
}
