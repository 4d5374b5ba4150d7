// X-API-Key on every operation but /health, checked before the body is looked at.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allOperations } from '../src/app.js';
import { ApiKeys, hashKey } from '../src/server/auth.js';
import { openStorage, type Storage } from '../src/storage/database.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';

const fill = (p: string) => p.replace(/\{(\w+)\}/g, (_m, name: string) => (name.endsWith('_id') ? '123' : 'x'));

describe('API key authentication', () => {
  let t: TestApp;
  before(async () => (t = await testApp()));
  after(() => t.close());

  const protectedOps = allOperations().filter(({ op }) => op.auth !== 'none');

  it("covers the 90 protected operations of the contract and the gateway's own", () => {
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

describe('keys kept in the database', () => {
  let database: TestDatabase;
  let storage: Storage;
  before(async () => {
    database = await databaseKinds[0].create();
    storage = await openStorage(undefined, database.dataDir);
  });
  after(async () => {
    await storage.close();
    await database.cleanup();
  });

  it('generates one key on first start, stores only its hash, and keeps using it', async () => {
    const shown: string[] = [];
    const keys = new ApiKeys(storage, []);
    await keys.ensureOne((k) => shown.push(k));
    assert.equal(shown.length, 1);
    const [key] = shown;
    assert.match(key, /^vs_[\w-]{43}$/);
    const rows = await storage.db.selectFrom('api_keys').selectAll().execute();
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows).includes(key), 'the plain key was stored');
    assert.equal(rows[0].hash, hashKey(key).toString('hex'));
    assert.equal((await keys.verify(key))?.owner, hashKey(key).toString('hex'));

    await new ApiKeys(storage, []).ensureOne((k) => shown.push(k));
    assert.equal(shown.length, 1, 'a second key was generated');
    assert.equal(await keys.verify(`${key}x`), undefined);
  });

  it('prefers VISION_STUDIO_API_KEYS and generates nothing', async () => {
    const other = await databaseKinds[0].create();
    const otherStorage = await openStorage(undefined, other.dataDir);
    const keys = new ApiKeys(otherStorage, ['a', 'b']);
    await keys.ensureOne(() => assert.fail('must not generate'));
    const [a, b] = [await keys.verify('a'), await keys.verify('b')];
    assert.ok(a && b);
    assert.notEqual(a.owner, b.owner);
    assert.equal((await otherStorage.db.selectFrom('api_keys').selectAll().execute()).length, 0);
    await otherStorage.close();
    await other.cleanup();
  });

  it('creates, lists and revokes keys, with their own limits', async () => {
    const keys = new ApiKeys(storage, []);
    const { key, record } = await keys.create({ name: 'ci bot', rateLimitPerMinute: 30, maxConcurrentJobs: 2 });
    assert.deepEqual(await keys.verify(key), { owner: hashKey(key).toString('hex'), keyId: record.id, rateLimitPerMinute: 30, maxConcurrentJobs: 2, admin: false });
    const listed = (await keys.list()).find((k) => k.id === record.id);
    assert.equal(listed?.name, 'ci bot');
    assert.ok(!JSON.stringify(await keys.list()).includes(hashKey(key).toString('hex')), 'list shows hashes');
    assert.equal(await keys.revoke(record.id), true);
    assert.equal(await keys.revoke(record.id), false);
    assert.equal(await keys.verify(key), undefined);
  });
});
