// One gateway process owns an embedded (SQLite) data dir: an exclusive SQLite lock on
// `<data dir>/vision-studio.lock`, held for the process's life. The operating system drops it
// when the process dies, even by SIGKILL, so a lock is never left stale; and whoever holds it
// knows that any job lease in the database belongs to a process that is gone.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { ConfigError } from '../config.js';

export const LOCK_FILE = 'vision-studio.lock';

export interface DataDirLock {
  /**
   * Taken now, rather than shared with another app of this same process: only then may every
   * lease in the database be taken for one of a process that died.
   */
  fresh: boolean;
  release(): void;
}

/** Locks held by this process, by data dir, with how many apps share each. */
const held = new Map<string, { close(): void; holders: number }>();

/**
 * Takes the data dir's lock, or refuses at once (another process on it) with a one-line reason.
 * Apps built in the same process (tests, an embedding program) share the process's lock.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const shared = held.get(file);
  if (shared) {
    shared.holders += 1;
    return { fresh: false, release: once(() => releaseShared(file)) };
  }
  const lock = new SQLite(file, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // Never committed: the exclusive lock lasts as long as this connection.
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new ConfigError(
        `another gateway process is using the data dir ${dataDir} (it holds ${LOCK_FILE}); stop it, or give this one another --data-dir or a PostgreSQL database`,
      );
    }
    throw error;
  }
  held.set(file, { close: () => lock.close(), holders: 1 });
  return { fresh: true, release: once(() => releaseShared(file)) };
}

function releaseShared(file: string): void {
  const lock = held.get(file);
  if (!lock || --lock.holders > 0) return;
  held.delete(file);
  lock.close();
}

const once = (fn: () => void) => {
  let done = false;
  return () => {
    if (!done) fn();
    done = true;
  };
};
