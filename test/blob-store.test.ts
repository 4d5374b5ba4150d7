// The asset store's byte layer: one suite, run against every BlobStore implementation —
// the file store, S3 through a real S3-compatible server (s3rver, started here on a free port),
// and, when VISION_STUDIO_TEST_S3_ENDPOINT is set, the machine's own S3-compatible service.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fsp } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { after, before, describe, it, mock } from 'node:test';
import { BlobRangeError, InvalidBlobKeyError, openBlobStore, parseS3Spec, type BlobStore } from '../src/assets/blob-store.js';
import { SMALL_BLOB_MAX_BYTES, SmallBlobsInDatabase } from '../src/assets/db-blobs.js';
import { FsBlobStore } from '../src/assets/fs-store.js';
import { AtomicFileWriter } from '../src/assets/fs-write.js';
import { S3BlobStore, s3ClientConfig } from '../src/assets/s3-store.js';
import { openStorage } from '../src/storage/database.js';
import { databaseKinds } from './support/databases.js';
import { startS3 } from './support/s3.js';

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

interface Target {
  store: BlobStore;
  /** Keys to remove afterwards (only matters for a shared external server). */
  cleanup(written: Set<string>): Promise<void>;
  /** The same bucket without the store's prefix (S3 targets), to check where objects land. */
  raw?: BlobStore;
  prefix?: string;
  /** The same server with wrong credentials (S3 targets). */
  wrongCredentials?: BlobStore;
  /** The file store's data dir. */
  dataDir?: string;
}

const PATTERN = Buffer.from(Array.from({ length: 1000 }, (_v, i) => (i * 7 + 3) % 256));

const BAD_KEYS: unknown[] = [
  '',
  '../escape',
  'a/../../escape',
  '..',
  '.',
  'a/./b',
  '/etc/passwd',
  'a//b',
  'a/',
  '.hidden',
  'a/.b',
  'a\\..\\b',
  'a\0b',
  'a b',
  '%2e%2e/x',
  'caf\u00e9',
  'x'.repeat(1025),
  `${'y'.repeat(201)}/z`,
  42,
  undefined,
];

function blobStoreSuite(name: string, kind: 'fs' | 's3', open: () => Promise<Target>, skip?: string, tiers?: 'small in the database'): void {
  if (skip) {
    // a skipped test (not a skipped suite) so the summary's "skipped" count shows it
    describe(`BlobStore (${name})`, () => it('runs the BlobStore suite', { skip }, () => {}));
    return;
  }
  describe(`BlobStore (${name})`, () => {
    let t: Target;
    let store: BlobStore;
    const written = new Set<string>();
    const key = (k: string) => (written.add(k), k);
    // S3 keeps the content type as object metadata; the file store keeps bytes only (the asset
    // row holds the type).
    const typeKept = (type: string) => (kind === 's3' ? type : undefined);
    const headOf = (size: number, type: string) => (kind === 's3' ? { size, contentType: type } : { size });

    before(async () => {
      t = await open();
      store = t.store;
    });
    after(async () => {
      if (!t) return;
      await t.cleanup(written);
    });

    it(`is the ${kind} store`, () => assert.equal(store.kind, kind));

    it('put / head / get / delete round trip', async () => {
      const k = key('img/a1/hello.txt');
      await store.put(k, Buffer.from('hello, assets'), 'text/plain');
      assert.deepEqual(await store.head(k), headOf(13, 'text/plain'));
      const got = await store.get(k);
      assert.ok(got);
      assert.equal(got.size, 13);
      assert.equal(got.contentType, typeKept('text/plain'));
      assert.equal(got.range, undefined);
      assert.equal((await readAll(got.body)).toString(), 'hello, assets');

      await store.delete(k);
      assert.equal(await store.head(k), undefined);
      assert.equal(await store.get(k), undefined);
      await store.delete(k); // deleting an absent key is fine
    });

    it('put replaces bytes and content type', async () => {
      const k = key('img/a1/replace.bin');
      await store.put(k, Buffer.from('first version'), 'image/png');
      await store.put(k, Buffer.from('second'), 'image/webp');
      assert.deepEqual(await store.head(k), headOf(6, 'image/webp'));
      const got = await store.get(k);
      assert.equal((await readAll(got!.body)).toString(), 'second');
      assert.equal(got!.contentType, typeKept('image/webp'));
    });

    it('missing keys → undefined', async () => {
      assert.equal(await store.get('never/written.png'), undefined);
      assert.equal(await store.get('never/written.png', { start: 0, end: 9 }), undefined);
      assert.equal(await store.head('never/written.png'), undefined);
      await store.delete('never/written.png');
      // below an existing object (a file, for the fs store) and above one (a directory)
      const k = key('img/a2/leaf.txt');
      await store.put(k, Buffer.from('x'), 'text/plain');
      assert.equal(await store.get('img/a2/leaf.txt/below'), undefined);
      assert.equal(await store.head('img/a2/leaf.txt/below'), undefined);
      assert.equal(await store.get('img/a2'), undefined);
      assert.equal(await store.head('img/a2'), undefined);
    });

    it('validates the content type, and keeps it where the store has a place for it', async () => {
      const types = ['image/png', 'image/jpeg', 'video/mp4', 'audio/mpeg', 'application/json; charset=utf-8'];
      for (const [i, type] of types.entries()) {
        const k = key(`types/t${i}`);
        await store.put(k, Buffer.from([i]), type);
        assert.equal((await store.head(k))?.contentType, typeKept(type));
        const got = await store.get(k, { start: 0, end: 0 });
        assert.equal(got?.contentType, typeKept(type));
        got?.body.destroy();
      }
      await assert.rejects(store.put(key('types/bad'), Buffer.from('x'), 'text/plain\r\nx-injected: 1'), TypeError);
      await assert.rejects(store.put(key('types/bad'), Buffer.from('x'), ''), TypeError);
      assert.equal(await store.head('types/bad'), undefined);
    });

    it('stores an empty object', async () => {
      const k = key('empty/zero.bin');
      await store.put(k, Buffer.alloc(0), 'application/octet-stream');
      assert.deepEqual(await store.head(k), headOf(0, 'application/octet-stream'));
      const got = await store.get(k);
      assert.equal(got?.size, 0);
      assert.equal((await readAll(got!.body)).length, 0);
      await assert.rejects(store.get(k, { start: 0, end: 0 }), BlobRangeError);
    });

    describe('range reads', () => {
      const k = 'ranges/pattern.bin';
      before(async () => {
        written.add(k);
        await store.put(k, PATTERN, 'application/octet-stream');
      });

      const cases: [string, { start: number; end: number }, { start: number; end: number }][] = [
        ['first byte', { start: 0, end: 0 }, { start: 0, end: 0 }],
        ['first bytes', { start: 0, end: 9 }, { start: 0, end: 9 }],
        ['middle', { start: 400, end: 599 }, { start: 400, end: 599 }],
        ['last byte', { start: 999, end: 999 }, { start: 999, end: 999 }],
        ['the whole object', { start: 0, end: 999 }, { start: 0, end: 999 }],
        ['end past the end (clamped)', { start: 990, end: 5000 }, { start: 990, end: 999 }],
      ];
      for (const [label, asked, served] of cases) {
        it(label, async () => {
          const got = await store.get(k, asked);
          assert.ok(got);
          assert.equal(got.size, PATTERN.length, 'size is the whole object');
          assert.deepEqual(got.range, served);
          assert.equal(got.contentType, typeKept('application/octet-stream'));
          assert.deepEqual(await readAll(got.body), PATTERN.subarray(served.start, served.end + 1));
        });
      }

      it('a range starting at or past the end → BlobRangeError with the size', async () => {
        for (const start of [1000, 5000]) {
          await assert.rejects(store.get(k, { start, end: start + 10 }), (err: unknown) => {
            assert.ok(err instanceof BlobRangeError);
            assert.equal(err.size, 1000);
            return true;
          });
        }
      });

      it('malformed ranges are refused before any I/O', async () => {
        for (const range of [
          { start: 5, end: 4 },
          { start: -1, end: 3 },
          { start: 0.5, end: 3 },
          { start: 0, end: NaN },
        ]) {
          await assert.rejects(store.get(k, range), RangeError);
        }
      });
    });

    it('rejects keys that could escape or collide', async () => {
      for (const bad of BAD_KEYS) {
        const k = bad as string;
        await assert.rejects(store.put(k, Buffer.from('x'), 'text/plain'), InvalidBlobKeyError, `put ${JSON.stringify(bad)}`);
        await assert.rejects(store.get(k), InvalidBlobKeyError, `get ${JSON.stringify(bad)}`);
        await assert.rejects(store.head(k), InvalidBlobKeyError, `head ${JSON.stringify(bad)}`);
        await assert.rejects(store.delete(k), InvalidBlobKeyError, `delete ${JSON.stringify(bad)}`);
      }
      // the allowed alphabet, including dots inside names
      const odd = key('Odd-Keys_1/a.b.c/v1.2.3-x_y.tar.gz');
      await store.put(odd, Buffer.from('ok'), 'application/gzip');
      assert.equal((await store.head(odd))?.size, 2);
    });

    it('round-trips a 5 MB object byte for byte', async () => {
      const data = randomBytes(5 * 1024 * 1024 + 17);
      const k = key('large/video.mp4');
      await store.put(k, data, 'video/mp4');
      assert.deepEqual(await store.head(k), headOf(data.length, 'video/mp4'));
      const got = await store.get(k);
      assert.equal(got?.size, data.length);
      const back = await readAll(got!.body);
      assert.equal(back.length, data.length);
      assert.equal(sha256(back), sha256(data));
      // and a range across the middle of it
      const start = 2 * 1024 * 1024 + 5;
      const part = await store.get(k, { start, end: start + 1024 * 1024 - 1 });
      assert.equal(sha256(await readAll(part!.body)), sha256(data.subarray(start, start + 1024 * 1024)));
    });

    if (kind === 's3') {
      it('writes under the prefix from the spec', async () => {
        assert.ok(t.raw && t.prefix);
        const k = key('where/am-i.txt');
        await store.put(k, Buffer.from('here'), 'text/plain');
        assert.deepEqual(await t.raw.head(`${t.prefix}${k}`), { size: 4, contentType: 'text/plain' });
        assert.equal(await t.raw.head(k), undefined);
      });

      it('fails loudly (not "absent") on wrong credentials', async () => {
        assert.ok(t.wrongCredentials);
        const k = key('img/a1/creds.txt');
        await store.put(k, Buffer.from('x'), 'text/plain');
        await assert.rejects(t.wrongCredentials.put(k, Buffer.from('y'), 'text/plain'));
        await assert.rejects(t.wrongCredentials.get(k));
        assert.equal((await readAll((await store.get(k))!.body)).toString(), 'x');
      });
    }

    if (tiers) {
      it('keeps objects up to SMALL_BLOB_MAX_BYTES in the database, larger ones as files', async () => {
        const small = key('tiers/ab/small.bin');
        const large = key('tiers/ab/large.bin');
        const limit = randomBytes(SMALL_BLOB_MAX_BYTES);
        const over = randomBytes(SMALL_BLOB_MAX_BYTES + 1);
        await store.put(small, limit, 'image/png');
        await store.put(large, over, 'image/png');
        assert.deepEqual(await readdir(path.join(t.dataDir!, 'assets', 'tiers', 'ab')), ['large.bin']);
        assert.deepEqual(await readFile(path.join(t.dataDir!, 'assets', 'tiers', 'ab', 'large.bin')), over);
        assert.equal(sha256(await readAll((await store.get(small))!.body)), sha256(limit));
        assert.equal(sha256(await readAll((await store.get(large))!.body)), sha256(over));
        assert.deepEqual(await store.head(small), { size: SMALL_BLOB_MAX_BYTES });
        assert.deepEqual(await store.head(large), { size: SMALL_BLOB_MAX_BYTES + 1 });
        const ranged = await store.get(large, { start: SMALL_BLOB_MAX_BYTES - 1, end: SMALL_BLOB_MAX_BYTES + 9 });
        assert.deepEqual(ranged?.range, { start: SMALL_BLOB_MAX_BYTES - 1, end: SMALL_BLOB_MAX_BYTES });
        assert.deepEqual(await readAll(ranged!.body), over.subarray(SMALL_BLOB_MAX_BYTES - 1));
      });

      it('reads the latest bytes when a replacement moves an object between the tiers', async () => {
        const k = key('tiers/cd/moving.bin');
        const large = randomBytes(SMALL_BLOB_MAX_BYTES * 2);
        await store.put(k, Buffer.from('small first'), 'text/plain');
        await store.put(k, large, 'application/octet-stream');
        assert.deepEqual(await readAll((await store.get(k))!.body), large);
        await store.put(k, Buffer.from('small again'), 'text/plain');
        assert.equal((await readAll((await store.get(k))!.body)).toString(), 'small again');
        assert.deepEqual(await store.head(k), { size: 11 });
        await store.delete(k);
        assert.equal(await store.get(k), undefined);
        assert.equal(await store.head(k), undefined);
      });
    }

    if (kind === 'fs' && !tiers) {
      it('lays files out by key under <dataDir>/assets: one file of exactly the bytes, no temp files', async () => {
        const k = key('layout/ab/cd/file.png');
        await store.put(k, Buffer.from('png bytes'), 'image/png');
        const dir = path.join(t.dataDir!, 'assets', 'layout', 'ab', 'cd');
        assert.equal(await readFile(path.join(dir, 'file.png'), 'utf8'), 'png bytes');
        assert.deepEqual(await readdir(dir), ['file.png']);
        await store.delete(k);
        assert.deepEqual(await readdir(dir), []);
      });

      it("reads an older version's object (with its sidecar) and deletes both", async () => {
        const dir = path.join(t.dataDir!, 'assets', 'legacy');
        await mkdir(dir, { recursive: true });
        await writeFile(path.join(dir, 'old.png'), 'old bytes');
        await writeFile(path.join(dir, '.old.png.meta.json'), JSON.stringify({ contentType: 'image/png' }));
        const got = await store.get(key('legacy/old.png'));
        assert.equal((await readAll(got!.body)).toString(), 'old bytes');
        await store.delete('legacy/old.png');
        assert.deepEqual(await readdir(dir), []);
      });

      it('makes a directory once, and again if it was removed behind its back', async () => {
        const root = path.join(t.dataDir!, 'assets', 'dirs');
        const fresh = new FsBlobStore(root);
        const writer = new AtomicFileWriter();
        const made: string[] = [];
        const mkdirOf = fsp.mkdir;
        mock.method(fsp, 'mkdir', async (dir: string, options: object) => {
          made.push(path.relative(root, dir));
          return mkdirOf(dir, options);
        });
        try {
          for (let i = 0; i < 5; i++) await writer.put(path.join(root, 'ab', `x${i}`), Buffer.from([i]), `ab/x${i}`, true);
          await writer.put(path.join(root, 'cd', 'y'), Buffer.from('y'), 'cd/y', true);
          assert.deepEqual(made, ['ab', 'cd']);
          await rm(path.join(root, 'ab'), { recursive: true });
          await writer.put(path.join(root, 'ab', 'again'), Buffer.from('z'), 'ab/again', true);
          assert.deepEqual(made, ['ab', 'cd', 'ab']);
          assert.equal((await readAll((await fresh.get('ab/again'))!.body)).toString(), 'z');
        } finally {
          mock.restoreAll();
        }
      });

      it('small objects put together (side by side on the writer thread) and one put alone (its calls made there) land whole', async () => {
        const store2 = new FsBlobStore(path.join(t.dataDir!, 'assets', 'together'));
        const objects = Array.from({ length: 12 }, (_, i) => randomBytes(1_000 + i));
        await Promise.all(objects.map((bytes, i) => store2.put(`t${i % 3}/o${i}`, bytes, 'image/png')));
        for (const [i, bytes] of objects.entries()) assert.deepEqual(await readFile(path.join(store2.root, `t${i % 3}`, `o${i}`)), bytes);
        await store2.put('alone/one', objects[0], 'image/png');
        assert.deepEqual(await readFile(path.join(store2.root, 'alone', 'one')), objects[0]);
        await assert.rejects(store2.put('alone/one/deeper', objects[1], 'image/png'), /parent path is an existing object/);
        await assert.rejects(store2.put('t0', objects[1], 'image/png'), /prefix of existing objects/);
        assert.deepEqual((await readdir(path.join(store2.root, 't0'))).sort(), ['o0', 'o3', 'o6', 'o9']);
      });

      it('a small object (written on the file writer thread) and a large one (written here) land whole, and again after their directory was removed', async () => {
        const store2 = new FsBlobStore(path.join(t.dataDir!, 'assets', 'sizes'));
        const small = randomBytes(10_000);
        const large = randomBytes(3 * 1024 * 1024);
        await Promise.all([store2.put('ab/small', small, 'image/png'), store2.put('ab/large', large, 'image/png')]);
        assert.deepEqual(await readFile(path.join(store2.root, 'ab', 'small')), small);
        assert.deepEqual(await readFile(path.join(store2.root, 'ab', 'large')), large);
        await rm(path.join(store2.root, 'ab'), { recursive: true });
        await Promise.all([store2.put('ab/small', large.subarray(0, 5), 'image/png'), store2.put('ab/large', large, 'image/png')]);
        assert.deepEqual(await readFile(path.join(store2.root, 'ab', 'small')), large.subarray(0, 5));
        assert.deepEqual(await readFile(path.join(store2.root, 'ab', 'large')), large);
      });

      it('every put is on the disk before its rename: opened O_DSYNC (else fdatasync), and written whole when the system writes part', async () => {
        // What a store's put runs, on whichever thread (src/assets/fs-write.ts).
        const writer = new AtomicFileWriter();
        const flushed = { root: path.join(t.dataDir!, 'assets', 'flush') };
        const unflushed = { root: path.join(t.dataDir!, 'assets', 'noflush') };
        const opened: { root: string; flags: number }[] = [];
        const synced: number[] = [];
        const openOf = fsp.open;
        const probe = await openOf(path.join(t.dataDir!, 'assets', 'flush-probe'), 'w');
        const handleProto = Object.getPrototypeOf(probe);
        await probe.close();
        const writeOf = handleProto.write;
        const datasyncOf = handleProto.datasync;
        mock.method(fsp, 'open', async (file: string, flags: number, mode: number) => {
          opened.push({ root: file.startsWith(flushed.root) ? 'flush' : 'noflush', flags });
          return openOf(file, flags, mode);
        });
        // At most 1000 bytes per write, as a system may do.
        mock.method(handleProto, 'write', function (this: unknown, buffer: Buffer, offset: number, length: number, position: number) {
          return writeOf.call(this, buffer, offset, Math.min(length, 1000), position);
        });
        mock.method(handleProto, 'datasync', function (this: unknown) {
          synced.push(1);
          return datasyncOf.call(this);
        });
        const data = randomBytes(4500);
        try {
          await writer.put(path.join(flushed.root, 'ab', 'whole'), data, 'ab/whole', true);
          await writer.put(path.join(unflushed.root, 'ab', 'whole'), data, 'ab/whole', false);
        } finally {
          mock.restoreAll();
        }
        assert.deepEqual(await readFile(path.join(flushed.root, 'ab', 'whole')), data);
        assert.deepEqual(await readFile(path.join(unflushed.root, 'ab', 'whole')), data);
        const { O_DSYNC } = fsConstants;
        const flags = (root: string) => opened.filter((o) => o.root === root).map((o) => o.flags);
        assert.equal(flags('flush').length, 1);
        if (O_DSYNC === undefined) assert.equal(synced.length, 1);
        else {
          assert.equal(flags('flush')[0] & O_DSYNC, O_DSYNC);
          assert.equal(synced.length, 0);
        }
        assert.equal(flags('noflush')[0] & (O_DSYNC ?? 0), 0);
      });

      it('nothing was written outside <dataDir>/assets', async () => {
        assert.deepEqual(await readdir(t.dataDir!), ['assets']);
      });

      it('concurrent puts of one key: readers see one whole version', async () => {
        const k = key('race/same.bin');
        const versions = Array.from({ length: 8 }, (_v, i) => Buffer.alloc(256 * 1024 + i, i + 1));
        const reads: Promise<void>[] = [];
        await Promise.all(
          versions.map(async (v) => {
            await store.put(k, v, 'application/octet-stream');
            reads.push(
              (async () => {
                const got = await readAll((await store.get(k))!.body);
                assert.ok(
                  versions.some((x) => x.equals(got)),
                  'a mix of versions',
                );
              })(),
            );
          }),
        );
        await Promise.all(reads);
        const final = await readAll((await store.get(k))!.body);
        assert.ok(versions.some((x) => x.equals(final)));
        const names = await readdir(path.join(t.dataDir!, 'assets', 'race'));
        assert.deepEqual(names, ['same.bin']);
      });

      it('an open read keeps its bytes when the object is replaced or deleted', async () => {
        const k = key('race/pinned.txt');
        await store.put(k, Buffer.from('old bytes'), 'text/plain');
        const got = await store.get(k);
        await store.put(k, Buffer.from('new'), 'text/plain');
        await store.delete(k);
        assert.equal((await readAll(got!.body)).toString(), 'old bytes');
      });

      it('a key that is a prefix of other keys (or below an object) cannot be stored, with a clear error', async () => {
        await store.put(key('nest/parent/child.txt'), Buffer.from('c'), 'text/plain');
        await assert.rejects(store.put(key('nest/parent'), Buffer.from('p'), 'text/plain'), /prefix of existing objects/);
        await assert.rejects(store.put(key('nest/parent/child.txt/deeper'), Buffer.from('d'), 'text/plain'), /parent path is an existing object/);
        await store.delete('nest/parent'); // a directory, not an object: nothing happens
        assert.equal((await stat(path.join(t.dataDir!, 'assets', 'nest', 'parent'))).isDirectory(), true);
        assert.deepEqual(await readdir(path.join(t.dataDir!, 'assets', 'nest')), ['parent']);
      });
    }
  });
}

// --- targets ---------------------------------------------------------------------------------

blobStoreSuite('fs', 'fs', async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vision-blob-fs-'));
  const store = openBlobStore(undefined, dataDir);
  return {
    store,
    dataDir,
    cleanup: async () => {
      await store.close?.();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
});

// The default store as the gateway opens it: small objects in the database, on each database kind.
for (const database of databaseKinds) {
  blobStoreSuite(
    `fs, small objects in ${database.name}`,
    'fs',
    async () => {
      const created = await database.create();
      const storage = await openStorage(created.url, created.dataDir);
      const store = openBlobStore(undefined, created.dataDir, {}, storage);
      assert.ok(store instanceof SmallBlobsInDatabase);
      return {
        store,
        dataDir: created.dataDir,
        cleanup: async () => {
          await store.close?.();
          await storage.close();
          await created.cleanup();
        },
      };
    },
    database.skip,
    'small in the database',
  );
}

blobStoreSuite('s3 via s3rver', 's3', async () => {
  const server = await startS3('vision-studio-test');
  const { env, directory } = server;
  const dataDir = path.join(directory, 'unused-data-dir');
  const store = openBlobStore('s3://vision-studio-test/assets/v1', dataDir, env);
  const raw = openBlobStore('s3://vision-studio-test', dataDir, env);
  // s3rver checks the access key id but not SigV4 signatures, so only an unknown key id is refused.
  const wrongCredentials = openBlobStore('s3://vision-studio-test/assets/v1', dataDir, { ...env, AWS_ACCESS_KEY_ID: 'NOT-S3RVER' });
  return {
    store,
    raw,
    prefix: 'assets/v1/',
    wrongCredentials,
    cleanup: async () => {
      await Promise.all([store.close?.(), raw.close?.(), wrongCredentials.close?.()]);
      await server.close();
    },
  };
});

// The machine's S3-compatible service (MinIO, …), as .ci/run provides. Credentials come from
// AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY; the bucket from VISION_STUDIO_TEST_S3_BUCKET
// (default vision-studio-test, created when missing). Each run writes under its own prefix and
// removes what it wrote.
const externalEndpoint = process.env.VISION_STUDIO_TEST_S3_ENDPOINT?.trim();
blobStoreSuite(
  `s3 at ${externalEndpoint || 'VISION_STUDIO_TEST_S3_ENDPOINT'}`,
  's3',
  async () => {
    const bucket = process.env.VISION_STUDIO_TEST_S3_BUCKET?.trim() || 'vision-studio-test';
    const prefix = `blob-store-test/${Date.now()}-${randomBytes(4).toString('hex')}/`;
    const env = { ...process.env, S3_ENDPOINT: externalEndpoint };
    const sdk = await import('@aws-sdk/client-s3');
    const admin = new sdk.S3Client(s3ClientConfig(env));
    try {
      await admin.send(new sdk.CreateBucketCommand({ Bucket: bucket }));
    } catch (err) {
      if (!['BucketAlreadyOwnedByYou', 'BucketAlreadyExists'].includes((err as Error).name)) throw err;
    } finally {
      admin.destroy();
    }
    const dataDir = path.join(tmpdir(), 'unused-data-dir');
    const store = openBlobStore(`s3://${bucket}/${prefix}`, dataDir, env);
    const raw = openBlobStore(`s3://${bucket}`, dataDir, env);
    const wrongCredentials = openBlobStore(`s3://${bucket}/${prefix}`, dataDir, {
      ...env,
      AWS_ACCESS_KEY_ID: 'vision-studio-wrong',
      AWS_SECRET_ACCESS_KEY: 'vision-studio-wrong-secret',
      AWS_SESSION_TOKEN: undefined,
    });
    return {
      store,
      raw,
      prefix,
      wrongCredentials,
      cleanup: async (written) => {
        await Promise.all([...written].map((k) => store.delete(k)));
        await Promise.all([store.close?.(), raw.close?.(), wrongCredentials.close?.()]);
      },
    };
  },
  externalEndpoint ? undefined : 'set VISION_STUDIO_TEST_S3_ENDPOINT (and AWS_* credentials) to also run against that S3-compatible server',
);

// --- choosing a store from VISION_STUDIO_ASSET_STORE ------------------------------------------

describe('openBlobStore', () => {
  it('defaults to files under <dataDir>/assets', () => {
    for (const spec of [undefined, '', '   ']) {
      const store = openBlobStore(spec, '/srv/vision');
      assert.ok(store instanceof FsBlobStore);
      assert.equal(store.kind, 'fs');
      assert.equal(store.root, path.resolve('/srv/vision/assets'));
    }
  });

  it('opens S3 for s3://bucket[/prefix]', () => {
    const cases: [string, string, string][] = [
      ['s3://my-bucket', 'my-bucket', ''],
      ['s3://my-bucket/', 'my-bucket', ''],
      ['s3://my.bucket-2/assets', 'my.bucket-2', 'assets/'],
      ['s3://my-bucket/a/b/c/', 'my-bucket', 'a/b/c/'],
    ];
    for (const [spec, bucket, prefix] of cases) {
      const store = openBlobStore(spec, '/srv/vision', {});
      assert.ok(store instanceof S3BlobStore, spec);
      assert.equal(store.kind, 's3');
      assert.deepEqual({ bucket: store.bucket, prefix: store.prefix }, { bucket, prefix }, spec);
      assert.deepEqual(parseS3Spec(spec), { bucket, prefix });
    }
  });

  it('names VISION_STUDIO_ASSET_STORE when the value is not understood', () => {
    for (const spec of [
      's3://',
      's3:///prefix',
      's3:bucket',
      'S3://bucket',
      's3://Upper_Case',
      's3://ab',
      's3://bucket/../x',
      's3://bucket/a//b',
      's3://bucket?x=1',
      'file:///tmp/assets',
      '/var/assets',
      'gs://bucket',
      'minio://bucket',
    ]) {
      assert.throws(() => openBlobStore(spec, '/srv/vision', {}), /VISION_STUDIO_ASSET_STORE/, spec);
    }
  });

  it('derives the S3 client settings from the environment', () => {
    assert.deepEqual(s3ClientConfig({}), { region: 'us-east-1' });
    const custom = s3ClientConfig({
      AWS_REGION: 'eu-west-3',
      AWS_ACCESS_KEY_ID: 'AKID',
      AWS_SECRET_ACCESS_KEY: 'SECRET',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
    });
    assert.deepEqual(custom, {
      region: 'eu-west-3',
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: undefined },
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
    });
    // without both keys, the SDK's default chain (profiles, SSO, instance roles…) is left to work
    assert.equal(s3ClientConfig({ AWS_ACCESS_KEY_ID: 'AKID' }).credentials, undefined);
    assert.throws(() => s3ClientConfig({ S3_ENDPOINT: 'localhost:9000' }), /S3_ENDPOINT/);
  });
});
