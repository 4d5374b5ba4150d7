// Keys managed with the CLI, revocation seen at once by every process, and per-key limits.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { samplePng, startBriaTwin } from './support/twins.js';

const CLI = path.resolve(import.meta.dirname, '../src/cli.ts');

function cli(args: string[], env: Record<string, string>) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

for (const kind of databaseKinds) {
  describe(`API keys and limits on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let env: Record<string, string>;
    let twin: Awaited<ReturnType<typeof startBriaTwin>>;
    const apps: FastifyInstance[] = [];

    const gateway = async (extra: Record<string, string> = {}) => {
      const config = loadConfig({ ...env, VISION_STUDIO_LOG_LEVEL: 'silent', ...extra });
      const app = await buildApp(config);
      await app.ready();
      apps.push(app);
      return app;
    };

    before(async () => {
      database = await kind.create();
      twin = await startBriaTwin({ processingMs: 2_000 });
      env = {
        VISION_STUDIO_DATA_DIR: database.dataDir,
        ...(database.url ? { VISION_STUDIO_DATABASE_URL: database.url } : {}),
        VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
        BRIA_API_TOKEN: twin.token,
        BRIA_BASE_URL: twin.url,
      };
    });
    after(async () => {
      for (const app of apps) await app.close();
      await twin?.app.close();
      await database?.cleanup();
    });

    it('creates, lists and revokes keys from the command line; every process refuses a revoked key at once', async () => {
      const created = cli(['keys', 'create', '--name', 'partner-a', '--rate-limit', '1000'], env);
      assert.equal(created.status, 0, created.stderr);
      const key = /X-API-Key: (vs_[\w-]+)/.exec(created.stdout)![1];
      const id = /Created (key_[\w-]+)/.exec(created.stdout)![1];

      const listed = cli(['keys', 'list'], env);
      assert.equal(listed.status, 0, listed.stderr);
      assert.match(listed.stdout, new RegExp(`${id}\\tpartner-a\\t.*\\tactive\\t1000\\tdefault`));
      assert.ok(!listed.stdout.includes(key));

      // Two gateway processes on the same database.
      const [one, two] = [await gateway(), await gateway()];
      for (const app of [one, two]) {
        const ok = await app.inject({ method: 'GET', url: '/api/v1/jobs', headers: { 'x-api-key': key } });
        assert.equal(ok.statusCode, 200);
      }
      const revoked = cli(['keys', 'revoke', id], env);
      assert.equal(revoked.status, 0, revoked.stderr);
      for (const app of [one, two]) {
        const refused = await app.inject({ method: 'GET', url: '/api/v1/jobs', headers: { 'x-api-key': key } });
        assert.equal(refused.statusCode, 401);
      }
      assert.equal(cli(['keys', 'revoke', id], env).status, 2, 'revoking twice says there is no active key');
      assert.equal(cli(['keys', 'create'], env).status, 2, 'create needs a name');
    });

    it('limits requests per minute per key with 429, Retry-After and rate headers', async () => {
      const created = cli(['keys', 'create', '--name', 'tight', '--rate-limit', '3'], env);
      const key = /X-API-Key: (vs_[\w-]+)/.exec(created.stdout)![1];
      const app = await gateway();
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 5; i++) {
        last = await app.inject({ method: 'GET', url: '/api/v1/jobs', headers: { 'x-api-key': key } });
        statuses.push(last.statusCode);
      }
      assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
      assert.ok(Number(last!.headers['retry-after']) > 0);
      assert.equal(last!.headers['x-ratelimit-limit'], '3');
      assert.match(last!.json().detail, /3 requests per minute/);
      // Another key is not affected.
      const other = /X-API-Key: (vs_[\w-]+)/.exec(cli(['keys', 'create', '--name', 'other'], env).stdout)![1];
      assert.equal((await app.inject({ method: 'GET', url: '/api/v1/jobs', headers: { 'x-api-key': other } })).statusCode, 200);
    });

    it('limits jobs queued or running at once per key', async () => {
      const created = cli(['keys', 'create', '--name', 'two-at-a-time', '--max-concurrent-jobs', '2'], env);
      const key = /X-API-Key: (vs_[\w-]+)/.exec(created.stdout)![1];
      const app = await gateway();
      const image = (await samplePng()).toString('base64');
      const submit = () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/bria/image/editing/remove-background',
          headers: { 'x-api-key': key, 'content-type': 'application/json' },
          payload: { image, sync: false },
        });
      assert.equal((await submit()).statusCode, 200);
      assert.equal((await submit()).statusCode, 200);
      const third = await submit();
      assert.equal(third.statusCode, 429);
      assert.match(third.json().detail, /limit is 2/);
      assert.ok(third.headers['retry-after']);
    });
  });
}

describe('engine concurrency setting', () => {
  it('VISION_STUDIO_JOB_CONCURRENCY sets the steps run at once per process; 0 or junk is refused', () => {
    assert.equal(loadConfig({}).jobConcurrency, 32);
    assert.equal(loadConfig({ VISION_STUDIO_JOB_CONCURRENCY: '4' }).jobConcurrency, 4);
    for (const bad of ['0', '-1', 'many']) assert.throws(() => loadConfig({ VISION_STUDIO_JOB_CONCURRENCY: bad }), /VISION_STUDIO_JOB_CONCURRENCY|jobConcurrency/);
  });
});
