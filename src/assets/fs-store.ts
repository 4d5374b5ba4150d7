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
// Writes are atomic (fs-write.ts): bytes go to a temp file in the target directory, are flushed to the disk
// (O_DSYNC, or fdatasync), and the temp file is renamed over the target (rename is atomic within a
// directory). Reads open the file once and stream from that handle, so a concurrent replace or
// delete never mixes bytes. Empty directories are left in place (removing them would race with a
// concurrent put into the same directory), which is also why a directory once created can be
// remembered instead of being created again on every put.
import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { scriptBeside, startThread, ThreadChannel, type ThreadFailure } from '../core/threads.js';
import { assertValidContentType, assertValidKey, assertValidRange, servedRange, type BlobHead, type BlobObject, type BlobStore, type ByteRange } from './blob-store.js';
import type { WriteReply, WriteRequest } from './fs-write-thread.js';
import { AtomicFileWriter, isErrno } from './fs-write.js';

export interface FsBlobStoreOptions {
  /** Flush each file to the disk before renaming it into place (default true; see fs-write.ts). */
  fsync?: boolean;
}

/**
 * Objects up to this size are written on the file writer's thread. A put is five system calls;
 * made from here, each is a trip through the thread pool, and on a machine with few cores each
 * completion costs the event loop a wake-up and often its time slice. The writer's thread makes
 * a lone put's calls itself: a 3 KB put took 1.1 ms from the event loop's request to its reply
 * that way, against 1.7 ms through the thread pool (bench/, O_DSYNC on ext4). The thread takes a
 * copy of the bytes in one message; above this size copying would cost more than the calls, so
 * large objects are written from here.
 */
const THREAD_WRITE_MAX_BYTES = 1024 * 1024;

/** One file writer's thread for the process, started on the first small put; idle, it does not keep the process alive. */
let writerThread: ThreadChannel<WriteRequest, WriteReply | ThreadFailure> | undefined;
function fileWriterThread() {
  if (!writerThread || writerThread.stopped) {
    writerThread = new ThreadChannel(startThread(scriptBeside(import.meta.url, 'fs-write-thread'), { fileWriter: true }), 'the file writer thread');
  }
  return writerThread;
}

/** A failure on the writer's thread, as the same put here would have thrown it (its message and system code). */
function rethrown({ error }: ThreadFailure): Error {
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}

export class FsBlobStore implements BlobStore {
  readonly kind = 'fs' as const;
  readonly root: string;
  private readonly fsync: boolean;
  /** Large objects are written from the event loop's thread (see THREAD_WRITE_MAX_BYTES). */
  private readonly writer = new AtomicFileWriter();

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
    if (data.length > THREAD_WRITE_MAX_BYTES) return this.writer.put(file, data, key, this.fsync);
    // The thread's death rejects the send itself; a failed write comes back as its failure.
    const reply = await fileWriterThread().send({ file, data, key, fsync: this.fsync });
    if ('error' in reply) throw rethrown(reply);
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
      const served = servedRange(key, range, size);
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
