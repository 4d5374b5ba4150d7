// A real browser for the Studio's tests and screenshots: Debian's chromium driven by
// playwright-core (no browser download), a fresh profile each time, loopback traffic only.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM = '/usr/bin/chromium';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Builds the Studio from studio/ into dist/studio (what `npm ci` does), so tests see the current source. */
export async function buildStudio(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('../../studio/vite.config.ts', import.meta.url)), logLevel: 'error' });
}

export interface Browser {
  context: BrowserContext;
  /** Console errors and uncaught exceptions of every page, as text. */
  problems: string[];
  page(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(path.join(tmpdir(), 'vision-studio-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };
  context.on('page', watch);
  return {
    context,
    problems,
    async page(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      return page;
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the image or media element the selector names has really loaded (decoded pixels,
 * or a media element's metadata), not just until its tag is there. Runs in the page, hence untyped.
 */
export async function loaded(page: Page, selector: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (s) => {
      const element = (globalThis as any).document.querySelector(s);
      return element && (element.tagName === 'IMG' ? element.naturalWidth > 0 : element.readyState >= 1);
    },
    selector,
    { timeout },
  );
}
