// Structured logs (pino): one line per request with its id, provider and timing. Secrets
// (keys, tokens, auth headers, credentials in query strings) are censored wherever they appear
// in a logged object or message, and
// request bodies (which carry base64 media) are never logged.
import { randomUUID } from 'node:crypto';
import type { FastifyServerOptions } from 'fastify';
import { pino, type DestinationStream } from 'pino';

/** Field names whose values are never logged, compared case-insensitively, at any depth. */
const SECRET_FIELDS = new Set(
  [
    'apiKey',
    'api_key',
    'apiToken',
    'api_token',
    'apiSecret',
    'clientSecret',
    'client_secret',
    'access_token',
    'accessToken',
    'password',
    'token',
    'authorization',
    'x-api-key',
    'cookie',
    'set-cookie',
  ].map((name) => name.toLowerCase()),
);

const CENSORED = '[redacted]';
/** Deeper than this a logged object is not searched (nothing the gateway logs nests further). */
const MAX_DEPTH = 8;

/**
 * `value` with every secret-named field censored. Unchanged objects are returned as they are
 * (no copy, nothing mutated), so the usual log line — a few flat fields — costs one pass over
 * its keys. Path-based redaction (pino's `redact`) cost ~15% of a status request's CPU here
 * with the wildcard paths needed to reach nested fields (bench/), and still missed deeper ones.
 */
export function censorSecrets(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactQueryCredentials(value);
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH || Buffer.isBuffer(value)) return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const censored = censorSecrets(item, depth + 1);
      if (censored !== item) (copy ??= [...value])[i] = censored;
    });
    return copy ?? value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    const censored = SECRET_FIELDS.has(key.toLowerCase()) ? CENSORED : censorSecrets(item, depth + 1);
    if (censored !== item) {
      copy ??= value instanceof Error ? errorCopy(value) : { ...value };
      copy![key] = censored;
    }
  }
  // An error's message and stack are not enumerable, and often quote the URL that failed.
  if (value instanceof Error) {
    const message = redactQueryCredentials(value.message);
    const stack = value.stack === undefined ? undefined : redactQueryCredentials(value.stack);
    if (message !== value.message || stack !== value.stack) Object.assign((copy ??= errorCopy(value)), { message, stack });
  }
  return copy ?? value;
}

/** A query parameter name that says its value is a credential (compared decoded and lower-cased). */
const CREDENTIAL_NAME = /key|token|secret|passw|sig|auth|credential|session/;
/** One `name=value` of a query string (after `?`, `&` or `;`), wherever it appears in a text. */
const QUERY_PARAMETER = /([?&;])([^=&#?;\s"'<>]+)=([^&#;\s"'<>]*)/g;

function decodedName(name: string): string {
  let decoded = name.replace(/\+/g, ' ');
  // Names may be percent-encoded, even twice (`x%252Dapi%252Dkey`).
  for (let i = 0; i < 3 && decoded.includes('%'); i++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break;
    }
  }
  return decoded.toLowerCase();
}

/**
 * `text` with the value of every query parameter whose name looks like a credential (key,
 * token, secret, password, sig, signature, auth…; any case, percent-encoded or not) replaced:
 * URLs reach logs in request lines, error messages and fetch failures.
 */
export function redactQueryCredentials(text: string): string {
  if (!text.includes('=')) return text;
  return text.replace(QUERY_PARAMETER, (whole, separator: string, name: string, value: string) =>
    value !== '' && value !== CENSORED && CREDENTIAL_NAME.test(decodedName(name)) ? `${separator}${name}=${CENSORED}` : whole,
  );
}

/** A copy an error serializer reads like the original: same prototype, message, stack and cause. */
function errorCopy(error: Error): Record<string, unknown> {
  const { message, stack, cause } = error;
  return Object.assign(Object.create(Object.getPrototypeOf(error)), { message, stack, cause }, error);
}

/** Log objects are censored; child loggers' bindings are not (pino formats only the root's), so never bind a secret. */
export function loggerOptions(level: string, stream?: DestinationStream): FastifyServerOptions['logger'] {
  return {
    level,
    formatters: {
      log: (object: Record<string, unknown>) => censorSecrets(object) as Record<string, unknown>,
    },
    // The message text too (and its printf-style arguments).
    hooks: {
      logMethod(args: unknown[], method: (...args: unknown[]) => void) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === 'string' ? redactQueryCredentials(arg) : arg)),
        );
      },
    },
    // By default stdout, written asynchronously: while one write is in flight the next lines
    // collect and go out together (a synchronous write per line was ~5% of a status request's
    // CPU under load, bench/). pino flushes what is pending when the process exits.
    stream: stream ?? pino.destination({ dest: 1, sync: false }),
  } as FastifyServerOptions['logger'];
}

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Honours a well-formed incoming X-Request-Id (for tracing through proxies); otherwise a UUID. */
export function requestId(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/** A URL safe to log: query values that look like credentials or signatures are dropped. */
export const loggableUrl = redactQueryCredentials;
