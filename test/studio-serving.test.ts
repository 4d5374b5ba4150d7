// How the gateway serves the Studio: / sends visitors to it, its files come with a CSP that
// allows only the gateway's own origin, hashed assets are cached for good, and a gateway whose
// Studio was never built says how to build it.
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import { registerStudio, STUDIO_CSP } from '../src/studio.js';
import { installErrorHandlers } from '../src/core/errors.js';

describe('Studio serving', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-studio-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="/studio/assets/app-1.js"></script>');
    await writeFile(path.join(dir, 'assets', 'app-1.js'), 'console.log(1)');
  });
  after(() => rm(dir, { recursive: true, force: true }));

  const gateway = async (studioDir: string) => {
    const app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
    installErrorHandlers(app, 1024);
    registerStudio(app, `${studioDir}/`);
    await app.ready();
    return app;
  };

  it('redirects / and /studio to /studio/', async () => {
    const app = await gateway(dir);
    for (const url of ['/', '/studio']) {
      const answer = await app.inject({ url });
      assert.equal(answer.statusCode, 302, url);
      assert.equal(answer.headers.location, '/studio/');
    }
    await app.close();
  });

  it("serves the page and its assets with a CSP of the gateway's own origin", async () => {
    const app = await gateway(dir);
    const page = await app.inject({ url: '/studio/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.headers['content-type'] as string, /text\/html/);
    assert.equal(page.headers['content-security-policy'], STUDIO_CSP);
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.doesNotMatch(STUDIO_CSP, /unsafe|\*|https?:|data:/);
    const script = await app.inject({ url: '/studio/assets/app-1.js' });
    assert.equal(script.statusCode, 200);
    assert.equal(script.body, 'console.log(1)');
    assert.match(script.headers['cache-control'] as string, /immutable/);
    assert.equal((await app.inject({ url: '/studio/assets/missing.js' })).statusCode, 404);
    await app.close();
  });

  it('answers 503 saying how to build the Studio when it is not built', async () => {
    const app = await gateway(path.join(dir, 'not-built'));
    const answer = await app.inject({ url: '/studio/' });
    assert.equal(answer.statusCode, 503);
    assert.match(answer.json().detail, /npm run build:studio/);
    await app.close();
  });
});
