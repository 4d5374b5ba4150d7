// Usage and cost per job: measured when a job ends (the engine stores it on the job, in the same
// write as its final state), then copied into the usage ledger (usage_items) that
// GET /api/v1/usage sums, in one transaction with the settling of the job's budget hold.
import { Type } from '@sinclair/typebox';
import { sql, type Insertable, type RawBuilder } from 'kysely';
import type { Statement, Storage } from '../storage/database.js';
import { prepared } from '../storage/prepared.js';
import type { JobRow, UsageItemsTable } from '../storage/schema.js';
import { Budgets } from './budgets.js';
import { METERS, type Finish, type Unit } from './meters.js';
import type { PriceTable } from './prices.js';

type UsageItemRow = Insertable<UsageItemsTable>;

export interface UsageItem {
  unit: Unit;
  quantity: number | null;
  usd_per_unit: number | null;
  cost_usd: number | null;
}

/** What a job used and cost: `usage` on GET /api/v1/jobs/{id}. */
export interface JobUsage {
  provider: string;
  model: string;
  operation: string;
  items: UsageItem[];
  /** The provider's own usage figures, as it reported them (e.g. OpenAI's token counts). */
  provider_usage: Record<string, unknown> | null;
  /** Sum of the items' costs; null when no item has a known cost. */
  cost_usd: number | null;
}

/** `usage` on the job view: null until the job ends. */
export const JobUsageSchema = Type.Union([
  Type.Object({
    provider: Type.String(),
    model: Type.String({ description: 'The model it is priced under' }),
    operation: Type.String(),
    items: Type.Array(
      Type.Object({
        unit: Type.String({ description: "The provider's billing unit: image, video_second, character, request, input_text_token, input_image_token, output_image_token" }),
        quantity: Type.Union([Type.Number(), Type.Null()], { description: 'null: the gateway cannot tell' }),
        usd_per_unit: Type.Union([Type.Number(), Type.Null()], { description: 'From the price table; null: no public price' }),
        cost_usd: Type.Union([Type.Number(), Type.Null()]),
      }),
    ),
    provider_usage: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], { description: "The provider's own usage figures, where it reports them" }),
    cost_usd: Type.Union([Type.Number(), Type.Null()], { description: 'Estimated; 0 for a job that did not succeed; null when no price is known' }),
  }),
  Type.Null(),
]);

export const toMicroUsd = (usd: number | null) => Math.round((usd ?? 0) * 1e6);

/** Money as the API shows it: to the micro-dollar, without float noise. */
const money = (usd: number) => Math.round(usd * 1e6) / 1e6;

export class UsageService {
  readonly budgets: Budgets;

  /** A finished job's ledger rows, one per unit (one statement: all or none); built once, run on the driver. */
  private readonly insertItems;

  constructor(
    private readonly storage: Storage,
    readonly prices: PriceTable,
  ) {
    this.budgets = new Budgets(storage);
    this.insertItems = prepared(storage, (db, ...rows: UsageItemRow[]) =>
      db
        .insertInto('usage_items')
        .values(rows)
        .onConflict((oc) => oc.doNothing()),
    );
  }

  /** Units a request asks for, priced: what a budget holds while its job runs. Undefined: not metered. */
  estimate(provider: string, operation: string, request: unknown): JobUsage | undefined {
    return this.priced(provider, operation, request, undefined, false);
  }

  /** What a job that ended used. `finish` is absent when it did not succeed: it then costs nothing. */
  measure(job: JobRow, finish: Finish | undefined): JobUsage | undefined {
    return this.priced(job.provider, job.operation, JSON.parse(job.request), finish, true);
  }

  private priced(provider: string, operation: string, request: unknown, finish: Finish | undefined, ended: boolean): JobUsage | undefined {
    const meter = METERS[operation];
    if (!meter) return undefined;
    // A job that ended is priced under the model that made its outputs, which a fallback may have changed.
    const measured = { ...meter.measure(request, finish), ...(finish?.model ? { model: finish.model } : {}) };
    const items = meter.units.map((unit): UsageItem => {
      const quantity = ended && !finish ? 0 : (measured.units[unit] ?? 0);
      const price = this.prices.get(provider, measured.model, unit)?.usd_per_unit ?? null;
      return { unit, quantity, usd_per_unit: price, cost_usd: quantity === null || price === null ? null : money(quantity * price) };
    });
    const known = items.filter((i) => i.cost_usd !== null);
    return {
      provider,
      model: measured.model,
      operation,
      items,
      provider_usage: finish?.providerUsage ?? null,
      cost_usd: known.length === 0 ? null : money(known.reduce((sum, i) => sum + i.cost_usd!, 0)),
    };
  }

  /**
   * Copies a finished job's usage into the ledger and settles its budget hold, once: a second
   * call (another process, the recovery sweep) finds the ledger rows and changes nothing.
   * Returns the usage when this call recorded it.
   */
  async record(job: JobRow): Promise<JobUsage | undefined> {
    const ledger = this.ledger(job);
    if (!ledger) return undefined;
    const { usage, rows } = ledger;
    // Without a budget hold there is nothing to settle: the one insert is the whole record.
    if (job.budget_hold === null && rows.length > 0) return (await this.insertItems.run(...rows)) > 0 ? usage : undefined;
    return this.storage.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('usage_items')
        .values(rows)
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return undefined;
      await this.budgets.settle(trx, job, toMicroUsd(usage.cost_usd));
      return usage;
    });
  }

  /**
   * The ledger write of a finished job when it needs nothing else (no budget hold to settle), for
   * the engine to write in one transaction with the job's end; undefined when record() must.
   */
  ledgerStatement(job: JobRow): Statement | undefined {
    const ledger = this.endLedger(job);
    return ledger && this.insertItems.statement(...ledger.rows);
  }

  /** The usage ledgerStatement() wrote with the job's end, if it did. */
  writtenWithEnd(job: JobRow): JobUsage | undefined {
    return this.endLedger(job)?.usage;
  }

  private endLedger(job: JobRow) {
    const ledger = job.budget_hold === null ? this.ledger(job) : undefined;
    return ledger && ledger.rows.length > 0 ? ledger : undefined;
  }

  /** A finished job's usage and its ledger rows. */
  private ledger(job: JobRow): { usage: JobUsage; rows: UsageItemRow[] } | undefined {
    if (job.usage === null || job.finished_at === null) return undefined;
    const usage = JSON.parse(job.usage) as JobUsage;
    const finishedAt = job.finished_at;
    const rows = usage.items.map(
      (item): UsageItemRow => ({
        job_id: job.id,
        unit: item.unit,
        owner: job.owner,
        provider: usage.provider,
        model: usage.model,
        operation: usage.operation,
        state: job.state,
        quantity: item.quantity,
        cost_usd: item.cost_usd,
        finished_at: finishedAt,
      }),
    );
    return { usage, rows };
  }

  /** Finished jobs whose usage is not in the ledger: the process stopped between the two writes. */
  async unrecorded(since: number, limit: number): Promise<JobRow[]> {
    return this.storage.db
      .selectFrom('jobs')
      .selectAll('jobs')
      .where('jobs.usage', 'is not', null)
      .where('jobs.finished_at', '>=', since)
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('usage_items').select(sql`1`.as('one')).whereRef('usage_items.job_id', '=', 'jobs.id'))))
      .limit(limit)
      .execute();
  }

  /** Usage summed per group between two times (ms), for one owner or (undefined) all. */
  async summary(filter: UsageFilter): Promise<UsageRow[]> {
    const group = GROUP_COLUMNS[filter.groupBy];
    const groupExpr = group === 'day' ? this.dayExpression() : sql<string>`${sql.ref(group)}`;
    let query = this.storage.db
      .selectFrom('usage_items')
      .select([
        groupExpr.as('group'),
        'unit',
        sql<number | null>`sum(quantity)`.as('quantity'),
        sql<number | null>`sum(cost_usd)`.as('cost_usd'),
        sql<number>`sum(case when cost_usd is null then 1 else 0 end)`.as('unpriced'),
      ])
      .where('finished_at', '>=', filter.from)
      .where('finished_at', '<', filter.to);
    if (filter.owner !== undefined) query = query.where('owner', '=', filter.owner);
    const rows = await query.groupBy([groupExpr, 'unit']).orderBy(groupExpr).orderBy('unit').execute();
    // Jobs are counted once per group (a job has one row per unit), and its units listed.
    const jobs = await this.jobCounts(filter, groupExpr);
    const groups = new Map<string, UsageRow>();
    for (const row of rows) {
      const key = String(row.group);
      const entry = groups.get(key) ?? ({ [filter.groupBy]: key, jobs: jobs.get(key) ?? 0, cost_usd: 0, unpriced_items: 0, units: {} } as UsageRow);
      entry.units[row.unit] = row.quantity === null ? null : money(Number(row.quantity));
      entry.cost_usd = money(entry.cost_usd + Number(row.cost_usd ?? 0));
      entry.unpriced_items += Number(row.unpriced);
      groups.set(key, entry);
    }
    return [...groups.values()];
  }

  private async jobCounts(filter: UsageFilter, groupExpr: RawBuilder<string>): Promise<Map<string, number>> {
    let query = this.storage.db
      .selectFrom('usage_items')
      .select([groupExpr.as('group'), sql<number>`count(distinct job_id)`.as('jobs')])
      .where('finished_at', '>=', filter.from)
      .where('finished_at', '<', filter.to);
    if (filter.owner !== undefined) query = query.where('owner', '=', filter.owner);
    const rows = await query.groupBy(groupExpr).execute();
    return new Map(rows.map((r) => [String(r.group), Number(r.jobs)]));
  }

  /** The UTC day of `finished_at`, as YYYY-MM-DD, on either database. */
  private dayExpression() {
    return this.storage.dialect === 'postgres'
      ? sql<string>`to_char(to_timestamp(finished_at / 1000.0) at time zone 'UTC', 'YYYY-MM-DD')`
      : sql<string>`strftime('%Y-%m-%d', finished_at / 1000, 'unixepoch')`;
  }
}

export const GROUP_BY = ['provider', 'model', 'operation', 'key', 'day'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

const GROUP_COLUMNS: Record<GroupBy, 'provider' | 'model' | 'operation' | 'owner' | 'day'> = {
  provider: 'provider',
  model: 'model',
  operation: 'operation',
  key: 'owner',
  day: 'day',
};

export interface UsageFilter {
  from: number;
  to: number;
  groupBy: GroupBy;
  owner?: string;
}

export type UsageRow = { [group: string]: unknown } & {
  jobs: number;
  cost_usd: number;
  /** Items whose cost is unknown (no public price, or a quantity the gateway cannot see). */
  unpriced_items: number;
  units: Record<string, number | null>;
};
