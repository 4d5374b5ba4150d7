// The built bundle (dist/bundle/, what `npm start` and the `vision-studio` command run), started
// as a user starts it: each check reaches a part the bundle must still find at run time — the
// worker threads' scripts, the native addons, files in the package (samples, prices, the
// Studio), packages loaded from node_modules (ffmpeg, swagger-ui) and SDKs loaded on demand
// (the Google SDK, OpenTelemetry's, sending spans to a collector here).
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type GatewayProcess, startGateway } from './support/process.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUNDLE = path.join(ROOT, 'dist/bundle/cli.js');

describe('the built bundle', () => {
  let gateway: GatewayProcess;
  let dataDir: string;
  let bearer: Record<string, string>;
  let collector: Server;
  const traceExports: string[] = [];

  before(async () => {
    collector = createServer((request, response) => {
      traceExports.push(`${request.method} ${request.url}`);
      request.resume().on('end', () => response.end('{}'));
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const otlp = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
    assert.ok(existsSync(BUNDLE), `${BUNDLE} is missing: run \`npm run build\``);
    assert.ok(statSync(BUNDLE).mtimeMs >= statSync(path.join(ROOT, 'dist/cli.js')).mtimeMs, 'the bundle is older than dist/: run `npm run build`');
    dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-bundle-'));
    gateway = await startGateway({ VISION_STUDIO_API_KEYS: 'vs_bundle_test_key', OTEL_EXPORTER_OTLP_ENDPOINT: otlp }, ['--sandbox', '--data-dir', dataDir], [BUNDLE]);
    bearer = { authorization: 'Bearer vs_bundle_test_key', 'content-type': 'application/json' };
  });
  after(async () => {
    await gateway?.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
    collector?.close();
  });

  it('answers a sync BRIA call on the sample image with a stored, signed output', async () => {
    const answer = await fetch(`${gateway.url}/api/v1/bria/image/editing/remove-background`, {
      method: 'POST',
      headers: { 'x-api-key': 'vs_bundle_test_key', 'content-type': 'application/json' },
      body: JSON.stringify({ image: 'asset_sample_image', sync: true }),
    });
    const body = (await answer.json()) as { result: { image_url: string } };
    assert.equal(answer.status, 200, JSON.stringify(body));
    const image = await fetch(body.result.image_url);
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
  });

  it('makes a video through /v1/videos and serves its bytes', async () => {
    const created = await fetch(`${gateway.url}/v1/videos`, {
      method: 'POST',
      headers: bearer,
      body: JSON.stringify({ model: 'google/veo-3.1-generate-001', prompt: 'a lighthouse at dusk', seconds: '4' }),
    });
    const video = (await created.json()) as { id: string; status: string };
    assert.equal(created.status, 200, JSON.stringify(video));
    let status = video.status;
    for (const deadline = Date.now() + 60_000; status !== 'completed' && status !== 'failed' && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 250));
      status = ((await (await fetch(`${gateway.url}/v1/videos/${video.id}`, { headers: bearer })).json()) as { status: string }).status;
    }
    assert.equal(status, 'completed');
    const content = await fetch(`${gateway.url}/v1/videos/${video.id}/content`, { headers: bearer });
    assert.equal(content.status, 200);
    assert.equal(content.headers.get('content-type'), 'video/mp4');
    assert.ok((await content.arrayBuffer()).byteLength > 1000);
  });

  // (The price table, pricing/prices.json, is read at start: the start itself checks its path.)
  it('serves the docs, their assets, the OpenAPI document and the Studio', async () => {
    for (const page of ['/docs/', '/docs/static/swagger-ui-bundle.js', '/openapi.json', '/studio/']) {
      const answer = await fetch(`${gateway.url}${page}`);
      assert.equal(answer.status, 200, page);
      await answer.arrayBuffer();
    }
  });

  it('exports its traces over OTLP', async () => {
    await (await fetch(`${gateway.url}/openapi.json`)).arrayBuffer();
    for (const deadline = Date.now() + 15_000; traceExports.length === 0 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 100));
    assert.ok(traceExports.includes('POST /v1/traces'), `the collector got: ${traceExports.join(', ') || 'nothing'}`);
  });
});
