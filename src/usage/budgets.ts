// Budgets per API key: a cap on estimated spend per UTC day or month. A job-creating request
// holds its estimated cost before anything reaches the provider; the hold is taken by one
// conditional UPDATE on the key's row for the period (atomic on SQLite and PostgreSQL, so
// processes sharing the database cannot overspend together) and settled to the job's
// measured cost when it ends.
import { sql, type Transaction } from 'kysely';
import { HttpError } from '../core/errors.js';
import type { Storage } from '../storage/database.js';
import type { Database, JobRow } from '../storage/schema.js';

export type BudgetPeriod = 'day' | 'month';
export const BUDGET_PERIODS: readonly BudgetPeriod[] = ['day', 'month'];

export interface Budget {
  usd: number;
  period: BudgetPeriod;
}

/** A key's budget and what the current period has used of it. */
export interface BudgetStatus {
  limit_usd: number;
  period: BudgetPeriod;
  /** Measured cost of the period's finished jobs. */
  spent_usd: number;
  /** Estimates held by its unfinished jobs. */
  held_usd: number;
  period_start: string;
  resets_at: string;
}

/** What an unfinished job holds of its key's budget (stored on the job as JSON). */
export interface BudgetHold {
  period_start: number;
  micro_usd: number;
}

/** Start of the UTC period containing `now`, and of the next one (when the budget resets). */
export function budgetPeriod(period: BudgetPeriod, now: number): { start: number; end: number } {
  const d = new Date(now);
  if (period === 'day') {
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    return { start, end: start + 86_400_000 };
  }
  return { start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) };
}

const usd = (micro: number) => `$${(micro / 1e6).toFixed(2)}`;

export class Budgets {
  constructor(private readonly storage: Storage) {}

  /**
   * Holds `microUsd` of the owner's budget for a new job, or answers 402 when spent, held and
   * this estimate together would pass it.
   */
  async hold(owner: string, budget: Budget, microUsd: number, now = Date.now()): Promise<BudgetHold> {
    const { start, end } = budgetPeriod(budget.period, now);
    const limit = Math.round(budget.usd * 1e6);
    const db = this.storage.db;
    await db
      .insertInto('budget_spend')
      .values({ owner, period_start: start })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const held = await db
      .updateTable('budget_spend')
      .set({ held_micro_usd: sql`held_micro_usd + ${microUsd}` })
      .where('owner', '=', owner)
      .where('period_start', '=', start)
      .where(sql<boolean>`spent_micro_usd + held_micro_usd + ${microUsd} <= ${limit}`)
      .executeTakeFirst();
    if (Number(held.numUpdatedRows) === 1) return { period_start: start, micro_usd: microUsd };
    const row = await this.spend(owner, start);
    const reset = new Date(end).toISOString();
    throw new HttpError(
      402,
      `Budget exceeded for this key: ${usd(row.spent + row.held)} spent of ${usd(limit)} this ${budget.period}` +
        (row.held > 0 ? ` (${usd(row.held)} of it held by unfinished jobs)` : '') +
        `; this request is estimated at ${usd(microUsd)}. The budget resets at ${reset}.`,
      {
        budget: {
          limit_usd: budget.usd,
          period: budget.period,
          spent_usd: row.spent / 1e6,
          held_usd: row.held / 1e6,
          estimate_usd: microUsd / 1e6,
          resets_at: reset,
        },
      },
    );
  }

  /** Gives a hold back (the job was not created after all). */
  async release(owner: string, hold: BudgetHold): Promise<void> {
    await this.storage.db
      .updateTable('budget_spend')
      .set({ held_micro_usd: sql`held_micro_usd - ${hold.micro_usd}` })
      .where('owner', '=', owner)
      .where('period_start', '=', hold.period_start)
      .execute();
  }

  /** Turns a finished job's hold into its measured cost (inside the ledger's transaction). */
  async settle(trx: Transaction<Database>, job: JobRow, costMicroUsd: number): Promise<void> {
    if (job.budget_hold === null) return;
    const hold = JSON.parse(job.budget_hold) as BudgetHold;
    await trx
      .updateTable('budget_spend')
      .set({
        held_micro_usd: sql`held_micro_usd - ${hold.micro_usd}`,
        spent_micro_usd: sql`spent_micro_usd + ${costMicroUsd}`,
      })
      .where('owner', '=', job.owner)
      .where('period_start', '=', hold.period_start)
      .execute();
  }

  /** Where a key stands against its budget in the period containing `now` (GET /api/v1/usage shows it). */
  async status(owner: string, budget: Budget, now = Date.now()): Promise<BudgetStatus> {
    const { start, end } = budgetPeriod(budget.period, now);
    const row = await this.spend(owner, start);
    return {
      limit_usd: budget.usd,
      period: budget.period,
      spent_usd: row.spent / 1e6,
      held_usd: row.held / 1e6,
      period_start: new Date(start).toISOString(),
      resets_at: new Date(end).toISOString(),
    };
  }

  /** Spent and held in one period, in micro-dollars. */
  async spend(owner: string, periodStart: number): Promise<{ spent: number; held: number }> {
    const row = await this.storage.db
      .selectFrom('budget_spend')
      .select(['spent_micro_usd', 'held_micro_usd'])
      .where('owner', '=', owner)
      .where('period_start', '=', periodStart)
      .executeTakeFirst();
    return { spent: Number(row?.spent_micro_usd ?? 0), held: Number(row?.held_micro_usd ?? 0) };
  }
}
