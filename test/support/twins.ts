// Starts provider twins on real loopback ports for a test.
import sharp from 'sharp';
import { createBriaTwin, type BriaTwin, type BriaTwinOptions } from '../../src/twins/bria/index.js';
import { installFaults, type TwinFaults } from '../../src/twins/kit/faults.js';
import { listen } from '../../src/twins/kit/listen.js';
import { googleCredentials, twinEnv } from '../../src/twins/index.js';
import { createGoogleTwin, type GoogleTwin, type GoogleTwinOptions } from '../../src/twins/google/index.js';
import { createFireflyTwin, type FireflyTwin, type FireflyTwinOptions } from '../../src/twins/firefly/index.js';
import { createOpenAITwin, type OpenAITwin, type OpenAITwinOptions } from '../../src/twins/openai/index.js';
import { createRunwayTwin, type RunwayTwin, type RunwayTwinOptions } from '../../src/twins/runway/index.js';

export { listen } from '../../src/twins/kit/listen.js';

export async function startBriaTwin(options: Partial<BriaTwinOptions> = {}): Promise<BriaTwin & { url: string; token: string; faults: TwinFaults }> {
  const token = options.token ?? 'bria-twin-token';
  // Tests hand the twin URLs of local servers.
  const twin = createBriaTwin({ processingMs: 150, fetchPolicy: { allowPrivateNetwork: true }, ...options, token });
  const faults = installFaults(twin.app);
  return { ...twin, faults, url: await listen(twin.app), token };
}

/** A Firefly twin (IMS token path included) and the env that points a gateway at it. */
export async function startFireflyTwin(options: Partial<FireflyTwinOptions> = {}): Promise<FireflyTwin & { url: string; env: Record<string, string> }> {
  const clientId = options.clientId ?? 'firefly-twin-client';
  const clientSecret = options.clientSecret ?? 'firefly-twin-secret-0123456789';
  const twin = createFireflyTwin({ pendingMs: 40, runningMs: 120, ...options, clientId, clientSecret });
  const url = await listen(twin.app);
  return { ...twin, url, env: twinEnv.firefly(url, clientId, clientSecret) };
}

/** A Runway twin and the env that points a gateway at it. */
export async function startRunwayTwin(
  options: Partial<RunwayTwinOptions> = {},
): Promise<RunwayTwin & { url: string; secret: string; env: Record<string, string>; faults: TwinFaults }> {
  const secret = options.secret ?? 'runway-twin-secret-0123456789';
  const twin = createRunwayTwin({ pendingMs: 30, runningMs: 120, videoFrames: 2, ...options, secret });
  const faults = installFaults(twin.app);
  const url = await listen(twin.app);
  return { ...twin, faults, url, secret, env: twinEnv.runway(url, secret) };
}

/** An OpenAI twin and the env that points a gateway at it (base URL with /v1, as the SDK takes it). */
export async function startOpenAITwin(options: Partial<OpenAITwinOptions> = {}): Promise<OpenAITwin & { url: string; apiKey: string; env: Record<string, string> }> {
  const apiKey = options.apiKey ?? 'sk-openai-twin-0123456789';
  const twin = createOpenAITwin({ ...options, apiKey });
  const url = await listen(twin.app);
  return { ...twin, url, apiKey, env: twinEnv.openai(url, apiKey) };
}

/**
 * A Google twin (Gemini API + Vertex AI + STS), the external_account credential it issues tokens
 * for (written into a temp dir), and the env that points a gateway at it.
 */
export async function startGoogleTwin(
  options: Partial<GoogleTwinOptions> = {},
): Promise<GoogleTwin & { url: string; apiKey: string; env: Record<string, string>; close(): Promise<void> }> {
  const apiKey = options.apiKey ?? 'gemini-twin-key-0123456789';
  const project = options.project ?? 'twin-project';
  const location = options.location ?? 'us-central1';
  const twin = createGoogleTwin({ operationMs: 150, subjectToken: 'twin-subject-token-0123456789', ...options, apiKey, project, location });
  const url = await listen(twin.app);
  const credentials = await googleCredentials(twin, url);
  const env = twinEnv.google(url, { apiKey, project, location, credentials: credentials.file });
  return {
    ...twin,
    url,
    apiKey,
    env,
    async close() {
      await twin.app.close();
      await credentials.remove();
    },
  };
}

/** A real PNG: a red square on a white background. */
export async function samplePng(width = 64, height = 48): Promise<Buffer> {
  const square = await sharp({ create: { width: width / 2, height: height / 2, channels: 3, background: '#d00' } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#fff' } })
    .composite([{ input: square, left: width / 4, top: height / 4 }])
    .png()
    .toBuffer();
}
