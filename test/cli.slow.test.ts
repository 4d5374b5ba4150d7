// The `vision-studio` command as a user runs it: a real process on a real port.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AssetService } from '../src/assets/assets.js';
import { openBlobStore } from '../src/assets/blob-store.js';
import { openStorage } from '../src/storage/database.js';

const CLI = path.resolve(import.meta.dirname, '../src/cli.ts');

/** Every process a test started: one a failed test left running is stopped at the end (else the run never ends). */
const started = new Set<ChildProcess>();
after(() => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function run(args: string[], env: Record<string, string> = {}, nodeOptions: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', ...nodeOptions, CLI, ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (output.stdout += d));
  child.stderr!.on('data', (d) => (output.stderr += d));
  return { child, output };
}

async function waitFor(predicate: () => boolean, what: string, ms = 90_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const exitOf = async (child: ChildProcess) => child.exitCode ?? child.signalCode ?? (await once(child, 'exit'))[0];

describe('vision-studio serve', () => {
  let dataDir: string;
  before(async () => (dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-cli-'))));
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('generates and prints a key once, serves with it, and stops cleanly on SIGTERM', async () => {
    const { child, output } = run(['serve', '--port', '0', '--data-dir', dataDir]);
    await waitFor(() => /listening at (http:\/\/[\d.:]+)/.test(output.stdout), 'the server to listen');
    const base = /listening at (http:\/\/[\d.:]+)/.exec(output.stdout)![1];
    await waitFor(() => output.stdout.includes(`docs at ${base}/docs`), 'the start-up line naming the docs');
    const key = /X-API-Key: (vs_[\w-]+)/.exec(output.stderr)?.[1];
    assert.ok(key, `no key printed: ${output.stderr}`);
    assert.ok(!output.stdout.includes(key), 'the key reached the log');

    const health = await fetch(`${base}/health`);
    assert.equal(health.status, 200);
    const withKey = await fetch(`${base}/api/v1/bria-lora/projects`, { headers: { 'x-api-key': key } });
    assert.equal(withKey.status, 503);
    const without = await fetch(`${base}/api/v1/bria-lora/projects`);
    assert.equal(without.status, 401);

    child.kill('SIGTERM');
    assert.equal(await exitOf(child), 0);
    assert.match(output.stdout, /shutting down/);

    // Second start: the stored key still works and no new key is printed.
    const again = run(['serve', '--port', '0', '--data-dir', dataDir]);
    await waitFor(() => /listening at/.test(again.output.stdout), 'the restarted server to listen');
    const base2 = /listening at (http:\/\/[\d.:]+)/.exec(again.output.stdout)![1];
    assert.doesNotMatch(again.output.stderr, /X-API-Key/);
    const reuse = await fetch(`${base2}/api/v1/bria-lora/projects`, { headers: { 'x-api-key': key } });
    assert.equal(reuse.status, 503);
    again.child.kill('SIGTERM');
    assert.equal(await exitOf(again.child), 0);
  });

  it('serves /health without loading the provider SDKs, the twins, the docs plugins or OpenTelemetry (they load on first use, or when configured)', async () => {
    const record = path.join(dataDir, 'modules.txt');
    const { child, output } = run(['serve', '--port', '0', '--data-dir', dataDir], { VISION_STUDIO_API_KEYS: 'cli-test-key-0123456789', RECORD_MODULES_FILE: record }, [
      '--import',
      path.resolve(import.meta.dirname, 'support/record-modules.mjs'),
    ]);
    await waitFor(() => /listening at (http:\/\/[\d.:]+)/.test(output.stdout), 'the server to listen');
    const base = /listening at (http:\/\/[\d.:]+)/.exec(output.stdout)![1];
    assert.equal((await fetch(`${base}/health`)).status, 200);
    child.kill('SIGTERM');
    assert.equal(await exitOf(child), 0);
    const loaded = (await readFile(record, 'utf8')).split('\n');
    assert.ok(
      loaded.some((url) => url.endsWith('/src/app.ts')),
      'the recording saw the gateway load',
    );
    const early = loaded.filter((url) =>
      /\/node_modules\/(openai|@google\/genai|@runwayml\/sdk|@fastify\/swagger|@fastify\/swagger-ui|@ffmpeg-installer|@opentelemetry\/[\w-]+)\/|\/src\/providers\/[\w-]+\/twin[\w-]*\.ts$/.test(
        url,
      ),
    );
    assert.deepEqual(early, []);
  });

  it('refuses a bad configuration with a clear message and exit code 2', async () => {
    const { child, output } = run(['serve', '--data-dir', dataDir], { VISION_STUDIO_PORT: 'eighty', VISION_STUDIO_API_KEYS: 'cli-test-key-0123456789' });
    assert.equal(await exitOf(child), 2);
    assert.match(output.stderr, /VISION_STUDIO_PORT must be a whole number/);
  });

  it('refuses to start with a key shorter than 16 characters in VISION_STUDIO_API_KEYS (exit code 2)', async () => {
    const { child, output } = run(['serve', '--port', '0', '--data-dir', dataDir], { VISION_STUDIO_API_KEYS: 'short-key' });
    assert.equal(await exitOf(child), 2);
    assert.match(output.stderr, /VISION_STUDIO_API_KEYS: key 1 of 1 is shorter than 16 characters/);
    assert.ok(!output.stderr.includes('short-key'), 'the key itself is not echoed');
  });

  it('runs a provider twin with `emulate`', async () => {
    const { child, output } = run(['emulate', 'bria', '--port', '0']);
    await waitFor(() => /listening at (http:\/\/[\d.:]+)/.test(output.stdout), 'the twin to listen');
    const base = /listening at (http:\/\/[\d.:]+)/.exec(output.stdout)![1];
    const token = /BRIA_API_TOKEN=(\S+)/.exec(output.stdout)![1];
    assert.match(output.stdout, new RegExp(`BRIA_BASE_URL=${base}`));
    assert.equal((await fetch(`${base}/v2/status/nope`)).status, 401);
    assert.equal((await fetch(`${base}/v2/status/nope`, { headers: { api_token: token } })).status, 404);
    child.kill('SIGTERM');
    assert.equal(await exitOf(child), 0);
  });

  it('prints the OpenAPI document', async () => {
    const { child, output } = run(['openapi'], { VISION_STUDIO_DATA_DIR: dataDir });
    assert.equal(await exitOf(child), 0);
    const doc = JSON.parse(output.stdout);
    assert.equal(doc.openapi, '3.1.0');
    const reference = JSON.parse(await readFile(new URL('./fixtures/openapi.reference.json', import.meta.url), 'utf8'));
    for (const [path, item] of Object.entries(reference.paths)) {
      for (const method of Object.keys(item as object)) assert.ok(doc.paths[path]?.[method], `${method} ${path}`);
    }
  });
});

describe('vision-studio purge', () => {
  let dataDir: string;
  before(async () => (dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-purge-'))));
  after(() => rm(dataDir, { recursive: true, force: true }));

  it('prints what it would delete with --dry-run, then deletes it', async () => {
    // An input stored 8 days ago (inputs are kept 7 by default).
    const storage = await openStorage(undefined, dataDir);
    const assets = new AssetService(storage, openBlobStore(undefined, dataDir), { secret: 's', urlTtlSeconds: 60, allowPrivateNetwork: false });
    const input = await assets.store('owner', Buffer.alloc(700, 1), { contentTypeHint: 'application/octet-stream' });
    await storage.db
      .updateTable('assets')
      .set({ created_at: Date.now() - 8 * 86_400_000 })
      .execute();
    await storage.close();
    const file = path.join(dataDir, 'assets', input.storage_key);

    const dry = run(['purge', '--dry-run', '--data-dir', dataDir]);
    assert.equal(await exitOf(dry.child), 0, dry.output.stderr);
    assert.match(dry.output.stdout, /^Would delete 0 finished jobs with 0 outputs \(0\.0 MB, 0 bytes\) and 1 inputs \(0\.0 MB, 700 bytes\)/);
    assert.equal((await readFile(file)).length, 700);

    const real = run(['purge', '--data-dir', dataDir]);
    assert.equal(await exitOf(real.child), 0, real.output.stderr);
    assert.match(real.output.stdout, /^Deleted 0 finished jobs .* and 1 inputs \(0\.0 MB, 700 bytes\)/);
    await assert.rejects(readFile(file), { code: 'ENOENT' });
  });
});

describe('vision-studio keys and usage', () => {
  let dataDir: string;
  before(async () => (dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-cli-usage-'))));
  after(() => rm(dataDir, { recursive: true, force: true }));

  const cli = async (...args: string[]) => {
    const { child, output } = run([...args, '--data-dir', dataDir]);
    return { code: await exitOf(child), ...output };
  };

  it('creates operator keys and keys with a budget, and changes or removes the budget', async () => {
    const created = await cli('keys', 'create', '--name', 'ops', '--admin', '--budget-usd', '2.50', '--budget-period', 'day');
    assert.equal(created.code, 0, created.stderr);
    const id = /Created (key_[\w-]+)/.exec(created.stdout)![1];
    let list = await cli('keys', 'list');
    assert.match(list.stdout.split('\n')[0], /\trole\tbudget$/);
    assert.match(list.stdout, new RegExp(`${id}\\tops\\t.*\\toperator\\t\\$2\\.5/day`));
    assert.equal((await cli('keys', 'update', id, '--budget-usd', '40', '--budget-period', 'month')).code, 0);
    list = await cli('keys', 'list');
    assert.match(list.stdout, new RegExp(`${id}\\tops\\t.*\\t\\$40/month`));
    assert.equal((await cli('keys', 'update', id, '--budget-usd', 'none')).code, 0);
    list = await cli('keys', 'list');
    assert.match(list.stdout, new RegExp(`${id}\\tops\\t.*\\toperator\\t-`));
    const bad = await cli('keys', 'create', '--name', 'x', '--budget-usd', 'lots');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--budget-usd must be an amount/);
    assert.equal((await cli('keys', 'create', '--name', 'x', '--budget-usd', '1', '--budget-period', 'week')).code, 2);
  });

  it('prints the usage ledger as a table or CSV, and refuses bad flags', async () => {
    const { openStorage } = await import('../src/storage/database.js');
    const storage = await openStorage(undefined, dataDir);
    const now = Date.now();
    const item = { owner: 'o', provider: 'runway', model: 'gen4_turbo', operation: 'runway.generate-video-from-image', state: 'succeeded' as const, finished_at: now };
    await storage.db
      .insertInto('usage_items')
      .values([
        { ...item, job_id: 'job_a', unit: 'video_second', quantity: 10, cost_usd: 0.5 },
        { ...item, job_id: 'job_b', unit: 'video_second', quantity: 5, cost_usd: 0.25 },
      ])
      .execute();
    await storage.close();
    const table = await cli('usage', '--group-by', 'model');
    assert.equal(table.code, 0, table.stderr);
    const lines = table.stdout.trim().split('\n');
    assert.match(lines[0], /^Usage from \S+ to \S+ \(estimated USD\)$/);
    assert.deepEqual(lines[1].split(/\s+/), ['model', 'jobs', 'cost_usd', 'unpriced_items', 'video_second']);
    assert.deepEqual(lines[2].split(/\s+/), ['gen4_turbo', '2', '0.75', '0', '15']);
    const csv = await cli('usage', '--group-by', 'provider', '--csv');
    assert.equal(csv.stdout, 'provider,jobs,cost_usd,unpriced_items,video_second\r\nrunway,2,0.75,0,15\r\n');
    const bad = await cli('usage', '--group-by', 'colour');
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--group-by must be one of provider, model, operation, key, day/);
    assert.equal((await cli('usage', '--from', 'yesterday')).code, 2);
  });
});
