// The package's own directory (package.json, samples/, pricing/, dist/studio/), found from here
// whether this code runs from src/ (tsx), dist/ (tsc) or dist/bundle/ (the bundle `npm start`
// runs), where a path relative to one module would differ.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function packageRootAbove(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, 'package.json'))) return at;
    if (path.dirname(at) === at) throw new Error(`no package.json in ${dir} or above it`);
  }
}

export const PACKAGE_ROOT = packageRootAbove(path.dirname(fileURLToPath(import.meta.url)));

/** A path inside the package: `inPackage('samples', 'cat.png')`. */
export const inPackage = (...parts: string[]): string => path.join(PACKAGE_ROOT, ...parts);
