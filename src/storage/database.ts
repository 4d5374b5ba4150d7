// Opens the gateway database — SQLite in the data dir by default, PostgreSQL for a
// `postgres://` URL — and brings it to the latest migration. One Kysely API for both.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider, type SqliteDatabase } from 'kysely';
import type pg from 'pg';
import { migrations } from './migrations.js';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Storage {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it lives, without credentials (for logs and /health). */
  location: string;
  /** Runs one SQL text on the driver itself, bypassing Kysely (see prepared.ts). */
  execute(sql: string, parameters: readonly unknown[]): Promise<{ rows: unknown[]; changes: number }>;
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
  const execute = async (text: string, values: readonly unknown[]) => {
    let name = names.get(text);
    if (!name) names.set(text, (name = `vs_${names.size}`));
    const result = await pool.query({ name, text, values: values as unknown[] });
    return { rows: result.rows, changes: result.rowCount ?? 0 };
  };
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres', location, execute, close: () => Promise.resolve() };
}

/**
 * Kysely prepares every query anew, and preparing was ~40% of a typical query's cost here
 * (bench/): the gateway runs the same few SQL texts thousands of times, so their prepared
 * statements are kept, the least recently used dropped past `size`.
 */
function withStatementCache(database: SQLite.Database, size = 256): SqliteDatabase & { prepare(sql: string): SQLite.Statement } {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else {
        statement = database.prepare(sql);
        if (statements.size >= size) statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

function sqlite(file: string): Storage {
  mkdirSync(path.dirname(file), { recursive: true });
  const database = new SQLite(file);
  // WAL: readers never block the writer; NORMAL sync is safe against process crashes.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  // Several gateway processes may share the file: wait for the write lock instead of failing.
  database.pragma('busy_timeout = 5000');
  const statements = withStatementCache(database);
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: statements }) }),
    dialect: 'sqlite',
    location: file,
    // better-sqlite3 is synchronous, and Kysely's driver runs one query at a time on this one
    // connection as well: a statement here never interleaves with one of Kysely's.
    execute: async (sql, parameters) => {
      const statement = statements.prepare(sql);
      if (statement.reader) return { rows: statement.all(parameters), changes: 0 };
      return { rows: [], changes: Number(statement.run(parameters).changes) };
    },
    close: () => Promise.resolve(),
  };
}

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function openStorage(databaseUrl: string | undefined, dataDir: string): Promise<Storage> {
  const storage =
    databaseUrl && /^postgres(ql)?:\/\//.test(databaseUrl)
      ? await postgres(databaseUrl)
      : sqlite(databaseUrl?.replace(/^sqlite:(\/\/)?/, '') || path.join(dataDir, 'vision-studio.db'));
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
