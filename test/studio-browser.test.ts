// The Studio in a real browser (Debian's chromium through playwright-core) against
// `vision-studio serve --sandbox` on a real port: the user's paths through it, end to end.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { buildStudio, launchBrowser, loaded, type Browser } from './support/browser.js';
import { startGateway, type GatewayProcess } from './support/process.js';
import { samplePng } from './support/twins.js';

const KEY = 'studio-test-key-0123456789';
const LONG = { timeout: 60_000 };

describe('Studio in a browser', () => {
  let gateway: GatewayProcess;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let png: Buffer;

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-browser-'));
    png = await samplePng(96, 64);
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

  const openOperation = async (summary: string) => {
    await page.getByRole('link', { name: 'Operations' }).click();
    await page.getByLabel('Search operations').fill(summary);
    await page.getByRole('navigation', { name: 'Operations' }).getByRole('link', { name: summary, exact: false }).first().click();
    await page.getByRole('heading', { level: 1, name: summary }).waitFor();
  };

  it('opens at / (redirected to /studio) and takes the API key', async () => {
    await page.goto(`${gateway.url}/`);
    assert.equal(new URL(page.url()).pathname, '/studio/');
    await page.getByLabel('API key').fill(KEY);
    await page.getByLabel('API key').press('Enter');
    await page.getByRole('button', { name: 'Forget key' }).waitFor();
    assert.equal(await page.evaluate('sessionStorage.getItem("vision-studio.api-key")'), KEY);
  });

  it('runs Bria Remove Background on an uploaded file and shows the result image', async () => {
    await openOperation('Bria Remove Background');
    await page.getByLabel('Upload a file for image').setInputFiles({ name: 'product.png', mimeType: 'image/png', buffer: png });
    await page.getByText(/product\.png (uploaded as asset_|attached inline)/).waitFor();
    await page.getByRole('button', { name: 'Run' }).click();
    const result = page.getByRole('img', { name: 'Result image 1' });
    await result.waitFor(LONG);
    await loaded(page, 'img[alt="Result image 1"]');
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
    await openOperation('Bria Generate Image');
    await page.getByLabel('num_results').fill('99');
    await page.getByRole('button', { name: 'Run' }).click();
    const error = page.locator('.field', { has: page.getByLabel('num_results') }).locator('.field-error');
    await error.waitFor();
    assert.match(await error.innerText(), /less than or equal to 4/i);
    assert.equal(await page.getByLabel('num_results').getAttribute('aria-invalid'), 'true');
  });

  it('runs a video operation and shows the player', async () => {
    await openOperation('Generate Video From Text');
    await page.getByRole('button', { name: 'Run' }).click();
    const video = page.locator('video[aria-label="Result video 1"]');
    await video.waitFor(LONG);
    await loaded(page, 'video[aria-label="Result video 1"]');
  });

  it('takes a LoRA project through a dataset and training to a generated image', async () => {
    await page.getByRole('link', { name: 'LoRA' }).click();
    const projects = page.getByRole('region', { name: 'Projects' });
    await projects.getByLabel('project_name').fill('Mascots');
    await projects.getByLabel('ip_medium').selectOption({ label: 'illustration' });
    await projects.getByLabel('ip_type').selectOption({ label: 'multi_object_set' });
    await projects.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('heading', { level: 2, name: 'Mascots' }).waitFor();

    await page.locator('details', { hasText: 'New dataset' }).getByLabel('name', { exact: true }).fill('Poses');
    await page.getByRole('button', { name: 'Create dataset' }).click();
    await page.getByRole('heading', { name: /Dataset “Poses”/ }).waitFor();
    const image = await samplePng(320, 320);
    await page.getByLabel('Add training images').setInputFiles([
      { name: 'pose-1.png', mimeType: 'image/png', buffer: image },
      { name: 'pose-2.png', mimeType: 'image/png', buffer: image },
    ]);
    await page.getByText('2 image(s) added').waitFor(LONG);
    await page.getByLabel('Caption of pose-1.png').fill('a round mascot waving');
    await page.getByRole('button', { name: 'Save caption' }).first().click();
    await page.getByText('Saved', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Complete dataset' }).click();
    await page.locator('.dataset .state-completed').waitFor();

    const newModel = page.locator('details', { hasText: 'New model' });
    await newModel.getByLabel('name', { exact: true }).fill('mascot-v1');
    await newModel.getByLabel('training_version').selectOption({ label: 'light' });
    await page.getByRole('button', { name: 'Create model' }).click();
    await page.getByRole('button', { name: 'Start training' }).click();
    await page.locator('.model .state-Completed').waitFor(LONG);

    await page.getByLabel('prompt', { exact: true }).fill('a round mascot waving hello');
    await page.getByRole('button', { name: 'Run' }).click();
    await loaded(page, 'img[alt="Result image 1"]');
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
