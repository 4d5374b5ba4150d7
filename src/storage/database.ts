// Opens the gateway database — SQLite in the data dir by default, PostgreSQL for a
// `postgres://` URL — and brings it to the latest migration. One Kysely API for both.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely, Migrator, PostgresDialect, type MigrationProvider } from 'kysely';
import type pg from 'pg';
import { migrations } from './migrations.js';
import type { Database } from './schema.js';
import { SqliteThread, SqliteThreadDialect, type StatementAnswer } from './sqlite-worker.js';

export type Dialect = 'sqlite' | 'postgres';

/** One SQL text with its values, for the driver itself (see prepared.ts). */
export interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

export interface StatementResult {
  rows: unknown[];
  changes: number;
}

export interface TransactionOptions {
  firstDecides?: boolean;
}

/** The first statement found nothing to change: Storage.transaction's `firstDecides`. */
export const nothingChanged = (result: StatementResult) => result.changes === 0 && result.rows.length === 0;

export interface Storage {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it lives, without credentials (for logs and /health). */
  location: string;
  /** Runs one SQL text on the driver itself, bypassing Kysely (see prepared.ts). */
  execute(sql: string, parameters: readonly unknown[]): Promise<StatementResult>;
  /**
   * Runs statements on the driver as one transaction, all or none: the result of each. With
   * `firstDecides`, when the first changes and returns no row, none is kept and only its result comes back.
   */
  transaction(statements: Statement[], options?: TransactionOptions): Promise<StatementResult[]>;
  close(): Promise<void>;
}

const INT8_OID = 20;

/** pg is loaded only for a PostgreSQL URL (SQLite is the default). */
async function postgres(url: string): Promise<Storage> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Epoch-millisecond columns are BIGINT: read them as numbers (safe up to 2^53).
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  const location = (() => {
    const u = new URL(url);
    return `postgres://${u.host}${u.pathname}`;
  })();
  // Named statements: each connection parses and plans a hot query once.
  const names = new Map<string, string>();
  const query = async (on: pg.Pool | pg.PoolClient, text: string, values: readonly unknown[]) => {
    let name = names.get(text);
    if (!name) names.set(text, (name = `vs_${names.size}`));
    const result = await on.query({ name, text, values: values as unknown[] });
    return { rows: result.rows, changes: result.rowCount ?? 0 };
  };
  const transaction = async (statements: Statement[], options: TransactionOptions = {}) => {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const results: StatementResult[] = [];
      for (const { sql, parameters } of statements) {
        results.push(await query(client, sql, parameters));
        if (options.firstDecides && results.length === 1 && nothingChanged(results[0])) {
          await client.query('rollback');
          return results;
        }
      }
      await client.query('commit');
      return results;
    } catch (error) {
      await client.query('rollback').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
    dialect: 'postgres',
    location,
    execute: (text, values) => query(pool, text, values),
    transaction,
    close: () => Promise.resolve(),
  };
}

const asResult = (answer: StatementAnswer): StatementResult => ('rows' in answer ? { rows: answer.rows, changes: 0 } : { rows: [], changes: answer.changes });

async function sqlite(file: string): Promise<Storage> {
  mkdirSync(path.dirname(file), { recursive: true });
  // On its own thread (sqlite-worker.ts); statements run there one at a time, in order.
  const thread = await SqliteThread.open(file);
  return {
    db: new Kysely<Database>({ dialect: new SqliteThreadDialect(thread) }),
    dialect: 'sqlite',
    location: file,
    // One connection for these and Kysely's queries alike; only Kysely's wait for each other.
    execute: async (sql, parameters) => asResult(await thread.run(sql, parameters)),
    transaction: async (statements, options = {}) => (await thread.transaction(statements, options.firstDecides === true)).map(asResult),
    close: () => thread.close(),
  };
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function openStorage(databaseUrl: string | undefined, dataDir: string): Promise<Storage> {
  const storage =
    databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)
      ? await postgres(databaseUrl)
      : await sqlite(databaseUrl?.replace(/^sqlite:(\/\/)?/, '') || path.join(dataDir, 'vision-studio.db'));
  // Migrations are named by date and issue and land from parallel work, so a new one may sort
  // before one a database already ran (e.g. 2026-12-02-13-… after 2026-12-02-14-…); each stands on
  // its own, so they run in the order they arrive instead of failing the start.
  const migrator = new Migrator({ db: storage.db, provider, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    await storage.db.destroy();
    throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${(error as Error)?.message ?? 'unknown error'}`);
  }
  storage.close = () => storage.db.destroy();
  return storage;
}

/** A named value generated once and shared by every process using this database. */
export async function sharedSecret(storage: Storage, name: string): Promise<string> {
  await storage.db
    .insertInto('settings')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await storage.db.selectFrom('settings').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
