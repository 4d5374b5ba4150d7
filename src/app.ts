// Builds the Fastify app from a typed config, without listening: `serve` and tests both use it.
// The app is a few plugins (src/server/), registered in this order, each declaring those it
// needs: HTTP hardening, the runtime (database, jobs, webhooks…), auth and limits, the routes,
// the OpenAPI document and docs page, the Studio.
import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import type { ProviderName } from './core/operation.js';
import type { EngineTiming } from './jobs/engine-types.js';
import type { WebhookTiming } from './jobs/webhooks.js';
import { startSandbox, trustGatewayLinks } from './sandbox.js';
import docs from './server/docs.js';
import httpHardening, { serverOptions, type ServerTimeouts } from './server/http.js';
import limits from './server/limits.js';
import routes, { studio } from './server/routes.js';
import runtime from './server/runtime.js';

export { VERSION } from './version.js';
export { SERVER_TIMEOUTS, securityHeaders, type ServerTimeouts } from './server/http.js';
export { allOperations } from './server/routes.js';

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

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    /** Providers served by sandbox twins (empty outside sandbox mode). */
    sandboxed: Set<ProviderName>;
  }
}

export async function buildApp(given: Config, options: AppOptions = {}): Promise<FastifyInstance> {
  const startedAt = Date.now();
  const sandbox = given.sandbox ? await startSandbox(given) : undefined;
  const config = sandbox?.config ?? given;
  const app = Fastify(serverOptions(config, options.logStream, options.serverTimeouts));
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
  await app.register(httpHardening);
  await app.register(runtime, { timing: options.timing, webhookTiming: options.webhookTiming, trustedOrigins: sandbox?.origins });
  await app.register(limits, { announceKey: options.announceKey });
  await app.register(routes, { startedAt });
  await app.register(docs);
  await app.register(studio);
  return app;
}
