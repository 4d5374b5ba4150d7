// Sandbox mode (`--sandbox`, VISION_STUDIO_SANDBOX=1): every provider without credentials is
// served by its in-process twin, so a newcomer can try every operation with no accounts.
// Sandboxed answers carry `x-vision-studio-sandbox: 1`; /health reports those providers as
// `sandbox`. Twins are emulators: their outputs are real media, but not AI results.
import { providersFromEnv, type Config } from './config.js';
import type { ProviderName } from './core/operation.js';
import { isProviderConfigured } from './core/provider-settings.js';
import { providers } from './providers/index.js';
import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import type { Storage } from './storage/database.js';
import { trustGatewayOrigin } from './twins/kit/fetch.js';
import { twins, type RunningTwin } from './twins/index.js';

export interface Sandbox {
  config: Config;
  /** Providers now served by a twin. */
  providers: Set<ProviderName>;
  /** Loopback origins of the twins (their output links are fetched from there). */
  origins: Set<string>;
  close(): Promise<void>;
}

export async function startSandbox(config: Config): Promise<Sandbox> {
  const missing = new Set(providers.filter((p) => !isProviderConfigured(p, config)).map((p) => p.name));
  const running: RunningTwin[] = [];
  let patched = config;
  for (const factory of Object.values(twins)) {
    if (!factory.serves.some((name) => missing.has(name))) continue;
    // The twins fetch what they are given with the gateway's own SSRF policy.
    const twin = await factory.start({ fetchPolicy: { allowPrivateNetwork: config.allowPrivateNetwork } });
    running.push(twin);
    // Only the sections this twin's variables name are taken over; configured providers stay real.
    const fromTwin = providersFromEnv(twin.env);
    const sections = Object.keys(fromTwin) as (keyof Config['providers'])[];
    const touched = sections.filter((section) => JSON.stringify(fromTwin[section]) !== JSON.stringify(providersFromEnv({})[section]));
    patched = {
      ...patched,
      providers: { ...patched.providers, ...Object.fromEntries(touched.map((s) => [s, fromTwin[s]])) },
    };
  }
  const served = new Set(providers.filter((p) => missing.has(p.name) && isProviderConfigured(p, patched)).map((p) => p.name));
  return {
    config: patched,
    providers: served,
    origins: new Set(running.map((t) => new URL(t.url).origin)),
    async close() {
      await Promise.allSettled(running.map((t) => t.close()));
    },
  };
}

/**
 * The twins may fetch the gateway's own links (the signed input links it hands providers that
 * only take URLs): its public URL and every loopback name of the port it listens on.
 */
export function trustGatewayLinks(address: AddressInfo | string | null, publicUrl: string | undefined): void {
  if (publicUrl) trustGatewayOrigin(publicUrl);
  if (!address || typeof address === 'string') return;
  const hosts =
    address.address === '0.0.0.0' || address.address === '::'
      ? ['127.0.0.1', 'localhost', '[::1]']
      : [address.family === 'IPv6' ? `[${address.address}]` : address.address, 'localhost'];
  for (const host of hosts) trustGatewayOrigin(`http://${host}:${address.port}`);
}

/**
 * The twins live in this process, so a restart loses the jobs they held: an unfinished job
 * a previous process submitted to a twin would be polled for an id the new twin never issued,
 * and fail (404). Such jobs are submitted again, from their stored request and inputs, as a
 * job cut short before its upstream call is. Only a process that is sure to be the data dir's
 * only one calls this (no other process's twins can hold these jobs); a real provider's jobs
 * are never submitted twice.
 */
export async function resubmitToTwins(storage: Storage, sandboxed: ReadonlySet<ProviderName>, log: FastifyBaseLogger): Promise<void> {
  if (sandboxed.size === 0) return;
  const { numUpdatedRows } = await storage.db
    .updateTable('jobs')
    .set({ upstream_id: null, upstream_status: null, next_run_at: Date.now() })
    .where('provider', 'in', [...sandboxed])
    .where('state', 'in', ['queued', 'running'])
    .where('upstream_id', 'is not', null)
    .executeTakeFirst();
  if (numUpdatedRows > 0n) log.warn({ jobs: Number(numUpdatedRows) }, 'SANDBOX MODE: unfinished jobs from before the restart are submitted again to the restarted emulators');
}
