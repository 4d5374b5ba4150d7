// How the file-system blob store writes an object: atomically, flushed to the disk before it
// becomes visible (see writeAtomic). Run on the event loop's thread for large objects and on
// the file writer's thread for small ones (fs-store.ts says why).
import { randomBytes } from 'node:crypto';
import { closeSync, fdatasyncSync, constants as fsConstants, mkdirSync, openSync, promises as fsp, renameSync, rmSync, writeSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Directories remembered as existing; past this many the memory starts again (keys are fanned out into ~256). */
const MAX_KNOWN_DIRS = 10_000;

/** 'wx': write, create, fail if the file exists. */
const WRITE_NEW = fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL;
/** Absent on Windows, where the write is followed by fdatasync instead. */
const O_DSYNC: number | undefined = fsConstants.O_DSYNC;

export const isErrno = (err: unknown, ...codes: string[]) => err instanceof Error && codes.includes((err as NodeJS.ErrnoException).code ?? '');

/**
 * Writes all of `data` at the start of the file, in as few write calls as the system allows
 * (one, short of a partial write): with O_DSYNC each call is flushed on its own, where
 * FileHandle.writeFile would cut the data into 512 KiB writes.
 */
async function writeAll(handle: FileHandle, data: Uint8Array): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const { bytesWritten } = await handle.write(data, written, data.length - written, written);
    // A regular file takes at least one byte or fails (ENOSPC); never loop on nothing.
    if (bytesWritten === 0) throw new Error('the file system wrote nothing');
    written += bytesWritten;
  }
}

/**
 * Puts objects' bytes into files under their final names: `put` on the event loop (large
 * objects: the calls go to the thread pool), `putSync` on the file writer's thread (small ones:
 * each call is made right there, instead of a trip through the thread pool and back per call,
 * which on a machine with few cores cost more than the disk's flush: bench/). Empty directories
 * are never removed (removing one would race with a concurrent put into it), so a directory once
 * made or found is remembered instead of being made again on every put.
 */
export class AtomicFileWriter {
  private readonly knownDirs = new Set<string>();

  /** `key` only names the object in errors; `fsync`: flush before the rename (see writeAtomic). */
  async put(file: string, data: Uint8Array, key: string, fsync: boolean): Promise<void> {
    const dir = path.dirname(file);
    if (!this.knownDirs.has(dir)) await this.madeDir(dir, key, fsp.mkdir(dir, { recursive: true }));
    try {
      await writeAtomic(file, data, key, fsync);
    } catch (err) {
      // The directory was removed behind our back (e.g. by hand): make it again, once.
      if (!isErrno(err, 'ENOENT')) throw err;
      this.knownDirs.delete(dir);
      await this.madeDir(dir, key, fsp.mkdir(dir, { recursive: true }));
      await writeAtomic(file, data, key, fsync);
    }
  }

  /** The same, each system call made on this thread. */
  putSync(file: string, data: Uint8Array, key: string, fsync: boolean): void {
    const dir = path.dirname(file);
    const mkdir = () => {
      try {
        mkdirSync(dir, { recursive: true });
      } catch (err) {
        throw dirError(err, key);
      }
      this.remember(dir);
    };
    if (!this.knownDirs.has(dir)) mkdir();
    try {
      writeAtomicSync(file, data, key, fsync);
    } catch (err) {
      if (!isErrno(err, 'ENOENT')) throw err;
      this.knownDirs.delete(dir);
      mkdir();
      writeAtomicSync(file, data, key, fsync);
    }
  }

  private async madeDir(dir: string, key: string, making: Promise<unknown>): Promise<void> {
    try {
      await making;
    } catch (err) {
      throw dirError(err, key);
    }
    this.remember(dir);
  }

  private remember(dir: string): void {
    if (this.knownDirs.size >= MAX_KNOWN_DIRS) this.knownDirs.clear();
    this.knownDirs.add(dir);
  }
}

const dirError = (err: unknown, key: string) => (isErrno(err, 'ENOTDIR', 'EEXIST') ? new Error(`cannot store "${key}": a parent path is an existing object`) : err);

const putError = (err: unknown, key: string) => (isErrno(err, 'EISDIR', 'ENOTEMPTY', 'EEXIST') ? new Error(`cannot store "${key}": it is a prefix of existing objects`) : err);

/** A temp file beside the target: its name starts with "." (never a key's segment, see fs-store.ts). */
const tempFileOf = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

// The bytes reach the disk before the rename makes them visible, so even a power loss never
// leaves an empty or partial file under the key (ext4 and others may commit the rename before
// unflushed data). That is stricter than SQLite's synchronous=NORMAL (safe from process
// crashes only), on purpose: the database may become durable at any checkpoint after this,
// and a durable job row must not point at an input that was lost. Data integrity, not full
// (fdatasync, not fsync): the size is flushed either way, only timestamps are skipped. Where
// the system has O_DSYNC, the file is opened with it, so that each write returns only once its
// data is on the disk, exactly as a write followed by fdatasync (POSIX synchronized I/O data
// integrity), one call fewer per put.
const openFlags = (fsync: boolean) => (fsync && O_DSYNC !== undefined ? WRITE_NEW | O_DSYNC : WRITE_NEW);
const needsDatasync = (fsync: boolean) => fsync && O_DSYNC === undefined;

async function writeAtomic(target: string, data: Uint8Array, key: string, fsync: boolean): Promise<void> {
  const tmp = tempFileOf(target);
  let handle: FileHandle | undefined;
  try {
    handle = await fsp.open(tmp, openFlags(fsync), 0o644);
    await writeAll(handle, data);
    if (needsDatasync(fsync)) await handle.datasync();
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => {});
    await fsp.rm(tmp, { force: true }).catch(() => {});
    throw putError(err, key);
  }
}

function writeAtomicSync(target: string, data: Uint8Array, key: string, fsync: boolean): void {
  const tmp = tempFileOf(target);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, openFlags(fsync), 0o644);
    for (let written = 0; written < data.length; ) {
      const bytesWritten = writeSync(fd, data, written, data.length - written, written);
      if (bytesWritten === 0) throw new Error('the file system wrote nothing');
      written += bytesWritten;
    }
    if (needsDatasync(fsync)) fdatasyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (err) {
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(tmp, { force: true });
    } catch {
      // The put's own failure is the one to report.
    }
    throw putError(err, key);
  }
}
