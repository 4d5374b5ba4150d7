// Failed authentication is throttled per client address (wrong keys and wrong signed links),
// shared through Redis when configured; keys too short to resist guessing are refused at start.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../src/config.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';

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

describe('weak keys in VISION_STUDIO_API_KEYS', () => {
  it('refuses a key shorter than 16 characters, naming the variable and not the key', () => {
    assert.throws(
      () => loadConfig({ VISION_STUDIO_API_KEYS: 'a-long-enough-key-0123,short-1' }),
      (error: unknown) => error instanceof ConfigError && /VISION_STUDIO_API_KEYS: key 2 of 2 is shorter than 16/.test(error.message) && !error.message.includes('short-1'),
    );
    assert.deepEqual(loadConfig({ VISION_STUDIO_API_KEYS: '0123456789abcdef' }).apiKeys, ['0123456789abcdef']);
  });
});
