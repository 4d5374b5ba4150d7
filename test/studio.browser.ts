// The Studio in a real browser (Debian's chromium through playwright-core; `npm run test:browser`) against
// `vision-studio serve --sandbox` on a real port: the user's paths through it, end to end.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { buildStudio, launchBrowser, loaded, type Browser } from './support/browser.js';
import { startGateway, type GatewayProcess } from './support/process.js';
import { enterKey, loraToGeneratedImage, openOperation, removeBackground, runAndSee } from './support/studio-flows.js';
import { samplePng } from './support/twins.js';

const KEY = 'studio-test-key-0123456789';

describe('Studio in a browser', () => {
  let gateway: GatewayProcess;
  let browser: Browser;
  let page: Page;
  let dataDir: string;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-browser-'));
    await buildStudio();
    gateway = await startGateway(
      { VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_RATE_LIMIT: '100000', VISION_STUDIO_POLL_INITIAL_MS: '100', VISION_STUDIO_POLL_MAX_MS: '300' },
      ['--sandbox', '--data-dir', dataDir],
    );
    browser = await launchBrowser();
    page = await browser.page();
  });

  after(async () => {
    await browser?.close();
    await gateway?.kill('SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('opens at / (redirected to /studio) and keeps the API key for the session only', async () => {
    await enterKey(page, gateway.url, KEY);
    assert.equal(new URL(page.url()).pathname, '/studio/');
    assert.equal(await page.evaluate('sessionStorage.getItem("vision-studio.api-key")'), KEY);
    assert.equal(await page.evaluate('localStorage.length'), 0);
  });

  it('runs Bria Remove Background on an uploaded file and shows the result image beside the input', async () => {
    await removeBackground(page, await samplePng(96, 64));
    await page.getByText(/product\.png uploaded as asset_/).waitFor();
    await loaded(page, '.compare img[alt="Before"]');
    await page.getByLabel('Before / after').fill('20');
    assert.ok(await page.getByRole('link', { name: 'Download image' }).getAttribute('href'));
    await page.getByText('Request as curl').click();
    assert.match(await page.locator('.snippets pre').first().innerText(), /curl -s -X POST '.*\/api\/v1\/bria\/image\/editing\/remove-background'/);
  });

  it('finds that run under Jobs, newest first, and opens it', async () => {
    await page.getByRole('link', { name: 'Jobs' }).click();
    const row = page.locator('.job-row').first();
    await row.waitFor();
    assert.match(await row.innerText(), /bria\.remove-background[\s\S]*bria[\s\S]*succeeded/);
    await loaded(page, '.job-row img.thumb');
    await row.click();
    await page.getByRole('heading', { name: /^Job job_/ }).waitFor();
    await page.getByRole('img', { name: 'Result image 1' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Run again' }).isEnabled(), true);
  });

  it('shows a validation error next to its field', async () => {
    await openOperation(page, 'Bria Generate Image');
    await page.getByLabel('num_results').fill('99');
    await page.getByRole('button', { name: 'Run' }).click();
    const error = page.locator('.field', { has: page.getByLabel('num_results') }).locator('.field-error');
    await error.waitFor();
    assert.match(await error.innerText(), /less than or equal to 4/i);
    assert.equal(await page.getByLabel('num_results').getAttribute('aria-invalid'), 'true');
  });

  it('runs a video operation and shows the player', async () => {
    await openOperation(page, 'Generate Video From Text');
    await runAndSee(page, 'video');
  });

  it('takes a LoRA project through a dataset and training to a generated image', async () => {
    await loraToGeneratedImage(page);
  });

  it('fits a phone-sized screen and is usable from the keyboard', async () => {
    const phone = await browser.page({ width: 390, height: 844 });
    await phone.goto(`${gateway.url}/studio/`);
    await phone.getByLabel('Search operations').focus();
    await phone.keyboard.type('Remove Background');
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('Tab');
    await phone.keyboard.press('Enter');
    await phone.getByRole('heading', { level: 1 }).filter({ hasText: 'Remove Background' }).waitFor();
    assert.equal(await phone.evaluate('document.documentElement.scrollWidth <= innerWidth'), true, 'no sideways scrolling');
    await phone.close();
  });

  it('logged no errors in the browser console (but the 422 the validation test provoked)', () => {
    assert.deepEqual(browser.problems.filter((p) => !/status of 422/.test(p)), []);
  });
});
