// With the embedded SQLite default one process owns the data dir (issue #15): a second one
// refuses to start saying so, and a gateway restarted after a SIGKILL takes the dead process's
// jobs over at once, with default settings (a 60 s lease), instead of waiting the lease out.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startGateway, type GatewayProcess } from './support/process.js';
import { samplePng, startBriaTwin } from './support/twins.js';
import { until } from './support/until.js';

const KEY = 'lock-test-key-0123456789';
const CLI = path.resolve(import.meta.dirname, '../src/cli.ts');

describe('one gateway process per SQLite data dir', () => {
  let dataDir: string;
  let twin: Awaited<ReturnType<typeof startBriaTwin>>;
  let env: Record<string, string>;
  const running: GatewayProcess[] = [];
  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-lock-'));
    twin = await startBriaTwin({ processingMs: 1_000 });
    env = { VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_DATA_DIR: dataDir, VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1', BRIA_API_TOKEN: twin.token, BRIA_BASE_URL: twin.url };
  });
  after(async () => {
    await Promise.all(running.map((g) => g.kill()));
    await twin.app.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a second process on the same data dir, in one line', async () => {
    const first = await startGateway(env);
    running.push(first);
    const second = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', '0'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    second.stderr.on('data', (d) => (stderr += d));
    const [code] = await once(second, 'exit');
    assert.notEqual(code, 0);
    assert.match(stderr, /another gateway process is using the data dir .* \(it holds vision-studio\.lock\)/);
    assert.equal(stderr.trim().split('\n').length, 1, stderr);
    await first.kill('SIGTERM');
  });

  it("takes a killed process's jobs over at once after a restart (default 60 s lease)", async () => {
    const first = await startGateway(env);
    running.push(first);
    const accepted = await fetch(`${first.url}/api/v1/bria/image/editing/remove-background`, {
      method: 'POST',
      headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
      body: JSON.stringify({ image: (await samplePng()).toString('base64'), sync: false }),
    });
    assert.equal(accepted.status, 200);
    const id: string = ((await accepted.json()) as any).result.task_id;
    const job = async (g: GatewayProcess): Promise<any> => ((await (await fetch(`${g.url}/api/v1/jobs/${id}`, { headers: { 'x-api-key': KEY } })).json()) as any).result;
    // Killed in the middle of a step (a status read that hangs), so the job's lease is held.
    twin.faults.add({ mode: 'hang', path: '^/v2/status/', times: 1, delayMs: 30_000 });
    await until(() => (twin.calls.some((c) => c.path.startsWith('/v2/status/')) ? true : undefined), 'a status read in flight', 30_000);
    await first.kill('SIGKILL');

    const restartedAt = Date.now();
    const second = await startGateway(env);
    running.push(second);
    const done = await until<any>(
      async () => {
        const view = await job(second);
        return view.state === 'succeeded' ? view : undefined;
      },
      'the job to finish after the restart',
      55_000,
    );
    const recoveryMs = Date.now() - restartedAt;
    console.log(`recovery after SIGKILL (default settings): ${recoveryMs} ms from restart to the job's success`);
    assert.equal(done.outputs.length, 1);
    assert.ok(recoveryMs < 50_000, `${recoveryMs} ms: the 60 s lease was waited out`);
    assert.match(second.output.stdout, /took over the jobs of a gateway process/);
  });
});
