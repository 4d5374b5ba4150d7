// OpenAI's error bodies ({"error": {message, type, param, code}}), as the OpenAI twin answers them.
import type { FastifyReply } from 'fastify';

export interface OpenAIErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

export class TwinError extends Error {
  constructor(
    readonly status: number,
    readonly body: OpenAIErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

export const invalid = (message: string, param: string | null, code: string | null = 'invalid_value') =>
  new TwinError(400, { message, type: 'invalid_request_error', param, code });

export const sendError = (reply: FastifyReply, error: TwinError) => reply.code(error.status).headers(error.headers).send({ error: error.body });
