// Makes the README's screenshots of the Studio (docs/images/studio-*.png): builds the Studio,
// starts `vision-studio serve --sandbox` on a free port and drives Debian's chromium through it.
// `npm run studio:screenshots`
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStudio, launchBrowser, loaded } from '../test/support/browser.js';
import { createKeyWithCli, startGateway } from '../test/support/process.js';
import { enterKey, loraToGeneratedImage, openOperation, removeBackground, runAndSee } from '../test/support/studio-flows.js';
import { samplePng } from '../test/support/twins.js';
import { until } from '../test/support/until.js';

const KEY = 'screenshot-key-0123456789';
const out = (name: string) => fileURLToPath(new URL(`../docs/images/${name}.png`, import.meta.url));

const dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-screenshots-'));
await buildStudio();
const budgeted = await createKeyWithCli(dataDir, ['--name', 'team-budget', '--budget-usd', '0.10', '--budget-period', 'day']);
const gateway = await startGateway({ VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_POLL_INITIAL_MS: '100', VISION_STUDIO_POLL_MAX_MS: '300' }, ['--sandbox', '--data-dir', dataDir]);
const browser = await launchBrowser();
try {
  const page = await browser.page();
  await enterKey(page, gateway.url, KEY);

  await removeBackground(page, await samplePng(640, 420));
  await page.getByText('Request as TypeScript').click();
  await page.screenshot({ path: out('studio-operation'), fullPage: true });

  await openOperation(page, 'Bria Generate Image');
  await page.getByLabel('num_results').fill('9');
  await page.getByRole('button', { name: 'Run' }).click();
  await page.locator('.field-error').first().waitFor();
  await page.screenshot({ path: out('studio-validation') });

  await openOperation(page, 'Generate Video From Text');
  await runAndSee(page, 'video');

  await page.getByRole('link', { name: 'Jobs' }).click();
  await loaded(page, '.job-row img.thumb');
  await page.screenshot({ path: out('studio-jobs') });

  await loraToGeneratedImage(page);
  await page.screenshot({ path: out('studio-lora'), fullPage: true });

  // Usage of a key with a budget of $0.10 a day, after two runs.
  await enterKey(page, gateway.url, budgeted);
  await removeBackground(page, await samplePng(320, 240));
  await removeBackground(page, await samplePng(240, 320));
  // The usage ledger is written just after each job ends.
  await until(
    async () => {
      const answer = await fetch(`${gateway.url}/api/v1/usage?group_by=day`, { headers: { 'x-api-key': budgeted } }).then((r) => r.json() as Promise<any>);
      return answer.result.rows[0]?.jobs >= 2 ? true : undefined;
    },
    'both runs in the usage ledger',
    30_000,
  );
  await page.getByRole('link', { name: 'Usage', exact: true }).click();
  await page.locator('.chart .budget').waitFor();
  await page.screenshot({ path: out('studio-usage') });
  await enterKey(page, gateway.url, KEY);

  // The same tab (the key is kept per tab), phone-sized.
  await page.setViewportSize({ width: 390, height: 844 });
  await openOperation(page, 'Gpt Generate Image');
  await page.getByRole('heading', { level: 1, name: 'Gpt Generate Image' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: out('studio-phone') });
  if (browser.problems.some((p) => !/status of 422/.test(p))) throw new Error(`browser problems: ${browser.problems.join('\n')}`);
} finally {
  await browser.close();
  await gateway.kill('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
}
