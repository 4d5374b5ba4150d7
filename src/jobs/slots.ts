// The per-key limit on jobs queued or running at once, held under races. A request that has
// slow work to do before its job is recorded (fetching media, uploads upstream) takes a slot
// BEFORE that work, gives it back if preparing the job fails, and its job takes its place once
// recorded; a request with nothing slow to do takes no slot: its job is recorded only if there is
// room (JobStore.create with a limit), in the same step. Either way the check and the write are
// one step under a per-owner lock in the database, so concurrent requests — in one process or
// many — can never all see room for themselves. A slot has an expiry: a process that dies
// mid-request does not hold it for ever.
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { newId } from '../core/ids.js';
import type { Statement, Storage } from '../storage/database.js';
import { prepared } from '../storage/prepared.js';
import type { Database } from '../storage/schema.js';

/** Longer than any preparation takes (media fetches and uploads time out well before). */
const SLOT_TTL_MS = 10 * 60_000;
/** First key of PostgreSQL's two-key advisory locks: this lock's own space. */
const PG_LOCK_CLASS = 0x76_73_13;

/** True while the owner's unfinished jobs and live slots are fewer than `limit`. */
export const ownerHasRoom = (owner: string, now: number, limit: number): RawBuilder<boolean> => sql<boolean>`
  (select count(*) from (select 1 as one from jobs where owner = ${owner} and state in ('queued', 'running') limit ${limit}) as unfinished)
      + (select count(*) from job_slots where owner = ${owner} and expires_at > ${now}) < ${limit}`;

/**
 * Serialises the owner's admissions in a PostgreSQL transaction: READ COMMITTED would let two
 * of them count the same rows. (SQLite takes its database-wide write lock when a statement that
 * writes starts, so one statement that counts and writes is atomic across processes as it is.)
 */
export const lockOwner = (trx: Kysely<Database>, owner: string) => sql`select pg_advisory_xact_lock(${PG_LOCK_CLASS}, hashtext(${owner}))`.execute(trx);

/** Inserts the slot if the owner has room. */
const reserveSql = (id: string, owner: string, now: number, expiresAt: number, limit: number) => sql`
  insert into job_slots (id, owner, expires_at)
  select cast(${id} as text), cast(${owner} as text), cast(${expiresAt} as bigint)
  where ${ownerHasRoom(owner, now, limit)}`;

export class JobSlots {
  // Built once and run on the driver (src/storage/prepared.ts): both are on every job's way in.
  private readonly queries;

  constructor(private readonly storage: Storage) {
    this.queries = {
      reserve: prepared(storage, (db, id: string, owner: string, now: number, expiresAt: number, limit: number) => ({
        compile: () => reserveSql(id, owner, now, expiresAt, limit).compile(db),
      })),
      release: prepared(storage, (db, id: string) => db.deleteFrom('job_slots').where('id', '=', id)),
    };
  }

  /**
   * A slot for one more job of `owner`, or undefined when its unfinished jobs and slots held
   * already reach `limit`.
   */
  async reserve(owner: string, limit: number, now = Date.now()): Promise<string | undefined> {
    const id = newId('slot');
    // One statement counts and inserts (under the owner's lock on PostgreSQL: see lockOwner).
    const args = [id, owner, now, now + SLOT_TTL_MS, limit] as const;
    const inserted =
      this.storage.dialect === 'postgres'
        ? await this.storage.db.transaction().execute(async (trx) => {
            await lockOwner(trx, owner);
            return Number((await reserveSql(...args).execute(trx)).numAffectedRows ?? 0);
          })
        : await this.queries.reserve.run(...args);
    return inserted > 0 ? id : undefined;
  }

  /** Gives the slot back: the job it was for is recorded (and counts itself), or will not be. */
  async release(id: string): Promise<void> {
    await this.queries.release.run(id);
  }

  /** The same, as a statement to run with the job's record (JobAdmission.alongside). */
  releaseStatement(id: string): Statement {
    return this.queries.release.statement(id);
  }

  /** Slots whose request died with its process; they no longer count, this removes them. */
  async deleteExpired(now = Date.now()): Promise<number> {
    const result = await this.storage.db.deleteFrom('job_slots').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
