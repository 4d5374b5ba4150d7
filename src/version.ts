// The gateway's version, from package.json.
import { readFileSync } from 'node:fs';
import { inPackage } from './core/package-root.js';

export const VERSION: string = JSON.parse(readFileSync(inPackage('package.json'), 'utf8')).version;
