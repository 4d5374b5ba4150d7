// Makes the README's screenshots of the Studio (docs/images/studio-*.png): builds the Studio,
// starts `vision-studio serve --sandbox` on a free port and drives Debian's chromium through it.
// `npm run studio:screenshots`
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStudio, launchBrowser, loaded } from '../test/support/browser.js';
import { startGateway } from '../test/support/process.js';
import { samplePng } from '../test/support/twins.js';

const KEY = 'screenshot-key-0123456789';
const out = (name: string) => fileURLToPath(new URL(`../docs/images/${name}.png`, import.meta.url));
const LONG = { timeout: 60_000 };

const dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-screenshots-'));
await buildStudio();
const gateway = await startGateway({ VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_POLL_INITIAL_MS: '100', VISION_STUDIO_POLL_MAX_MS: '300' }, ['--sandbox', '--data-dir', dataDir]);
const browser = await launchBrowser();
try {
  const page = await browser.page();
  await page.goto(`${gateway.url}/studio/`);
  await page.getByLabel('API key').fill(KEY);
  await page.getByLabel('API key').press('Enter');

  const run = async (summary: string) => {
    await page.goto(`${gateway.url}/studio/#/`);
    await page.getByLabel('Search operations').fill(summary);
    await page.getByRole('navigation', { name: 'Operations' }).getByRole('link', { name: summary }).first().click();
    await page.getByRole('heading', { level: 1, name: summary }).waitFor();
  };

  await run('Bria Remove Background');
  await page.getByLabel('Upload a file for image').setInputFiles({ name: 'product.png', mimeType: 'image/png', buffer: await samplePng(640, 420) });
  await page.getByText(/product\.png (uploaded|attached)/).waitFor();
  await page.getByRole('button', { name: 'Run' }).click();
  await loaded(page, 'img[alt="Result image 1"]');
  await page.getByText('Request as TypeScript').click();
  await page.screenshot({ path: out('studio-operation'), fullPage: true });

  await run('Bria Generate Image');
  await page.getByLabel('num_results').fill('9');
  await page.getByRole('button', { name: 'Run' }).click();
  await page.locator('.field-error').first().waitFor();
  await page.screenshot({ path: out('studio-validation') });

  await run('Generate Video From Text');
  await page.getByRole('button', { name: 'Run' }).click();
  await page.locator('video[aria-label="Result video 1"]').waitFor(LONG);

  await page.getByRole('link', { name: 'Jobs' }).click();
  await loaded(page, '.job-row img.thumb');
  await page.screenshot({ path: out('studio-jobs') });

  await page.getByRole('link', { name: 'LoRA' }).click();
  const projects = page.getByRole('region', { name: 'Projects' });
  await projects.getByLabel('project_name').fill('Mascots');
  await projects.getByLabel('ip_medium').selectOption({ label: 'illustration' });
  await projects.getByLabel('ip_type').selectOption({ label: 'multi_object_set' });
  await projects.getByRole('button', { name: 'Create project' }).click();
  await page.locator('details', { hasText: 'New dataset' }).getByLabel('name', { exact: true }).fill('Poses');
  await page.getByRole('button', { name: 'Create dataset' }).click();
  await page.getByLabel('Add training images').setInputFiles([{ name: 'pose-1.png', mimeType: 'image/png', buffer: await samplePng(320, 320) }]);
  await page.getByText('1 image(s) added').waitFor(LONG);
  await page.getByRole('button', { name: 'Complete dataset' }).click();
  const newModel = page.locator('details', { hasText: 'New model' });
  await newModel.getByLabel('name', { exact: true }).fill('mascot-v1');
  await newModel.getByLabel('training_version').selectOption({ label: 'light' });
  await page.getByRole('button', { name: 'Create model' }).click();
  await page.getByRole('button', { name: 'Start training' }).click();
  await page.locator('.model .state-Completed').waitFor(LONG);
  await page.getByLabel('prompt', { exact: true }).fill('a round mascot waving hello');
  await page.getByRole('button', { name: 'Run' }).click();
  await loaded(page, 'img[alt="Result image 1"]');
  await page.screenshot({ path: out('studio-lora'), fullPage: true });

  if (await page.getByRole('link', { name: 'Usage' }).count()) {
    await page.getByRole('link', { name: 'Usage' }).click();
    await page.locator('.chart svg').waitFor();
    await page.screenshot({ path: out('studio-usage') });
  }

  const phone = await browser.page({ width: 390, height: 844 });
  await phone.goto(`${gateway.url}/studio/#/op/${encodeURIComponent('POST /api/v1/bria/image/editing/remove-background')}`);
  await phone.getByRole('heading', { level: 1, name: 'Bria Remove Background' }).waitFor();
  await phone.screenshot({ path: out('studio-phone') });
  if (browser.problems.some((p) => !/status of 422/.test(p))) throw new Error(`browser problems: ${browser.problems.join('\n')}`);
} finally {
  await browser.close();
  await gateway.kill('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
}
