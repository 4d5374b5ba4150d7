// The price table (pricing/prices.json, or VISION_STUDIO_PRICES_FILE): one entry per provider,
// model and billing unit, each with its public source. Checked at start: a malformed table
// stops the gateway with a message naming the entry, rather than costing jobs wrongly.
import { readFileSync } from 'node:fs';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { ConfigError } from '../config.js';
import { inPackage } from '../core/package-root.js';

const PriceEntry = Type.Object({
  provider: Type.String({ minLength: 1 }),
  model: Type.String({ minLength: 1 }),
  unit: Type.String({ minLength: 1 }),
  /** null = no public price (the cost is then unknown, never 0). */
  usd_per_unit: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  source: Type.String({ pattern: '^https://' }),
  /** YYYY-MM-DD the figure was last confirmed against `source`; null = not yet. */
  checked: Type.Union([Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }), Type.Null()]),
  note: Type.Optional(Type.String()),
});

const PriceFile = Type.Object({ _about: Type.Optional(Type.String()), prices: Type.Array(PriceEntry) });

export type PriceEntry = Static<typeof PriceEntry>;

/** The repository's table. */
export const DEFAULT_PRICES_FILE = inPackage('pricing', 'prices.json');

export class PriceTable {
  private readonly byKey = new Map<string, PriceEntry>();

  constructor(readonly entries: PriceEntry[]) {
    for (const entry of entries) {
      const key = PriceTable.key(entry.provider, entry.model, entry.unit);
      if (this.byKey.has(key)) throw new ConfigError(`price table: ${key} is listed twice`);
      this.byKey.set(key, entry);
    }
  }

  static key(provider: string, model: string, unit: string): string {
    return `${provider}/${model}/${unit}`;
  }

  static load(file: string | URL = DEFAULT_PRICES_FILE): PriceTable {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ConfigError(`price table ${String(file)} could not be read: ${(error as Error).message}`);
    }
    const problem = Value.Errors(PriceFile, parsed).First();
    if (problem) throw new ConfigError(`price table ${String(file)}: ${problem.path || '/'}: ${problem.message}`);
    return new PriceTable((parsed as Static<typeof PriceFile>).prices);
  }

  get(provider: string, model: string, unit: string): PriceEntry | undefined {
    return this.byKey.get(PriceTable.key(provider, model, unit));
  }
}
