// Failed authentication is throttled per client address (wrong keys and wrong signed links),
// shared through Redis when configured; keys too short to resist guessing are refused at start.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';
import { samplePng } from './support/twins.js';

const LIMIT = 20;
const JOBS = '/api/v1/jobs';

const get = (t: TestApp, remoteAddress: string, key?: string, url = JOBS) =>
  t.app.inject({ method: 'GET', url, remoteAddress, headers: key === undefined ? {} : { 'x-api-key': key } });

describe('failed authentication is throttled per client address', () => {
  let t: TestApp;
  before(async () => (t = await testApp({ VISION_STUDIO_AUTH_FAILURE_LIMIT: String(LIMIT) })));
  after(() => t.close());

  it(`answers 429 with Retry-After after ${LIMIT} wrong keys a minute, to that address only`, async () => {
    for (let i = 0; i < LIMIT; i++) assert.equal((await get(t, '10.0.0.1', `wrong-key-${i}-0123456789`)).statusCode, 401);
    const throttled = await get(t, '10.0.0.1', 'wrong-key-x-0123456789');
    assert.equal(throttled.statusCode, 429);
    const seconds = Number(throttled.headers['retry-after']);
    assert.ok(seconds >= 1 && seconds <= 60, `Retry-After ${throttled.headers['retry-after']}`);
    assert.match(throttled.json().detail, /Too many failed authentication attempts/);
    // The right key from the throttled address is refused too: a guesser learns nothing.
    assert.equal((await get(t, '10.0.0.1', TEST_KEY)).statusCode, 429);
    // Other addresses: unaffected, with a right key or a wrong one.
    assert.equal((await get(t, '10.0.0.2', TEST_KEY)).statusCode, 200);
    assert.equal((await get(t, '10.0.0.2', 'wrong-key-y-0123456789')).statusCode, 401);
  });

  it('counts wrong signed links the same way', async () => {
    const url = (i: number) => `/api/v1/assets/asset_${'a'.repeat(24)}?exp=${4_000_000_000 + i}&sig=${'b'.repeat(43)}`;
    for (let i = 0; i < LIMIT; i++) assert.equal((await get(t, '10.0.0.3', undefined, url(i))).statusCode, 401);
    assert.equal((await get(t, '10.0.0.3', undefined, url(LIMIT))).statusCode, 429);
  });

  it('does not count successful or missing keys', async () => {
    for (let i = 0; i < LIMIT + 5; i++) assert.equal((await get(t, '10.0.0.4', TEST_KEY)).statusCode, 200);
    for (let i = 0; i < LIMIT + 5; i++) assert.equal((await get(t, '10.0.0.4')).statusCode, 401);
    assert.equal((await get(t, '10.0.0.4', TEST_KEY)).statusCode, 200);
  });
});

const redisUrl = process.env.VISION_STUDIO_TEST_REDIS_URL;

describe('failed authentication counts are shared through Redis', { skip: redisUrl ? false : 'VISION_STUDIO_TEST_REDIS_URL is not set' }, () => {
  let a: TestApp;
  let b: TestApp;
  before(async () => {
    // A prefix of its own: counts of other runs on the same server do not meet these.
    const env = { VISION_STUDIO_AUTH_FAILURE_LIMIT: String(LIMIT), VISION_STUDIO_REDIS_URL: redisUrl!, VISION_STUDIO_REDIS_PREFIX: `test-${randomUUID()}` };
    a = await testApp(env);
    b = await testApp(env);
  });
  after(async () => {
    await a?.close();
    await b?.close();
  });

  it('failures seen by one process count in the other', async () => {
    for (let i = 0; i < LIMIT; i++) assert.equal((await get(i % 2 ? a : b, '10.0.1.1', `wrong-key-${i}-0123456789`)).statusCode, 401);
    assert.equal((await get(a, '10.0.1.1', TEST_KEY)).statusCode, 429);
    assert.equal((await get(b, '10.0.1.1', TEST_KEY)).statusCode, 429);
    assert.equal((await get(b, '10.0.1.2', TEST_KEY)).statusCode, 200);
  });
});

describe('behind a trusted proxy (VISION_STUDIO_TRUST_PROXY)', () => {
  const PROXY = '10.9.0.5';
  let t: TestApp;
  before(async () => (t = await testApp({ VISION_STUDIO_AUTH_FAILURE_LIMIT: String(LIMIT), VISION_STUDIO_TRUST_PROXY: '10.9.0.0/16' })));
  after(() => t.close());

  const through = (remoteAddress: string, client: string, key: string, extra: Record<string, string> = {}, url = JOBS) =>
    t.app.inject({ method: 'GET', url, remoteAddress, headers: { 'x-api-key': key, 'x-forwarded-for': client, ...extra } });

  it("throttles each client behind the proxy by its own address, not the proxy's", async () => {
    for (let i = 0; i < LIMIT; i++) assert.equal((await through(PROXY, '203.0.113.7', `wrong-key-${i}-0123456789`)).statusCode, 401);
    assert.equal((await through(PROXY, '203.0.113.7', TEST_KEY)).statusCode, 429);
    // Another client through the same proxy is served.
    assert.equal((await through(PROXY, '203.0.113.8', TEST_KEY)).statusCode, 200);
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    for (let i = 0; i < LIMIT; i++) assert.equal((await through('192.0.2.9', `198.51.100.${i}`, `wrong-key-${i}-0123456789`)).statusCode, 401);
    assert.equal((await through('192.0.2.9', '198.51.100.200', TEST_KEY)).statusCode, 429);
  });

  it("makes links with the proxy's scheme and host", async () => {
    const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'studio.example.com' };
    const page = await through(PROXY, '203.0.113.9', TEST_KEY, forwarded, '/api/v1/jobs?limit=1');
    assert.equal(page.statusCode, 200);
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assets',
      remoteAddress: PROXY,
      headers: { 'x-api-key': TEST_KEY, 'content-type': 'image/png', ...forwarded },
      payload: await samplePng(16, 16),
    });
    assert.equal(upload.statusCode, 200, upload.body);
    assert.match(upload.json().result.url, /^https:\/\/studio\.example\.com\/api\/v1\/assets\//);
    // From an untrusted peer the same headers change nothing.
    const direct = await t.app.inject({
      method: 'POST',
      url: '/api/v1/assets',
      remoteAddress: '192.0.2.10',
      headers: { 'x-api-key': TEST_KEY, 'content-type': 'image/png', host: 'gateway.internal:8000', ...forwarded },
      payload: await samplePng(16, 16),
    });
    assert.match(direct.json().result.url, /^http:\/\/gateway\.internal:8000\//);
  });

  it('refuses a setting that is not a list of addresses or subnets, at start', () => {
    for (const value of ['true', '*', '10.0.0.0/99', '2']) {
      assert.throws(
        () => loadConfig({ VISION_STUDIO_TRUST_PROXY: value }),
        (error: unknown) => error instanceof ConfigError && error.message.startsWith('VISION_STUDIO_TRUST_PROXY must be a comma-separated list'),
        value,
      );
    }
    assert.deepEqual(loadConfig({ VISION_STUDIO_TRUST_PROXY: ' 10.0.0.0/8, loopback ,fd00::/8' }).trustProxy, ['10.0.0.0/8', 'loopback', 'fd00::/8']);
    assert.equal(loadConfig({}).trustProxy, undefined);
  });
});

describe('weak keys in VISION_STUDIO_API_KEYS', () => {
  it('refuses a key shorter than 16 characters, naming the variable and not the key', () => {
    assert.throws(
      () => loadConfig({ VISION_STUDIO_API_KEYS: 'a-long-enough-key-0123,short-1' }),
      (error: unknown) => error instanceof ConfigError && /VISION_STUDIO_API_KEYS: key 2 of 2 is shorter than 16/.test(error.message) && !error.message.includes('short-1'),
    );
    assert.deepEqual(loadConfig({ VISION_STUDIO_API_KEYS: '0123456789abcdef' }).apiKeys, ['0123456789abcdef']);
  });
});
