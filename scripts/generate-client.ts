// Writes clients/typescript/schema.ts: the TypeScript types of the served OpenAPI document
// (openapi-typescript), which the typed client (openapi-fetch) and the Studio build on.
// `npm run client:generate` after changing any operation; test/client-schema.test.ts fails
// while the checked-in file is not what this produces.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../clients/typescript/schema.ts', import.meta.url));

const HEADER = "// Generated from the gateway's served OpenAPI document by `npm run client:generate`\n" + '// (scripts/generate-client.ts, openapi-typescript). Do not edit.\n\n';

/** The document the gateway serves at /openapi.json (built with a throwaway data dir and key). */
export async function servedDocument(): Promise<unknown> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-openapi-'));
  try {
    const config = { ...loadConfig({}), dataDir, apiKeys: ['unused'], logLevel: 'silent' as const };
    const app = await buildApp(config, { announceKey: () => {} });
    await app.ready();
    const document = app.openapi;
    await app.close();
    return document;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function renderClientSchema(document: unknown): Promise<string> {
  return HEADER + astToString(await openapiTS(document as never));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(SCHEMA_FILE, await renderClientSchema(await servedDocument()));
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
