// SQLite on its own thread (sqlite-thread.ts), and a Kysely dialect over it.
//
// better-sqlite3 runs each statement synchronously: on the event loop's thread, every write
// (a B-tree update and a WAL append, ~50–150 µs) held up the HTTP work of every other request,
// and SQLite was a quarter of that thread's time under load (bench/). On a thread of its own,
// the event loop only posts a statement and reads the answer. Statements still run one at a
// time, in the order they are sent, on one connection: a single statement is as atomic as before.
import { CompiledQuery, SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler, type DatabaseConnection, type Dialect, type Driver, type Kysely, type QueryResult } from 'kysely';
import type { Worker } from 'node:worker_threads';
import { scriptBeside, startThread, ThreadChannel } from '../core/threads.js';
import type { Statement } from './database.js';
import type { StatementReply, ThreadReply, ThreadRequest } from './sqlite-thread.js';

/** A statement's answer: its rows (a query, or a write with RETURNING), or its change count. */
export type StatementAnswer = { rows: unknown[] } | { changes: number; lastInsertRowid: number | bigint };

const THREAD_SCRIPT = scriptBeside(import.meta.url, 'sqlite-thread');

export class SqliteThreadError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SqliteError';
  }
}

function failureOf(reply: ThreadReply): Error {
  if ('error' in reply) return new SqliteThreadError(reply.error.message, reply.error.code);
  return new Error('the database thread answered out of turn');
}

function answerOf(reply: ThreadReply | StatementReply): StatementAnswer {
  if ('rows' in reply) return { rows: reply.rows };
  if ('changes' in reply) return { changes: reply.changes, lastInsertRowid: reply.lastInsertRowid };
  throw failureOf(reply);
}

/** One SQLite connection on its own thread, and the WAL's checkpointer on another (sqlite-thread.ts). */
export class SqliteThread {
  /** Settles when the checkpointer's thread has ended: on close(), or at once should it fail. */
  private readonly checkpointerEnded: Promise<unknown>;

  private constructor(
    private readonly channel: ThreadChannel<ThreadRequest, ThreadReply>,
    private readonly checkpointer: Worker,
  ) {
    this.checkpointerEnded = new Promise((resolve) => checkpointer.once('exit', resolve));
  }

  /** Opens `file` (WAL, busy timeout) on a new thread; fails as opening it there failed. */
  static async open(file: string): Promise<SqliteThread> {
    const worker = startThread(THREAD_SCRIPT, { sqliteFile: file });
    const opened = await new Promise<{ ready: boolean; message?: string; code?: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    if (!opened.ready) {
      await worker.terminate();
      throw new SqliteThreadError(opened.message ?? 'the database could not be opened', opened.code);
    }
    const checkpointer = startThread(THREAD_SCRIPT, { sqliteFile: file, checkpoints: true });
    // Its failure costs only the timing of checkpoints: the serving connection's backstop remains.
    checkpointer.on('error', () => {});
    checkpointer.unref();
    return new SqliteThread(new ThreadChannel(worker, 'the database thread', { serial: true }), checkpointer);
  }

  /** Runs one statement: its rows (a query, or a write with RETURNING) or its change count. */
  async run(sql: string, parameters: readonly unknown[]): Promise<StatementAnswer> {
    return answerOf(await this.channel.send({ sql, parameters }));
  }

  /**
   * Runs `statements` as one transaction (all or none), in one message: the answer of each. With
   * `firstDecides`, when the first changes and returns no row, nothing is kept and only its answer comes back.
   */
  async transaction(statements: Statement[], firstDecides = false): Promise<StatementAnswer[]> {
    const reply = await this.channel.send(firstDecides ? { transaction: statements, firstDecides } : { transaction: statements });
    if ('answers' in reply) return reply.answers.map(answerOf);
    throw failureOf(reply);
  }

  /** Closes the connection (after every statement sent before) and ends the threads. */
  async close(): Promise<void> {
    // Unreferenced, it would let the process end while this waits for it.
    this.checkpointer.ref();
    this.checkpointer.postMessage({ close: true });
    await this.checkpointerEnded;
    await this.channel.close({ sql: '', parameters: [], close: true });
  }
}

/** Kysely's SQLite dialect over a SqliteThread: its compiler and adapter, this driver. */
export class SqliteThreadDialect implements Dialect {
  constructor(private readonly thread: SqliteThread) {}
  createDriver(): Driver {
    return new SqliteThreadDriver(this.thread);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
  createAdapter() {
    return new SqliteAdapter();
  }
  createIntrospector(db: Kysely<any>) {
    return new SqliteIntrospector(db);
  }
}

/** As Kysely's SqliteDriver: one connection, lent to one query or transaction at a time. */
class SqliteThreadDriver implements Driver {
  private readonly connection: DatabaseConnection;
  private held?: Promise<void>;
  private release?: () => void;

  constructor(private readonly thread: SqliteThread) {
    this.connection = {
      executeQuery: async <R>({ sql, parameters }: CompiledQuery): Promise<QueryResult<R>> => {
        const answer = await thread.run(sql, parameters);
        if ('rows' in answer) return { rows: answer.rows as R[] };
        return { numAffectedRows: BigInt(answer.changes), insertId: BigInt(answer.lastInsertRowid), rows: [] };
      },
      streamQuery: async function* <R>(this: DatabaseConnection, query: CompiledQuery) {
        yield* (await this.executeQuery<R>(query)).rows.map((row) => ({ rows: [row] }));
      },
    };
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    while (this.held) await this.held;
    this.held = new Promise((resolve) => {
      this.release = resolve;
    });
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const release = this.release;
    this.held = undefined;
    this.release = undefined;
    release?.();
  }

  async destroy(): Promise<void> {
    await this.thread.close();
  }
}
