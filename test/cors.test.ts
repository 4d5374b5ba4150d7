// CORS (VISION_STUDIO_CORS_ORIGINS): off unless the operator names origins; then a page on one of
// them may call the API, /v1 included, the way a browser does it (a preflight without the key,
// then the request with it), and read the headers it needs. Other origins get no CORS headers.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';

const APP = 'https://app.example.com';

/** A browser's preflight before a JSON POST from the OpenAI SDK. */
const preflight = (t: TestApp, url: string, origin: string) =>
  t.app.inject({
    method: 'OPTIONS',
    url,
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization,content-type,x-stainless-os,x-stainless-retry-count',
    },
  });

describe('CORS', () => {
  let on: TestApp;
  let off: TestApp;
  before(async () => {
    on = await testApp({ VISION_STUDIO_CORS_ORIGINS: `${APP}, http://localhost:5173`, VISION_STUDIO_SANDBOX: '1' });
    off = await testApp({ VISION_STUDIO_SANDBOX: '1' });
  });
  after(async () => {
    await on.close();
    await off.close();
  });

  it('answers a preflight from a named origin without a key, allowing what it asks for', async () => {
    const answer = await preflight(on, '/v1/images/generations', APP);
    assert.equal(answer.statusCode, 204);
    assert.equal(answer.headers['access-control-allow-origin'], APP);
    assert.match(String(answer.headers['access-control-allow-methods']), /POST/);
    assert.equal(answer.headers['access-control-allow-headers'], 'authorization,content-type,x-stainless-os,x-stainless-retry-count');
    assert.equal(answer.headers['access-control-max-age'], '600');
    assert.equal(answer.headers['access-control-allow-credentials'], undefined, 'keys travel in headers, never cookies');
  });

  it('lets the page read the answer and the headers it needs', async () => {
    const answer = await on.app.inject({
      method: 'POST',
      url: '/v1/images/generations',
      headers: { origin: APP, authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' },
      payload: { model: 'bria/image-base-3.2', prompt: 'a paper boat', response_format: 'url' },
    });
    assert.equal(answer.statusCode, 200, answer.body);
    assert.equal(answer.headers['access-control-allow-origin'], APP);
    assert.match(String(answer.headers['access-control-expose-headers']), /x-vision-studio-task-id/);
    // A refusal is readable too: the page can show the error.
    const refused = await on.app.inject({ method: 'GET', url: '/v1/models', headers: { origin: APP, authorization: 'Bearer not-a-key-0123456789' } });
    assert.equal(refused.statusCode, 401);
    assert.equal(refused.headers['access-control-allow-origin'], APP);
  });

  it('gives another origin nothing, and leaves 404 and 405 as they were', async () => {
    const stranger = await preflight(on, '/v1/images/generations', 'https://evil.example');
    assert.equal(stranger.headers['access-control-allow-origin'], undefined);
    assert.equal((await on.app.inject({ method: 'GET', url: '/nowhere' })).statusCode, 404);
    const wrongMethod = await on.app.inject({ method: 'PUT', url: '/v1/models' });
    assert.equal(wrongMethod.statusCode, 405);
    assert.equal(wrongMethod.headers.allow, 'GET, HEAD');
  });

  it('is off by default: no CORS headers, a preflight is not answered', async () => {
    const answer = await preflight(off, '/v1/images/generations', APP);
    assert.equal(answer.headers['access-control-allow-origin'], undefined);
    assert.ok(answer.statusCode === 404 || answer.statusCode === 405, String(answer.statusCode));
  });

  it('takes "*" or origins, and refuses anything else at start', () => {
    assert.deepEqual(loadConfig({ VISION_STUDIO_CORS_ORIGINS: '*' }).corsOrigins, ['*']);
    for (const bad of ['app.example.com', 'https://app.example.com/', 'https://app.example.com/path', 'ftp://files.example.com', '*, https://app.example.com']) {
      assert.throws(() => loadConfig({ VISION_STUDIO_CORS_ORIGINS: bad }), ConfigError, bad);
    }
  });
});
