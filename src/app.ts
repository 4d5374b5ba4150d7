// Builds the Fastify app from a typed config, without listening: `serve` and tests both use it.
import { createRequire } from 'node:module';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import { components } from './contract/components.js';
import { SuccessEnvelope } from './contract/envelope.js';
import { ApiKeyring, requireApiKey } from './core/auth.js';
import { installBodyParsers } from './core/body.js';
import { HttpError, installErrorHandlers } from './core/errors.js';
import { loggableUrl, loggerOptions, requestId } from './core/logging.js';
import { buildOpenApiDocument, type OpenApiDocument } from './core/openapi.js';
import type { OperationSpec, ProviderModule } from './core/operation.js';
import { readUpload } from './core/upload.js';
import { validatorCompiler } from './core/validation.js';
import { providers } from './providers/index.js';

const require = createRequire(import.meta.url);
export const VERSION: string = require('../package.json').version;

export interface AppOptions {
  /** Where logs go (tests capture them); default stdout. */
  logStream?: DestinationStream;
  /** Shows a newly generated API key once; default: printed to stderr, outside the log. */
  announceKey?: (key: string) => void;
}

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    openapi: OpenApiDocument;
  }
  interface FastifyContextConfig {
    provider?: string;
  }
}

const healthOperation: OperationSpec = {
  method: 'GET',
  path: '/health',
  tags: ['Health'],
  summary: 'Health Check',
  description: 'Health check endpoint.',
  response: SuccessEnvelope,
  public: true,
};

/** Every operation of the contract, with the provider that serves it. */
export function contractOperations(): { op: OperationSpec; provider?: ProviderModule }[] {
  return [
    ...providers.flatMap((provider) => provider.operations.map((op) => ({ op, provider }))),
    { op: healthOperation },
  ];
}

const fastifyPath = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, ':$1');

function printKeyOnce(key: string): void {
  process.stderr.write(
    `\nNo VISION_STUDIO_API_KEYS set: generated an API key. It is shown only now; only its hash is stored.\n\n    X-API-Key: ${key}\n\n`,
  );
}

export async function buildApp(config: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const startedAt = Date.now();
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    // One line per request, written by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (req) => requestId(req.headers['x-request-id']),
    bodyLimit: config.bodyLimit,
    // Slow or stalled clients must not hold sockets forever.
    requestTimeout: 120_000,
    connectionTimeout: 130_000,
    keepAliveTimeout: 72_000,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 256 },
  });
  app.decorate('config', config);
  app.setValidatorCompiler(validatorCompiler(components));
  // Responses are documented by their schemas but sent as built: the reference's open `result`
  // union would make a schema serializer drop fields.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandlers(app, config.bodyLimit);
  await installBodyParsers(app, config.bodyLimit);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
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

  const keyring = await ApiKeyring.load(config.apiKeys, config.dataDir, options.announceKey ?? printKeyOnce);
  const authenticate = requireApiKey(keyring);

  const operations = contractOperations();
  for (const { op, provider } of operations) {
    app.route({
      method: op.method,
      url: fastifyPath(op.path),
      schema: routeSchema(op),
      config: { provider: provider?.name },
      onRequest: op.public ? undefined : authenticate,
      handler: provider ? providerHandler(config, op, provider) : health(config, startedAt),
    });
  }

  const openapi = buildOpenApiDocument(
    operations.map(({ op }) => op),
    components,
    {
      title: 'Vision Studio API',
      version: VERSION,
      description:
        'One authenticated, asynchronous-by-default API for image, video and audio AI providers. ' +
        'Send your key in the X-API-Key header.',
    },
  );
  app.decorate('openapi', openapi);
  app.get('/openapi.json', { schema: { hide: true } }, async () => openapi);
  await registerDocs(app, openapi);
  return app;
}

/** Only the parts an operation has: Fastify warns about (and would validate) empty ones. */
function routeSchema(op: OperationSpec) {
  return {
    ...(op.body ? { body: op.body } : {}),
    ...(op.params ? { params: op.params } : {}),
    ...(op.query ? { querystring: op.query } : {}),
  };
}

function providerHandler(config: Config, op: OperationSpec, provider: ProviderModule) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // Multipart parts are checked here, as the JSON validator cannot see them.
    if (op.multipart) request.body = await readUpload(request, op.multipart);
    if (!op.handle || !provider.isConfigured(config)) {
      throw new HttpError(503, `${provider.title} is not configured on this gateway: set ${provider.credentials}`, {
        provider: provider.name,
      });
    }
    return op.handle(request, reply);
  };
}

function health(config: Config, startedAt: number) {
  return async () => ({
    status: 'success',
    result: {
      status: 'ok',
      version: VERSION,
      uptime_seconds: Math.round((Date.now() - startedAt) / 1000),
      sandbox: config.sandbox,
      providers: Object.fromEntries(
        providers.map((p) => [p.name, p.isConfigured(config) ? 'configured' : 'missing']),
      ),
    },
  });
}

async function registerDocs(app: FastifyInstance, document: OpenApiDocument): Promise<void> {
  await app.register(swagger, { mode: 'static', specification: { document: document as never } });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    // Everything the page needs is served from this gateway: no CDN, no validator badge.
    uiConfig: { validatorUrl: null, deepLinking: true, displayRequestDuration: true },
    staticCSP:
      "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'self'; " +
      "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; script-src 'self'; style-src 'self'",
  });
}
