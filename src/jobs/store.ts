// Job records: the single source of truth for every accepted request. Work is driven by
// `next_run_at` (when the next step is due) and guarded by a lease, so any process may run
// any job, and a job whose process died is picked up again once its lease lapses.
import { CompiledQuery, sql, type ExpressionBuilder } from 'kysely';
import type { Statement, Storage } from '../storage/database.js';
import { prepared } from '../storage/prepared.js';
import { lockOwner, ownerHasRoom } from './slots.js';
import { FINAL_STATES, type Database, type JobPatch, type JobRow, type JobState, type NewJobRow } from '../storage/schema.js';

export interface JobListFilter {
  provider?: string;
  state?: JobState;
  /** Only jobs of these operation keys (e.g. the video ones, for GET /v1/videos). */
  operations?: string[];
  limit: number;
  cursor?: string;
  /** Newest first (the default) or oldest first; a cursor continues in the order it was made in. */
  order?: 'asc' | 'desc';
}

export const encodeCursor = (job: JobRow) => Buffer.from(JSON.stringify([job.created_at, job.id])).toString('base64url');

function decodeCursor(cursor: string): [number, string] | undefined {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'string') return [value[0], value[1]];
  } catch {
    // fall through: an invalid cursor
  }
  return undefined;
}

export class InvalidCursorError extends Error {}

/** What a new job's row holds where the insert leaves a column out: its database default. */
const JOB_DEFAULTS: Omit<JobRow, 'id' | 'owner' | 'provider' | 'operation' | 'state' | 'request' | 'created_at' | 'updated_at' | 'deadline_at'> = {
  upstream_id: null,
  upstream_status: null,
  progress: null,
  result: null,
  upstream_result: null,
  error: null,
  attempts: 0,
  polls: 0,
  upstream_calls: 0,
  cancel_requested: 0,
  webhook_url: null,
  base_url: null,
  started_at: null,
  finished_at: null,
  next_run_at: null,
  lease_owner: null,
  lease_until: null,
  routing: null,
  inputs: null,
  usage: null,
  budget_hold: null,
};

/** The row an insert of `row` makes, without reading it back (RETURNING doubled an insert's cost on SQLite, bench/). */
export function inserted(row: NewJobRow): JobRow {
  const full: Record<string, unknown> = { ...JOB_DEFAULTS };
  for (const [column, value] of Object.entries(row)) if (value !== undefined) full[column] = value;
  return full as JobRow;
}

const unleased = (now: number) => (eb: ExpressionBuilder<Database, 'jobs'>) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]);

export class JobStore {
  // The queries every request and every step runs (see storage/prepared.ts).
  private readonly queries;

  constructor(private readonly storage: Storage) {
    this.queries = {
      create: prepared(storage, (db, row: NewJobRow) => db.insertInto('jobs').values(row)),
      // INSERT … SELECT … WHERE: the row only if the owner has room, in one statement (SQLite).
      createWithin: prepared(storage, (db, row: NewJobRow, now: number, limit: number) => {
        const columns = Object.keys(row) as (keyof NewJobRow & string)[];
        return db
          .insertInto('jobs')
          .columns(columns)
          .expression(db.selectNoFrom((eb) => columns.map((column) => eb.val(row[column]).as(column))).where(ownerHasRoom(row.owner, now, limit)));
      }),
      get: prepared(storage, (db, id: string) => db.selectFrom('jobs').selectAll().where('id', '=', id)),
      getOwned: prepared(storage, (db, id: string, owner: string) => db.selectFrom('jobs').selectAll().where('id', '=', id).where('owner', '=', owner)),
      claim: prepared(storage, (db, id: string, worker: string, now: number, leaseUntil: number) =>
        db.updateTable('jobs').set({ lease_owner: worker, lease_until: leaseUntil }).where('id', '=', id).where('next_run_at', '<=', now).where(unleased(now)).returningAll(),
      ),
      renew: prepared(storage, (db, id: string, worker: string, until: number) =>
        db.updateTable('jobs').set({ lease_until: until }).where('id', '=', id).where('lease_owner', '=', worker),
      ),
      release: prepared(storage, (db, id: string, worker: string, patch: JobPatch & { updated_at: number }) =>
        db
          .updateTable('jobs')
          .set({ ...patch, lease_owner: null, lease_until: null })
          .where('id', '=', id)
          .where('lease_owner', '=', worker)
          .returningAll(),
      ),
    };
  }

  private get db() {
    return this.storage.db;
  }

  /** `alongside`: writes that stand or fall with the record, in one transaction (SubmitInput.alongside). */
  async create(row: NewJobRow, alongside: Statement[] = []): Promise<JobRow> {
    if (alongside.length === 0) await this.queries.create.run(row);
    else await this.storage.transaction([this.queries.create.statement(row), ...alongside]);
    return inserted(row);
  }

  /**
   * Records the job only if its owner's unfinished jobs and held slots (src/jobs/slots.ts) are
   * fewer than `limit`: the check and the insert are one step. Undefined when there is no room
   * (and nothing of `alongside` is kept either).
   */
  async createWithin(row: NewJobRow, limit: number, now: number, alongside: Statement[] = []): Promise<JobRow | undefined> {
    if (this.storage.dialect === 'sqlite') {
      // Alone, the insert goes with whatever else the database thread's next message holds (one commit for them all).
      const changes =
        alongside.length === 0
          ? await this.queries.createWithin.run(row, now, limit)
          : (await this.storage.transaction([this.queries.createWithin.statement(row, now, limit), ...alongside], { firstDecides: true }))[0].changes;
      return changes > 0 ? inserted(row) : undefined;
    }
    // PostgreSQL cannot type an INSERT … SELECT's parameters from the columns: lock, count, insert.
    return this.db.transaction().execute(async (trx) => {
      await lockOwner(trx, row.owner);
      const { room } = await trx.selectNoFrom(ownerHasRoom(row.owner, now, limit).as('room')).executeTakeFirstOrThrow();
      if (!room) return undefined;
      await trx.insertInto('jobs').values(row).execute();
      for (const statement of alongside) await trx.executeQuery(CompiledQuery.raw(statement.sql, [...statement.parameters]));
      return inserted(row);
    });
  }

  async get(id: string): Promise<JobRow | undefined> {
    return this.queries.get.first(id);
  }

  /** A job as its owner sees it: another key's job does not exist. */
  async getOwned(id: string, owner: string): Promise<JobRow | undefined> {
    return this.queries.getOwned.first(id, owner);
  }

  /** Newest first, `limit` at a time; `next_cursor` continues after the last one. */
  async list(owner: string, filter: JobListFilter): Promise<{ jobs: JobRow[]; next_cursor: string | null }> {
    const order = filter.order ?? 'desc';
    let query = this.db.selectFrom('jobs').selectAll().where('owner', '=', owner);
    if (filter.provider) query = query.where('provider', '=', filter.provider);
    if (filter.state) query = query.where('state', '=', filter.state);
    if (filter.operations) query = query.where('operation', 'in', filter.operations);
    if (filter.cursor) {
      const position = decodeCursor(filter.cursor);
      if (!position) throw new InvalidCursorError('invalid cursor');
      const [createdAt, id] = position;
      const past = order === 'asc' ? '>' : '<';
      query = query.where((eb) => eb.or([eb('created_at', past, createdAt), eb.and([eb('created_at', '=', createdAt), eb('id', past, id)])]));
    }
    const rows = await query
      .orderBy('created_at', order)
      .orderBy('id', order)
      .limit(filter.limit + 1)
      .execute();
    const jobs = rows.slice(0, filter.limit);
    return { jobs, next_cursor: rows.length > filter.limit ? encodeCursor(jobs[jobs.length - 1]) : null };
  }

  /** Drops every lease: for a process that knows their holders are gone (it owns the database alone). */
  async releaseAllLeases(): Promise<number> {
    const result = await this.db.updateTable('jobs').set({ lease_owner: null, lease_until: null }).where('lease_owner', 'is not', null).executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Takes the lease on one job if its next step is due and nobody holds it. */
  async claim(id: string, worker: string, now: number, leaseMs: number): Promise<JobRow | undefined> {
    return this.queries.claim.first(id, worker, now, now + leaseMs);
  }

  /** Takes the lease on up to `limit` due jobs (recovery after a crash, or work from other processes). */
  async claimDue(worker: string, now: number, leaseMs: number, limit: number): Promise<JobRow[]> {
    if (this.storage.dialect === 'postgres') {
      // Concurrent sweepers skip rows another one is taking. The CTE is MATERIALIZED so the
      // planner cannot re-run the LIMITed subquery per row and claim more than `limit`.
      return this.db
        .with(
          (cte) => cte('due').materialized(),
          (db) => db.selectFrom('jobs').select('id').where('next_run_at', '<=', now).where(unleased(now)).orderBy('next_run_at').limit(limit).forUpdate().skipLocked(),
        )
        .updateTable('jobs')
        .set({ lease_owner: worker, lease_until: now + leaseMs })
        .where('id', 'in', (eb) => eb.selectFrom('due').select('id'))
        .returningAll()
        .execute();
    }
    // SQLite has one writer at a time: the statement is atomic as it is.
    return this.db
      .updateTable('jobs')
      .set({ lease_owner: worker, lease_until: now + leaseMs })
      .where('id', 'in', (eb) => eb.selectFrom('jobs').select('id').where('next_run_at', '<=', now).where(unleased(now)).orderBy('next_run_at').limit(limit))
      .returningAll()
      .execute();
  }

  /** Extends the lease a worker holds (a long step); nothing happens if it was lost. */
  async renew(id: string, worker: string, until: number): Promise<void> {
    await this.queries.renew.run(id, worker, until);
  }

  /**
   * Writes a step's outcome and gives the lease back; nothing happens if the lease was lost.
   * `alongside`: writes that stand or fall with it, in one transaction (its outputs' rows, its
   * event, its usage): with the lease lost, none of them is kept either.
   */
  async release(id: string, worker: string, patch: JobPatch, now: number, alongside: Statement[] = []): Promise<JobRow | undefined> {
    const values = { ...patch, updated_at: now };
    if (alongside.length === 0) return this.queries.release.first(id, worker, values);
    const [released] = await this.storage.transaction([this.queries.release.statement(id, worker, values), ...alongside], { firstDecides: true });
    return released.rows[0] as JobRow | undefined;
  }

  /** Deletes one of the owner's finished jobs (its record only; assets live on until they expire). */
  async removeFinished(id: string, owner: string): Promise<boolean> {
    const result = await this.db.deleteFrom('jobs').where('id', '=', id).where('owner', '=', owner).where('state', 'in', FINAL_STATES).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Asks for cancellation; the job's next step (due now) carries it out, upstream included. */
  async requestCancel(id: string, owner: string, now: number): Promise<JobRow | undefined> {
    await this.db
      .updateTable('jobs')
      .set({ cancel_requested: 1, next_run_at: now, updated_at: now })
      .where('id', '=', id)
      .where('owner', '=', owner)
      .where('state', 'not in', FINAL_STATES)
      .execute();
    return this.getOwned(id, owner);
  }

  /** Finished jobs with a webhook but no delivery: the process stopped between the two writes. */
  async finishedWithoutDelivery(since: number, limit: number): Promise<JobRow[]> {
    return this.db
      .selectFrom('jobs')
      .leftJoin('webhook_deliveries', 'webhook_deliveries.job_id', 'jobs.id')
      .selectAll('jobs')
      .where('jobs.webhook_url', 'is not', null)
      .where('jobs.finished_at', '>=', since)
      .where('webhook_deliveries.id', 'is', null)
      .limit(limit)
      .execute();
  }

  /**
   * Jobs queued and running (for the metrics' queue depth). Only unfinished jobs have a
   * `next_run_at`, so the due-work index finds them without reading finished ones.
   */
  async countUnfinishedByState(): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('jobs')
      .select(['state', sql<number>`count(*)`.as('count')])
      .where('next_run_at', 'is not', null)
      .groupBy('state')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.count)]));
  }
}
