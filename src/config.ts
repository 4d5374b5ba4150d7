// One typed configuration, read from the environment (and CLI flags), validated at start.
import os from 'node:os';
import path from 'node:path';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { compile as compileProxyTrust } from '@fastify/proxy-addr';

const Url = Type.String({ pattern: '^https?://' });
/** A provider's model id, as it goes into a path or a body: a setting that names a model takes nothing else. */
const ModelName = Type.String({ pattern: '^[A-Za-z0-9._-]{1,64}$' });

export const ConfigSchema = Type.Object({
  host: Type.String({ minLength: 1 }),
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  dataDir: Type.String({ minLength: 1 }),
  /** Accepted API keys from VISION_STUDIO_API_KEYS; empty → a generated key stored (hashed) in dataDir. */
  apiKeys: Type.Array(Type.String({ minLength: 1 })),
  sandbox: Type.Boolean(),
  databaseUrl: Type.Optional(Type.String()),
  redisUrl: Type.Optional(Type.String()),
  assetStore: Type.Optional(Type.String()),
  publicUrl: Type.Optional(Url),
  /**
   * The proxies in front that may say who the client is (X-Forwarded-For, -Proto, -Host): their
   * addresses and subnets. Absent: the connection's own peer is the client.
   */
  trustProxy: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
  /** YAML file of model aliases for the OpenAI-compatible API (src/compat/routing.ts). */
  modelsFile: Type.Optional(Type.String({ minLength: 1 })),
  /** Web origins whose pages may call the API from a browser (CORS), or ['*'] for any; absent: none. */
  corsOrigins: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
  allowPrivateNetwork: Type.Boolean(),
  /** Largest accepted request body, bytes. Base64 media make bodies large; 32 MiB holds a 20 MB image. */
  bodyLimit: Type.Integer({ minimum: 1024 }),
  /** Request bodies held in memory at once, bytes (src/server/body-budget.ts); a body that does not fit waits. */
  bodyMemoryLimit: Type.Integer({ minimum: 1024 * 1024 }),
  /** How long a body waits for room in that budget before 503. */
  bodyMemoryWaitMs: Type.Integer({ minimum: 0 }),
  /** Requests per minute per API key, unless the key has its own limit. */
  rateLimitPerMinute: Type.Integer({ minimum: 1 }),
  /** Failed authentications (wrong key or signed link) per client address and minute before 429. */
  authFailuresPerMinute: Type.Integer({ minimum: 1 }),
  /** Jobs queued or running at once per API key, unless the key has its own limit. */
  maxConcurrentJobs: Type.Integer({ minimum: 1 }),
  /** Consecutive provider failures (5xx, timeouts) that open its circuit, and how long it stays open. */
  breakerFailures: Type.Integer({ minimum: 1 }),
  breakerOpenMs: Type.Integer({ minimum: 100 }),
  /** Upstream calls in flight to one provider at once (per process). */
  upstreamConcurrency: Type.Integer({ minimum: 1 }),
  /** Job steps (start, poll, copying outputs) running at once in this process, all providers together. */
  jobConcurrency: Type.Integer({ minimum: 1 }),
  /** How long a `sync: true` request waits for its job before answering with the task id. */
  syncWaitMs: Type.Integer({ minimum: 0 }),
  /** A job with no final state after this long is `expired`. */
  jobTimeoutMs: Type.Integer({ minimum: 1000 }),
  /** How long one job step may run before another process may take the job over (after a crash). */
  jobLeaseMs: Type.Integer({ minimum: 500 }),
  /** The longest one upstream call of a job may take. */
  stepTimeoutMs: Type.Integer({ minimum: 1000 }),
  /** First and largest delay between two polls of an upstream job. */
  pollInitialMs: Type.Integer({ minimum: 1 }),
  pollMaxMs: Type.Integer({ minimum: 1 }),
  /** Days finished jobs and their outputs are kept (0: for ever). */
  retentionDays: Type.Integer({ minimum: 0 }),
  /** Days inputs (media sent inline or uploaded) are kept, unless an unfinished job needs them (0: for ever). */
  inputRetentionDays: Type.Integer({ minimum: 0 }),
  /** How long a signed asset link works. */
  assetUrlTtlSeconds: Type.Integer({ minimum: 60 }),
  /** Key prefix in Redis, so several deployments can share one server. */
  redisPrefix: Type.String({ minLength: 1, pattern: '^[\\w.:-]+$' }),
  /** Bearer token that may read /metrics besides operator keys. */
  metricsToken: Type.Optional(Type.String({ minLength: 16 })),
  /** The price table that costs jobs (default: pricing/prices.json in the repository). */
  pricesFile: Type.Optional(Type.String({ minLength: 1 })),
  logLevel: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
  providers: Type.Object({
    bria: Type.Object({ apiToken: Type.Optional(Type.String()), baseUrl: Url }),
    firefly: Type.Object({
      clientId: Type.Optional(Type.String()),
      clientSecret: Type.Optional(Type.String()),
      baseUrl: Url,
      imsUrl: Url,
    }),
    runway: Type.Object({ apiSecret: Type.Optional(Type.String()), baseUrl: Url }),
    openai: Type.Object({
      apiKey: Type.Optional(Type.String()),
      baseUrl: Url,
      /** The reference operations' GPT image model (OPENAI_IMAGE_MODEL; absent: src/providers/openai/client.ts IMAGE_MODEL). */
      imageModel: Type.Optional(ModelName),
      /** The LLM operations' chat model (OPENAI_LLM_MODEL; absent: src/providers/llm/client.ts DEFAULT_MODELS). */
      llmModel: Type.Optional(ModelName),
    }),
    google: Type.Object({
      apiKey: Type.Optional(Type.String()),
      project: Type.Optional(Type.String()),
      location: Type.Optional(Type.String()),
      credentialsFile: Type.Optional(Type.String()),
      baseUrl: Type.Optional(Url),
      /** The LLM operations' Gemini model (GEMINI_LLM_MODEL; absent: src/providers/llm/client.ts DEFAULT_MODELS). */
      llmModel: Type.Optional(ModelName),
    }),
  }),
});

export type Config = Static<typeof ConfigSchema>;

/** Shortest key accepted in VISION_STUDIO_API_KEYS: a short key can be guessed. */
export const MIN_API_KEY_LENGTH = 16;

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

/** Command-line flags that override the environment. */
export interface ConfigOverrides {
  host?: string;
  port?: number;
  dataDir?: string;
  sandbox?: boolean;
}

const nonEmpty = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : v.trim());
/** A comma-separated setting's entries, trimmed, empty ones dropped. */
const commaList = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
const flag = (v: string | undefined) => v !== undefined && ['1', 'true', 'yes', 'on'].includes(v.trim().toLowerCase());

function integer(env: Env, name: string, fallback: number): number {
  const raw = nonEmpty(env[name]);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return Number(raw);
}

/**
 * VISION_STUDIO_TRUST_PROXY: a comma-separated list of proxy addresses and subnets (`10.0.0.0/8`,
 * `loopback`, `uniquelocal`…). Neither "everyone" nor a hop count: anyone who can reach the
 * gateway directly could then pick their own address.
 */
function trustProxy(env: Env): Config['trustProxy'] {
  const raw = nonEmpty(env.VISION_STUDIO_TRUST_PROXY);
  if (raw === undefined) return undefined;
  const entries = commaList(raw);
  try {
    // A bare number would be read as an IPv4 address ("1" as 0.0.0.1), never as a hop count.
    const number = entries.find((entry) => /^\d+$/.test(entry));
    if (number !== undefined) throw new Error(`"${number}" is not an address (a number of hops is not accepted)`);
    compileProxyTrust(entries);
  } catch (error) {
    throw new ConfigError(
      `VISION_STUDIO_TRUST_PROXY must be a comma-separated list of the proxies' addresses or subnets (e.g. "10.0.0.0/8,loopback"): ${(error as Error).message}`,
    );
  }
  return entries;
}

/**
 * VISION_STUDIO_CORS_ORIGINS: a comma-separated list of origins (`https://app.example.com`), or
 * `*`. Each is an origin exactly as a browser sends it: scheme, host and port, no path.
 */
function corsOrigins(env: Env): Config['corsOrigins'] {
  const raw = nonEmpty(env.VISION_STUDIO_CORS_ORIGINS);
  if (raw === undefined) return undefined;
  const entries = commaList(raw);
  if (entries.length === 1 && entries[0] === '*') return entries;
  for (const entry of entries) {
    let origin: string | undefined;
    try {
      origin = new URL(entry).origin;
    } catch {
      origin = undefined;
    }
    if (origin !== entry || !/^https?:/.test(entry)) {
      throw new ConfigError(
        `VISION_STUDIO_CORS_ORIGINS must be "*" or a comma-separated list of origins such as "https://app.example.com" (scheme, host and port, no path or trailing slash): "${entry.slice(0, 100)}" is not one`,
      );
    }
  }
  return entries;
}

/** Provider credentials and base URLs (defaults: the real services). */
export function providersFromEnv(env: Env): Config['providers'] {
  return {
    bria: {
      apiToken: nonEmpty(env.BRIA_API_TOKEN),
      baseUrl: nonEmpty(env.BRIA_BASE_URL) ?? 'https://engine.prod.bria-api.com',
    },
    firefly: {
      clientId: nonEmpty(env.FIREFLY_CLIENT_ID),
      clientSecret: nonEmpty(env.FIREFLY_CLIENT_SECRET),
      baseUrl: nonEmpty(env.FIREFLY_BASE_URL) ?? 'https://firefly-api.adobe.io',
      imsUrl: nonEmpty(env.FIREFLY_IMS_URL) ?? 'https://ims-na1.adobelogin.com',
    },
    runway: {
      apiSecret: nonEmpty(env.RUNWAYML_API_SECRET),
      baseUrl: nonEmpty(env.RUNWAY_BASE_URL) ?? 'https://api.dev.runwayml.com',
    },
    openai: {
      apiKey: nonEmpty(env.OPENAI_API_KEY),
      baseUrl: nonEmpty(env.OPENAI_BASE_URL) ?? 'https://api.openai.com/v1',
      imageModel: nonEmpty(env.OPENAI_IMAGE_MODEL),
      llmModel: nonEmpty(env.OPENAI_LLM_MODEL),
    },
    google: {
      apiKey: nonEmpty(env.GEMINI_API_KEY),
      project: nonEmpty(env.GOOGLE_CLOUD_PROJECT),
      location: nonEmpty(env.GOOGLE_CLOUD_LOCATION),
      credentialsFile: nonEmpty(env.GOOGLE_APPLICATION_CREDENTIALS),
      baseUrl: nonEmpty(env.GOOGLE_GENAI_BASE_URL),
      llmModel: nonEmpty(env.GEMINI_LLM_MODEL),
    },
  };
}

/**
 * The default budget for request bodies in memory: an eighth of the memory the process may use
 * (its cgroup limit, else the machine's), at least 64 MiB and at most 1 GiB. Bodies cost about
 * three times their size while they are parsed and decoded, so that keeps them within about a
 * third of a container's memory.
 */
export function defaultBodyMemoryLimit(): number {
  const memory = process.constrainedMemory?.() || os.totalmem();
  return Math.round(Math.min(1024 * 2 ** 20, Math.max(64 * 2 ** 20, memory / 8)));
}

export function loadConfig(env: Env = process.env, overrides: ConfigOverrides = {}): Config {
  const config: Config = {
    host: overrides.host ?? nonEmpty(env.VISION_STUDIO_HOST) ?? '127.0.0.1',
    port: overrides.port ?? integer(env, 'VISION_STUDIO_PORT', 8000),
    dataDir: path.resolve(overrides.dataDir ?? nonEmpty(env.VISION_STUDIO_DATA_DIR) ?? 'data'),
    apiKeys: commaList(env.VISION_STUDIO_API_KEYS),
    sandbox: overrides.sandbox ?? flag(env.VISION_STUDIO_SANDBOX),
    databaseUrl: nonEmpty(env.VISION_STUDIO_DATABASE_URL),
    redisUrl: nonEmpty(env.VISION_STUDIO_REDIS_URL),
    assetStore: nonEmpty(env.VISION_STUDIO_ASSET_STORE),
    publicUrl: nonEmpty(env.VISION_STUDIO_PUBLIC_URL)?.replace(/\/+$/, ''),
    trustProxy: trustProxy(env),
    modelsFile: nonEmpty(env.VISION_STUDIO_MODELS_FILE),
    corsOrigins: corsOrigins(env),
    allowPrivateNetwork: flag(env.VISION_STUDIO_ALLOW_PRIVATE_NETWORK),
    bodyLimit: integer(env, 'VISION_STUDIO_BODY_LIMIT', 32 * 1024 * 1024),
    bodyMemoryLimit: integer(env, 'VISION_STUDIO_BODY_MEMORY_LIMIT', defaultBodyMemoryLimit()),
    bodyMemoryWaitMs: integer(env, 'VISION_STUDIO_BODY_MEMORY_WAIT_MS', 30_000),
    rateLimitPerMinute: integer(env, 'VISION_STUDIO_RATE_LIMIT', 600),
    authFailuresPerMinute: integer(env, 'VISION_STUDIO_AUTH_FAILURE_LIMIT', 20),
    maxConcurrentJobs: integer(env, 'VISION_STUDIO_MAX_CONCURRENT_JOBS', 1_000),
    breakerFailures: integer(env, 'VISION_STUDIO_BREAKER_FAILURES', 5),
    breakerOpenMs: integer(env, 'VISION_STUDIO_BREAKER_OPEN_MS', 30_000),
    upstreamConcurrency: integer(env, 'VISION_STUDIO_UPSTREAM_CONCURRENCY', 32),
    jobConcurrency: integer(env, 'VISION_STUDIO_JOB_CONCURRENCY', 32),
    syncWaitMs: integer(env, 'VISION_STUDIO_SYNC_WAIT_MS', 60_000),
    jobTimeoutMs: integer(env, 'VISION_STUDIO_JOB_TIMEOUT_MS', 30 * 60_000),
    jobLeaseMs: integer(env, 'VISION_STUDIO_JOB_LEASE_MS', 60_000),
    stepTimeoutMs: integer(env, 'VISION_STUDIO_STEP_TIMEOUT_MS', 300_000),
    pollInitialMs: integer(env, 'VISION_STUDIO_POLL_INITIAL_MS', 1_000),
    pollMaxMs: integer(env, 'VISION_STUDIO_POLL_MAX_MS', 10_000),
    assetUrlTtlSeconds: integer(env, 'VISION_STUDIO_ASSET_URL_TTL', 7 * 24 * 3600),
    retentionDays: integer(env, 'VISION_STUDIO_RETENTION_DAYS', 30),
    inputRetentionDays: integer(env, 'VISION_STUDIO_INPUT_RETENTION_DAYS', 7),
    redisPrefix: nonEmpty(env.VISION_STUDIO_REDIS_PREFIX) ?? 'vision-studio',
    pricesFile: nonEmpty(env.VISION_STUDIO_PRICES_FILE),
    metricsToken: nonEmpty(env.VISION_STUDIO_METRICS_TOKEN),
    logLevel: (nonEmpty(env.VISION_STUDIO_LOG_LEVEL) ?? 'info') as Config['logLevel'],
    providers: providersFromEnv(env),
  };
  const weak = config.apiKeys.findIndex((key) => key.length < MIN_API_KEY_LENGTH);
  if (weak >= 0) {
    // Which key, never the key itself.
    throw new ConfigError(
      `VISION_STUDIO_API_KEYS: key ${weak + 1} of ${config.apiKeys.length} is shorter than ${MIN_API_KEY_LENGTH} characters; ` +
        'use long random keys (e.g. `openssl rand -base64 32`) or `vision-studio keys create`',
    );
  }
  const problems = [...Value.Errors(ConfigSchema, config)];
  if (problems.length > 0) {
    // Name the setting, never echo its value: it may be a secret.
    const where = problems.map((p) => `${p.path || '/'}: ${p.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${where}`);
  }
  return config;
}
