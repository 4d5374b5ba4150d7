// Blob store on the local file system (the default: `<dataDir>/assets`).
//
// Layout: the object with key `ab/cd/file.png` is the file `<root>/ab/cd/file.png`; its content
// type is kept in a sidecar next to it, `<root>/ab/cd/.file.png.meta.json` = {"contentType":"…"}.
// Keys can never contain a segment starting with "." (see assertValidKey), so neither sidecars nor
// temp files (`.file.png.<random>.tmp`) can collide with an object, and nothing escapes the root.
//
// Writes are atomic: bytes go to a temp file in the target directory, are fsynced, and the temp
// file is renamed over the target (rename is atomic within a directory). The sidecar is written
// the same way, before the data, so a visible object always has its content type; the data file's
// presence is what makes an object exist. Reads open the file once and stream from that handle,
// so a concurrent replace or delete never mixes bytes. Empty directories are left in place
// (removing them would race with a concurrent put into the same directory).
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import {
  BlobRangeError,
  assertValidContentType,
  assertValidKey,
  assertValidRange,
  type BlobHead,
  type BlobObject,
  type BlobStore,
  type ByteRange,
} from './blob-store.js';

export interface FsBlobStoreOptions {
  /** fsync each file before renaming it into place (default true: assets are the only copy once the provider's URL expires). */
  fsync?: boolean;
}

interface Sidecar {
  contentType?: string;
}

class PrefixConflictError extends Error {}

const isErrno = (err: unknown, ...codes: string[]) =>
  err instanceof Error && codes.includes((err as NodeJS.ErrnoException).code ?? '');

export class FsBlobStore implements BlobStore {
  readonly kind = 'fs' as const;
  readonly root: string;
  private readonly fsync: boolean;

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

  private sidecarOf(file: string): string {
    return path.join(path.dirname(file), `.${path.basename(file)}.meta.json`);
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const file = this.pathOf(key);
    assertValidContentType(contentType);
    if (!Buffer.isBuffer(data)) throw new TypeError('blob data must be a Buffer');
    const dir = path.dirname(file);
    try {
      await fsp.mkdir(dir, { recursive: true });
    } catch (err) {
      if (isErrno(err, 'ENOTDIR', 'EEXIST')) throw new Error(`cannot store "${key}": a parent path is an existing object`);
      throw err;
    }
    const sidecar: Sidecar = { contentType };
    const sidecarFile = this.sidecarOf(file);
    await this.writeAtomic(sidecarFile, Buffer.from(JSON.stringify(sidecar)), key);
    try {
      await this.writeAtomic(file, data, key);
    } catch (err) {
      // The key names a directory (a prefix of other keys): there is no object, drop its sidecar.
      if (err instanceof PrefixConflictError) await fsp.rm(sidecarFile, { force: true }).catch(() => {});
      throw err;
    }
  }

  private async writeAtomic(target: string, data: Buffer, key: string): Promise<void> {
    const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    let handle: FileHandle | undefined;
    try {
      handle = await fsp.open(tmp, 'wx', 0o644);
      await handle.writeFile(data);
      if (this.fsync) await handle.sync();
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
    const handle = await this.openFile(file);
    if (!handle) return undefined;
    try {
      const { size } = await handle.stat();
      const contentType = await this.readContentType(file);
      if (!range) {
        return { body: handle.createReadStream(), size, contentType };
      }
      if (range.start >= size) throw new BlobRangeError(key, range, size);
      const served = { start: range.start, end: Math.min(range.end, size - 1) };
      return { body: handle.createReadStream({ start: served.start, end: served.end }), size, range: served, contentType };
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
    return { size: stat.size, contentType: await this.readContentType(file) };
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    for (const target of [file, this.sidecarOf(file)]) {
      try {
        await fsp.unlink(target);
      } catch (err) {
        // absent, or a "directory" (prefix of other keys) rather than an object: nothing to delete
        if (!isErrno(err, 'ENOENT', 'ENOTDIR', 'EISDIR', 'EPERM')) throw err;
      }
    }
  }

  async close(): Promise<void> {}

  /** Opens a regular file for reading; undefined when absent or not a file. */
  private async openFile(file: string): Promise<FileHandle | undefined> {
    let handle: FileHandle;
    try {
      handle = await fsp.open(file, 'r');
    } catch (err) {
      if (isErrno(err, 'ENOENT', 'ENOTDIR', 'EISDIR')) return undefined;
      throw err;
    }
    try {
      if ((await handle.stat()).isFile()) return handle;
    } catch (err) {
      await handle.close().catch(() => {});
      throw err;
    }
    await handle.close();
    return undefined;
  }

  private async readContentType(file: string): Promise<string | undefined> {
    try {
      const parsed = JSON.parse(await fsp.readFile(this.sidecarOf(file), 'utf8')) as Sidecar;
      return typeof parsed.contentType === 'string' ? parsed.contentType : undefined;
    } catch {
      return undefined; // missing or damaged sidecar: the bytes are still served, without a type
    }
  }
}
