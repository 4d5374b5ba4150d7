// X-API-Key on every operation but /health, checked before the body is looked at.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { allOperations } from '../src/app.js';
import { ApiKeyring, hashKey } from '../src/core/auth.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';

const fill = (p: string) => p.replace(/\{(\w+)\}/g, (_m, name: string) => (name.endsWith('_id') ? '123' : 'x'));

describe('API key authentication', () => {
  let t: TestApp;
  before(async () => (t = await testApp()));
  after(() => t.close());

  const protectedOps = allOperations().filter(({ op }) => op.auth !== 'none');

  it('covers the 90 protected operations of the contract and the gateway\'s own', () => {
    assert.equal(protectedOps.filter(({ provider }) => provider).length, 90);
    assert.ok(protectedOps.some(({ op }) => op.path === '/api/v1/jobs/{job_id}'));
    assert.ok(protectedOps.some(({ op }) => op.path === '/api/v1/assets/{asset_id}'));
  });

  for (const { op } of protectedOps) {
    const url = fill(op.path);
    // Deliberately invalid body: the key check must answer first.
    const payload = op.body || op.multipart ? '{"not": "valid"' : undefined;
    const headers = payload ? { 'content-type': 'application/json' } : {};
    it(`${op.method} ${op.path}`, async () => {
      const missing = await t.app.inject({ method: op.method, url, payload, headers });
      assert.equal(missing.statusCode, 401);
      assert.match(missing.json().detail, /Missing API key/);
      assert.match(String(missing.headers['www-authenticate']), /X-API-Key/);

      const wrong = await t.app.inject({ method: op.method, url, payload, headers: { ...headers, 'x-api-key': 'nope' } });
      assert.equal(wrong.statusCode, 401);
      assert.deepEqual(wrong.json(), { detail: 'Invalid API key' });

      const right = await t.app.inject({ method: op.method, url, payload, headers: { ...headers, 'x-api-key': TEST_KEY } });
      assert.notEqual(right.statusCode, 401);
      assert.ok(right.statusCode < 500 || right.statusCode === 503, `got ${right.statusCode}: ${right.body}`);
    });
  }

  it('leaves /health open', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/health' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.json().status, 'success');
  });

  it('never echoes the presented key', async () => {
    const secret = 'vs_this-is-a-wrong-but-secret-looking-key';
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/bria-lora/projects', headers: { 'x-api-key': secret } });
    assert.ok(!response.body.includes(secret));
    assert.ok(!t.logs.join('').includes(secret), 'the key reached the log');
  });
});

describe('key storage', () => {
  let dir: string;
  before(async () => (dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-keys-'))));
  after(() => rm(dir, { recursive: true, force: true }));

  it('generates one key on first start, stores only its hash, and reuses it', async () => {
    const shown: string[] = [];
    const first = await ApiKeyring.load([], dir, (k) => shown.push(k));
    assert.equal(shown.length, 1);
    const [key] = shown;
    assert.match(key, /^vs_[\w-]{40,}$/);
    const stored = await readFile(path.join(dir, 'api-keys.json'), 'utf8');
    assert.ok(!stored.includes(key), 'the plain key was written to disk');
    assert.ok(stored.includes(hashKey(key).toString('hex')));
    assert.equal(first.verify(key), hashKey(key).toString('hex'));

    const second = await ApiKeyring.load([], dir, (k) => shown.push(k));
    assert.equal(shown.length, 1, 'a second key was generated');
    assert.ok(second.verify(key));
    assert.equal(second.verify(`${key}x`), undefined);
  });

  it('prefers VISION_STUDIO_API_KEYS and writes nothing', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'vision-studio-keys-'));
    const ring = await ApiKeyring.load(['a', 'b'], empty, () => assert.fail('must not generate'));
    assert.ok(ring.verify('a') && ring.verify('b'));
    assert.notEqual(ring.verify('a'), ring.verify('b'));
    await assert.rejects(readFile(path.join(empty, 'api-keys.json')));
    await rm(empty, { recursive: true, force: true });
  });
});
