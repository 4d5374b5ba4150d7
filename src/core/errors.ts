// The gateway's error answers, all in FastAPI's shape: {"detail": ...}. One place builds them,
// so every provider and every failure mode answers the same way. No stack trace or secret
// ever reaches a response.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UpstreamError } from './upstream-error.js';
import { RequestValidationError } from './validation.js';

/** An error answered as `status` with `{"detail": message, ...extra}`. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** What went wrong upstream, from a thrown UpstreamError or a failed job's record. */
export interface UpstreamFailure {
  provider: string;
  code: string;
  message: string;
  upstream_status?: number;
  retryAfterMs?: number;
}

/** A thrown UpstreamError as the failure upstreamHttpError answers (the code callers see included). */
export function failureOf(error: UpstreamError): UpstreamFailure {
  return { provider: error.provider, code: error.reportedCode, message: error.message, upstream_status: error.status, retryAfterMs: error.retryAfterMs };
}

/** Failures that are the caller's input to change, whatever HTTP status the provider used
 * (Google reports safety blocks inside a 200 answer). */
const CALLERS_TO_FIX = new Set(['content_moderation', 'invalid_request', 'unsupported_media_type', 'input_too_large', 'input_unreachable']);

/**
 * How an upstream failure is answered, the same for every provider and for sync jobs: the
 * provider's rate limit → 429 (Retry-After); a paused provider → 503; out of time → 504; the
 * caller's input refused (400, 413, 415, 422, BRIA's 460 "could not fetch", moderation) → 422;
 * a resource the provider does not have or will not change now (404, 409, 410, 412) → the same
 * status; the gateway's credentials refused, the provider failing, an output that could not be
 * copied, or an answer the gateway cannot read → 502.
 */
export function upstreamHttpError(failure: UpstreamFailure, extra: Record<string, unknown> = {}): HttpError {
  const status = failure.upstream_status;
  const body = {
    provider: failure.provider,
    code: failure.code,
    ...(status !== undefined ? { upstream_status: status } : {}),
    ...extra,
  };
  const seconds = (ms: number | undefined, fallback: number) => String(Math.max(1, Math.ceil((ms ?? fallback) / 1000)));
  if (status === 429 || failure.code === 'rate_limited') {
    return new HttpError(429, failure.message, body, { 'retry-after': seconds(failure.retryAfterMs, 30_000) });
  }
  if (failure.code === 'circuit_open' || failure.code === 'bulkhead_full') {
    return new HttpError(503, failure.message, body, { 'retry-after': seconds(failure.retryAfterMs, 5_000) });
  }
  if (failure.code === 'timeout') return new HttpError(504, failure.message, body);
  if (CALLERS_TO_FIX.has(failure.code)) return new HttpError(422, failure.message, body);
  if (failure.code === 'output_unavailable' || failure.code === 'upstream_auth') return new HttpError(502, failure.message, body);
  if (status === undefined || status < 400 || status >= 500 || status === 401 || status === 403 || status === 407) {
    return new HttpError(502, failure.message, body);
  }
  if ([404, 409, 410, 412].includes(status)) return new HttpError(status, failure.message, body);
  return new HttpError(422, failure.message, body);
}

/** A body whose framing (content type, JSON syntax, size) is wrong, mapped to FastAPI's answers. */
function framingError(error: FastifyError, limit: number): { status: number; body: unknown } | undefined {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: { detail: `Request body is too large: the limit is ${limit} bytes` } };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      // FastAPI does not parse a body of another type, so the model sees no object.
      return {
        status: 422,
        body: {
          detail: [
            {
              loc: ['body'],
              msg: 'Input should be a valid dictionary or object to extract fields from; send Content-Type: application/json',
              type: 'model_attributes_type',
            },
          ],
        },
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, body: { detail: 'Content-Length does not match the body' } };
    default:
      return undefined;
  }
}

export function installErrorHandlers(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof RequestValidationError) {
      return reply.code(422).send({ detail: error.detail });
    }
    if (error instanceof UpstreamError) {
      const mapped = upstreamHttpError(failureOf(error));
      return reply
        .code(mapped.statusCode)
        .headers(mapped.headers)
        .send({ detail: mapped.message, ...mapped.extra });
    }
    if (error instanceof HttpError) {
      return reply
        .code(error.statusCode)
        .headers(error.headers)
        .send({ detail: error.message, ...error.extra });
    }
    const framing = framingError(error, bodyLimit);
    if (framing) return reply.code(framing.status).send(framing.body);
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own 4xx (e.g. a malformed multipart body): its message names no secret.
      return reply.code(status).send({ detail: error.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ detail: 'Internal Server Error' });
  });

  app.setNotFoundHandler((request, reply) => reply.code(404).send(notFoundBody(request)));
}

/**
 * An onRequest hook answering a request no route takes: 405 with `Allow` when the path is
 * served with other methods, else 404. It answers before anything reads a body: a method
 * Fastify expects a body with (e.g. QUERY) would otherwise be refused for its missing
 * Content-Type. Register it after the hooks every answer needs (security headers, request id).
 */
export function answerUnrouted(app: FastifyInstance) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.is404) return;
    const allowed = allowedMethods(app, request.url);
    if (allowed.length === 0) return reply.code(404).send(notFoundBody(request));
    return reply
      .code(405)
      .header('allow', allowed.join(', '))
      .send(errorBody(request, `Method Not Allowed: this path is served with ${allowed.join(', ')}`));
  };
}

// Not OPTIONS: with CORS on, a preflight route answers it on every path (src/server/http.ts).
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The methods a path is served with (none: it is not a path of this gateway). */
export function allowedMethods(app: FastifyInstance, url: string): string[] {
  const path = url.split('?')[0];
  return METHODS.filter((method) => app.findRoute({ method: method as never, url: path }) !== null);
}

/**
 * Answers a request Node rejects before Fastify sees it (Fastify's `clientErrorHandler`): a
 * malformed request line or header, headers too large, a client too slow to send its headers or
 * body. Same statuses as Fastify's default handler, in FastAPI's shape; then the socket closes.
 */
export function clientErrorHandler(this: FastifyInstance, error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail]: [number, string] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout: the request did not arrive in time']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request header fields are too large']
        : [400, 'Bad Request: the HTTP request is malformed'];
  this.log.debug({ code: error.code, status }, 'client error');
  if (socket.writable) {
    const body = JSON.stringify({ detail });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` + `Content-Type: application/json\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/**
 * Fastify's router refusals (its `frameworkErrors` option), which bypass the error handler: a URL
 * with a malformed %-escape (400), a path parameter longer than the router's limit (414). In
 * FastAPI's shape, and without echoing the URL back.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const [status, detail]: [number, string] =
    error.code === 'FST_ERR_BAD_URL'
      ? [400, 'Bad Request: the URL is not valid (a malformed %-escape)']
      : error.code === 'FST_ERR_MAX_PARAM_LENGTH'
        ? [414, 'URI Too Long: a path parameter is longer than the gateway accepts']
        : [400, 'Bad Request'];
  void reply.code(status).send(errorBody(request, detail));
}

/**
 * An error answered before any route was found: in FastAPI's shape, or in OpenAI's under /v1 (the
 * OpenAI-compatible API, whose clients read `error.message`).
 */
/** FastAPI's 404; on /v1, OpenAI's ("Invalid URL"), with what the gateway serves there. */
function notFoundBody(request: FastifyRequest) {
  if (!request.url.startsWith('/v1/')) return errorBody(request, 'Not Found');
  const path = request.url.split('?')[0];
  return errorBody(
    request,
    `Invalid URL (${request.method} ${path}): this gateway serves OpenAI's /v1/models, /v1/images/generations, /v1/images/edits, /v1/videos and /v1/audio/speech`,
  );
}

function errorBody(request: FastifyRequest, message: string) {
  return request.url.startsWith('/v1/') ? { error: { message, type: 'invalid_request_error', param: null, code: null } } : { detail: message };
}
