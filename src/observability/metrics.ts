// Prometheus metrics (prom-client), one registry per app: requests, jobs, upstream calls,
// circuits, the job queue and estimated cost. Each process exposes its own at GET /metrics
// (operator keys, or VISION_STUDIO_METRICS_TOKEN as a bearer token); counters and histograms
// are summed across processes by Prometheus, queue depth is the shared database's (take max).
import { hash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { API_KEY_HEADER } from '../server/auth.js';
import { HttpError } from '../core/errors.js';
import type { JobRow } from '../storage/schema.js';
import type { JobUsage } from '../usage/usage.js';

/** Seconds: from a fast JSON answer to a synchronous video job. */
const REQUEST_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
const JOB_BUCKETS = [1, 2, 5, 10, 30, 60, 120, 300, 600, 1800];
const UPSTREAM_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

const CIRCUIT_VALUES = { closed: 0, 'half-open': 1, open: 2 } as const;

export class Metrics {
  readonly registry = new Registry();
  private readonly requests = new Counter({
    name: 'vision_studio_http_requests_total',
    help: 'HTTP requests answered, by route (its pattern) and status',
    labelNames: ['method', 'route', 'status'],
    registers: [this.registry],
  });
  private readonly requestSeconds = new Histogram({
    name: 'vision_studio_http_request_duration_seconds',
    help: 'Time to answer an HTTP request',
    labelNames: ['method', 'route', 'status'],
    buckets: REQUEST_BUCKETS,
    registers: [this.registry],
  });
  private readonly jobs = new Counter({
    name: 'vision_studio_jobs_total',
    help: 'Jobs that ended in this process, by provider, operation and final state',
    labelNames: ['provider', 'operation', 'state'],
    registers: [this.registry],
  });
  private readonly jobSeconds = new Histogram({
    name: 'vision_studio_job_duration_seconds',
    help: "From a job's creation to its end",
    labelNames: ['provider', 'operation', 'state'],
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });
  private readonly upstreamSeconds = new Histogram({
    name: 'vision_studio_upstream_request_duration_seconds',
    help: 'Calls to providers: status is ok, the upstream HTTP status, or the failure code (timeout, network_error, circuit_open, …)',
    labelNames: ['provider', 'status'],
    buckets: UPSTREAM_BUCKETS,
    registers: [this.registry],
  });
  private readonly costs = new Counter({
    name: 'vision_studio_usage_cost_usd_total',
    help: 'Estimated cost of the jobs this process recorded, in USD (pricing/prices.json)',
    labelNames: ['provider'],
    registers: [this.registry],
  });

  constructor(sources: {
    circuits(): Record<string, keyof typeof CIRCUIT_VALUES>;
    queue(): Promise<Record<string, number>>;
    bodies(): { bytes: number; waiting: number };
  }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'vision_studio_' });
    new Gauge({
      name: 'vision_studio_circuit_state',
      help: 'Circuit breaker per provider called by this process: 0 closed, 1 half-open, 2 open',
      labelNames: ['provider'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [provider, state] of Object.entries(sources.circuits())) this.set({ provider }, CIRCUIT_VALUES[state]);
      },
    });
    new Gauge({
      name: 'vision_studio_queue_depth',
      help: 'Jobs queued or running in the shared database (the same in every process: aggregate with max)',
      labelNames: ['state'],
      registers: [this.registry],
      async collect() {
        const counts = await sources.queue();
        for (const state of ['queued', 'running']) this.set({ state }, counts[state] ?? 0);
      },
    });
    new Gauge({
      name: 'vision_studio_request_body_bytes',
      help: 'Request bodies in memory in this process (VISION_STUDIO_BODY_MEMORY_LIMIT bounds them), bytes as declared',
      registers: [this.registry],
      collect() {
        this.set(sources.bodies().bytes);
      },
    });
    new Gauge({
      name: 'vision_studio_request_bodies_waiting',
      help: 'Requests whose body waits for room under VISION_STUDIO_BODY_MEMORY_LIMIT in this process',
      registers: [this.registry],
      collect() {
        this.set(sources.bodies().waiting);
      },
    });
  }

  request(method: string, route: string, status: number, seconds: number): void {
    const labels = { method, route, status: String(status) };
    this.requests.inc(labels);
    this.requestSeconds.observe(labels, seconds);
  }

  jobEnded(job: JobRow): void {
    const labels = { provider: job.provider, operation: job.operation, state: job.state };
    this.jobs.inc(labels);
    if (job.finished_at !== null) this.jobSeconds.observe(labels, (job.finished_at - job.created_at) / 1000);
  }

  upstreamCall(provider: string, status: string, seconds: number): void {
    this.upstreamSeconds.observe({ provider, status }, seconds);
  }

  usageRecorded(usage: JobUsage): void {
    if (usage.cost_usd) this.costs.inc({ provider: usage.provider }, usage.cost_usd);
  }
}

/** Route label: the pattern, never the raw URL (ids would make a series per job). */
const routeOf = (request: FastifyRequest) => request.routeOptions.url ?? 'unmatched';

/** Counts every answer, and serves GET /metrics to operator keys or the metrics token. */
export function installMetrics(app: FastifyInstance, metrics: Metrics, token: string | undefined): void {
  app.addHook('onResponse', async (request, reply) => {
    metrics.request(request.method, routeOf(request), reply.statusCode, reply.elapsedTime / 1000);
  });
  const authorize = async (request: FastifyRequest) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
    const header = request.headers[API_KEY_HEADER];
    const presented = bearer ?? (Array.isArray(header) ? header[0] : header);
    const challenge = { 'www-authenticate': 'Bearer realm="metrics"' };
    if (!presented) throw new HttpError(401, 'Missing credentials: send an operator API key or the metrics token as Authorization: Bearer …', {}, challenge);
    if (token !== undefined && timingSafeEqualText(presented, token)) return;
    const caller = await app.keys.verify(presented);
    if (!caller) throw new HttpError(401, 'Invalid API key or metrics token', {}, challenge);
    if (!caller.admin) throw new HttpError(403, 'Metrics are for operator keys (VISION_STUDIO_API_KEYS or keys create --admin) or the metrics token');
  };
  app.get('/metrics', { schema: { hide: true }, onRequest: authorize }, async (_request: FastifyRequest, reply: FastifyReply) => {
    const body = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(body);
  });
}

/** Compares two secrets without revealing, through timing, how much of one matches. */
function timingSafeEqualText(a: string, b: string): boolean {
  return timingSafeEqual(hash('sha256', a, 'buffer'), hash('sha256', b, 'buffer'));
}
