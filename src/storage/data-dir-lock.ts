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
  release(): void;
}

/** Takes the data dir's lock, or refuses at once (another process on it) with a one-line reason. */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_FILE);
  const lock = new SQLite(file, { timeout: 0 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    // Never committed: the exclusive lock lasts as long as this connection.
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new ConfigError(`another gateway process is using the data dir ${dataDir} (it holds ${LOCK_FILE}); stop it, or give this one another --data-dir or a PostgreSQL database`);
    }
    throw error;
  }
  return { release: () => lock.close() };
}
