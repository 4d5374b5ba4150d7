// The provider twins (emulators) that tests, `vision-studio emulate` and the labelled sandbox
// mode start. Each speaks its provider's real protocol on a real loopback port; `env` is what
// points the gateway at it (the same variables a real deployment sets).
import type { FastifyInstance } from 'fastify';
import type { ProviderName } from '../core/operation.js';
import { createBriaTwin } from './bria/twin.js';
import { installFaults } from './twin-faults.js';

export interface RunningTwin {
  url: string;
  /** Variables that point the gateway at this twin (credentials the twin accepts, base URLs). */
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface TwinFactory {
  /** Gateway providers this twin serves (BRIA's twin serves bria and bria-lora). */
  serves: ProviderName[];
  start(options: { host?: string; port?: number }): Promise<RunningTwin>;
}

async function listen(app: FastifyInstance, host = '127.0.0.1', port = 0): Promise<string> {
  await app.listen({ host, port });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the twin did not get a port');
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}

/** Twin credentials are fixed, public strings: they only ever open an emulator. */
export const twins: Record<string, TwinFactory> = {
  bria: {
    serves: ['bria', 'bria-lora'],
    async start({ host, port }) {
      const token = 'sandbox-bria-token';
      const twin = createBriaTwin({ token, processingMs: 1_000 });
      installFaults(twin.app);
      const url = await listen(twin.app, host, port);
      return { url, env: { BRIA_API_TOKEN: token, BRIA_BASE_URL: url }, close: () => twin.app.close() };
    },
  },
};
