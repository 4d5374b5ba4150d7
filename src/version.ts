// The gateway's version, from package.json (read the same way from src/ under tsx and from dist/).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const VERSION: string = require('../package.json').version;
