// Structured logs (pino): one line per request with its id, provider and timing. Secrets
// (keys, tokens, auth headers) are censored wherever they appear in a logged object, and
// request bodies (which carry base64 media) are never logged.
import { randomUUID } from 'node:crypto';
import type { FastifyServerOptions } from 'fastify';
import type { DestinationStream } from 'pino';

const SECRET_FIELDS = [
  'apiKey', 'api_key', 'apiToken', 'api_token', 'apiSecret', 'clientSecret', 'client_secret',
  'access_token', 'accessToken', 'password', 'token', 'authorization', 'x-api-key',
];

const field = (name: string) => (/^\w+$/.test(name) ? `.${name}` : `["${name}"]`);

/** Censored at the top level and up to two objects deep in anything logged. */
export const REDACT_PATHS = [
  'req.headers.cookie',
  ...SECRET_FIELDS.flatMap((name) => [
    ...(/^\w+$/.test(name) ? [name] : []),
    `*${field(name)}`,
    `*.*${field(name)}`,
    `req.headers${field(name)}`,
  ]),
];

export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    ...(stream ? { stream } : {}),
  } as FastifyServerOptions['logger'];
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Honours a well-formed incoming X-Request-Id (for tracing through proxies); otherwise a UUID. */
export function requestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/** A URL safe to log: query values that look like credentials or signatures are dropped. */
export function loggableUrl(url: string): string {
  return url.replace(/([?&](?:sig|signature|token|key|api_key|access_token)=)[^&]*/gi, '$1[redacted]');
}
