// The README's examples run as they are against a sandbox gateway listening on a port: every
// shell block with a curl command (in order, in one bash session, so ids carry from one block
// to the next), with real curl, and the Node examples (the openai SDK, the Vercel AI SDK). Only
// the gateway's address, the key and `npx vision-studio` (the CLI from this checkout, on the
// gateway's database) are substituted; `photo.png`, `clip.mp4`, `lake.png` and `mask.png` are
// the sample media. Every request must answer 2xx, except those the README itself marks with a
// `# HTTP nnn` comment.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { JOB_TEST_ENV, TEST_KEY, testApp, type TestApp } from './support/app.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..');
const README = path.join(ROOT, 'README.md');
const README_URL = 'http://127.0.0.1:8000';

/** The fenced blocks of one language, in order. */
async function blocks(language: string): Promise<string[]> {
  const text = await readFile(README, 'utf8');
  return [...text.matchAll(new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'gm'))].map((m) => m[1]);
}

/** Logs each request's status and URL; the README's commands call it as they would curl. */
const PRELUDE = `set -e
curl() {
  local headers; headers=$(mktemp)
  local code=0; command curl -D "$headers" "$@" || code=$?
  local url; for arg in "$@"; do case "$arg" in http*) url="$arg";; esac; done
  echo "$(grep -E '^HTTP/' "$headers" | tail -1 | cut -d' ' -f2) \${url%%\\?*}" >> "$STATUS_LOG"
  rm -f "$headers"; return $code
}
npx() { if [ "$1" = vision-studio ]; then shift; node --import tsx "$CLI" "$@"; else command npx "$@"; fi; }
`;

describe('the README examples', () => {
  let t: TestApp;
  let base: string;
  let dir: string;
  before(async () => {
    t = await testApp({ VISION_STUDIO_SANDBOX: '1', ...JOB_TEST_ENV, VISION_STUDIO_LOG_LEVEL: 'warn' });
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    // Inside the checkout: the Node example resolves `openai` from its node_modules.
    dir = await mkdtemp(path.join(ROOT, '.readme-examples-'));
    const sample = (file: string) => path.join(ROOT, 'samples', file);
    await Promise.all([
      copyFile(sample('sample.png'), path.join(dir, 'photo.png')),
      copyFile(sample('sample.png'), path.join(dir, 'lake.png')),
      copyFile(sample('sample-mask.png'), path.join(dir, 'mask.png')),
      copyFile(sample('sample.mp4'), path.join(dir, 'clip.mp4')),
    ]);
  });
  after(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('every curl example answers 2xx (or the status the README shows), ids carried forward', async () => {
    const shell = (await blocks('sh')).filter((block) => /\bcurl\b/.test(block));
    assert.ok(shell.length >= 9, `only ${shell.length} curl blocks`);
    const script =
      PRELUDE +
      shell
        .map((block, i) => `echo "== block ${i + 1}" >> "$STATUS_LOG"\n${block}`)
        .join('\n')
        .replaceAll(README_URL, base)
        .replace(/^KEY=vs_\S*/m, `KEY=${TEST_KEY}`);
    const statusLog = path.join(dir, 'statuses.txt');
    await writeFile(path.join(dir, 'readme.sh'), script);
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, STATUS_LOG: statusLog, CLI: path.join(ROOT, 'src/cli.ts'), VISION_STUDIO_DATA_DIR: t.config.dataDir };
    const result = await run('bash', ['readme.sh'], { cwd: dir, env, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }).catch((error) => error);
    const log = await readFile(statusLog, 'utf8').catch(() => '');
    const requests = log.split('\n').filter((line) => /^\d{3} /.test(line));
    const unexpected = requests.filter((line) => !line.startsWith('2'));
    const marked =
      shell
        .join('\n')
        .match(/^# HTTP (\d{3})/gm)
        ?.map((m) => m.slice(7)) ?? [];
    console.log(
      `README: ${requests.length} curl requests in ${shell.length} blocks, ${requests.length - unexpected.length} answered 2xx, ${unexpected.length} as the README shows (${marked.join(', ')})`,
    );
    assert.equal(result.code ?? 0, 0, `the examples stopped: ${result.stderr}\n${log}`);
    assert.deepEqual(
      unexpected.map((line) => line.slice(0, 3)),
      marked,
      log,
    );
    assert.ok(requests.length >= 30, log);
  });

  it('the Node openai SDK example runs', async () => {
    const [node] = await blocks('js');
    assert.ok(node?.includes("from 'openai'"));
    await writeFile(path.join(dir, 'example.mjs'), node.replaceAll(README_URL, base));
    await run(process.execPath, ['example.mjs'], { cwd: dir, env: { PATH: process.env.PATH, KEY: TEST_KEY }, timeout: 120_000 });
    for (const file of ['lake.png', 'waves.mp4', 'hello.mp3']) assert.ok((await readFile(path.join(dir, file))).length > 100, `${file} written`);
  });

  it('the Vercel AI SDK example runs', async () => {
    const [, aiSdk] = await blocks('js');
    assert.ok(aiSdk?.includes("from '@ai-sdk/openai'"));
    await writeFile(path.join(dir, 'ai-sdk-example.mjs'), aiSdk.replaceAll(README_URL, base));
    await run(process.execPath, ['ai-sdk-example.mjs'], { cwd: dir, env: { PATH: process.env.PATH, KEY: TEST_KEY }, timeout: 120_000 });
    for (const file of ['kite.png', 'hello-ai-sdk.mp3']) assert.ok((await readFile(path.join(dir, file))).length > 100, `${file} written`);
  });
});
