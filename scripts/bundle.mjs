// Bundles the compiled gateway (dist/) into dist/bundle/, which `npm start` and the
// `vision-studio` bin run. Node resolves and reads ~1,300 module files at start without it
// (kysely and TypeBox alone ~500); the bundle starts ~40 % sooner (docs/benchmarks.md).
// The worker threads' scripts are entry points beside the chunks, where `scriptBeside` finds
// them; code loaded on demand (provider SDKs, tracing) stays in chunks of its own.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

// Native addons, and packages that find their own files at run time (ffmpeg's binary, BullMQ's
// Lua scripts, pino's transport workers, swagger's package.json and its UI's assets), are loaded
// from node_modules as they are.
const LOADED_FROM_NODE_MODULES = ['better-sqlite3', 'sharp', '@ffmpeg-installer/ffmpeg', 'bullmq', 'ioredis', 'pino', '@fastify/swagger', '@fastify/swagger-ui', '@fastify/static'];

const outdir = 'dist/bundle';
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { cli: 'dist/cli.js', 'sqlite-thread': 'dist/storage/sqlite-thread.js', 'fs-write-thread': 'dist/assets/fs-write-thread.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  external: LOADED_FROM_NODE_MODULES,
  sourcemap: 'linked',
  // CommonJS dependencies inside an ES module bundle still call require().
  banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
  logLevel: 'warning',
});

// An ES module has no __dirname: a bundled package that asks for it fails only when that code
// runs, so the build fails here instead (list the package above).
for (const file of await readdir(outdir)) {
  if (!file.endsWith('.js')) continue;
  const code = await readFile(path.join(outdir, file), 'utf8');
  const use = /^.*\b__dirname\b.*$/m.exec(code);
  if (use) throw new Error(`${outdir}/${file} uses __dirname: load its package from node_modules\n${use[0].trim()}`);
}
