// HTTP hardening: the server's limits against slow clients and large bodies, security headers
// and the request id on every answer, one log line per request, and the error answers
// (validation, unknown paths, 405, framing errors, everything else) in FastAPI's shape.
import cors from '@fastify/cors';
import helmet from 'helmet';
import fp from 'fastify-plugin';
import { LogController, type FastifyHttpOptions, type FastifyInstance } from 'fastify';
import type { Server } from 'node:http';
import type { DestinationStream } from 'pino';
import type { Config } from '../config.js';
import { components } from '../contract/components.js';
import { installBodyParsers } from '../core/body.js';
import { installBodyBudget } from './body-budget.js';
import { answerUnrouted, clientErrorHandler, frameworkErrors, installErrorHandlers } from '../core/errors.js';
import { loggableUrl, loggerOptions, requestId } from '../core/logging.js';
import { validatorCompiler } from '../core/validation.js';
import { jobSchemas } from '../jobs/http.js';

export interface ServerTimeouts {
  /** All request headers must arrive within this (slowloris: headers dribbled in): 408, socket closed. */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this (slow uploads): 408. */
  requestTimeoutMs: number;
  /** How often Node checks the two limits above (its default, 30 s, lets a stalled client stay that much longer). */
  checkIntervalMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = { headersTimeoutMs: 20_000, requestTimeoutMs: 120_000, checkIntervalMs: 2_000 };

/** The options the Fastify instance is created with (they cannot be set by a plugin). */
export function serverOptions(config: Config, logStream?: DestinationStream, serverTimeouts?: Partial<ServerTimeouts>): FastifyHttpOptions<Server> {
  const timeouts = { ...SERVER_TIMEOUTS, ...serverTimeouts };
  return {
    logger: loggerOptions(config.logLevel, logStream),
    // One line per request, written by the onResponse hook of the plugin below.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (req) => requestId(req.headers['x-request-id']),
    bodyLimit: config.bodyLimit,
    // Behind trusted proxies, request.ip (auth throttling, unauthenticated rate limits) is the
    // client's, and links made from the request follow X-Forwarded-Proto and -Host.
    ...(config.trustProxy === undefined ? {} : { trustProxy: config.trustProxy }),
    // Slow or stalled clients must not hold sockets forever: headers and the whole request have
    // deadlines (408 and the socket closed), and an idle socket is closed.
    http: { headersTimeout: timeouts.headersTimeoutMs, connectionsCheckingInterval: timeouts.checkIntervalMs },
    requestTimeout: timeouts.requestTimeoutMs,
    connectionTimeout: timeouts.requestTimeoutMs + 10_000,
    keepAliveTimeout: 72_000,
    clientErrorHandler,
    frameworkErrors,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 256 },
  };
}

async function httpHardening(app: FastifyInstance): Promise<void> {
  const { config } = app;
  app.setValidatorCompiler(validatorCompiler([...components, ...jobSchemas]));
  // Responses are documented by their schemas but sent as built: the reference's open `result`
  // union would make a schema serializer drop fields.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandlers(app, config.bodyLimit);
  await installBodyParsers(app, config.bodyLimit);
  installBodyBudget(app, config.bodyMemoryLimit, config.bodyMemoryWaitMs, config.bodyLimit);
  // Security headers: helmet's, computed once (they are the same for every answer) and set with
  // the request id in one hook. The docs page replaces the CSP with its own (see ./docs.ts).
  const headers = securityHeaders();
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers).header('x-request-id', request.id);
  });
  if (config.corsOrigins) await app.register(cors, corsOptions(config.corsOrigins));
  app.addHook('onRequest', answerUnrouted(app));
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        url: loggableUrl(request.url),
        statusCode: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 100) / 100,
        provider: request.routeOptions.config?.provider,
      },
      'request',
    );
  });
}

export default fp(httpHardening, { name: 'vision-studio-http', decorators: { fastify: ['config'] } });

/** helmet's headers for our options, read off its middleware once. */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => void (headers[name.toLowerCase()] = value),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet({
    // JSON answers load nothing: `default-src 'none'` and no other directive.
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"] } },
    // No HSTS by default: the gateway usually runs behind a TLS-terminating proxy, which is the
    // place to send Strict-Transport-Security (a plain-HTTP gateway must not send it).
    strictTransportSecurity: false,
    // Signed asset links are meant to be embedded by pages on other origins (<img src>).
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  })({} as never, response as never, () => {});
  return headers;
}

/** Answer headers a page reading the API needs to see (a browser hides the others). */
const EXPOSED_HEADERS = [
  'x-request-id',
  'x-vision-studio-task-id',
  'x-vision-studio-ignored-fields',
  'idempotent-replayed',
  'retry-after',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'content-disposition',
];

/**
 * CORS for the origins the operator named (VISION_STUDIO_CORS_ORIGINS), so that web apps can call
 * the API, `/v1` included, from a page. Keys travel in headers, never cookies, so no credentials
 * mode; the headers a preflight asks for are allowed (the OpenAI SDKs send their own
 * `x-stainless-*` ones), and a preflight is answered before any auth, as browsers require.
 */
function corsOptions(origins: string[]) {
  return {
    origin: origins[0] === '*' ? '*' : origins,
    methods: ['GET', 'HEAD', 'POST', 'DELETE'],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
    strictPreflight: false,
  };
}
