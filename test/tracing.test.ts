// OpenTelemetry: with OTEL_EXPORTER_OTLP_ENDPOINT pointing at an OTLP/HTTP receiver this test
// runs on loopback, a job-creating request is traced as request → job step → upstream call, the
// provider (the OpenAI twin) receives a W3C traceparent of the same trace, and the job id and
// provider are span attributes.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { testApp, TEST_KEY, type TestApp } from './support/app.js';
import { startOpenAITwin } from './support/twins.js';
import { until } from './support/until.js';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

describe('OpenTelemetry traces', () => {
  const spans: OtlpSpan[] = [];
  let receiver: Server;
  let openai: Awaited<ReturnType<typeof startOpenAITwin>>;
  let gateway: TestApp;

  before(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        if (req.url === '/v1/traces' && /json/.test(req.headers['content-type'] ?? '')) {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          for (const rs of body.resourceSpans ?? []) for (const ss of rs.scopeSpans ?? []) spans.push(...ss.spans);
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    // The exporter reads the standard variables, as in production.
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    openai = await startOpenAITwin();
    gateway = await testApp({ VISION_STUDIO_LOG_LEVEL: 'silent', VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1', ...openai.env });
  });

  after(async () => {
    await gateway?.close();
    await openai?.app.close();
    await new Promise((resolve) => receiver?.close(resolve));
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  });

  it('a span per request, per job step and per upstream call, with traceparent sent to the provider', async () => {
    const incoming = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const response = await gateway.app.inject({
      method: 'POST',
      url: '/api/v1/openai/image/generation/generate-image',
      headers: { 'x-api-key': TEST_KEY, 'content-type': 'application/json', traceparent: incoming },
      payload: { prompt: 'a traced kite', quality: 'low' },
    });
    assert.equal(response.statusCode, 200, response.body);
    const jobId = JSON.parse((await gateway.app.inject({ method: 'GET', url: '/api/v1/jobs?limit=1', headers: { 'x-api-key': TEST_KEY } })).body).result.jobs[0].id;

    const request = await until(() => spans.find((s) => s.name === 'POST /api/v1/openai/image/generation/generate-image'), 'the request span', 30_000);
    assert.equal(request.traceId, '0af7651916cd43dd8448eb211c80319c', "the caller's trace is continued");
    assert.equal(request.parentSpanId, 'b7ad6b7169203331');
    assert.equal(attribute(request, 'http.response.status_code'), 200);
    assert.equal(attribute(request, 'vision_studio.provider'), 'openai');

    const step = await until(() => spans.find((s) => s.name === 'job step' && attribute(s, 'vision_studio.job_id') === jobId), 'the job step span', 30_000);
    assert.equal(attribute(step, 'vision_studio.provider'), 'openai');
    assert.equal(attribute(step, 'vision_studio.operation'), 'openai.generate-image');
    const upstream = await until(() => spans.find((s) => s.name === 'upstream openai' && s.parentSpanId === step.spanId), 'the upstream call span', 30_000);
    assert.equal(upstream.traceId, step.traceId);

    // The provider saw a traceparent of the step's trace, from a span under the upstream call.
    const call = openai.calls.find((c) => c.path === '/v1/images/generations')!;
    const traceparent = String(call.headers.traceparent);
    assert.match(traceparent, /^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$/);
    assert.equal(traceparent.split('-')[1], step.traceId);
    const http = await until(() => spans.find((s) => s.spanId === traceparent.split('-')[2]), 'the outgoing HTTP span', 30_000);
    assert.equal(http.parentSpanId, upstream.spanId);
  });
});
