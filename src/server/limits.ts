// Who may call and how much: API keys (one generated and shown once if none is configured),
// the authentication failure throttle, the per-key rate limit and the concurrent job slots.
// Routes pick their check from `routeAuth` by the operation's `auth`.
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { Config } from '../config.js';
import { ApiKeys, requireApiKey } from './auth.js';
import { AuthThrottle } from './auth-throttle.js';
import { HttpError } from '../core/errors.js';
import type { OperationSpec } from '../core/operation.js';
import { JobSlots } from '../jobs/slots.js';

type AuthHook = (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
export type RouteAuth = Record<NonNullable<OperationSpec['auth']>, AuthHook | undefined>;

declare module 'fastify' {
  interface FastifyInstance {
    keys: ApiKeys;
    jobSlots: JobSlots;
    /** The onRequest check of each kind of operation `auth`. */
    routeAuth: RouteAuth;
  }
}

export interface LimitsOptions {
  /** Shows a newly generated API key once; default: printed to stderr, outside the log. */
  announceKey?: (key: string) => void;
}

function printKeyOnce(key: string): void {
  process.stderr.write(`\nNo VISION_STUDIO_API_KEYS set: generated an API key. It is shown only now; only its hash is stored.\n\n    X-API-Key: ${key}\n\n`);
}

async function authAndLimits(app: FastifyInstance, options: LimitsOptions): Promise<void> {
  const { config } = app;
  const keys = new ApiKeys(app.storage, config.apiKeys);
  await keys.ensureOne(options.announceKey ?? printKeyOnce);
  app.decorate('keys', keys);
  app.decorate('jobSlots', new JobSlots(app.storage));
  const redis = await openRedis(app, config);
  const throttle = new AuthThrottle(config.authFailuresPerMinute, redis && { client: redis, prefix: config.redisPrefix });
  const authenticate = requireApiKey(keys, throttle);
  await installRateLimit(app, config, redis);
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
  app.decorate('routeAuth', { 'api-key': authenticate, none: undefined, 'api-key-or-signature': authenticateAssetLink } satisfies RouteAuth);
}

export default fp(authAndLimits, { name: 'vision-studio-limits', dependencies: ['vision-studio-runtime'] });

/**
 * Requests per minute per API key (a key's own limit, else VISION_STUDIO_RATE_LIMIT), counted
 * after authentication; shared through Redis when several processes serve. Unauthenticated
 * routes are counted per client address. 429 with Retry-After and x-ratelimit-* headers.
 * Registered before the routes: it limits only routes added after it.
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
      new HttpError(
        429,
        `Rate limit exceeded: ${context.max} requests per minute for this key; retry in ${Math.ceil(context.ttl / 1000)} s`,
        {},
        {
          'retry-after': String(Math.ceil(context.ttl / 1000)),
        },
      ),
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
