// The Studio's connection to its gateway: the API key (this browser tab's session only), the
// typed client, the served OpenAPI document, and what the browser remembers of its own runs.
import { createClient, type VisionStudioClient } from '../../clients/typescript/index.js';
import type { BuiltRequest, OpenApiDocument } from './form-model.js';

const KEY_ITEM = 'vision-studio.api-key';
const RUNS_ITEM = 'vision-studio.runs';

export const storedKey = () => sessionStorage.getItem(KEY_ITEM) ?? '';

export function storeKey(key: string): void {
  if (key) sessionStorage.setItem(KEY_ITEM, key);
  else sessionStorage.removeItem(KEY_ITEM);
}

export const clientFor = (apiKey: string): VisionStudioClient => createClient({ baseUrl: location.origin, apiKey });

export async function loadDocument(): Promise<OpenApiDocument> {
  const response = await fetch('/openapi.json');
  if (!response.ok) throw new Error(`GET /openapi.json answered ${response.status}`);
  return response.json();
}

/** What a job started here was asked with: "Run again" prefills every field from it (kept for this session). */
export interface RememberedRun {
  request: BuiltRequest;
}

export function rememberRun(taskId: string, run: RememberedRun): void {
  const runs = rememberedRuns();
  runs[taskId] = run;
  sessionStorage.setItem(RUNS_ITEM, JSON.stringify(runs));
}

export function rememberedRuns(): Record<string, RememberedRun> {
  try {
    return JSON.parse(sessionStorage.getItem(RUNS_ITEM) ?? '{}');
  } catch {
    return {};
  }
}
