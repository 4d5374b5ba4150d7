// Small pieces of HTTP every twin answers with.
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The origin the caller reached the twin at (output and status links are built on it). */
export const originOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

/** An object-storage error, as S3-style signed links answer (expired, bad signature, missing key). */
export const storageError = (reply: FastifyReply, status: number, code: string, message?: string) =>
  reply
    .code(status)
    .type('application/xml')
    .send(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code>${message ? `<Message>${message}</Message>` : ''}</Error>`);

/** Resolves after `ms` (a twin's stand-in for the time real work takes). */
export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
