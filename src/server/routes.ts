// Every route the gateway serves: the reference contract's operations, /health, jobs, assets,
// usage, the OpenAI-compatible API under /v1, /metrics and the Studio.
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TObject } from '@sinclair/typebox';
import type { Config } from '../config.js';
import { SuccessEnvelope } from '../contract/envelope.js';
import { HttpError } from '../core/errors.js';
import type { OperationSpec, ProviderModule } from '../core/operation.js';
import { checkTextLimits, withTextLimits } from '../core/text-limits.js';
import { partNamesOf, readUpload } from '../core/upload.js';
import { reportIgnored, reportIgnoredFields } from '../core/validation.js';
import { assetOperations } from '../assets/routes.js';
import { uploadOperation } from '../assets/upload.js';
import { handlerContext } from '../assets/intake.js';
import { isProviderConfigured } from '../core/provider-settings.js';
import { installOpenAIErrors } from '../compat/errors.js';
import { compatOperations } from '../compat/routes.js';
import { loadAliases } from '../compat/routing.js';
import { jobEventOperations } from '../jobs/event-stream.js';
import { jobHandler, jobOperations, webhookOperations } from '../jobs/http.js';
import { installMetrics } from '../observability/metrics.js';
import { providers } from '../providers/index.js';
import { registerStudio } from '../studio.js';
import { usageOperations } from '../usage/routes.js';
import { VERSION } from '../version.js';

declare module 'fastify' {
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

export interface Route {
  op: OperationSpec;
  provider?: ProviderModule;
}

/** Every operation served outside /v1: the reference contract's, then the gateway's own (jobs, assets). */
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

export interface RoutesOptions {
  /** When the gateway started (for /health's uptime). */
  startedAt: number;
}

/** An onSend hook naming the multipart parts the form does not have (`image[]` is the field `image`), once they were read. */
function reportIgnoredParts(form: TObject) {
  return async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const names = partNamesOf(request);
    if (names) reportIgnored(reply, [...new Set(names.filter((name) => !Object.hasOwn(form.properties, name.replace(/\[\]$/, ''))))]);
    return payload;
  };
}

const fastifyPath = (openApiPath: string) => openApiPath.replace(/\{(\w+)\}/g, ':$1');

/** For `lastParamTakesRest`: the path with its last parameter as a wildcard, and that parameter's name. */
function restOfPath(openApiPath: string): { url: string; param: string } {
  const last = /\{(\w+)\}$/.exec(openApiPath);
  if (!last) throw new Error(`${openApiPath}: lastParamTakesRest needs a parameter at the end of the path`);
  return { url: `${fastifyPath(openApiPath.slice(0, last.index))}*`, param: last[1] };
}

async function routes(app: FastifyInstance, { startedAt }: RoutesOptions): Promise<void> {
  const { config, routeAuth } = app;
  installMetrics(app, app.metrics, config.metricsToken);
  const addRoute = (instance: FastifyInstance, { op, provider }: Route, prefix = '') => {
    const path = op.path.slice(prefix.length);
    const route = {
      method: op.method,
      url: fastifyPath(path),
      schema: routeSchema(op),
      config: { provider: provider?.name },
      onRequest: routeAuth[op.auth ?? 'api-key'],
      preHandler: op.body || op.multipart ? reportIgnoredFields((op.body ?? op.multipart)!) : undefined,
      onSend: op.multipart ? reportIgnoredParts(op.multipart) : undefined,
      handler: op === healthOperation ? health(app, startedAt) : operationHandler(config, op, provider),
    };
    instance.route(route);
    if (!op.lastParamTakesRest) return;
    // The wildcard's match becomes the parameter before the params schema is checked.
    const rest = restOfPath(path);
    instance.route({
      ...route,
      url: rest.url,
      preValidation: async (request: FastifyRequest) => {
        const { '*': tail, ...params } = request.params as Record<string, string>;
        request.params = { ...params, [rest.param]: tail };
      },
    });
  };
  for (const route of allOperations()) addRoute(app, route);
  // The OpenAI-compatible API: its own error shape and not-found answer under /v1.
  app.decorate('modelAliases', loadAliases(config.modelsFile));
  const compat = compatOperations(app.modelAliases);
  await app.register(
    async (v1) => {
      installOpenAIErrors(v1);
      for (const op of compat) addRoute(v1, { op }, '/v1');
    },
    { prefix: '/v1' },
  );
}

export default fp(routes, { name: 'vision-studio-routes', dependencies: ['vision-studio-http', 'vision-studio-runtime', 'vision-studio-limits'] });

/** The Studio at /studio, and / redirecting there. */
export const studio = fp(async (app: FastifyInstance) => registerStudio(app), { name: 'vision-studio-studio', dependencies: ['vision-studio-http'] });

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
    const unconfigured = provider && !op.withoutCredentials && !isProviderConfigured(provider, config);
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
      providers: Object.fromEntries(providers.map((p) => [p.name, app.sandboxed.has(p.name) ? 'sandbox' : isProviderConfigured(p, app.config) ? 'configured' : 'missing'])),
    },
  });
}
