// What a user does in the Studio, step by step, shared by its browser tests and the README's
// screenshots (scripts/studio-screenshots.ts).
import type { Page } from 'playwright-core';
import { loaded } from './browser.js';
import { samplePng } from './twins.js';

const LONG = { timeout: 60_000 };

export async function enterKey(page: Page, url: string, key: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('API key').fill(key);
  await page.getByLabel('API key').press('Enter');
  await page.getByRole('button', { name: 'Forget key' }).waitFor();
}

/** Finds the operation with the search box and opens its form. */
export async function openOperation(page: Page, summary: string): Promise<void> {
  await page.getByRole('link', { name: 'Operations' }).click();
  await page.getByLabel('Search operations').fill(summary);
  await page.getByRole('navigation', { name: 'Operations' }).getByRole('link', { name: summary }).first().click();
  await page.getByRole('heading', { level: 1, name: summary }).waitFor();
}

/** Runs the open operation with its form as it is and waits for the first result of `kind`. */
export async function runAndSee(page: Page, kind: 'image' | 'video'): Promise<void> {
  await page.getByRole('button', { name: 'Run' }).click();
  await loaded(page, kind === 'image' ? 'img[alt="Result image 1"]' : 'video[aria-label="Result video 1"]');
}

export async function removeBackground(page: Page, png: Buffer): Promise<void> {
  await openOperation(page, 'Bria Remove Background');
  await page.getByLabel('Upload a file for image').setInputFiles({ name: 'product.png', mimeType: 'image/png', buffer: png });
  await page.getByText(/product\.png (uploaded as asset_|attached inline)/).waitFor();
  await runAndSee(page, 'image');
}

/** A LoRA project from nothing: dataset with captioned images, a trained model, an image generated with it. */
export async function loraToGeneratedImage(page: Page): Promise<void> {
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
  await runAndSee(page, 'image');
}
