// CORS in a real browser (chromium; `npm run test:browser`): a page served from another origin
// calls `vision-studio serve --sandbox` the way a web app would — a preflighted JSON POST with a
// Bearer key — and reads the answer and its headers. A page from an origin the operator did not
// name cannot read anything.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { launchBrowser, type Browser } from './support/browser.js';
import { startGateway, type GatewayProcess } from './support/process.js';

const KEY = 'cors-browser-key-0123456789';

/** What the page's script got: the status, the task id header and the number of images, or the error. */
type Outcome = { status: number; task: string | null; images: number } | { error: string };

describe('CORS in a browser', () => {
  let pages: Server;
  let port: number;
  let gateway: GatewayProcess;
  let browser: Browser;

  before(async () => {
    // An empty page: the test runs its script in it, from its origin.
    pages = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'));
    await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
    port = (pages.address() as AddressInfo).port;
    gateway = await startGateway({ VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_CORS_ORIGINS: `http://127.0.0.1:${port}` }, ['--sandbox']);
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await gateway?.kill('SIGTERM');
    await new Promise((resolve) => pages.close(resolve));
  });

  /** From a page at `origin`, POST /v1/images/generations as the OpenAI SDK would. */
  async function generateFrom(origin: string): Promise<Outcome> {
    const page = await browser.page();
    try {
      await page.goto(`${origin}/app`);
      return await page.evaluate(
        async ({ gatewayUrl, key }) => {
          try {
            const response = await fetch(`${gatewayUrl}/v1/images/generations`, {
              method: 'POST',
              headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'x-stainless-lang': 'js' },
              body: JSON.stringify({ model: 'bria/image-base-3.2', prompt: 'a paper boat', response_format: 'url' }),
            });
            const answer = (await response.json()) as { data?: unknown[] };
            return { status: response.status, task: response.headers.get('x-vision-studio-task-id'), images: answer.data?.length ?? 0 };
          } catch (error) {
            return { error: String(error) };
          }
        },
        { gatewayUrl: gateway.url, key: KEY },
      );
    } finally {
      await page.close();
    }
  }

  it('a page on a named origin calls /v1 and reads the answer and its headers', async () => {
    const outcome = await generateFrom(`http://127.0.0.1:${port}`);
    assert.ok(!('error' in outcome), JSON.stringify(outcome));
    assert.equal(outcome.status, 200);
    assert.match(outcome.task ?? '', /^job_/);
    assert.equal(outcome.images, 1);
    browser.problems.splice(0);
  });

  it('a page on another origin cannot read the answer', async () => {
    // localhost and 127.0.0.1 are different origins to a browser.
    const outcome = await generateFrom(`http://localhost:${port}`);
    assert.ok('error' in outcome, JSON.stringify(outcome));
    assert.match(outcome.error, /TypeError/);
    // The browser reports the blocked request on the console; that is the point here.
    assert.ok(browser.problems.splice(0).some((p) => /CORS|Access-Control-Allow-Origin/.test(p)));
  });
});
