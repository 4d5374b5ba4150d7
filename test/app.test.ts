// Behaviour of the service shell: health, errors, limits, docs, logs.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';

const auth = { 'x-api-key': TEST_KEY };
const json = { ...auth, 'content-type': 'application/json' };
const GENERATE = '/api/v1/bria/image/generation/generate-image';

describe('service shell', () => {
  let t: TestApp;
  before(async () => (t = await testApp({ VISION_STUDIO_BODY_LIMIT: String(64 * 1024), RUNWAYML_API_SECRET: 'rw-secret-value' })));
  after(() => t.close());

  it('reports version, uptime and each provider on /health', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    assert.equal(response.statusCode, 200);
    const { status, result } = response.json();
    assert.equal(status, 'success');
    assert.match(result.version, /^\d+\.\d+\.\d+/);
    assert.equal(typeof result.uptime_seconds, 'number');
    assert.deepEqual(Object.keys(result.providers).sort(), ['bria', 'bria-lora', 'firefly', 'google', 'llm', 'openai', 'runway']);
    assert.equal(result.providers.runway, 'configured');
    assert.equal(result.providers.bria, 'missing');
  });

  it('answers an unconfigured provider with 503 naming the variable, after validation', async () => {
    const invalid = await t.app.inject({ method: 'POST', url: GENERATE, headers: json, payload: {} });
    assert.equal(invalid.statusCode, 422);
    const valid = await t.app.inject({ method: 'POST', url: GENERATE, headers: json, payload: { prompt: 'a red fox' } });
    assert.equal(valid.statusCode, 503);
    assert.deepEqual(valid.json(), { detail: 'BRIA is not configured on this gateway: set BRIA_API_TOKEN', provider: 'bria' });
    const firefly = await t.app.inject({
      method: 'POST',
      url: '/api/v1/firefly/image/generation/generate-image',
      headers: json,
      payload: { x_model_version: 'image4_standard', prompt: 'a fox' },
    });
    assert.match(firefly.json().detail, /FIREFLY_CLIENT_ID and FIREFLY_CLIENT_SECRET/);
  });

  it('answers unknown routes 404 in FastAPI shape', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/nope', headers: auth });
    assert.equal(response.statusCode, 404);
    assert.deepEqual(response.json(), { detail: 'Not Found' });
  });

  it('answers malformed JSON with 422 json_invalid and where it broke', async () => {
    const response = await t.app.inject({ method: 'POST', url: GENERATE, headers: json, payload: '{"prompt": "a fox",' });
    assert.equal(response.statusCode, 422);
    const [detail] = response.json().detail;
    assert.equal(detail.type, 'json_invalid');
    assert.equal(detail.loc[0], 'body');
    assert.equal(typeof detail.loc[1], 'number');
  });

  it('answers an empty body with 422 missing', async () => {
    const response = await t.app.inject({ method: 'POST', url: GENERATE, headers: json, payload: '' });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(response.json().detail, [{ loc: ['body'], msg: 'Field required', type: 'missing' }]);
  });

  it('answers a body of another content type with 422', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const response = await t.app.inject({
        method: 'POST',
        url: GENERATE,
        headers: { ...auth, 'content-type': type },
        payload: 'prompt=a+fox',
      });
      assert.equal(response.statusCode, 422, type);
      assert.deepEqual(response.json().detail[0].loc, ['body']);
    }
  });

  it('answers an oversize body with 413 before parsing it', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: GENERATE,
      headers: json,
      payload: JSON.stringify({ prompt: 'x'.repeat(70 * 1024) }),
    });
    assert.equal(response.statusCode, 413);
    assert.match(response.json().detail, /limit is 65536 bytes/);
  });

  it('drops prototype-pollution keys instead of failing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: GENERATE,
      headers: json,
      payload: '{"prompt":"a red fox","__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
    });
    assert.equal(response.statusCode, 503);
    assert.equal(({} as any).admin, undefined);
  });

  it('checks the multipart upload form: a file is required', async () => {
    const boundary = '----vs';
    const form = (parts: string) => `${parts}--${boundary}--\r\n`;
    const headers = { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` };
    const noFile = await t.app.inject({
      method: 'POST',
      url: '/api/v1/firefly/upload',
      headers,
      payload: form(`--${boundary}\r\nContent-Disposition: form-data; name="other"\r\n\r\nvalue\r\n`),
    });
    assert.equal(noFile.statusCode, 422);
    assert.deepEqual(noFile.json().detail, [{ loc: ['body', 'file'], msg: 'Field required', type: 'missing' }]);
    const withFile = await t.app.inject({
      method: 'POST',
      url: '/api/v1/firefly/upload',
      headers,
      payload: form(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nPNGDATA\r\n`),
    });
    assert.equal(withFile.statusCode, 503);
    const asJson = await t.app.inject({ method: 'POST', url: '/api/v1/firefly/upload', headers: json, payload: {} });
    assert.equal(asJson.statusCode, 422);
    assert.deepEqual(asJson.json().detail[0].loc, ['body', 'file']);
  });

  it('tags each response with a request id, honouring a well-formed incoming one', async () => {
    const own = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-abc.123' } });
    assert.equal(own.headers['x-request-id'], 'trace-abc.123');
    const hostile = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'bad id\u0000<script>' } });
    assert.match(String(hostile.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  });

  it('logs one line per request with id, status, provider and timing, and no secrets', async () => {
    t.logs.length = 0;
    const response = await t.app.inject({
      method: 'POST',
      url: GENERATE,
      headers: { ...json, authorization: 'Bearer abc-secret-bearer' },
      payload: { prompt: 'a red fox', image_prompt_file: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==' },
    });
    assert.equal(response.statusCode, 503);
    const lines = t.logs.map((l) => JSON.parse(l));
    const requestLines = lines.filter((l) => l.msg === 'request');
    assert.equal(requestLines.length, 1);
    const [line] = requestLines;
    assert.equal(line.reqId, response.headers['x-request-id']);
    assert.equal(line.statusCode, 503);
    assert.equal(line.provider, 'bria');
    assert.equal(typeof line.durationMs, 'number');
    const all = t.logs.join('');
    for (const secret of [TEST_KEY, 'abc-secret-bearer', 'iVBORw0KGgo', 'rw-secret-value']) {
      assert.ok(!all.includes(secret), `${secret} reached the log`);
    }
  });

  it('censors secret-named fields in anything logged', async () => {
    t.logs.length = 0;
    t.app.log.info({ apiKey: 'k-1', upstream: { api_token: 'k-2', headers: { authorization: 'k-3' } } }, 'probe');
    const all = t.logs.join('');
    for (const secret of ['k-1', 'k-2', 'k-3']) assert.ok(!all.includes(`"${secret}"`), `${secret} reached the log`);
  });

  it('censors secrets at any depth, in arrays, in errors and in any letter case, without touching the logged objects', async () => {
    t.logs.length = 0;
    const error = Object.assign(new Error('upstream refused'), { request: { headers: { Authorization: 'k-4' } } });
    const logged = { calls: [{ a: { b: { c: { d: { apiToken: 'k-5' } } } } }], err: error, X_API_KEY: 'not-a-field-name', 'X-Api-Key': 'k-6' };
    t.app.log.error(logged, 'probe');
    const line = t.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'probe');
    for (const secret of ['k-4', 'k-5', 'k-6']) assert.ok(!t.logs.join('').includes(secret), `${secret} reached the log`);
    assert.equal(line.err.message, 'upstream refused');
    assert.match(line.err.stack, /upstream refused/);
    assert.equal(line.X_API_KEY, 'not-a-field-name');
    assert.equal((error as any).request.headers.Authorization, 'k-4', 'the logged error itself is unchanged');
    assert.equal((logged.calls[0].a.b.c.d as any).apiToken, 'k-5');
  });

  it('serves the docs page with every asset from this gateway', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /text\/html/);
    assert.match(String(page.headers['content-security-policy']), /default-src 'self'/);
    assert.doesNotMatch(page.body, /(src|href)="(https?:)?\/\//, 'the page loads something from another host');
    const assets = [...page.body.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]);
    assert.ok(assets.some((a) => a.endsWith('swagger-ui-bundle.js')));
    for (const asset of assets) {
      const response = await t.app.inject({ method: 'GET', url: `/docs/${asset}` });
      assert.equal(response.statusCode, 200, asset);
    }
    const init = await t.app.inject({ method: 'GET', url: '/docs/static/swagger-initializer.js' });
    assert.match(init.body, /"validatorUrl":null/);
    assert.match(init.body, /resolveUrl\('\.\/json'\)/);
  });

  it('never answers with a stack trace', async () => {
    const response = await t.app.inject({ method: 'POST', url: GENERATE, headers: json, payload: '{"prompt": [' });
    assert.doesNotMatch(response.body, /at .*\.(ts|js):\d+/);
  });
});
