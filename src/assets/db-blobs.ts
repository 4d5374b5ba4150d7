// Small objects in the database, large ones in the file store (the default store's two tiers).
//
// A file costs more than its bytes: an inode, a directory entry, a rename and a flush, 1–1.5 ms of
// CPU and ~1 ms of disk time on ext4 for a 28 KB image (bench/, docs/benchmarks.md), against a row
// of a transaction the database commits anyway. SQLite's own measurement ("Internal Versus
// External BLOBs", sqlite.org/intern-v-extern-blob.html) finds small blobs faster inside the
// database than in files of their own; above ~100 KB files win. Objects up to
// SMALL_BLOB_MAX_BYTES therefore go into the `blobs` table, the rest to files.
//
// The row is as durable as the asset and job rows written after it (the same database, committed
// first), so a link is never handed out for bytes a crash could take back while its row stays.
// Reads look in the table first (a primary-key lookup), then in the files; a put of a large
// object removes any small copy under its key, so a replaced object is never read stale.
import { Readable } from 'node:stream';
import type { Statement, Storage } from '../storage/database.js';
import { prepared } from '../storage/prepared.js';
import { assertValidContentType, assertValidKey, assertValidRange, servedRange, type BlobHead, type BlobObject, type BlobStore, type ByteRange } from './blob-store.js';

/** Objects up to this size live in the database (masks, thumbnails, short audio, small images). */
export const SMALL_BLOB_MAX_BYTES = 64 * 1024;

export class SmallBlobsInDatabase implements BlobStore {
  readonly kind;
  private readonly queries;

  constructor(
    private readonly storage: Storage,
    private readonly files: BlobStore,
  ) {
    this.kind = files.kind;
    this.queries = {
      put: prepared(storage, (db, key: string, data: Buffer) =>
        db
          .insertInto('blobs')
          .values({ key, data })
          .onConflict((oc) => oc.column('key').doUpdateSet({ data: (eb) => eb.ref('excluded.data') })),
      ),
      get: prepared(storage, (db, key: string) => db.selectFrom('blobs').select('data').where('key', '=', key)),
      delete: prepared(storage, (db, key: string) => db.deleteFrom('blobs').where('key', '=', key)),
    };
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const small = this.smallPut(key, data, contentType);
    if (small) {
      await this.storage.execute(small.sql, small.parameters);
      return;
    }
    await this.files.put(key, data, contentType);
    await this.queries.delete.run(key);
  }

  /** A small object's put, to run in the caller's transaction (a job's outputs, with their rows). */
  putStatement(key: string, data: Buffer, contentType: string): Statement | undefined {
    return this.smallPut(key, data, contentType);
  }

  private smallPut(key: string, data: Buffer, contentType: string): Statement | undefined {
    assertValidKey(key);
    assertValidContentType(contentType);
    if (!Buffer.isBuffer(data)) throw new TypeError('blob data must be a Buffer');
    return data.length <= SMALL_BLOB_MAX_BYTES ? this.queries.put.statement(key, data) : undefined;
  }

  async get(key: string, range?: ByteRange): Promise<BlobObject | undefined> {
    assertValidKey(key);
    if (range) assertValidRange(range);
    const data = await this.small(key);
    if (!data) return this.files.get(key, range);
    const size = data.length;
    if (!range) return { body: Readable.from([data]), size };
    const served = servedRange(key, range, size);
    return { body: Readable.from([data.subarray(served.start, served.end + 1)]), size, range: served };
  }

  async head(key: string): Promise<BlobHead | undefined> {
    assertValidKey(key);
    const data = await this.small(key);
    return data ? { size: data.length } : this.files.head(key);
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    await this.queries.delete.run(key);
    await this.files.delete(key);
  }

  async close(): Promise<void> {
    await this.files.close?.();
  }

  /** The object's bytes when it is a small one. (SQLite's thread hands a BLOB back as a Uint8Array.) */
  private async small(key: string): Promise<Buffer | undefined> {
    const row = await this.queries.get.first(key);
    if (!row) return undefined;
    const data = row.data as Uint8Array;
    return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
}
