// Builds the Fastify app from a typed config, without listening: `serve` and tests both use it.
import { createRequire } from 'node:module';
import helmet from 'helmet';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import { components } from './contract/components.js';
import { SuccessEnvelope } from './contract/envelope.js';
import rateLimit from '@fastify/rate-limit';
import type { Redis } from 'ioredis';
import { ApiKeys, requireApiKey } from './core/auth.js';
import { AuthThrottle } from './core/auth-throttle.js';
import { installBodyParsers } from './core/body.js';
import { answerUnrouted, clientErrorHandler, frameworkErrors, HttpError, installErrorHandlers } from './core/errors.js';
import { loggableUrl, loggerOptions, requestId } from './core/logging.js';
import { buildOpenApiDocument, type OpenApiDocument } from './core/openapi.js';
import type { OperationSpec, ProviderModule, ProviderName } from './core/operation.js';
import { startSandbox, trustGatewayLinks } from './sandbox.js';
import { registerStudio } from './studio.js';
import { mountLazily } from './core/lazy-app.js';
import { installIdempotency } from './core/idempotency.js';
import { ProviderGuards } from './core/resilience.js';
import { checkTextLimits, withTextLimits } from './core/text-limits.js';
import { ResourceStore } from './core/resources.js';
import { readUpload } from './core/upload.js';
import { reportIgnoredFields, validatorCompiler } from './core/validation.js';
import { AssetService } from './assets/assets.js';
import { openBlobStore } from './assets/blob-store.js';
import { assetOperations } from './assets/routes.js';
import { uploadOperation } from './assets/upload.js';
import { handlerContext, providerReachesGateway } from './assets/intake.js';
import { JobEngine, type EngineTiming } from './jobs/engine.js';
import { jobEventOperations } from './jobs/event-stream.js';
import { JobEvents } from './jobs/events.js';
import { jobHandler, jobOperations, jobSchemas, jobView, webhookOperations } from './jobs/http.js';
import { openQueue } from './jobs/queue.js';
import { Retention } from './jobs/retention.js';
import { JobSlots } from './jobs/slots.js';
import { JobStore } from './jobs/store.js';
import { validateWebhookUrl, WebhookDispatcher, type WebhookTiming } from './jobs/webhooks.js';
import type { JobRow } from './storage/schema.js';
import { providers } from './providers/index.js';
import { lockDataDir } from './storage/data-dir-lock.js';
import { installOpenAIErrors } from './compat/errors.js';
import { compatOperations } from './compat/routes.js';
import { failover, loadAliases } from './compat/routing.js';
import { installMetrics, Metrics } from './observability/metrics.js';
import { installTracing } from './observability/tracing.js';
import { PriceTable } from './usage/prices.js';
import { usageOperations } from './usage/routes.js';
import { UsageService } from './usage/usage.js';
import { openStorage, sharedSecret, type Storage } from './storage/database.js';

const require = createRequire(import.meta.url);
export const VERSION: string = require('../package.json').version;

export interface AppOptions {
  /** Where logs go (tests capture them); default stdout. */
  logStream?: DestinationStream;
  /** Shows a newly generated API key once; default: printed to stderr, outside the log. */
  announceKey?: (key: string) => void;
  /** Job engine timing overrides (tests run with short delays). */
  timing?: Partial<EngineTiming>;
  /** Webhook retry timing overrides (tests run with short delays). */
  webhookTiming?: WebhookTiming;
  /** HTTP server time limits against slow clients (tests shorten them); see SERVER_TIMEOUTS. */
  serverTimeouts?: Partial<ServerTimeouts>;
}

export interface ServerTimeouts {
  /** All request headers must arrive within this (slowloris: headers dribbled in): 408, socket closed. */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this (slow uploads): 408. */
  requestTimeoutMs: number;
  /** How often Node checks the two limits above (its default, 30 s, lets a stalled client stay that much longer). */
  checkIntervalMs: number;
}

export const SERVER_TIMEOUTS: ServerTimeouts = { headersTimeoutMs: 20_000, requestTimeoutMs: 120_000, checkIntervalMs: 2_000 };

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    /** Providers served by sandbox twins (empty outside sandbox mode). */
    sandboxed: Set<ProviderName>;
    openapi: OpenApiDocument;
    storage: Storage;
    /** Upstream resources and their owners; providers get it scoped (see HandlerContext). */
    resources: ResourceStore;
    keys: ApiKeys;
    guards: ProviderGuards;
    jobStore: JobStore;
    jobSlots: JobSlots;
    retention: Retention;
    jobs: JobEngine;
    assets: AssetService;
    webhooks: WebhookDispatcher;
    usage: UsageService;
    metrics: Metrics;
    events: JobEvents;
    /** The validated `X-Webhook-Url` of a job-creating request, if any. */
    webhookUrl(request: FastifyRequest): Promise<string | undefined>;
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
  auth: 'none',
};

interface Route {
  op: OperationSpec;
  provider?: ProviderModule;
}

/** Every operation served: the reference contract's, then the gateway's own (jobs, assets). */
export function allOperations(): Route[] {
  return [
    ...providers.flatMap((provider) => provider.operations.map((op) => ({ op: withTextLimits(op, provider.name), provider }))),
    { op: healthOperation },
    ...jobOperations.map((op) => ({ op })),
    ...jobEventOperations.map((op) => ({ op })),
    ...webhookOperations.map((op) => ({ op })),
    ...[uploadOperation, ...assetOperations].map((op) => ({ op })),
    ...usageOperations.map((op) => ({ op })),
  ];
}

const fastifyPath = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, ':$1');

function printKeyOnce(key: string): void {
  process.stderr.write(
    `\nNo VISION_STUDIO_API_KEYS set: generated an API key. It is shown only now; only its hash is stored.\n\n    X-API-Key: ${key}\n\n`,
  );
}

export async function buildApp(given: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const startedAt = Date.now();
  const sandbox = given.sandbox ? await startSandbox(given) : undefined;
  const config = sandbox?.config ?? given;
  const timeouts = { ...SERVER_TIMEOUTS, ...options.serverTimeouts };
  const app = Fastify({
    logger: loggerOptions(config.logLevel, options.logStream),
    // One line per request, written by the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (req) => requestId(req.headers['x-request-id']),
    bodyLimit: config.bodyLimit,
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
  });
  app.decorate('config', config);
  app.decorate('sandboxed', sandbox?.providers ?? new Set<ProviderName>());
  if (sandbox) {
    app.log.warn({ providers: [...sandbox.providers] }, 'SANDBOX MODE: these providers are served by local emulators, not the real services');
    app.addHook('onClose', () => sandbox.close());
    app.addHook('onListen', async () => trustGatewayLinks(app.server.address(), config.publicUrl));
    app.addHook('onSend', async (request, reply) => {
      const provider = request.routeOptions.config?.provider as ProviderName | undefined;
      if (provider && sandbox.providers.has(provider)) reply.header('x-vision-studio-sandbox', '1');
    });
  }
  app.setValidatorCompiler(validatorCompiler([...components, ...jobSchemas]));
  // Responses are documented by their schemas but sent as built: the reference's open `result`
  // union would make a schema serializer drop fields.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  installErrorHandlers(app, config.bodyLimit);
  await installBodyParsers(app, config.bodyLimit);
  // Security headers: helmet's, computed once (they are the same for every answer) and set with
  // the request id in one hook. The docs page replaces the CSP with its own (registerDocs).
  const headers = securityHeaders();
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(headers).header('x-request-id', request.id);
  });
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

  await installRuntime(app, config, options, sandbox?.origins);

  const keys = new ApiKeys(app.storage, config.apiKeys);
  await keys.ensureOne(options.announceKey ?? printKeyOnce);
  app.decorate('keys', keys);
  const redis = await openRedis(app, config);
  const throttle = new AuthThrottle(config.authFailuresPerMinute, redis && { client: redis, prefix: config.redisPrefix });
  const authenticate = requireApiKey(keys, throttle);
  await installRateLimit(app, config, redis);
  installMetrics(app, app.metrics, config.metricsToken);
  const authenticateAssetLink = async (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.query as { exp?: string; sig?: string };
    if (query.sig === undefined && query.exp === undefined) return authenticate(request, reply);
    const { asset_id: id } = request.params as { asset_id: string };
    await throttle.check(request.ip);
    if (!app.assets.isSignedLink(id, query)) {
      await throttle.failed(request.ip);
      throw new HttpError(401, 'Invalid or expired signed link');
    }
  };
  const hooks = { 'api-key': authenticate, none: undefined, 'api-key-or-signature': authenticateAssetLink };

  const addRoute = (instance: FastifyInstance, { op, provider }: Route, prefix = '') =>
    instance.route({
      method: op.method,
      url: fastifyPath(op.path.slice(prefix.length)),
      schema: routeSchema(op),
      config: { provider: provider?.name },
      onRequest: hooks[op.auth ?? 'api-key'],
      preHandler: op.body ? reportIgnoredFields(op.body) : undefined,
      handler: op === healthOperation ? health(app, startedAt) : operationHandler(config, op, provider),
    });
  const routes = allOperations();
  for (const route of routes) addRoute(app, route);
  // The OpenAI-compatible API: its own error shape and not-found answer under /v1.
  app.decorate('modelAliases', loadAliases(config.modelsFile));
  const compat = compatOperations(app.modelAliases);
  await app.register(async (v1) => {
    installOpenAIErrors(v1);
    for (const op of compat) addRoute(v1, { op }, '/v1');
  }, { prefix: '/v1' });

  const openapi = buildOpenApiDocument(
    [...routes, ...compat.map((op) => ({ op }))],
    [...components, ...jobSchemas],
    {
      title: 'Vision Studio API',
      version: VERSION,
      description:
        'One authenticated, asynchronous-by-default API for image, video and audio AI providers. ' +
        'Send your key in the X-API-Key header (or as Authorization: Bearer). Under /v1, OpenAI\'s images, videos and speech APIs over every provider.',
      license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
    },
  );
  app.decorate('openapi', openapi);
  app.get('/openapi.json', { schema: { hide: true } }, async () => openapi);
  registerDocs(app, openapi);
  registerStudio(app);
  return app;
}

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

/**
 * Requests per minute per API key (a key's own limit, else VISION_STUDIO_RATE_LIMIT), counted
 * after authentication; shared through Redis when several processes serve. Unauthenticated
 * routes are counted per client address. 429 with Retry-After and x-ratelimit-* headers.
 */
async function installRateLimit(app: FastifyInstance, config: Config, redis: Redis | undefined): Promise<void> {
  await app.register(rateLimit, {
    global: true,
    hook: 'preValidation',
    timeWindow: 60_000,
    max: (request) => request.caller?.rateLimitPerMinute ?? config.rateLimitPerMinute,
    keyGenerator: (request) => request.caller?.keyId ?? `ip:${request.ip}`,
    ...(redis ? { redis, nameSpace: `${config.redisPrefix}:ratelimit:`, skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) =>
      new HttpError(429, `Rate limit exceeded: ${context.max} requests per minute for this key; retry in ${Math.ceil(context.ttl / 1000)} s`, {}, {
        'retry-after': String(Math.ceil(context.ttl / 1000)),
      }),
  });
}

/** The connection the request limits share through Redis, when configured (ioredis is loaded only then). */
async function openRedis(app: FastifyInstance, config: Config): Promise<Redis | undefined> {
  if (!config.redisUrl) return undefined;
  const redis = new (await import('ioredis')).Redis(config.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', () => {});
  app.addHook('onClose', async () => void redis.disconnect());
  return redis;
}

/** Database, asset store, job queue and engine, started with the app and stopped with it. */
async function installRuntime(app: FastifyInstance, config: Config, options: AppOptions, trustedOrigins?: Set<string>): Promise<void> {
  // The embedded database is this process's alone; job leases left in it belong to a process that died.
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  const storage = await openStorage(config.databaseUrl, config.dataDir).catch((error) => {
    lock?.release();
    throw error;
  });
  const blobs = openBlobStore(config.assetStore, config.dataDir);
  const assets = new AssetService(storage, blobs, {
    secret: await sharedSecret(storage, 'asset-url'),
    urlTtlSeconds: config.assetUrlTtlSeconds,
    allowPrivateNetwork: config.allowPrivateNetwork,
    trustedOrigins,
  });
  const jobStore = new JobStore(storage);
  const timing: Partial<EngineTiming> = {
    pollInitialMs: config.pollInitialMs,
    pollMaxMs: config.pollMaxMs,
    jobTimeoutMs: config.jobTimeoutMs,
    leaseMs: config.jobLeaseMs,
    stepTimeoutMs: config.stepTimeoutMs,
    concurrency: config.jobConcurrency,
    ...options.timing,
  };
  const adapters = new Map(
    providers.flatMap((p) => p.operations.flatMap((op) => (op.job ? [[op.job.key, op.job.adapter] as const] : []))),
  );
  const guards = new ProviderGuards({
    failuresToOpen: config.breakerFailures,
    halfOpenAfterMs: config.breakerOpenMs,
    maxConcurrent: config.upstreamConcurrency,
  });
  app.decorate('guards', guards);
  guards.tracing = await installTracing(app, VERSION);
  const usage = new UsageService(storage, PriceTable.load(config.pricesFile));
  const jobs = new JobEngine({
    guards,
    store: jobStore,
    queue: openQueue(config.redisUrl, timing.concurrency ?? config.jobConcurrency, config.redisPrefix),
    adapters,
    rehost: (job, outputs) => assets.rehost(job, outputs),
    loadAsset: (id) => assets.load(id),
    assetSource: (id) => assets.source(id),
    assetUrl: (id, job) =>
      assets.inputLink(id, providerReachesGateway(config, app.sandboxed, job.provider) ? (job.base_url ?? config.publicUrl) : undefined),
    failover,
    config,
    log: app.log,
    measure: (job, finish) => usage.measure(job, finish),
    tracing: guards.tracing,
    timing,
    takeOverLeases: lock?.fresh === true,
  });
  const webhooks = new WebhookDispatcher({
    storage,
    masterSecret: await sharedSecret(storage, 'webhook-master'),
    log: app.log,
    allowPrivateNetwork: config.allowPrivateNetwork,
    timing: options.webhookTiming,
  });
  const statusPaths = new Map(
    providers.flatMap((p) => p.operations.flatMap((op) => (op.job?.statusPath ? [[op.job.key, op.job.statusPath] as const] : []))),
  );
  /** Standard Webhooks payload: {type, timestamp, data}, data being the job as GET /api/v1/jobs/{id} shows it. */
  const notify = async (job: JobRow) => {
    const data = await jobView(job, assets, job.base_url ?? config.publicUrl ?? '', statusPaths.get(job.operation));
    await webhooks.enqueue(job, { type: `job.${job.state}`, timestamp: new Date().toISOString(), data });
  };
  const metrics = new Metrics({ circuits: () => guards.states(), queue: () => jobStore.countUnfinishedByState() });
  guards.observer = (provider, status, seconds) => metrics.upstreamCall(provider, status, seconds);
  app.decorate('metrics', metrics);
  const recordUsage = (job: JobRow) =>
    usage.record(job).then((recorded) => recorded && metrics.usageRecorded(recorded), (err) => app.log.error({ err, jobId: job.id }, 'could not record the job\'s usage'));
  const events = await JobEvents.open({ storage, databaseUrl: config.databaseUrl, redisUrl: config.redisUrl, redisPrefix: config.redisPrefix, log: app.log });
  app.decorate('events', events);
  jobs.on('change', (job: JobRow) => {
    events.record(job).catch((err) => app.log.error({ err, jobId: job.id }, 'could not record the job event'));
  });
  jobs.on('final', (job: JobRow) => {
    metrics.jobEnded(job);
    void recordUsage(job);
    if (job.webhook_url) notify(job).catch((err) => app.log.error({ err, jobId: job.id }, 'could not record the webhook delivery'));
  });
  // A process that died between finishing a job and recording its webhook leaves it undelivered.
  let recovery: NodeJS.Timeout | undefined;
  const recoverWebhooks = async () => {
    try {
      for (const job of await jobStore.finishedWithoutDelivery(Date.now() - 24 * 3_600_000, 100)) await notify(job);
      // Likewise a job's usage (the ledger and its budget), recorded once whoever gets there first.
      for (const job of await usage.unrecorded(Date.now() - 24 * 3_600_000, 100)) await recordUsage(job);
    } catch (err) {
      app.log.error({ err }, 'webhook recovery failed');
    }
    recovery = setTimeout(recoverWebhooks, 60_000);
    recovery.unref();
  };
  installIdempotency(app, storage, { abandonAfterMs: config.syncWaitMs + 120_000 });
  app.decorate('storage', storage);
  app.decorate('resources', new ResourceStore(storage));
  app.decorate('webhooks', webhooks);
  app.decorate('jobStore', jobStore);
  app.decorate('jobSlots', new JobSlots(storage));
  const retention = new Retention(storage, blobs, config);
  app.decorate('retention', retention);
  app.decorate('jobs', jobs);
  app.decorate('assets', assets);
  app.decorate('usage', usage);
  app.decorate('webhookUrl', async (request: FastifyRequest) => {
    const header = request.headers['x-webhook-url'];
    const value = Array.isArray(header) ? header[0] : header;
    return value ? validateWebhookUrl(value, { allowPrivateNetwork: config.allowPrivateNetwork }) : undefined;
  });
  app.addHook('onReady', async () => {
    await jobs.start();
    await webhooks.start();
    recovery = setTimeout(recoverWebhooks, 5_000);
    recovery.unref();
    retention.start(app.log);
  });
  // Open event streams would keep the server from closing.
  app.addHook('preClose', async () => events.endStreams());
  app.addHook('onClose', async () => {
    clearTimeout(recovery);
    retention.stop();
    await jobs.stop();
    await events.close();
    await webhooks.stop();
    await blobs.close?.();
    await storage.close();
    lock?.release();
  });
}

/** Only the parts an operation has: Fastify warns about (and would validate) empty ones. */
function routeSchema(op: OperationSpec) {
  return {
    ...(op.body ? { body: op.body } : {}),
    ...(op.params ? { params: op.params } : {}),
    ...(op.query ? { querystring: op.query } : {}),
  };
}

function operationHandler(config: Config, op: OperationSpec, provider: ProviderModule | undefined) {
  const run = op.job && provider ? jobHandler(op, provider.name) : op.handle;
  return async (request: FastifyRequest, reply: FastifyReply) => {
    // Multipart parts are checked here, as the JSON validator cannot see them.
    if (op.multipart && !op.rawMediaBody && !op.readsOwnParts) request.body = await readUpload(request, op.multipart);
    if (op.textLimits) checkTextLimits(request.body, op.textLimits);
    const unconfigured = provider && !op.withoutCredentials && !provider.isConfigured(config);
    if (!run || unconfigured) {
      const name = provider?.title ?? 'This operation';
      throw new HttpError(503, `${name} is not configured on this gateway: set ${provider?.credentials ?? 'its credentials'}`, {
        ...(provider ? { provider: provider.name } : {}),
      });
    }
    // The gateway's own routes (jobs, assets) record nothing; they get a registry of their own.
    return run(request, reply, handlerContext(request, provider?.name ?? 'gateway'));
  };
}

function health(app: FastifyInstance, startedAt: number) {
  return async () => ({
    status: 'success',
    result: {
      status: 'ok',
      version: VERSION,
      uptime_seconds: Math.round((Date.now() - startedAt) / 1000),
      sandbox: app.config.sandbox,
      database: app.storage.dialect,
      queue: app.config.redisUrl ? 'redis' : 'local',
      asset_store: app.assets.blobs.kind,
      circuits: app.guards.states(),
      providers: Object.fromEntries(
        providers.map((p) => [p.name, app.sandboxed.has(p.name) ? 'sandbox' : p.isConfigured(app.config) ? 'configured' : 'missing']),
      ),
    },
  });
}

/** The docs page (/docs, /docs/json, its static files), its plugins loaded on the first request. */
function registerDocs(app: FastifyInstance, document: OpenApiDocument): void {
  mountLazily(app, ['/docs', '/docs/*'], () => buildDocsApp(document));
}

async function buildDocsApp(document: OpenApiDocument): Promise<FastifyInstance> {
  const [{ default: swagger }, { default: swaggerUi }] = await Promise.all([import('@fastify/swagger'), import('@fastify/swagger-ui')]);
  const docsApp = Fastify();
  await docsApp.register(swagger, { mode: 'static', specification: { document: document as never } });
  await docsApp.register(swaggerUi, {
    routePrefix: '/docs',
    // Everything the page needs is served from this gateway: no CDN, no validator badge.
    uiConfig: { validatorUrl: null, deepLinking: true, displayRequestDuration: true },
    staticCSP:
      "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'self'; " +
      "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; script-src 'self'; style-src 'self'",
  });
  await docsApp.ready();
  return docsApp;
}
