// What a provider may read of the gateway's configuration: its own section (credentials, base
// URLs) and the few gateway-wide values its code genuinely needs, never the whole Config (API
// keys, database, other providers' secrets). The one place that cuts Config into those parts.
import type { Config } from '../config.js';
import type { ProviderModule, ProviderName } from './operation.js';

type Sections = Config['providers'];

/** One provider's section of the configuration, e.g. `ConfigSection<'bria'>` (`apiToken`, `baseUrl`). */
export type ConfigSection<K extends keyof Sections> = Sections[K];

/** The gateway-wide values provider code reads. */
export interface GatewaySettings {
  /** How long a `sync: true` caller waits: BRIA LoRA's handlers that wait on an upstream call themselves. */
  syncWaitMs: number;
  /** First and largest delay between two polls: the same handlers, and Runway's own poll pacing. */
  pollInitialMs: number;
  pollMaxMs: number;
}

/** The sections each provider reads: its own, BRIA LoRA its sibling BRIA's, LLM the two model providers' it calls. */
const SECTIONS = {
  bria: ['bria'],
  'bria-lora': ['bria'],
  google: ['google'],
  openai: ['openai'],
  firefly: ['firefly'],
  runway: ['runway'],
  llm: ['openai', 'google'],
} as const satisfies Record<ProviderName, readonly (keyof Sections)[]>;

/** What provider `P`'s code gets (`ctx.settings`): its sections by name, and GatewaySettings. */
export type ProviderSettings<P extends ProviderName> = GatewaySettings & Pick<Sections, (typeof SECTIONS)[P][number]>;

/** Each configuration's settings by provider, made once: every request and job step asks (a configuration is not changed once loaded). */
const made = new WeakMap<Config, Map<string, GatewaySettings>>();

/**
 * Provider `provider`'s settings from the configuration; the sections are the configuration's own
 * objects (not copies), so clients cached per section see the same object each call. Any other
 * name (the gateway's own routes) gets the gateway-wide values only.
 */
export function providerSettings<P extends ProviderName>(config: Config, provider: P): ProviderSettings<P>;
export function providerSettings(config: Config, provider: string): GatewaySettings;
export function providerSettings(config: Config, provider: string): GatewaySettings {
  let byProvider = made.get(config);
  if (!byProvider) made.set(config, (byProvider = new Map()));
  let settings = byProvider.get(provider);
  if (!settings) {
    const sections: readonly (keyof Sections)[] = Object.hasOwn(SECTIONS, provider) ? SECTIONS[provider as ProviderName] : [];
    settings = Object.freeze({
      syncWaitMs: config.syncWaitMs,
      pollInitialMs: config.pollInitialMs,
      pollMaxMs: config.pollMaxMs,
      ...Object.fromEntries(sections.map((section) => [section, config.providers[section]])),
    });
    byProvider.set(provider, settings);
  }
  return settings;
}

/** Whether `provider`'s credentials are set in `config`. */
export function isProviderConfigured(provider: ProviderModule, config: Config): boolean {
  return provider.isConfigured(providerSettings(config, provider.name));
}
