// The provider twins (emulators) that tests, `vision-studio emulate` and the labelled sandbox
// mode start. Each speaks its provider's real protocol on a real loopback port; `env` is what
// points the gateway at it (the same variables a real deployment sets). Started here, twins keep
// no record of their calls: a sandbox runs for days, and the record would only grow.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProviderName } from '../core/operation.js';
import { installFaults } from './kit/faults.js';
import type { GoogleTwin } from './google/index.js';
import type { TwinFetchPolicy } from './kit/fetch.js';
import { listen } from './kit/listen.js';

export interface RunningTwin {
  url: string;
  /** Variables that point the gateway at this twin (credentials the twin accepts, base URLs). */
  env: Record<string, string>;
  close(): Promise<void>;
}

export interface TwinFactory {
  /** Gateway providers this twin serves (BRIA's twin serves bria and bria-lora). */
  serves: ProviderName[];
  /** `fetchPolicy`: the gateway's SSRF policy, which the twin's own URL fetches follow. */
  start(options: { host?: string; port?: number; fetchPolicy: TwinFetchPolicy }): Promise<RunningTwin>;
}

/**
 * The variables that point the gateway at a twin on `url` with the credentials it accepts: the
 * same ones a real deployment sets (the registry and the tests' helpers both build them here).
 */
export const twinEnv = {
  bria: (url: string, token: string) => ({ BRIA_API_TOKEN: token, BRIA_BASE_URL: url }),
  // One server answers both the IMS token path and the Firefly paths.
  firefly: (url: string, clientId: string, clientSecret: string) => ({
    FIREFLY_CLIENT_ID: clientId,
    FIREFLY_CLIENT_SECRET: clientSecret,
    FIREFLY_BASE_URL: url,
    FIREFLY_IMS_URL: url,
  }),
  runway: (url: string, secret: string) => ({ RUNWAYML_API_SECRET: secret, RUNWAY_BASE_URL: url }),
  // The SDK's base URL includes /v1 (https://api.openai.com/v1).
  openai: (url: string, apiKey: string) => ({ OPENAI_API_KEY: apiKey, OPENAI_BASE_URL: `${url}/v1` }),
  google: (url: string, { apiKey, project, location, credentials }: { apiKey: string; project: string; location: string; credentials: string }) => ({
    GEMINI_API_KEY: apiKey,
    GOOGLE_CLOUD_PROJECT: project,
    GOOGLE_CLOUD_LOCATION: location,
    GOOGLE_APPLICATION_CREDENTIALS: credentials,
    GOOGLE_GENAI_BASE_URL: url,
  }),
};

/** Writes the Google twin's external_account credential into a fresh temp dir; `remove` deletes it. */
export async function googleCredentials(twin: Pick<GoogleTwin, 'writeCredentials'>, url: string): Promise<{ file: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-google-twin-'));
  return { file: await twin.writeCredentials(url, dir), remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Twin credentials are fixed, public strings: they only ever open an emulator. Each twin module
 * (a Fastify app with sharp, ffmpeg, …) is imported by its `start`, so `serve` without
 * `--sandbox` never loads them.
 */
export const twins: Record<string, TwinFactory> = {
  bria: {
    serves: ['bria', 'bria-lora'],
    async start({ host, port, fetchPolicy }) {
      const token = 'sandbox-bria-token';
      const { createBriaTwin } = await import('./bria/index.js');
      const twin = createBriaTwin({ token, processingMs: 1_000, fetchPolicy, recordCalls: false });
      installFaults(twin.app);
      const url = await listen(twin.app, host, port);
      return { url, env: twinEnv.bria(url, token), close: () => twin.app.close() };
    },
  },
  firefly: {
    serves: ['firefly'],
    async start({ host, port, fetchPolicy }) {
      const clientId = 'sandbox-firefly-client-id';
      const clientSecret = 'sandbox-firefly-client-secret';
      const { createFireflyTwin } = await import('./firefly/index.js');
      const twin = createFireflyTwin({ clientId, clientSecret, pendingMs: 300, runningMs: 1_500, fetchPolicy, recordCalls: false });
      const url = await listen(twin.app, host, port);
      return { url, env: twinEnv.firefly(url, clientId, clientSecret), close: () => twin.app.close() };
    },
  },
  runway: {
    serves: ['runway'],
    async start({ host, port, fetchPolicy }) {
      const secret = 'sandbox-runway-secret';
      const { createRunwayTwin } = await import('./runway/index.js');
      const twin = createRunwayTwin({ secret, pendingMs: 500, runningMs: 3_000, concurrency: 2, fetchPolicy, recordCalls: false });
      installFaults(twin.app);
      const url = await listen(twin.app, host, port);
      return { url, env: twinEnv.runway(url, secret), close: () => twin.app.close() };
    },
  },
  openai: {
    // Also serves the LLM slice (prompt writing, captions) through its chat completions.
    serves: ['openai', 'llm'],
    async start({ host, port }) {
      const apiKey = 'sandbox-openai-key';
      const { createOpenAITwin } = await import('./openai/index.js');
      const twin = createOpenAITwin({ apiKey, recordCalls: false });
      const url = await listen(twin.app, host, port);
      return { url, env: twinEnv.openai(url, apiKey), close: () => twin.app.close() };
    },
  },
  google: {
    // Gemini API and Vertex AI on one origin (GOOGLE_GENAI_BASE_URL). Vertex auth runs through a
    // real token exchange: an external_account credential whose STS token_url is the twin.
    serves: ['google'],
    async start({ host, port }) {
      const { createGoogleTwin } = await import('./google/index.js');
      const twin = createGoogleTwin({
        apiKey: 'sandbox-gemini-key',
        project: 'sandbox-project',
        location: 'us-central1',
        subjectToken: 'sandbox-google-subject-token',
        operationMs: 3_000,
        recordCalls: false,
      });
      const url = await listen(twin.app, host, port);
      const credentials = await googleCredentials(twin, url);
      const env = twinEnv.google(url, { apiKey: 'sandbox-gemini-key', project: 'sandbox-project', location: 'us-central1', credentials: credentials.file });
      return {
        url,
        env,
        async close() {
          await twin.app.close();
          await credentials.remove();
        },
      };
    },
  },
};
