// The per-key limit on jobs queued or running at once, held under races: a request takes a
// slot BEFORE any slow work (fetching media, uploads upstream), gives it back if preparing the
// job fails, and its job takes its place once recorded. The check and the reservation are one
// step under a per-owner lock in the database, so concurrent requests — in one process or many
// — can never all see room for themselves. A slot has an expiry: a process that dies mid-request
// does not hold it for ever.
import { sql } from 'kysely';
import { newId } from '../core/ids.js';
import type { Storage } from '../storage/database.js';
import { prepared } from '../storage/prepared.js';

/** Longer than any preparation takes (media fetches and uploads time out well before). */
const SLOT_TTL_MS = 10 * 60_000;
/** First key of PostgreSQL's two-key advisory locks: this lock's own space. */
const PG_LOCK_CLASS = 0x76_73_13;

/** Inserts the slot if the owner's unfinished jobs and live slots are fewer than `limit`. */
const reserveSql = (id: string, owner: string, now: number, expiresAt: number, limit: number) => sql`
  insert into job_slots (id, owner, expires_at)
  select cast(${id} as text), cast(${owner} as text), cast(${expiresAt} as bigint)
  where (select count(*) from (select 1 as one from jobs where owner = ${owner} and state in ('queued', 'running') limit ${limit}) as unfinished)
      + (select count(*) from job_slots where owner = ${owner} and expires_at > ${now}) < ${limit}`;

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
    // One statement counts and inserts. SQLite takes its (database-wide) write lock when the
    // statement starts, so it is atomic across processes as it is; PostgreSQL's READ COMMITTED
    // would let two of them count the same rows, so they are serialised per owner first.
    const args = [id, owner, now, now + SLOT_TTL_MS, limit] as const;
    const inserted =
      this.storage.dialect === 'postgres'
        ? await this.storage.db.transaction().execute(async (trx) => {
            await sql`select pg_advisory_xact_lock(${PG_LOCK_CLASS}, hashtext(${owner}))`.execute(trx);
            return Number((await reserveSql(...args).execute(trx)).numAffectedRows ?? 0);
          })
        : await this.queries.reserve.run(...args);
    return inserted > 0 ? id : undefined;
  }

  /** Gives the slot back: the job it was for is recorded (and counts itself), or will not be. */
  async release(id: string): Promise<void> {
    await this.queries.release.run(id);
  }

  /** Slots whose request died with its process; they no longer count, this removes them. */
  async deleteExpired(now = Date.now()): Promise<number> {
    const result = await this.storage.db.deleteFrom('job_slots').where('expires_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
