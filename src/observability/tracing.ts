// OpenTelemetry traces, off unless OTEL_EXPORTER_OTLP_ENDPOINT (or …_TRACES_ENDPOINT) is set:
// a span per HTTP request, per job step and per upstream call, exported over OTLP/HTTP (the
// standard OTEL_* variables configure the exporter and OTEL_SERVICE_NAME the service). Upstream
// HTTP calls carry W3C `traceparent` (the undici instrumentation covers undici and fetch, which
// every provider client and SDK here uses). The OpenTelemetry packages load only when tracing is on.
import type { FastifyInstance } from 'fastify';

export type Attributes = Record<string, string | number | boolean | undefined>;

/** What the gateway needs from tracing: run `work` inside a span (a no-op when tracing is off). */
export interface Tracing {
  span<T>(name: string, attributes: Attributes, work: () => Promise<T>): Promise<T>;
}

export const noTracing: Tracing = { span: (_name, _attributes, work) => work() };

type Env = Record<string, string | undefined>;

export const tracingEnabled = (env: Env) => Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && env.OTEL_SDK_DISABLED !== 'true';

let started: Promise<{ tracing: Tracing; shutdown(): Promise<void>; api: typeof import('@opentelemetry/api') }> | undefined;

/** Starts the SDK once per process (OpenTelemetry's providers are process-wide). */
async function startSdk(version: string) {
  const [
    api,
    { BasicTracerProvider, BatchSpanProcessor },
    { OTLPTraceExporter },
    { resourceFromAttributes },
    { W3CTraceContextPropagator },
    { AsyncLocalStorageContextManager },
    { UndiciInstrumentation },
    { registerInstrumentations },
  ] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/core'),
    import('@opentelemetry/context-async-hooks'),
    import('@opentelemetry/instrumentation-undici'),
    import('@opentelemetry/instrumentation'),
  ]);
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME ?? 'vision-studio', 'service.version': version }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter(), { scheduledDelayMillis: 1_000 })],
  });
  api.trace.setGlobalTracerProvider(provider);
  api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  api.propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  registerInstrumentations({ instrumentations: [new UndiciInstrumentation()], tracerProvider: provider });
  const tracer = api.trace.getTracer('vision-studio', version);
  const tracing: Tracing = {
    span: (name, attributes, work) =>
      tracer.startActiveSpan(name, { attributes: clean(attributes) }, async (span) => {
        try {
          return await work();
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: api.SpanStatusCode.ERROR, message: (error as Error).message });
          throw error;
        } finally {
          span.end();
        }
      }),
  };
  return { tracing, api, shutdown: () => provider.forceFlush() };
}

const clean = (attributes: Attributes) => Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== undefined)) as Record<string, string | number | boolean>;

/**
 * Turns tracing on for this app when configured: returns the Tracing the engine and guards use,
 * and installs the request spans (incoming `traceparent` continued; ended with the status).
 */
export async function installTracing(app: FastifyInstance, version: string, env: Env = process.env): Promise<Tracing> {
  if (!tracingEnabled(env)) return noTracing;
  const { tracing, api, shutdown } = await (started ??= startSdk(version));
  const tracer = api.trace.getTracer('vision-studio', version);
  const spans = new WeakMap<object, import('@opentelemetry/api').Span>();
  app.addHook('onRequest', async (request) => {
    const parent = api.propagation.extract(api.context.active(), request.headers);
    const route = request.routeOptions.url ?? 'unmatched';
    const span = tracer.startSpan(
      `${request.method} ${route}`,
      {
        kind: api.SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'http.route': route, 'url.path': request.url.split('?')[0] },
      },
      parent,
    );
    spans.set(request, span);
  });
  // The handler runs inside the request's span, so its job submission and calls are its children.
  app.addHook('preHandler', (request, _reply, done) => {
    const span = spans.get(request);
    if (!span) return done();
    api.context.with(api.trace.setSpan(api.context.active(), span), done);
  });
  app.addHook('onResponse', async (request, reply) => {
    const span = spans.get(request);
    if (!span) return;
    span.setAttribute('http.response.status_code', reply.statusCode);
    const provider = request.routeOptions.config?.provider;
    if (provider) span.setAttribute('vision_studio.provider', provider);
    if (reply.statusCode >= 500) span.setStatus({ code: api.SpanStatusCode.ERROR });
    span.end();
  });
  app.addHook('onClose', shutdown);
  return tracing;
}
