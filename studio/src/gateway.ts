// Calls of the Studio's own views (jobs, LoRA, usage) on the gateway, answering `result` or
// throwing the gateway's message.
import { ApiError, call, type VisionStudioClient } from '../../clients/typescript/index.js';

export async function api<T = any>(client: VisionStudioClient, method: string, url: string, body?: unknown): Promise<T> {
  const response = await call(client, url, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const answer = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, answer);
  return (answer as { result: T }).result;
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
