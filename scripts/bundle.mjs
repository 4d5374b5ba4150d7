// Bundles the compiled gateway (dist/) into dist/bundle/, which `npm start` and the
// `vision-studio` bin run. Node resolves and reads ~1,300 module files at start without it
// (kysely and TypeBox alone ~500); the bundle starts ~40 % sooner (docs/benchmarks.md).
// The worker threads' scripts are entry points beside the chunks, where `scriptBeside` finds
// them.
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

// Native addons, and packages that find their own files at run time (ffmpeg's binary, BullMQ's
// Lua scripts, pino's transport workers, swagger's package.json and its UI's assets), are loaded
// from node_modules as they are.
const FIND_THEIR_OWN_FILES = ['better-sqlite3', 'sharp', '@ffmpeg-installer/ffmpeg', 'bullmq', 'pino', '@fastify/swagger', '@fastify/swagger-ui', '@fastify/static'];

// So are the packages the gateway imports only when it needs them (`import('pkg')`: provider
// SDKs, tracing, pg, Redis): they are not loaded at start, so bundling them gains nothing there,
// and a bundle would lose a CommonJS package's named exports in a dynamic import.
// (dist/studio is the Studio's browser code, not the gateway's.)
async function importedOnDemand(dir) {
  const found = new Set();
  const studio = path.join(dir, 'studio');
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js') || entry.parentPath.startsWith(studio)) continue;
    const code = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
    for (const [, specifier] of code.matchAll(/\bimport\((?:'|")([^.'"][^'"]*)(?:'|")\)/g)) {
      if (!specifier.startsWith('node:') && !specifier.startsWith('tsx/')) found.add(packageOf(specifier));
    }
  }
  return [...found];
}
const packageOf = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

const outdir = 'dist/bundle';
await rm(outdir, { recursive: true, force: true });
const external = [...new Set([...FIND_THEIR_OWN_FILES, ...(await importedOnDemand('dist'))])];
await build({
  entryPoints: { cli: 'dist/cli.js', 'sqlite-thread': 'dist/storage/sqlite-thread.js', 'fs-write-thread': 'dist/assets/fs-write-thread.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  external,
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
