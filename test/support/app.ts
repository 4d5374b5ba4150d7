// Builds the gateway for a test: no provider configured unless the env says so, a private
// data dir, logs captured in memory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { EngineTiming } from '../../src/jobs/engine-types.js';
import type { TestDatabase } from './databases.js';

export const TEST_KEY = 'test-key-0123456789';

export interface TestApp {
  app: FastifyInstance;
  config: Config;
  logs: string[];
  close(): Promise<void>;
}

/** For gateways that run jobs against twins on loopback: short polls, private addresses allowed. */
export const JOB_TEST_ENV = {
  VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
  VISION_STUDIO_POLL_INITIAL_MS: '20',
  VISION_STUDIO_POLL_MAX_MS: '50',
} as const;

export interface TestAppOptions {
  /** Job engine timing (default: short retries and sweeps). */
  timing?: Partial<EngineTiming>;
  /** Collects log lines here instead of a fresh array (several gateways in one test). */
  logs?: string[];
}

export async function testApp(env: Record<string, string> = {}, overrides: Partial<Config> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  // A data dir given by the caller is the caller's to remove; a private one is removed on close.
  const ownsDataDir = overrides.dataDir === undefined;
  const dataDir = overrides.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'vision-studio-test-')));
  const config: Config = {
    ...loadConfig({ VISION_STUDIO_API_KEYS: TEST_KEY, VISION_STUDIO_LOG_LEVEL: 'info', VISION_STUDIO_RATE_LIMIT: '1000000', VISION_STUDIO_AUTH_FAILURE_LIMIT: '1000000', ...env }),
    dataDir,
    ...overrides,
  };
  const logs = options.logs ?? [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildApp(config, {
    logStream,
    announceKey: () => {},
    timing: { retryBaseMs: 20, sweepIntervalMs: 50, ...options.timing },
  });
  await app.ready();
  return {
    app,
    config,
    logs,
    async close() {
      await app.close();
      if (ownsDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** `testApp` on a test database (support/databases.ts): its data dir, and its URL when it has one (PostgreSQL). */
export function testAppOn(database: TestDatabase, env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  return testApp({ ...(database.url ? { VISION_STUDIO_DATABASE_URL: database.url } : {}), ...env }, { dataDir: database.dataDir }, options);
}
