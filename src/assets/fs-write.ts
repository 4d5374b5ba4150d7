// How the file-system blob store writes an object: atomically, flushed to the disk before it
// becomes visible (see writeAtomic). Run on the event loop's thread for large objects and on
// the file writer's thread for small ones (fs-store.ts says why).
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fsp } from 'node:fs';
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
 * Puts objects' bytes into files under their final names. Empty directories are never removed
 * (removing one would race with a concurrent put into it), so a directory once made or found is
 * remembered instead of being made again on every put.
 */
export class AtomicFileWriter {
  private readonly knownDirs = new Set<string>();

  /** `key` only names the object in errors; `fsync`: flush before the rename (see writeAtomic). */
  async put(file: string, data: Uint8Array, key: string, fsync: boolean): Promise<void> {
    const dir = path.dirname(file);
    if (!this.knownDirs.has(dir)) await this.makeDir(dir, key);
    try {
      await writeAtomic(file, data, key, fsync);
    } catch (err) {
      // The directory was removed behind our back (e.g. by hand): make it again, once.
      if (!isErrno(err, 'ENOENT')) throw err;
      this.knownDirs.delete(dir);
      await this.makeDir(dir, key);
      await writeAtomic(file, data, key, fsync);
    }
  }

  private async makeDir(dir: string, key: string): Promise<void> {
    try {
      await fsp.mkdir(dir, { recursive: true });
    } catch (err) {
      if (isErrno(err, 'ENOTDIR', 'EEXIST')) throw new Error(`cannot store "${key}": a parent path is an existing object`);
      throw err;
    }
    if (this.knownDirs.size >= MAX_KNOWN_DIRS) this.knownDirs.clear();
    this.knownDirs.add(dir);
  }
}

async function writeAtomic(target: string, data: Uint8Array, key: string, fsync: boolean): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  // The bytes reach the disk before the rename makes them visible, so even a power loss never
  // leaves an empty or partial file under the key (ext4 and others may commit the rename before
  // unflushed data). That is stricter than SQLite's synchronous=NORMAL (safe from process
  // crashes only), on purpose: the database may become durable at any checkpoint after this,
  // and a durable job row must not point at an input that was lost. Data integrity, not full
  // (fdatasync, not fsync): the size is flushed either way, only timestamps are skipped. Where
  // the system has O_DSYNC, the file is opened with it, so that each write returns only once its
  // data is on the disk, exactly as a write followed by fdatasync (POSIX synchronized I/O data
  // integrity), one call to the thread pool fewer per put.
  const dsync = fsync && O_DSYNC !== undefined;
  let handle: FileHandle | undefined;
  try {
    handle = await fsp.open(tmp, dsync ? WRITE_NEW | O_DSYNC! : WRITE_NEW, 0o644);
    await writeAll(handle, data);
    if (fsync && !dsync) await handle.datasync();
    await handle.close();
    handle = undefined;
    await fsp.rename(tmp, target);
  } catch (err) {
    await handle?.close().catch(() => {});
    await fsp.rm(tmp, { force: true }).catch(() => {});
    if (isErrno(err, 'EISDIR', 'ENOTEMPTY', 'EEXIST')) throw new Error(`cannot store "${key}": it is a prefix of existing objects`);
    throw err;
  }
}
