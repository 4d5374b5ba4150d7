// The gateway's error answers, all in FastAPI's shape: {"detail": ...}. One place builds them,
// so every provider and every failure mode answers the same way. No stack trace or secret
// ever reaches a response.
import type { FastifyError, FastifyInstance } from 'fastify';
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

  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ detail: 'Not Found' }));
}
