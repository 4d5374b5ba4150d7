// Builds the Studio (Preact, bundled by Vite) into dist/studio, which the gateway serves at /studio.
// JSX is compiled by Vite's own esbuild (no plugin needed for Preact's automatic runtime).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/studio/',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: fileURLToPath(new URL('../dist/studio', import.meta.url)),
    emptyOutDir: true,
    // The gateway's CSP allows no inline code: Vite's module preload polyfill is not needed by
    // the browsers the Studio supports, and assets are always files, never data: URIs.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    target: 'es2022',
  },
});
