// AssetService.store: what a stored asset's row says, whether the service reads the bytes itself
// or takes what the media layer already found.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { AssetService, storageKeyOf } from '../src/assets/assets.js';
import { FsBlobStore } from '../src/assets/fs-store.js';
import { newId } from '../src/core/ids.js';
import { normalizeMedia, sha256Hex } from '../src/core/media.js';
import { openStorage, type Storage } from '../src/storage/database.js';

describe('AssetService.store', () => {
  let dataDir: string;
  let storage: Storage;
  let assets: AssetService;
  let png: Buffer;
  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vision-assets-'));
    storage = await openStorage(undefined, dataDir);
    assets = new AssetService(storage, new FsBlobStore(path.join(dataDir, 'assets')), {
      secret: 'test-secret',
      urlTtlSeconds: 3600,
      allowPrivateNetwork: false,
    });
    png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
  });
  after(async () => {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reads type, size, sha256 and dimensions from the bytes (the hint only as a fallback)', async () => {
    const row = await assets.store('owner-1', png, { contentTypeHint: 'application/octet-stream' });
    assert.equal(row.content_type, 'image/png');
    assert.equal(row.size, png.length);
    assert.equal(row.sha256, sha256Hex(png));
    assert.deepEqual([row.width, row.height], [64, 48]);
    assert.deepEqual(await assets.get(row.id), row);
    assert.deepEqual(await assets.load(row.id), { data: png, contentType: 'image/png' });

    const text = await assets.store('owner-1', Buffer.from('plain words'), { contentTypeHint: 'text/plain; charset=utf-8' });
    assert.equal(text.content_type, 'text/plain');
    assert.deepEqual([text.width, text.height], [null, null]);
  });

  it('takes what normalizeMedia found instead of reading the bytes again', async () => {
    const media = await normalizeMedia(png.toString('base64'), { kind: 'image', field: 'image' });
    const row = await assets.store('owner-1', media.bytes, { known: media });
    assert.deepEqual({ type: row.content_type, sha256: row.sha256, width: row.width, height: row.height }, { type: 'image/png', sha256: sha256Hex(png), width: 64, height: 48 });
    // Given values are used as they are: proof that nothing was measured again.
    const given = await assets.store('owner-1', media.bytes, { known: { ...media, width: 7, height: 5 } });
    assert.deepEqual([given.width, given.height], [7, 5]);
    assert.deepEqual((await assets.load(given.id)).data, png);
  });
});

describe('storageKeyOf', () => {
  it('spreads new assets over 256 directories named in hex, and keeps the id as the file name', () => {
    const directories = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const id = newId('asset');
      const [directory, file, ...rest] = storageKeyOf(id).split('/');
      assert.match(directory, /^[0-9a-f]{2}$/);
      assert.equal(file, id);
      assert.equal(rest.length, 0);
      directories.add(directory);
    }
    // 20,000 random ids leave none of the 256 empty (the chance that one is: ~256 × e^-78).
    assert.equal(directories.size, 256);
    // Well-known ids (the sandbox's samples) too.
    assert.match(storageKeyOf('asset_sample_image'), /^[0-9a-f]{2}\/asset_sample_image$/);
  });
});
