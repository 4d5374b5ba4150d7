// Google's error shape, {"error": {code, message, status, details?}}, as the Google twin answers it.
import type { FastifyReply } from 'fastify';

const STATUS_WORD: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

export class GoogleFailure extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly details?: unknown[],
  ) {
    super(message);
  }
}

export const fail = (code: number, message: string, details?: unknown[]) => new GoogleFailure(code, message, details);

export function sendError(reply: FastifyReply, error: GoogleFailure) {
  return reply.code(error.code).send({
    error: { code: error.code, message: error.message, status: STATUS_WORD[error.code] ?? 'UNKNOWN', ...(error.details ? { details: error.details } : {}) },
  });
}
