// The gateway's SQLite connection, on a thread of its own (see sqlite-worker.ts): it runs each
// statement it is sent, in the order they come, and answers with the rows or the change count.
// better-sqlite3 is synchronous; here its work no longer takes turns with the HTTP event loop.
//
// The statements of one message (under load, many requests' worth) share one commit: each runs in
// a savepoint of its own, so one that fails is undone alone, and the message is answered once
// the whole commits. A commit writes every page it changed to the WAL, and the statements of a
// message mostly change the same pages (the jobs table's and its indexes'): ~20 statements per
// message at 64 connections cost about one statement's page writes instead of twenty.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { asThreadFailure, serveBatches, type ThreadFailure } from '../core/threads.js';
import type { Statement } from './database.js';

/**
 * A statement to run; or `transaction`: statements run as one transaction, all or none; or, with
 * `close`, the last message: the connection is closed, then the thread ends.
 */
export type ThreadRequest = (Statement & { close?: true }) | { transaction: Statement[]; firstDecides?: true };

export type StatementReply = { rows: unknown[] } | { changes: number; lastInsertRowid: number | bigint };

export type ThreadReply = StatementReply | { answers: StatementReply[] } | { closed: true } | ThreadFailure;

/** Statements that may share a commit: queries and row changes (not BEGIN, DDL, PRAGMA, VACUUM…). */
const DATA_STATEMENT = /^\s*(select|insert|update|delete|with|replace)\b/i;

const groupable = (request: ThreadRequest) => 'transaction' in request || (!request.close && DATA_STATEMENT.test(request.sql));

/** Thrown to roll back a `firstDecides` transaction whose first statement changed nothing. */
class NothingChanged extends Error {
  constructor(readonly answers: StatementReply[]) {
    super('nothing changed');
  }
}

const unchanged = (answer: StatementReply) => ('rows' in answer ? answer.rows.length === 0 : answer.changes === 0);

/** Prepared statements kept, the least recently used dropped past this many (see database.ts). */
const STATEMENT_CACHE_SIZE = 256;

/**
 * The checkpointer's round (see checkpoints()). The serving connection checkpoints only past
 * CHECKPOINT_BACKSTOP_PAGES (~40 MB of WAL), should the checkpointer fall behind or stop.
 */
const CHECKPOINT_INTERVAL_MS = 200;
const CHECKPOINT_BACKSTOP_PAGES = 10_000;

function open(file: string): SQLite.Database {
  const database = new SQLite(file);
  // WAL: readers never block the writer; NORMAL sync is safe against process crashes.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma(`wal_autocheckpoint = ${CHECKPOINT_BACKSTOP_PAGES}`);
  // Several gateway processes may share the file: wait for the write lock instead of failing.
  database.pragma('busy_timeout = 5000');
  return database;
}

/**
 * A second connection, on a thread of its own, that copies the WAL into the database file every
 * CHECKPOINT_INTERVAL_MS. Left to the serving connection, a checkpoint (every 1,000 pages by
 * default: every ~140 jobs with a small image each, src/assets/db-blobs.ts) ran inside a commit
 * and flushed the file there, holding up every statement behind it; a one-connection bench's
 * p99 from the upstream's answer to the caller's fell from 11.7 to 4.2 ms without it
 * (docs/benchmarks.md). A PASSIVE checkpoint waits for no one: writers go on meanwhile, and
 * the serving connection starts the WAL over once it has all been copied.
 */
function checkpoints(file: string): void {
  const database = new SQLite(file);
  const round = setInterval(() => {
    try {
      database.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // Busy or failing now: the next round tries again (and the backstop holds meanwhile).
    }
  }, CHECKPOINT_INTERVAL_MS);
  parentPort!.once('message', () => {
    clearInterval(round);
    database.close();
    parentPort!.close();
  });
}

function serve(database: SQLite.Database): void {
  // The gateway runs the same few SQL texts thousands of times: each is prepared once.
  const statements = new Map<string, SQLite.Statement>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement) statements.delete(sql);
    else {
      statement = database.prepare(sql);
      if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
    }
    statements.set(sql, statement);
    return statement;
  };
  const run = ({ sql, parameters }: Statement): StatementReply => {
    const statement = prepare(sql);
    if (statement.reader) return { rows: statement.all(parameters) };
    const { changes, lastInsertRowid } = statement.run(parameters);
    return { changes, lastInsertRowid };
  };
  // A failing statement rolls the others back (better-sqlite3's transaction rethrows).
  const runAll = database.transaction((transaction: Statement[], firstDecides: boolean) => {
    const answers: StatementReply[] = [];
    for (const statement of transaction) {
      answers.push(run(statement));
      if (firstDecides && answers.length === 1 && unchanged(answers[0])) throw new NothingChanged(answers);
    }
    return answers;
  });
  const handle = (request: ThreadRequest): ThreadReply => {
    if ('transaction' in request) {
      try {
        return { answers: runAll(request.transaction, request.firstDecides === true) };
      } catch (error) {
        // Rolled back: the first statement found nothing to change.
        if (error instanceof NothingChanged) return { answers: error.answers };
        throw error;
      }
    }
    if (request.close) {
      database.close();
      return { closed: true };
    }
    return run(request);
  };
  const answer = (request: ThreadRequest, runOne: (request: ThreadRequest) => ThreadReply) => {
    try {
      return runOne(request);
    } catch (error) {
      return asThreadFailure(error);
    }
  };
  // Inside a transaction, better-sqlite3 runs a nested one as a savepoint.
  const inSavepoint = database.transaction(handle);
  const grouped = database.transaction((requests: ThreadRequest[]) => requests.map((request) => answer(request, inSavepoint)));
  // Statements run one at a time, in the order they come.
  serveBatches<ThreadRequest, ThreadReply>((requests) =>
    // Not inside a transaction a caller opened (Kysely's BEGIN), which the group would join.
    requests.length > 1 && !database.inTransaction && requests.every(groupable) ? grouped.immediate(requests) : requests.map((request) => answer(request, handle)),
  );
}

if (parentPort && workerData?.sqliteFile && workerData.checkpoints) {
  checkpoints(workerData.sqliteFile);
} else if (parentPort && workerData?.sqliteFile) {
  try {
    serve(open(workerData.sqliteFile));
    parentPort.postMessage({ ready: true });
  } catch (error) {
    const { message, code } = error as Error & { code?: string };
    parentPort.postMessage({ ready: false, message, code });
  }
}
