// Sandbox mode: unconfigured providers are served by their twins, and say so.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';
import { samplePng } from './support/twins.js';

describe('sandbox mode', () => {
  let t: TestApp;
  before(async () => (t = await testApp({ VISION_STUDIO_SANDBOX: '1', RUNWAYML_API_SECRET: 'a-real-looking-secret' })));
  after(() => t.close());

  it('reports twin-served providers as sandbox and configured ones as configured', async () => {
    const { result } = (await t.app.inject({ method: 'GET', url: '/health' })).json();
    assert.equal(result.sandbox, true);
    assert.equal(result.providers.bria, 'sandbox');
    assert.equal(result.providers['bria-lora'], 'sandbox');
    assert.equal(result.providers.runway, 'configured');
  });

  it('runs a BRIA operation against the twin and labels the answer', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/bria/image/editing/remove-background',
      headers: { 'x-api-key': TEST_KEY, 'content-type': 'application/json' },
      payload: { image: (await samplePng()).toString('base64'), sync: true },
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['x-vision-studio-sandbox'], '1');
    const { pathname, search } = new URL(response.json().result.image_url);
    const png = await t.app.inject({ method: 'GET', url: `${pathname}${search}` });
    assert.equal(png.statusCode, 200);
    assert.equal((await sharp(png.rawPayload).metadata()).format, 'png');
  });

  it('lets no twin fetch a private address for the caller (the twins run on the gateway host)', async () => {
    let hits = 0;
    const canary = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { 'content-type': 'image/png' }).end();
    });
    await new Promise<void>((r) => canary.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(canary.address() as AddressInfo).port}/secret.png`;
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/bria/image/editing/remove-background',
        headers: { 'x-api-key': TEST_KEY, 'content-type': 'application/json' },
        payload: { image: url, sync: true },
      });
      assert.equal(response.statusCode, 422, response.body);
      assert.match(response.json().detail, /could not fetch/);
      assert.equal(hits, 0, 'the twin fetched a loopback URL');
    } finally {
      canary.close();
    }
  });

  it('does not label providers it does not emulate', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    assert.equal(response.headers['x-vision-studio-sandbox'], undefined);
  });
});
