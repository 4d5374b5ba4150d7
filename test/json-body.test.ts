// Streamed upstream JSON bodies (src/core/json-body.ts): the bytes sent are exactly what
// JSON.stringify would write with the media inline as base64, whatever the chunking of the
// source; the length is known before reading; every payload is a new read of the sources.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { after, describe, it } from 'node:test';
import { AssetService } from '../src/assets/assets.js';
import { openBlobStore } from '../src/assets/blob-store.js';
import { InlineBase64, jsonPayload, type ByteSource } from '../src/core/json-body.js';
import { BriaClient } from '../src/providers/bria/client.js';
import { openStorage } from '../src/storage/database.js';

const bytesOf = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff));

/** A source that hands out `bytes` in chunks of the given sizes (cycled), counting its reads. */
function chunked(bytes: Buffer, sizes: number[]): ByteSource & { reads: number } {
  const source = {
    size: bytes.length,
    reads: 0,
    read: async () => {
      source.reads++;
      return (async function* () {
        for (let at = 0, i = 0; at < bytes.length; i++) {
          const size = sizes[i % sizes.length];
          yield bytes.subarray(at, at + size);
          at += size;
        }
      })();
    },
  };
  return source;
}

async function sent(value: unknown): Promise<{ text: string; length: number }> {
  const payload = jsonPayload(value);
  return { text: typeof payload.body === 'string' ? payload.body : await text(payload.body), length: payload.length };
}

describe('jsonPayload', () => {
  it('writes what JSON.stringify writes with the base64 inline, for every size around a 3-byte group', async () => {
    for (let n = 0; n <= 10; n++) {
      const bytes = bytesOf(n);
      const { text: body, length } = await sent({ image: InlineBase64.of(bytes), sync: false });
      const expected = JSON.stringify({ image: bytes.toString('base64'), sync: false });
      assert.equal(body, expected, `${n} bytes`);
      assert.equal(length, Buffer.byteLength(expected), `${n} bytes`);
    }
  });

  it('writes bytes already in memory into one text up to 1 MiB, and streams them beyond', async () => {
    const unicode = 'ü "quoted" \\ ✓';
    for (const n of [1, 4096, 1024 * 1024]) {
      const [a, b] = [bytesOf(n), bytesOf(n + 1).subarray(1)];
      const payload = jsonPayload({ a: InlineBase64.of(a), note: unicode, b: { inner: InlineBase64.of(b) } });
      const expected = JSON.stringify({ a: a.toString('base64'), note: unicode, b: { inner: b.toString('base64') } });
      const whole = a.length + b.length <= 1024 * 1024;
      assert.equal(typeof payload.body === 'string', whole, `${n} bytes twice: ${whole ? 'one text' : 'a stream'}`);
      assert.equal(typeof payload.body === 'string' ? payload.body : await text(payload.body), expected);
      assert.equal(payload.length, Buffer.byteLength(expected));
    }
  });

  it('is exact whatever the chunks the source yields (sizes not multiples of 3, single bytes, empty chunks)', async () => {
    const bytes = bytesOf(200_003);
    for (const sizes of [[1], [2], [4, 5], [65_536], [65_537, 0, 3], [200_003]]) {
      const { text: body, length } = await sent({ file: new InlineBase64(chunked(bytes, sizes)) });
      const expected = JSON.stringify({ file: bytes.toString('base64') });
      assert.equal(body, expected, `chunks of ${sizes}`);
      assert.equal(length, expected.length);
    }
  });

  it('counts bytes, not characters, in the other fields (unicode, escapes)', async () => {
    const bytes = bytesOf(1000);
    const value = { prompt: 'café ☃ 𝄞 "quoted" \\ \n', list: [InlineBase64.of(bytes), 'x', { mask: InlineBase64.of(bytesOf(2)) }], none: null };
    const expected = JSON.stringify({ ...value, list: [bytes.toString('base64'), 'x', { mask: bytesOf(2).toString('base64') }] });
    const { text: body, length } = await sent(value);
    assert.equal(body, expected);
    assert.equal(length, Buffer.byteLength(expected));
    assert.ok(length > expected.length, 'the test has multi-byte characters');
  });

  it('inlines an empty source as an empty string', async () => {
    const { text: body, length } = await sent({ image: new InlineBase64(chunked(Buffer.alloc(0), [1])), a: 1 });
    assert.equal(body, '{"image":"","a":1}');
    assert.equal(length, body.length);
  });

  it('gives the JSON text itself when nothing is inlined', () => {
    const payload = jsonPayload({ prompt: 'ü', n: [1, 2] });
    assert.equal(payload.body, '{"prompt":"ü","n":[1,2]}');
    assert.equal(payload.length, 25);
  });

  it('reads the source anew for every payload, and only once the body is read', async () => {
    const bytes = bytesOf(10_000);
    const source = chunked(bytes, [4096]);
    const body = { image: new InlineBase64(source) };
    const first = jsonPayload(body);
    const second = jsonPayload(body);
    assert.equal(source.reads, 0, 'nothing is read before the body is sent');
    assert.equal(await text(first.body as NodeJS.ReadableStream), await text(second.body as NodeJS.ReadableStream));
    assert.equal(source.reads, 2);
  });

  it('fails the stream when the source does not have the size it promised', async () => {
    const source = { ...chunked(bytesOf(10), [10]), size: 11 };
    await assert.rejects(text(jsonPayload({ image: new InlineBase64(source) }).body as NodeJS.ReadableStream), /10 bytes where 11 were expected/);
  });
});

describe('streamed media in upstream requests', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vs-json-body-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('AssetService.source streams a stored asset; BriaClient sends it with a Content-Length and builds a new body on each attempt', async () => {
    const storage = await openStorage(undefined, dir);
    const assets = new AssetService(storage, openBlobStore(undefined, dir), { secret: 's', urlTtlSeconds: 60, allowPrivateNetwork: false });
    // Larger than a file stream's chunk, and not a multiple of 3.
    const bytes = bytesOf(300_001);
    const asset = await assets.store('owner', bytes, { contentTypeHint: 'application/octet-stream' });
    const source = await assets.source(asset.id);
    assert.equal(source.size, bytes.length);

    const received: { length: string | undefined; body: string }[] = [];
    const server = createServer(async (req: IncomingMessage, res) => {
      received.push({ length: req.headers['content-length'], body: await text(req) });
      res.setHeader('content-type', 'application/json');
      res.end('{"request_id":"r1","status_url":"http://x/v2/status/r1"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      // A guard that sends every call twice, as a retry would.
      const client = new BriaClient({ apiToken: 't', baseUrl: `http://127.0.0.1:${port}`, guard: async (call) => (await call(), call()) });
      await client.call('POST', '/v2/image/edit/remove_background', { image: new InlineBase64(source), prompt: 'é' }, false);
      const expected = JSON.stringify({ image: bytes.toString('base64'), prompt: 'é' });
      assert.equal(received.length, 2);
      for (const r of received) {
        assert.equal(r.length, String(Buffer.byteLength(expected)));
        assert.equal(r.body, expected);
      }
    } finally {
      server.close();
      await storage.close();
    }
  });

  it("AssetService.source hands a small input kept for a job to that job's first read from memory, once; later reads go to the store", async () => {
    const storage = await openStorage(undefined, dir);
    const blobs = openBlobStore(undefined, dir);
    const assets = new AssetService(storage, blobs, { secret: 's', urlTtlSeconds: 60, allowPrivateNetwork: false });
    try {
      const bytes = bytesOf(5_000);
      const kept = await assets.store('owner', bytes, { contentTypeHint: 'application/octet-stream', readSoon: true });
      const first = await assets.source(kept.id);
      assert.deepEqual([first.size, first.contentType, Buffer.compare(Buffer.from(first.bytes!), bytes)], [bytes.length, 'application/octet-stream', 0]);
      assert.equal(jsonPayload({ image: new InlineBase64(first) }).body, JSON.stringify({ image: bytes.toString('base64') }), 'sent as one text');
      const again = await assets.source(kept.id);
      assert.equal(again.bytes, undefined, 'the second read is from the store');
      assert.deepEqual((await assets.load(kept.id)).data, bytes);
      // Without readSoon (an upload), nothing is held.
      const upload = await assets.store('owner', bytes, { contentTypeHint: 'application/octet-stream' });
      assert.equal((await assets.source(upload.id)).bytes, undefined);
    } finally {
      await storage.close();
    }
  });
});
