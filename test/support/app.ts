// Builds the gateway for a test: no provider configured unless the env says so, a private
// data dir, logs captured in memory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';

export const TEST_KEY = 'test-key-0123456789';

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  logs: string[];
  close(): Promise<void>;
}

export async function testApp(env: Record<string, string> = {}, overrides: Partial<Config> = {}): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-test-'));
  const config: Config = {
    ...loadConfig({ VISION_STUDIO_API_KEYS: TEST_KEY, VISION_STUDIO_LOG_LEVEL: 'info', VISION_STUDIO_RATE_LIMIT: '1000000', ...env }),
    dataDir,
    ...overrides,
  };
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildApp(config, { logStream, announceKey: () => {} });
  await app.ready();
  return {
    app,
    config,
    logs,
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
