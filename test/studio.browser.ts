// The Studio in a real browser (Debian's chromium through playwright-core; `npm run test:browser`) against
// `vision-studio serve --sandbox` on a real port: the user's paths through it, end to end. Every
// test fails on an error in the browser's console.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { buildStudio, launchBrowser, loaded, type Browser } from './support/browser.js';
import { createKeyWithCli, startGateway, type GatewayProcess } from './support/process.js';
import { shapedAs } from './support/shape.js';
import { enterKey, loraToGeneratedImage, openOperation, removeBackground, runAndSee } from './support/studio-flows.js';
import { samplePng } from './support/twins.js';
import { until } from './support/until.js';

const KEY = 'studio-test-key-0123456789';
const today = () => new Date().toISOString().slice(0, 10);
/** Money as the Studio shows it. */
const money = (usd: number) => `$${usd.toFixed(usd < 1 ? 4 : 2)}`;

describe('Studio in a browser', () => {
  let gateway: GatewayProcess;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  /** Database keys with a budget of $0.05 a day and of $1 a month (made with the CLI, as an operator would). */
  let budgetedKey: string;
  let monthlyKey: string;
  /** Console messages a test provokes on purpose (the 422 of the validation test). */
  let expectedProblems: RegExp | undefined;

  const call = async (key: string, method: string, url: string, body?: unknown) => {
    const response = await fetch(`${gateway.url}${url}`, {
      method,
      headers: { 'x-api-key': key, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const answer = (await response.json()) as any;
    assert.ok(response.ok, `${method} ${url}: ${response.status} ${JSON.stringify(answer)}`);
    return answer.result;
  };
  const finished = (key: string, id: string) =>
    until(
      async () => {
        const job = await call(key, 'GET', `/api/v1/jobs/${id}`);
        return job.state === 'succeeded' ? job : undefined;
      },
      `job ${id} to succeed`,
      30_000,
    );
  /** The usage answer for the period the Studio's Usage view shows by default (30 days). */
  const usage = (key: string, group: string) => {
    const from = new Date(Date.now() - 30 * 86_400_000);
    from.setUTCHours(0, 0, 0, 0);
    return call(key, 'GET', `/api/v1/usage?group_by=${group}&from=${encodeURIComponent(from.toISOString())}`);
  };
  const noSidewaysScrolling = async (p: Page) => assert.equal(await p.evaluate('document.documentElement.scrollWidth <= innerWidth'), true, 'no sideways scrolling');

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-browser-'));
    await buildStudio();
    budgetedKey = await createKeyWithCli(dataDir, ['--name', 'budgeted', '--budget-usd', '0.05', '--budget-period', 'day']);
    monthlyKey = await createKeyWithCli(dataDir, ['--name', 'monthly', '--budget-usd', '1', '--budget-period', 'month']);
    gateway = await startGateway({ VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_RATE_LIMIT: '100000', VISION_STUDIO_POLL_INITIAL_MS: '100', VISION_STUDIO_POLL_MAX_MS: '300' }, [
      '--sandbox',
      '--data-dir',
      dataDir,
    ]);
    browser = await launchBrowser();
    page = await browser.page();
  });

  afterEach(() => {
    const problems = browser.problems.splice(0).filter((p) => !expectedProblems?.test(p));
    expectedProblems = undefined;
    assert.deepEqual(problems, [], 'errors in the browser console');
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
    await noSidewaysScrolling(page);
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
    // Started from this tab: run again with the request as it was sent (the uploaded asset).
    await page.getByRole('link', { name: 'Run again' }).click();
    await page.getByText('the request as this browser sent it').waitFor();
    assert.match(await page.getByLabel('image', { exact: true }).inputValue(), /^asset_/);
  });

  it('runs again, from the keyboard, a job made through the API: its form prefilled from the job record', async () => {
    const image = `data:image/png;base64,${(await samplePng(80, 60)).toString('base64')}`;
    const accepted = await call(KEY, 'POST', '/api/v1/bria/image/editing-generation/generate-background', { image, prompt: 'a sunlit beach', seed: 42, negative_prompt: 'people' });
    const original = await finished(KEY, accepted.task_id);
    assert.equal(original.inputs.asset_ids.length, 1, 'the inline image is kept as an asset');

    await page.goto(`${gateway.url}/studio/#/jobs/${original.id}`);
    await page.getByRole('img', { name: 'Result image 1' }).waitFor();
    await page.getByRole('link', { name: 'Run again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bria Generate Background' }).waitFor();
    await page.getByText(`Prefilled from job ${original.id}`).waitFor();
    assert.equal(await page.getByLabel('image', { exact: true }).inputValue(), original.inputs.asset_ids[0]);
    assert.equal(await page.getByLabel('prompt', { exact: true }).inputValue(), 'a sunlit beach');
    // The other fields as the API call sent them (the record's `inputs.parameters`).
    await page.getByText('its fields as they were sent').waitFor();
    assert.equal(await page.getByLabel('seed', { exact: true }).inputValue(), '42');
    assert.equal(await page.getByLabel('negative_prompt', { exact: true }).inputValue(), 'people');

    // Tab from the prompt to the Run button, and press Enter.
    await page.getByLabel('prompt', { exact: true }).focus();
    for (let i = 0; i < 40 && !(await page.getByRole('button', { name: 'Run' }).evaluate((b) => b === b.ownerDocument.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await loaded(page, 'img[alt="Result image 1"]');
    const [again] = (await call(KEY, 'GET', '/api/v1/jobs?limit=1')).jobs;
    assert.notEqual(again.id, original.id);
    assert.equal(again.operation, 'bria.generate-background');
    assert.deepEqual(again.inputs.assets, original.inputs.assets, 'the same image (the same asset)');
    assert.equal(again.inputs.prompt, original.inputs.prompt);
    assert.deepEqual(shapedAs(again.inputs.parameters, original.inputs.parameters), original.inputs.parameters, 'the same seed and negative prompt');
  });

  it('runs again a job whose only media fields are optional: its asset goes back into the field it came in', async () => {
    const upload = await fetch(`${gateway.url}/api/v1/assets`, { method: 'POST', headers: { 'x-api-key': KEY, 'content-type': 'image/png' }, body: await samplePng(72, 56) });
    assert.equal(upload.status, 200);
    const { asset_id: assetId } = ((await upload.json()) as any).result;
    const accepted = await call(KEY, 'POST', '/api/v1/bria/image/editing/product-cutout', { image_file: assetId });
    const original = await finished(KEY, accepted.task_id);
    assert.deepEqual(original.inputs.assets, [{ field: 'image_file', asset_id: assetId }]);

    await page.goto(`${gateway.url}/studio/#/jobs/${original.id}`);
    await page.getByRole('img', { name: 'Result image 1' }).waitFor();
    await page.getByRole('link', { name: 'Run again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bria Product Cutout' }).waitFor();
    const notice = page.getByText(`Prefilled from job ${original.id}`);
    await notice.waitFor();
    assert.doesNotMatch(await notice.innerText(), /other input assets/, 'nothing left for the user to paste');
    assert.equal(await page.getByLabel('image_file', { exact: true }).inputValue(), assetId);
    assert.equal(await page.getByLabel('image_url', { exact: true }).inputValue(), '');

    await runAndSee(page, 'image');
    const [again] = (await call(KEY, 'GET', '/api/v1/jobs?limit=1')).jobs;
    assert.notEqual(again.id, original.id);
    assert.equal(again.operation, 'bria.product-cutout');
    assert.deepEqual(again.inputs.assets, original.inputs.assets, 'the same asset, in the same field');
  });

  it('shows a validation error next to its field', async () => {
    expectedProblems = /status of 422/;
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

  it('shows usage per day as a chart, and by provider and model, for every key to an operator key', async () => {
    const [byDay, byProvider, byModel] = await until(
      async () => {
        const answers = await Promise.all([usage(KEY, 'day'), usage(KEY, 'provider'), usage(KEY, 'model')]);
        // The ledger is written just after each job ends: wait for all the runs above.
        const jobs = answers[0].rows.reduce((n: number, r: { jobs: number }) => n + r.jobs, 0);
        return jobs >= 5 ? answers : undefined;
      },
      'the runs above in the usage ledger',
      30_000,
    );
    assert.equal(byDay.scope, 'all');
    assert.equal(byDay.budget, null, 'an environment key has no budget');

    await page.getByRole('link', { name: 'Usage', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Usage' }).waitFor();
    await page.getByRole('img', { name: 'Spend and jobs per day over 30 days' }).waitFor();
    assert.match(await page.locator('.usage > p').first().innerText(), /^All keys: \$/);
    const todayRow = byDay.rows.find((r: { day: string }) => r.day === today());
    assert.equal(await page.locator(`.chart rect[data-day="${today()}"] title`).textContent(), `${today()}: ${money(todayRow.cost_usd)}, ${todayRow.jobs} jobs`);
    assert.equal(await page.locator('.chart .budget').count(), 0);
    for (const [caption, answer, group] of [
      ['By provider', byProvider, 'provider'],
      ['By model', byModel, 'model'],
    ] as const) {
      const table = page.locator('table', { has: page.locator('caption', { hasText: caption }) });
      for (const row of answer.rows) {
        assert.match(await table.locator('tr', { has: page.locator('th', { hasText: new RegExp(`^${row[group]}$`) }) }).innerText(), new RegExp(`\\t${row.jobs}\\t`));
      }
      assert.equal(await table.locator('tbody tr').count(), answer.rows.length);
    }
    assert.ok(byProvider.rows.some((r: { provider: string }) => r.provider === 'bria'));
    await noSidewaysScrolling(page);
  });

  it("draws a key's budget on its usage chart, with what it has spent of it", async () => {
    await enterKey(page, gateway.url, budgetedKey);
    await removeBackground(page, await samplePng(64, 64));
    const answer = await until(
      async () => {
        const day = await usage(budgetedKey, 'day');
        return day.rows.length > 0 ? day : undefined;
      },
      "the budgeted key's run in the ledger",
      30_000,
    );
    assert.equal(answer.scope, 'own');
    assert.equal(answer.budget.limit_usd, 0.05);
    assert.equal(answer.budget.spent_usd, 0.018, 'one Bria Remove Background at $0.018');

    await page.getByRole('link', { name: 'Usage', exact: true }).click();
    const chart = page.getByRole('img', { name: 'Spend and jobs per day over 30 days, with the budget $0.0500 per day' });
    await chart.waitFor();
    assert.match(await page.locator('.budget-status').innerText(), /^Budget this day .*\$0\.0180 spent of \$0\.0500; resets /);
    assert.equal(await page.getByLabel('Budget this day').getAttribute('value'), '0.018');
    // The dashed line sits at $0.05 on the same scale as today's bar of $0.018.
    const line = page.locator('.chart .budget line');
    const bar = page.locator(`.chart rect[data-day="${today()}"]`);
    const base = Number(await bar.getAttribute('y')) + Number(await bar.getAttribute('height'));
    const barHeight = Number(await bar.getAttribute('height'));
    const lineHeight = base - Number(await line.getAttribute('y1'));
    assert.ok(Math.abs(lineHeight / barHeight - 0.05 / 0.018) < 0.01, `line ${lineHeight} vs bar ${barHeight}`);
    assert.match(await page.locator('.chart figcaption').innerText(), /Dashed: the key's budget \$0\.0500 per day\./);
    await enterKey(page, gateway.url, KEY);
  });

  it("draws a monthly budget against the month's running total", async () => {
    const image = `data:image/png;base64,${(await samplePng(64, 48)).toString('base64')}`;
    await finished(monthlyKey, (await call(monthlyKey, 'POST', '/api/v1/bria/image/editing/remove-background', { image })).task_id);
    await until(async () => ((await usage(monthlyKey, 'day')).rows.length > 0 ? true : undefined), 'the run in the ledger', 30_000);
    await enterKey(page, gateway.url, monthlyKey);
    await page.getByRole('link', { name: 'Usage', exact: true }).click();
    await page.getByRole('img', { name: 'Spend and jobs per day over 30 days, with the budget $1.00 per month' }).waitFor();
    assert.match(await page.locator('.budget-status').innerText(), /^Budget this month .*\$0\.0180 spent of \$1\.00; resets /);
    // Only today has spend: the running total ends at the height of today's bar, under the budget.
    const points = (await page.locator('.chart .month-line').getAttribute('points'))!.trim().split(' ');
    const lastY = Number(points.at(-1)!.split(',')[1]);
    const barTop = Number(await page.locator(`.chart rect[data-day="${today()}"]`).getAttribute('y'));
    assert.ok(Math.abs(lastY - barTop) < 0.01, `running total at ${lastY}, bar top at ${barTop}`);
    assert.ok(Number(await page.locator('.chart .budget line').getAttribute('y1')) < lastY, 'the budget line above the total');
    await enterKey(page, gateway.url, KEY);
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
    await noSidewaysScrolling(phone);
    for (const view of ['jobs', 'lora', 'usage']) {
      await phone.goto(`${gateway.url}/studio/#/${view}`);
      await phone.getByRole('heading', { level: 1 }).first().waitFor();
      await noSidewaysScrolling(phone);
    }
    await phone.close();
  });
});
