// GET /api/v1/usage: what the caller's key (an operator key: every key) used and spent, summed
// per provider, model, operation, key or day; JSON, or CSV with `Accept: text/csv`.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { StringEnum } from '../contract/typebox.js';
import type { OperationSpec } from '../core/operation.js';
import { RequestValidationError } from '../core/validation.js';
import type { Storage } from '../storage/database.js';
import { BUDGET_PERIODS } from './budgets.js';
import { GROUP_BY, type GroupBy, type UsageRow } from './usage.js';

const UNIT_DESCRIPTION =
  "Units in each provider's own billing unit (image, video_second, character, request, input_text_token, " +
  'input_image_token, output_image_token); null when the gateway cannot tell (e.g. the length of an input video).';

const UsageQuery = Type.Object({
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Start (inclusive), RFC 3339; default: the start of this UTC month' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'End (exclusive), RFC 3339; default: now' })),
  group_by: Type.Optional(StringEnum([...GROUP_BY], { default: 'provider', description: 'What each row sums over (`key`: API key ids; `day`: UTC days)' })),
});

export const UsageSummary = Type.Object({
  from: Type.String({ format: 'date-time' }),
  to: Type.String({ format: 'date-time' }),
  group_by: StringEnum([...GROUP_BY]),
  scope: StringEnum(['own', 'all'], { description: "`all` for operator keys: every key's usage" }),
  total_cost_usd: Type.Number(),
  budget: Type.Union(
    [
      Type.Object({
        limit_usd: Type.Number({ description: 'Estimated spend the key may reach per period' }),
        period: StringEnum([...BUDGET_PERIODS], { description: 'UTC day or UTC month' }),
        spent_usd: Type.Number({ description: 'Measured cost of the jobs that ended in the current period' }),
        held_usd: Type.Number({ description: "Estimated cost held by the key's unfinished jobs" }),
        period_start: Type.String({ format: 'date-time', description: 'Start of the current period' }),
        resets_at: Type.String({ format: 'date-time', description: 'Start of the next period, when spending starts again from zero' }),
      }),
      Type.Null(),
    ],
    { description: "The calling key's budget (`vision-studio keys create --budget-usd`) and where it stands now, whatever the range asked for; null: no budget" },
  ),
  rows: Type.Array(
    Type.Object(
      {
        jobs: Type.Integer({ description: 'Jobs that ended in the range' }),
        cost_usd: Type.Number({ description: "Estimated from the gateway's price table (pricing/prices.json)" }),
        unpriced_items: Type.Integer({ description: 'Job units whose cost is unknown (no public price, or an unknown quantity): not in cost_usd' }),
        units: Type.Record(Type.String(), Type.Union([Type.Number(), Type.Null()]), { description: UNIT_DESCRIPTION }),
      },
      { additionalProperties: true, description: "Plus the group's own field, named as group_by" },
    ),
  ),
});

const startOfMonth = (now: Date) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1);

export function usageRange(query: { from?: string; to?: string }): { from: number; to: number } {
  const now = new Date();
  const from = query.from === undefined ? startOfMonth(now) : Date.parse(query.from);
  const to = query.to === undefined ? now.getTime() : Date.parse(query.to);
  if (!(from < to)) throw new RequestValidationError([{ loc: ['query', 'to'], msg: '`to` must be later than `from`', type: 'value_error' }]);
  return { from, to };
}

/** API key ids instead of key hashes (env keys: `env:` and the hash's first 12 hex digits, as everywhere). */
export async function keyIds(storage: Storage, rows: UsageRow[]): Promise<void> {
  const owners = rows.map((r) => String(r.key));
  if (owners.length === 0) return;
  const known = await storage.db.selectFrom('api_keys').select(['hash', 'id']).where('hash', 'in', owners).execute();
  const ids = new Map(known.map((k) => [k.hash, k.id]));
  for (const row of rows) row.key = ids.get(String(row.key)) ?? `env:${String(row.key).slice(0, 12)}`;
}

const csvCell = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** The summary as a table: the group, jobs, cost, unpriced items, then one column per unit seen. */
export function usageTable(groupBy: GroupBy, rows: UsageRow[]): unknown[][] {
  const units = [...new Set(rows.flatMap((r) => Object.keys(r.units)))].sort();
  return [[groupBy, 'jobs', 'cost_usd', 'unpriced_items', ...units], ...rows.map((r) => [r[groupBy], r.jobs, r.cost_usd, r.unpriced_items, ...units.map((u) => r.units[u])])];
}

export const usageCsv = (groupBy: GroupBy, rows: UsageRow[]) =>
  usageTable(groupBy, rows)
    .map((line) => `${line.map(csvCell).join(',')}\r\n`)
    .join('');

const wantsCsv = (request: FastifyRequest) => /\btext\/csv\b/i.test(request.headers.accept ?? '');

export const usageOperations: OperationSpec[] = [
  {
    method: 'GET',
    path: '/api/v1/usage',
    tags: ['Usage'],
    summary: 'Get Usage',
    description:
      "What the caller's key used and spent on jobs that ended between `from` and `to`, summed per `group_by`. " +
      'Operator keys (VISION_STUDIO_API_KEYS, or made with `vision-studio keys create --admin`) see every key. ' +
      "Costs are estimates from the gateway's price table. `budget` is the calling key's own budget, where it has one. " +
      'Send `Accept: text/csv` for CSV (the rows only).',
    query: UsageQuery,
    response: Type.Object({ status: Type.Literal('success'), result: UsageSummary }),
    withoutCredentials: true,
    handle: async (request: FastifyRequest, reply: FastifyReply) => {
      const query = request.query as Static<typeof UsageQuery>;
      const groupBy = query.group_by ?? 'provider';
      const { from, to } = usageRange(query);
      const admin = request.caller?.admin === true;
      const rows = await request.server.usage.summary({ from, to, groupBy, owner: admin ? undefined : request.owner });
      if (groupBy === 'key') await keyIds(request.server.storage, rows);
      if (wantsCsv(request)) return reply.type('text/csv; charset=utf-8').send(usageCsv(groupBy, rows));
      const total = Math.round(rows.reduce((sum, r) => sum + r.cost_usd, 0) * 1e6) / 1e6;
      const budget = request.caller?.budget ? await request.server.usage.budgets.status(request.owner, request.caller.budget) : null;
      return {
        status: 'success',
        result: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), group_by: groupBy, scope: admin ? 'all' : 'own', total_cost_usd: total, budget, rows },
      };
    },
  },
];
