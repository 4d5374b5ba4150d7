// The gateway's runtime, started with the app and stopped with it: the data-dir lock, the
// database, the asset store, the job queue and engine, job events, webhooks, usage, metrics,
// retention and idempotency. (Concurrent job slots are with the other limits, ./limits.ts.)
import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { installIdempotency } from './idempotency.js';
import { ProviderGuards } from '../core/resilience.js';
import { ResourceStore } from './resource-store.js';
import { failover } from '../compat/routing.js';
import { AssetService } from '../assets/assets.js';
import { openBlobStore } from '../assets/blob-store.js';
import { seedSamples } from '../assets/samples.js';
import { resubmitToTwins } from '../sandbox.js';
import { providerReachesGateway } from '../assets/intake.js';
import { JobEngine } from '../jobs/engine.js';
import type { EngineTiming } from '../jobs/engine-types.js';
import { JobEvents } from '../jobs/events.js';
import { FinishedJobs } from '../jobs/finished.js';
import { openQueue } from '../jobs/queue.js';
import { Retention } from '../jobs/retention.js';
import { JobStore } from '../jobs/store.js';
import { validateWebhookUrl, WebhookDispatcher, type WebhookTiming } from '../jobs/webhooks.js';
import { Metrics } from '../observability/metrics.js';
import { installTracing } from '../observability/tracing.js';
import { providers } from '../providers/index.js';
import { lockDataDir } from '../storage/data-dir-lock.js';
import { openStorage, sharedSecret, type Storage } from '../storage/database.js';
import type { JobRow } from '../storage/schema.js';
import { PriceTable } from '../usage/prices.js';
import { UsageService } from '../usage/usage.js';
import { VERSION } from '../version.js';

declare module 'fastify' {
  interface FastifyInstance {
    storage: Storage;
    /** Upstream resources and their owners; providers get it scoped (see HandlerContext). */
    resources: ResourceStore;
    guards: ProviderGuards;
    jobStore: JobStore;
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
}

export interface RuntimeOptions {
  /** Job engine timing overrides (tests run with short delays). */
  timing?: Partial<EngineTiming>;
  /** Webhook retry timing overrides (tests run with short delays). */
  webhookTiming?: WebhookTiming;
  /** Origins of the sandbox twins, whose asset links are trusted. */
  trustedOrigins?: Set<string>;
}

async function runtime(app: FastifyInstance, options: RuntimeOptions): Promise<void> {
  const { config } = app;
  // The embedded database is this process's alone; job leases left in it belong to a process that died.
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  const storage = await openStorage(config.databaseUrl, config.dataDir).catch((error) => {
    lock?.release();
    throw error;
  });
  const blobs = openBlobStore(config.assetStore, config.dataDir, process.env, storage);
  const assets = new AssetService(storage, blobs, {
    secret: await sharedSecret(storage, 'asset-url'),
    urlTtlSeconds: config.assetUrlTtlSeconds,
    allowPrivateNetwork: config.allowPrivateNetwork,
    trustedOrigins: options.trustedOrigins,
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
  const adapters = new Map(providers.flatMap((p) => p.operations.flatMap((op) => (op.job ? [[op.job.key, op.job.adapter] as const] : []))));
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
    loadAsset: (id, written) => assets.load(id, written),
    assetSource: (id, written) => assets.source(id, written),
    assetUrl: (id, job) => assets.inputLink(id, providerReachesGateway(config, app.sandboxed, job.provider) ? (job.base_url ?? config.publicUrl) : undefined),
    failover,
    config,
    log: app.log,
    measure: (job, finish) => usage.measure(job, finish),
    // One transaction with the step's end: the job's event, and once final its usage (events and finished are set up below).
    endWrites: (job, moved) => [...(moved ? [events.statement(job)] : []), ...finished.endWrites(job)],
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
  const metrics = new Metrics({ circuits: () => guards.states(), queue: () => jobStore.countUnfinishedByState(), bodies: () => app.bodyBudget.usage() });
  guards.observer = (provider, status, seconds) => metrics.upstreamCall(provider, status, seconds);
  app.decorate('metrics', metrics);
  const finished = new FinishedJobs({
    jobStore,
    assets,
    usage,
    webhooks,
    metrics,
    statusPaths: new Map(providers.flatMap((p) => p.operations.flatMap((op) => (op.job?.statusPath ? [[op.job.key, op.job.statusPath] as const] : [])))),
    publicUrl: config.publicUrl,
    log: app.log,
  });
  const events = await JobEvents.open({ storage, databaseUrl: config.databaseUrl, redisUrl: config.redisUrl, redisPrefix: config.redisPrefix, log: app.log });
  app.decorate('events', events);
  // The event is written with the step's end (endWrites, above): only the announcement is left.
  jobs.on('change', (job: JobRow) => {
    events.announce(job.id).catch((err) => app.log.error({ err, jobId: job.id }, 'could not announce the job event'));
  });
  jobs.on('final', (job: JobRow) => finished.ended(job));
  installIdempotency(app, storage, { abandonAfterMs: config.syncWaitMs + 120_000 });
  app.decorate('storage', storage);
  app.decorate('resources', new ResourceStore(storage));
  app.decorate('webhooks', webhooks);
  app.decorate('jobStore', jobStore);
  const retention = new Retention(storage, blobs, config);
  app.decorate('retention', retention);
  app.decorate('jobs', jobs);
  app.decorate('assets', assets);
  if (config.sandbox) await seedSamples(assets);
  // This process is the data dir's only one: jobs its twins' predecessors held are sent to the new twins.
  if (lock?.fresh) await resubmitToTwins(storage, app.sandboxed, app.log);
  app.decorate('usage', usage);
  app.decorate('webhookUrl', async (request: FastifyRequest) => {
    const header = request.headers['x-webhook-url'];
    const value = Array.isArray(header) ? header[0] : header;
    return value ? validateWebhookUrl(value, { allowPrivateNetwork: config.allowPrivateNetwork }) : undefined;
  });
  app.addHook('onReady', async () => {
    await jobs.start();
    await webhooks.start();
    finished.start();
    retention.start(app.log);
  });
  // Open event streams would keep the server from closing.
  app.addHook('preClose', async () => events.endStreams());
  app.addHook('onClose', async () => {
    finished.stop();
    retention.stop();
    await jobs.stop();
    await events.close();
    await webhooks.stop();
    await blobs.close?.();
    await storage.close();
    lock?.release();
  });
}

export default fp(runtime, { name: 'vision-studio-runtime', dependencies: ['vision-studio-http'], decorators: { fastify: ['config', 'sandboxed'] } });
