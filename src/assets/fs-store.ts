// Blob store on the local file system (the default: `<dataDir>/assets`).
//
// Layout: the object with key `ab/cd/file.png` is the file `<root>/ab/cd/file.png`, holding
// exactly the object's bytes (so the directory can be copied to S3 or opened as it is). The
// content type is not kept here: the asset row in the database holds it, and every reader (the
// asset route, AssetService.load) takes it from there. Files of older versions had a sidecar,
// `<root>/ab/cd/.file.png.meta.json`; it is never read, and removed with its object.
// Keys can never contain a segment starting with "." (see assertValidKey), so neither temp files
// (`.file.png.<random>.tmp`) nor old sidecars can collide with an object, and nothing escapes the root.
//
// Writes are atomic: bytes go to a temp file in the target directory, are flushed to the disk
// (O_DSYNC, or fdatasync), and the temp file is renamed over the target (rename is atomic within a
// directory). Reads open the file once and stream from that handle, so a concurrent replace or
// delete never mixes bytes. Empty directories are left in place (removing them would race with a
// concurrent put into the same directory), which is also why a directory once created can be
// remembered instead of being created again on every put.
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { BlobRangeError, assertValidContentType, assertValidKey, assertValidRange, type BlobHead, type BlobObject, type BlobStore, type ByteRange } from './blob-store.js';

export interface FsBlobStoreOptions {
  /** Flush each file to the disk before renaming it into place (default true; see writeAtomic). */
  fsync?: boolean;
}

/** Directories remembered as existing; past this many the memory starts again (keys are fanned out into ~256). */
const MAX_KNOWN_DIRS = 10_000;

class PrefixConflictError extends Error {}

/** 'wx': write, create, fail if the file exists. */
const WRITE_NEW = fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL;
/** Absent on Windows, where the write is followed by fdatasync instead. */
const O_DSYNC: number | undefined = fsConstants.O_DSYNC;

/**
 * Writes all of `data` at the start of the file, in as few write calls as the system allows
 * (one, short of a partial write): with O_DSYNC each call is flushed on its own, where
 * FileHandle.writeFile would cut the data into 512 KiB writes.
 */
async function writeAll(handle: FileHandle, data: Buffer): Promise<void> {
  let written = 0;
  while (written < data.length) {
    const { bytesWritten } = await handle.write(data, written, data.length - written, written);
    // A regular file takes at least one byte or fails (ENOSPC); never loop on nothing.
    if (bytesWritten === 0) throw new Error('the file system wrote nothing');
    written += bytesWritten;
  }
}

const isErrno = (err: unknown, ...codes: string[]) => err instanceof Error && codes.includes((err as NodeJS.ErrnoException).code ?? '');

export class FsBlobStore implements BlobStore {
  readonly kind = 'fs' as const;
  readonly root: string;
  private readonly fsync: boolean;
  /** Directories this store has made or found, so a put into one of them skips mkdir. */
  private readonly knownDirs = new Set<string>();

  constructor(root: string, options: FsBlobStoreOptions = {}) {
    this.root = path.resolve(root);
    this.fsync = options.fsync ?? true;
  }

  /** Absolute path of the object's file (validated: always inside the root). */
  pathOf(key: string): string {
    assertValidKey(key);
    const file = path.resolve(this.root, ...key.split('/'));
    // Belt and braces: assertValidKey already makes escaping impossible.
    if (!file.startsWith(this.root + path.sep)) throw new Error(`blob key "${key}" resolves outside the store`);
    return file;
  }

  /** Where an older version kept the object's content type (removed with the object). */
  private legacySidecarOf(file: string): string {
    return path.join(path.dirname(file), `.${path.basename(file)}.meta.json`);
  }

  /** `contentType` is checked (one contract for every store) but not kept: the asset row holds it. */
  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const file = this.pathOf(key);
    assertValidContentType(contentType);
    if (!Buffer.isBuffer(data)) throw new TypeError('blob data must be a Buffer');
    const dir = path.dirname(file);
    if (!this.knownDirs.has(dir)) await this.makeDir(dir, key);
    try {
      await this.writeAtomic(file, data, key);
    } catch (err) {
      // The directory was removed behind our back (e.g. by hand): make it again, once.
      if (!isErrno(err, 'ENOENT')) throw err;
      this.knownDirs.delete(dir);
      await this.makeDir(dir, key);
      await this.writeAtomic(file, data, key);
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

  private async writeAtomic(target: string, data: Buffer, key: string): Promise<void> {
    const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    // The bytes reach the disk before the rename makes them visible, so even a power loss never
    // leaves an empty or partial file under the key (ext4 and others may commit the rename before
    // unflushed data). That is stricter than SQLite's synchronous=NORMAL (safe from process
    // crashes only), on purpose: the database may become durable at any checkpoint after this,
    // and a durable job row must not point at an input that was lost. Data integrity, not full
    // (fdatasync, not fsync): the size is flushed either way, only timestamps are skipped. Where
    // the system has O_DSYNC, the file is opened with it, so that each write returns only once its
    // data is on the disk, exactly as a write followed by fdatasync (POSIX synchronized I/O data
    // integrity), one call to the thread pool fewer per put (~0.06–0.1 ms of CPU per 28 KB put in a
    // micro-benchmark).
    const dsync = this.fsync && O_DSYNC !== undefined;
    let handle: FileHandle | undefined;
    try {
      handle = await fsp.open(tmp, dsync ? WRITE_NEW | O_DSYNC! : WRITE_NEW, 0o644);
      await writeAll(handle, data);
      if (this.fsync && !dsync) await handle.datasync();
      await handle.close();
      handle = undefined;
      await fsp.rename(tmp, target);
    } catch (err) {
      await handle?.close().catch(() => {});
      await fsp.rm(tmp, { force: true }).catch(() => {});
      if (isErrno(err, 'EISDIR', 'ENOTEMPTY', 'EEXIST')) {
        throw new PrefixConflictError(`cannot store "${key}": it is a prefix of existing objects`);
      }
      throw err;
    }
  }

  async get(key: string, range?: ByteRange): Promise<BlobObject | undefined> {
    const file = this.pathOf(key);
    if (range) assertValidRange(range);
    const opened = await this.openFile(file);
    if (!opened) return undefined;
    const { handle, size } = opened;
    try {
      if (!range) {
        return { body: handle.createReadStream(), size };
      }
      if (range.start >= size) throw new BlobRangeError(key, range, size);
      const served = { start: range.start, end: Math.min(range.end, size - 1) };
      return { body: handle.createReadStream({ start: served.start, end: served.end }), size, range: served };
    } catch (err) {
      await handle.close().catch(() => {});
      throw err;
    }
  }

  async head(key: string): Promise<BlobHead | undefined> {
    const file = this.pathOf(key);
    let stat;
    try {
      stat = await fsp.stat(file);
    } catch (err) {
      if (isErrno(err, 'ENOENT', 'ENOTDIR')) return undefined;
      throw err;
    }
    if (!stat.isFile()) return undefined;
    return { size: stat.size };
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    for (const target of [file, this.legacySidecarOf(file)]) {
      try {
        await fsp.unlink(target);
      } catch (err) {
        // absent, or a "directory" (prefix of other keys) rather than an object: nothing to delete
        if (!isErrno(err, 'ENOENT', 'ENOTDIR', 'EISDIR', 'EPERM')) throw err;
      }
    }
  }

  async close(): Promise<void> {}

  /** Opens a regular file for reading, with its size; undefined when absent or not a file. */
  private async openFile(file: string): Promise<{ handle: FileHandle; size: number } | undefined> {
    let handle: FileHandle;
    try {
      handle = await fsp.open(file, 'r');
    } catch (err) {
      if (isErrno(err, 'ENOENT', 'ENOTDIR', 'EISDIR')) return undefined;
      throw err;
    }
    try {
      const stat = await handle.stat();
      if (stat.isFile()) return { handle, size: stat.size };
    } catch (err) {
      await handle.close().catch(() => {});
      throw err;
    }
    await handle.close();
    return undefined;
  }
}
