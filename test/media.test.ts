// The media input normaliser: every form a field may take (URL, data URI, base64, bytes, asset
// id), the type sniffed from the bytes (never the declared one), dimensions, byte and pixel
// limits, and FastAPI-shaped 422s for every kind of bad input. Images are real, made with sharp;
// URLs are served by a local server on 127.0.0.1 (allowPrivateNetwork on for those tests only).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { installErrorHandlers } from '../src/core/errors.js';
import {
  formatBytes,
  imageDimensions,
  imageDimensionsFromHeader,
  normalizeMedia,
  normalizeMediaFields,
  sniffType,
  toBase64,
  toDataUri,
  toFile,
  type NormalizeMediaOptions,
  type NormalizedMedia,
} from '../src/core/media.js';
import { RequestValidationError } from '../src/core/validation.js';

// ---------------------------------------------------------------------------------------------
// fixtures

const solid = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 90 } } });

let png: Buffer;
let jpeg: Buffer;
let webp: Buffer;
let gif: Buffer;
let rotatedJpeg: Buffer;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const b64 = (b: Buffer) => b.toString('base64');

function crc32(buf: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of buf) {
    let c = (crc ^ byte) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** A tiny PNG whose header claims width×height: the pixel limit must hold without decoding it. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.alloc(16))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
const MP4 = Buffer.concat([
  Buffer.from([0, 0, 0, 0x18]),
  Buffer.from('ftypisom'),
  Buffer.from([0, 0, 2, 0]),
  Buffer.from('isomiso2'),
  Buffer.from([0, 0, 0, 8]),
  Buffer.from('free'),
]);
const MOV = Buffer.concat([Buffer.from([0, 0, 0, 0x14]), Buffer.from('ftypqt  '), Buffer.from([0, 0, 2, 0]), Buffer.from('qt  '), Buffer.from([0, 0, 0, 8]), Buffer.from('wide')]);
const WEBM = Buffer.from('1a45dfa39f4286810142f7810142f2810442f381084282847765626d4287810442858102', 'hex');

const image = (extra: Partial<NormalizeMediaOptions> = {}): NormalizeMediaOptions => ({ kind: 'image', field: 'image', ...extra });

/** Runs normalizeMedia expecting a 422; returns the one detail. */
async function invalid(value: unknown, opts: NormalizeMediaOptions, msg: RegExp | string) {
  try {
    await normalizeMedia(value, opts);
  } catch (err) {
    assert.ok(err instanceof RequestValidationError, `expected RequestValidationError, got ${String(err)}`);
    assert.equal(err.statusCode, 422);
    assert.equal(err.detail.length, 1);
    const [d] = err.detail;
    assert.deepEqual(d.loc, opts.loc ?? ['body', opts.field]);
    assert.equal(d.type, 'value_error');
    if (typeof msg === 'string') assert.equal(d.msg, msg);
    else assert.match(d.msg, msg);
    return d;
  }
  assert.fail('expected a 422');
}

before(async () => {
  png = await solid(64, 48).png().toBuffer();
  jpeg = await solid(40, 30).jpeg().toBuffer();
  webp = await solid(20, 10).webp().toBuffer();
  gif = await solid(8, 8).gif().toBuffer();
  rotatedJpeg = await solid(40, 20).jpeg().withMetadata({ orientation: 6 }).toBuffer();
});

// ---------------------------------------------------------------------------------------------

describe('accepted forms', () => {
  it('raw base64 PNG', async () => {
    const m = await normalizeMedia(b64(png), image());
    assert.equal(m.mime, 'image/png');
    assert.equal(m.ext, 'png');
    assert.equal(m.width, 64);
    assert.equal(m.height, 48);
    assert.equal(m.sha256, sha(png));
    assert.ok(m.bytes.equals(png));
    assert.equal(m.source, 'base64');
  });

  it('data URI JPEG', async () => {
    const m = await normalizeMedia(`data:image/jpeg;base64,${b64(jpeg)}`, image());
    assert.deepEqual([m.mime, m.ext, m.width, m.height, m.source], ['image/jpeg', 'jpg', 40, 30, 'data_uri']);
  });

  it('WEBP as bytes (a multipart upload)', async () => {
    const m = await normalizeMedia(webp, image());
    assert.deepEqual([m.mime, m.ext, m.width, m.height, m.source], ['image/webp', 'webp', 20, 10, 'bytes']);
    const u8 = await normalizeMedia(new Uint8Array(webp), image());
    assert.equal(u8.sha256, sha(webp));
  });

  it('base64 with line breaks, surrounding whitespace, URL-safe alphabet or no padding', async () => {
    const wrapped = b64(png).replace(/.{76}/g, '$&\n');
    assert.equal((await normalizeMedia(`  ${wrapped}\n`, image())).sha256, sha(png));
    const urlSafe = b64(png).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    assert.equal((await normalizeMedia(urlSafe, image())).sha256, sha(png));
  });

  it('a data URI with parameters and upper-case scheme', async () => {
    const m = await normalizeMedia(`DATA:image/png;name=a.png;base64,${b64(png)}`, image());
    assert.equal(m.mime, 'image/png');
  });

  it('a percent-encoded (non-base64) data URI', async () => {
    const encoded = [...png].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
    const m = await normalizeMedia(`data:image/png,${encoded}`, image());
    assert.equal(m.sha256, sha(png));
  });

  it('reports dimensions as displayed (EXIF orientation applied)', async () => {
    const m = await normalizeMedia(rotatedJpeg, image());
    assert.deepEqual([m.width, m.height], [20, 40]);
  });

  it('masks: PNG and JPEG', async () => {
    assert.equal((await normalizeMedia(b64(png), { kind: 'mask', field: 'mask' })).mime, 'image/png');
    assert.equal((await normalizeMedia(b64(jpeg), { kind: 'mask', field: 'mask' })).mime, 'image/jpeg');
  });

  it('videos: MP4, WEBM, MOV (no dimensions)', async () => {
    const mp4 = await normalizeMedia(b64(MP4), { kind: 'video', field: 'video' });
    assert.deepEqual([mp4.mime, mp4.ext, mp4.width, mp4.height], ['video/mp4', 'mp4', undefined, undefined]);
    assert.equal((await normalizeMedia(`data:video/webm;base64,${b64(WEBM)}`, { kind: 'video', field: 'video' })).mime, 'video/webm');
    assert.equal((await normalizeMedia(MOV, { kind: 'video', field: 'video' })).mime, 'video/quicktime');
  });

  it('a field-specific accept list (e.g. GIF allowed)', async () => {
    const m = await normalizeMedia(gif, image({ accept: ['image/png', 'image/gif'] }));
    assert.deepEqual([m.mime, m.width, m.height], ['image/gif', 8, 8]);
  });
});

describe('the declared type is never trusted', () => {
  it('a data URI that says PNG but carries a JPEG is a JPEG', async () => {
    const m = await normalizeMedia(`data:image/png;base64,${b64(jpeg)}`, image());
    assert.equal(m.mime, 'image/jpeg');
    assert.equal(m.ext, 'jpg');
  });

  it('a data URI that says PNG but carries a PDF is refused', async () => {
    await invalid(`data:image/png;base64,${b64(PDF)}`, image(), 'not an image: the bytes are a PDF document; expected PNG, JPEG or WEBP');
  });

  it('a "PNG" that is actually text is refused', async () => {
    await invalid(b64(Buffer.from('this is definitely a png, trust me\n')), image(), 'not an image: the bytes are plain text; expected PNG, JPEG or WEBP');
    await invalid(`data:image/png;base64,${b64(Buffer.from('{"error":"expired"}'))}`, image(), /not an image: the bytes are JSON text/);
  });

  it('a data URI that says text/plain but carries a PNG is a PNG', async () => {
    const m = await normalizeMedia(`data:text/plain;base64,${b64(png)}`, image());
    assert.equal(m.mime, 'image/png');
  });

  it('a mask field refuses WEBP; a video field refuses an image; an image field refuses GIF and video', async () => {
    await invalid(b64(webp), { kind: 'mask', field: 'mask' }, 'unsupported mask type: the bytes are a WEBP image; expected PNG or JPEG');
    await invalid(b64(png), { kind: 'video', field: 'video' }, 'not a video: the bytes are a PNG image; expected MP4, WEBM or MOV');
    await invalid(b64(gif), image(), 'unsupported image type: the bytes are a GIF image; expected PNG, JPEG or WEBP');
    await invalid(b64(MP4), image(), 'not an image: the bytes are an MP4 video; expected PNG, JPEG or WEBP');
  });

  it('a PNG signature followed by garbage is refused', async () => {
    const broken = Buffer.concat([png.subarray(0, 8), Buffer.from('garbage that is not a chunk at all')]);
    await invalid(b64(broken), image(), /^not an image: the bytes are/);
  });

  it('a PNG with an impossible header is refused as unreadable, not a 500', async () => {
    await invalid(pngClaiming(0, 0), image(), /^the image could not be read: corrupt or truncated PNG data$/);
  });

  it('binary noise is refused', async () => {
    await invalid(Buffer.from([0xff, 0x00, 0x13, 0x37, 0x80, 0x81, 0x00, 0x00, 0xfe]), image(), 'not an image: the bytes are of an unrecognised type; expected PNG, JPEG or WEBP');
  });
});

describe('bad input', () => {
  it('invalid base64', async () => {
    await invalid('not base64!!', image(), /^not valid base64/);
    await invalid('abcde', image(), /^not valid base64/); // a length no base64 text can have
    await invalid('ab=c', image(), /^not valid base64/); // padding in the middle
    await invalid('AB+/cd-_', image(), /^not valid base64/); // mixed alphabets
    await invalid(`data:image/png;base64,${b64(png)}***`, image(), 'not valid base64 in the data URI');
  });

  it('empty values and wrong JSON types', async () => {
    await invalid('', image(), 'the image is empty');
    await invalid('   ', image(), 'the image is empty');
    await invalid('data:image/png;base64,', image(), 'the image is empty (0 bytes)');
    await invalid(Buffer.alloc(0), image(), 'the image is empty (0 bytes)');
    await invalid(42, image(), 'expected a URL, a data URI or base64 text for the image');
    await invalid({ url: 'x' }, image(), /^expected a URL/);
  });

  it('a data URI without a comma', async () => {
    await invalid('data:image/png;base64', image(), /comma/);
  });

  it('non-http(s) URLs', async () => {
    await invalid('file:///etc/passwd', image(), /^URL scheme not allowed: file:/);
    await invalid('ftp://example.com/a.png', image(), /^URL scheme not allowed: ftp:/);
    await invalid('gopher://127.0.0.1:70/', image(), /^URL scheme not allowed/);
  });

  it('private URLs with allowPrivateNetwork off (the default)', async () => {
    await invalid('http://127.0.0.1:9/a.png', image(), 'host not allowed: 127.0.0.1 is a loopback address');
    await invalid('http://169.254.169.254/latest/meta-data/', image(), /cloud metadata/);
    await invalid('http://[::ffff:10.0.0.1]/a.png', image(), /private address/);
    await invalid('http://localhost/a.png', image(), /local name/);
    const lookup = async () => [{ address: '10.1.2.3', family: 4 as const }];
    await invalid('https://images.corp.test/a.png', image({ fetch: { lookup } }), 'host not allowed: images.corp.test resolves to a private address');
  });

  it('custom loc for nested fields', async () => {
    await invalid('nope!', image({ field: 'images', loc: ['body', 'images', 2] }), /not valid base64/);
  });
});

describe('limits', () => {
  it('bytes: "image is 40 MB; the limit is 25 MB" (checked before decoding)', async () => {
    // 40 MB of base64 payload; refused from its length alone.
    const payload = 'A'.repeat((40_000_000 / 3) * 4);
    await invalid(payload, image(), 'image is 40 MB; the limit is 25 MB');
    await invalid(`data:image/png;base64,${payload}`, image(), 'image is 40 MB; the limit is 25 MB');
  });

  it('bytes: configurable, exact bytes when the rounded sizes would read the same', async () => {
    await invalid(png, image({ maxBytes: 100 }), `image is ${formatBytes(png.length)}; the limit is 100 bytes`);
    await invalid(b64(png), image({ maxBytes: png.length - 1 }), `image is ${png.length} bytes; the limit is ${png.length - 1} bytes`);
    assert.equal((await normalizeMedia(b64(png), image({ maxBytes: png.length }))).bytes.length, png.length);
  });

  it('pixels: "image is 12000x12000 pixels; the limit is 50 megapixels", without decoding', async () => {
    const bomb = pngClaiming(12000, 12000);
    assert.ok(bomb.length < 200);
    await invalid(b64(bomb), image(), 'image is 12000x12000 pixels; the limit is 50 megapixels');
  });

  it('pixels: configurable, checked on real images', async () => {
    const big = await solid(1200, 1000).png().toBuffer();
    await invalid(big, image({ maxPixels: 1_000_000 }), 'image is 1200x1000 pixels; the limit is 1 megapixel');
    await invalid(big, image({ maxPixels: 500_000 }), 'image is 1200x1000 pixels; the limit is 500000 pixels');
    const ok = await normalizeMedia(big, image({ maxPixels: 1_200_000 }));
    assert.deepEqual([ok.width, ok.height], [1200, 1000]);
  });

  it('a mask has its own limits too', async () => {
    await invalid(png, { kind: 'mask', field: 'mask', maxPixels: 100 }, 'mask is 64x48 pixels; the limit is 100 pixels');
  });
});

describe('URLs (local server, allowPrivateNetwork on)', () => {
  let server: http.Server;
  let base: string;
  const hits: string[] = [];
  const fetchOpts = { allowPrivateNetwork: true, timeoutMs: 2000 };

  before(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      const send = (type: string, body: Buffer) => {
        res.setHeader('content-type', type);
        res.end(body);
      };
      switch (req.url) {
        case '/cat.png':
          return send('image/png', png);
        case '/photo':
          return send('application/octet-stream', jpeg); // no useful type: sniffed
        case '/lying.png':
          return send('image/png', PDF);
        case '/error-page.png':
          return send('image/png', Buffer.from('<!DOCTYPE html><html><body>Access denied</body></html>'));
        case '/moved':
          res.statusCode = 302;
          res.setHeader('location', '/cat.png');
          return res.end();
        case '/slow':
          return; // never answers
        default:
          res.statusCode = 404;
          return res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );

  it('fetches and sniffs an image URL', async () => {
    const m = await normalizeMedia(`${base}/cat.png`, image({ fetch: fetchOpts }));
    assert.deepEqual([m.mime, m.width, m.height, m.source, m.sha256], ['image/png', 64, 48, 'url', sha(png)]);
  });

  it('ignores the Content-Type and follows redirects', async () => {
    assert.equal((await normalizeMedia(`${base}/photo`, image({ fetch: fetchOpts }))).mime, 'image/jpeg');
    assert.equal((await normalizeMedia(`${base}/moved`, image({ fetch: fetchOpts }))).mime, 'image/png');
  });

  it('refuses what the bytes really are', async () => {
    await invalid(`${base}/lying.png`, image({ fetch: fetchOpts }), 'not an image: the bytes are a PDF document; expected PNG, JPEG or WEBP');
    await invalid(`${base}/error-page.png`, image({ fetch: fetchOpts }), 'not an image: the bytes are an HTML page; expected PNG, JPEG or WEBP');
  });

  it('"could not fetch the URL: upstream answered 404"', async () => {
    await invalid(`${base}/nope.png`, image({ fetch: fetchOpts }), 'could not fetch the URL: upstream answered 404');
  });

  it('a response over the byte limit', async () => {
    await invalid(`${base}/cat.png`, image({ fetch: fetchOpts, maxBytes: 100 }), 'image at the URL is larger than the limit of 100 bytes');
  });

  it('a URL that does not answer in time', async () => {
    await invalid(`${base}/slow`, image({ fetch: { ...fetchOpts, timeoutMs: 200 } }), 'could not fetch the URL: timed out after 200 ms');
  });

  it('the same server is refused without allowPrivateNetwork, with no request made', async () => {
    const before = hits.length;
    await invalid(`${base}/cat.png`, image(), 'host not allowed: 127.0.0.1 is a loopback address');
    assert.equal(hits.length, before);
  });

  it('never echoes URL credentials', async () => {
    const d = await invalid(`${base.replace('http://', 'http://me:topsecret@')}/nope.png`, image({ fetch: fetchOpts }), /upstream answered 404/);
    assert.doesNotMatch(d.msg, /topsecret/);
  });
});

describe('asset ids (extension point for the asset store)', () => {
  const store = new Map<string, Buffer>();
  const resolveAsset = async (id: string) => store.get(id);
  before(() => {
    store.set('asset_abc123', png);
  });

  it('resolves an asset id through the given resolver', async () => {
    const m = await normalizeMedia('asset_abc123', image({ resolveAsset }));
    assert.deepEqual([m.mime, m.source, m.sha256], ['image/png', 'asset', sha(png)]);
  });

  it('an unknown asset is a 422', async () => {
    await invalid('asset_missing', image({ resolveAsset }), 'unknown asset: asset_missing');
  });

  it('without a resolver, asset ids are refused with a 422', async () => {
    await invalid('asset_abc123', image(), /^asset ids are not accepted here/);
  });

  it('an asset is sniffed like any other input', async () => {
    store.set('asset_pdf', PDF);
    await invalid('asset_pdf', image({ resolveAsset }), /not an image: the bytes are a PDF document/);
  });
});

describe('several fields at once', () => {
  it('normalises every present field, skips absent ones', async () => {
    const out = await normalizeMediaFields({
      image: { kind: 'image', value: b64(png) },
      mask: { kind: 'mask', value: b64(jpeg) },
      reference: { kind: 'image', value: undefined },
    });
    assert.equal(out.image?.mime, 'image/png');
    assert.equal(out.mask?.mime, 'image/jpeg');
    assert.equal(out.reference, undefined);
  });

  it('reports every bad field in one 422, in field order', async () => {
    await assert.rejects(
      normalizeMediaFields({
        image: { kind: 'image', value: 'not base64!!' },
        ok: { kind: 'image', value: b64(png) },
        mask: { kind: 'mask', value: b64(PDF) },
      }),
      (err: unknown) => {
        assert.ok(err instanceof RequestValidationError);
        assert.deepEqual(
          err.detail.map((d) => d.loc),
          [
            ['body', 'image'],
            ['body', 'mask'],
          ],
        );
        assert.match(err.detail[1].msg, /^not a mask image: the bytes are a PDF document/);
        return true;
      },
    );
  });
});

describe('output forms', () => {
  let m: NormalizedMedia;
  before(async () => {
    m = await normalizeMedia(`data:image/png;base64,${b64(jpeg)}`, image());
  });

  it('toBase64 gives plain base64 of the bytes', () => assert.equal(toBase64(m), b64(jpeg)));

  it('toDataUri uses the sniffed type', () => assert.equal(toDataUri(m), `data:image/jpeg;base64,${b64(jpeg)}`));

  it('toFile names the file by its real extension', async () => {
    const f = toFile(m, 'input');
    assert.equal(f.name, 'input.jpg');
    assert.equal(f.type, 'image/jpeg');
    assert.ok(Buffer.from(await f.arrayBuffer()).equals(jpeg));
  });

  it('round-trips through normalizeMedia', async () => {
    assert.equal((await normalizeMedia(toDataUri(m), image())).sha256, m.sha256);
    assert.equal((await normalizeMedia(toBase64(m), image())).sha256, m.sha256);
  });
});

describe('through Fastify: bad media is a 422 in FastAPI shape, never a 500', () => {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
  before(async () => {
    installErrorHandlers(app, 64 * 1024 * 1024);
    app.post('/edit', async (request) => {
      const body = request.body as { image?: unknown; mask?: unknown };
      const media = await normalizeMediaFields({
        image: { kind: 'image', value: body.image },
        mask: { kind: 'mask', value: body.mask },
      });
      return { image: media.image?.mime, width: media.image?.width, mask: media.mask?.mime };
    });
    await app.ready();
  });
  after(() => app.close());

  it('answers 200 for good media', async () => {
    const res = await app.inject({ method: 'POST', url: '/edit', payload: { image: `data:image/webp;base64,${b64(webp)}`, mask: b64(png) } });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), { image: 'image/webp', width: 20, mask: 'image/png' });
  });

  const cases: [string, unknown, RegExp][] = [
    ['a PDF', b64(PDF), /not an image: the bytes are a PDF document/],
    ['invalid base64', '%%%', /not valid base64/],
    ['a number', 12, /expected a URL/],
    ['a private URL', 'http://10.0.0.1/a.png', /host not allowed/],
    ['a file URL', 'file:///etc/passwd', /URL scheme not allowed/],
    ['a pixel bomb', b64(pngClaiming(12000, 12000)), /12000x12000 pixels; the limit is 50 megapixels/],
  ];
  for (const [what, value, msg] of cases) {
    it(`answers 422 for ${what}`, async () => {
      const res = await app.inject({ method: 'POST', url: '/edit', payload: { image: value } });
      assert.equal(res.statusCode, 422, res.body);
      const detail = res.json().detail;
      assert.equal(detail.length, 1);
      assert.deepEqual(detail[0].loc, ['body', 'image']);
      assert.equal(detail[0].type, 'value_error');
      assert.match(detail[0].msg, msg);
    });
  }
});

describe('image dimensions: the header reader agrees with sharp, and leaves the rest to it', () => {
  const reference = async (bytes: Buffer) => {
    // sharp's reading, as imageDimensions has always done it (one frame, EXIF orientation applied)
    const meta = await sharp(bytes).metadata();
    const animated = (meta.pages ?? 1) > 1;
    return { width: meta.autoOrient?.width ?? meta.width, height: animated ? (meta.pageHeight ?? meta.height) : (meta.autoOrient?.height ?? meta.height) };
  };
  const pixel = () => solid(40, 20);
  const withPngChunk = (bytes: Buffer, chunk: Buffer) => Buffer.concat([bytes.subarray(0, 33), chunk, bytes.subarray(33)]);

  it('reads PNG, JPEG (every EXIF orientation) and still WebP from the header, as sharp does', async () => {
    const samples: [string, Buffer][] = [
      ['png', await pixel().png().toBuffer()],
      ['png, palette', await pixel().png({ palette: true }).toBuffer()],
      ['png, 16 bit', await pixel().png().toColourspace('rgb16').toBuffer()],
      ['jpeg', await pixel().jpeg().toBuffer()],
      ...(await Promise.all(
        [1, 2, 3, 4, 5, 6, 7, 8].map(async (o): Promise<[string, Buffer]> => [`jpeg, orientation ${o}`, await pixel().jpeg().withMetadata({ orientation: o }).toBuffer()]),
      )),
      ['webp, lossy', await pixel().webp().toBuffer()],
      ['webp, lossless', await pixel().webp({ lossless: true }).toBuffer()],
      [
        'webp, alpha (extended)',
        await sharp({ create: { width: 40, height: 20, channels: 4, background: { r: 1, g: 2, b: 3, alpha: 0.5 } } })
          .webp()
          .toBuffer(),
      ],
    ];
    for (const [what, bytes] of samples) {
      const expected = await reference(bytes);
      assert.deepEqual(imageDimensionsFromHeader(bytes), expected, what);
      assert.deepEqual(await imageDimensions(bytes), expected, what);
    }
  });

  it('leaves animations, PNG/WebP with EXIF, other formats and unsound headers to sharp', async () => {
    const frames = await Promise.all(
      ['#f00', '#0f0', '#00f'].map((c) =>
        sharp({ create: { width: 30, height: 20, channels: 3, background: c } })
          .png()
          .toBuffer(),
      ),
    );
    const samples: [string, Buffer][] = [
      [
        'animated webp',
        await sharp(frames, { join: { animated: true } })
          .webp()
          .toBuffer(),
      ],
      ['webp with EXIF orientation 6', await pixel().webp().withMetadata({ orientation: 6 }).toBuffer()],
      ['png with EXIF orientation 6', await pixel().png().withMetadata({ orientation: 6 }).toBuffer()],
      [
        'animated gif',
        await sharp(frames, { join: { animated: true } })
          .gif()
          .toBuffer(),
      ],
    ];
    for (const [what, bytes] of samples) {
      assert.equal(imageDimensionsFromHeader(bytes), undefined, what);
      assert.deepEqual(await imageDimensions(bytes), await reference(bytes), what);
    }
    assert.deepEqual(await imageDimensions(samples[0][1]), { width: 30, height: 20 }, 'one frame of the animation');
    assert.deepEqual(await imageDimensions(samples[2][1]), { width: 20, height: 40 }, 'PNG turned by its EXIF');

    const png = await pixel().png().toBuffer();
    const badCrc = Buffer.from(png);
    badCrc[32] ^= 0xff;
    const badDepth = pngClaiming(40, 20);
    badDepth[24] = 3; // greyscale cannot be 3 bits deep
    const noImageData = png.subarray(0, 33);
    const apng = withPngChunk(png, pngChunk('acTL', Buffer.from([0, 0, 0, 2, 0, 0, 0, 0])));
    for (const [what, bytes] of [
      ['bad IHDR CRC', badCrc],
      ['impossible bit depth', badDepth],
      ['no image data', noImageData],
      ['APNG', apng],
    ] as const) {
      assert.equal(imageDimensionsFromHeader(bytes), undefined, what);
    }
    assert.equal(await imageDimensions(badCrc), undefined, 'sharp refuses a PNG whose header CRC is wrong');
  });
});

describe('sniffType: the fast path for common images gives file-type’s own answers', () => {
  const pixel = () => solid(40, 20);
  const withPngChunk = (bytes: Buffer, chunk: Buffer) => Buffer.concat([bytes.subarray(0, 33), chunk, bytes.subarray(33)]);

  it('answers as file-type does for PNG, APNG, JPEG, JPEG-LS, WebP and others', async () => {
    const png = await pixel().png().toBuffer();
    const frames = await Promise.all(
      ['#f00', '#0f0'].map((c) =>
        sharp({ create: { width: 8, height: 8, channels: 3, background: c } })
          .png()
          .toBuffer(),
      ),
    );
    const badCrc = Buffer.from(png);
    badCrc[32] ^= 0xff;
    const samples: [string, Buffer][] = [
      ['png', png],
      ['png, palette', await pixel().png({ palette: true }).toBuffer()],
      ['png with EXIF', await pixel().png().withMetadata({ orientation: 6 }).toBuffer()],
      ['apng', withPngChunk(png, pngChunk('acTL', Buffer.from([0, 0, 0, 2, 0, 0, 0, 0])))],
      ['png with a second IHDR', withPngChunk(png, pngChunk('IHDR', Buffer.alloc(4)))],
      ['png, bad IHDR CRC', badCrc],
      ['png, no image data', png.subarray(0, 33)],
      ['png signature only', png.subarray(0, 8)],
      ['jpeg', await pixel().jpeg().toBuffer()],
      ['jpeg-ls', Buffer.from([0xff, 0xd8, 0xff, 0xf7, 0, 0x0b, 0x08, 0, 0x10, 0, 0x10, 0x01, 0x01, 0x11, 0])],
      ['jpeg, 3 bytes', Buffer.from([0xff, 0xd8, 0xff])],
      ['webp', await pixel().webp().toBuffer()],
      [
        'webp, animated',
        await sharp(frames, { join: { animated: true } })
          .webp()
          .toBuffer(),
      ],
      ['wav', Buffer.concat([Buffer.from('RIFF\x24\x00\x00\x00WAVEfmt ', 'latin1'), Buffer.alloc(24)])],
      ['gif', await pixel().gif().toBuffer()],
      ['pdf', PDF],
      ['mp4', MP4],
      ['text', Buffer.from('hello, world')],
    ];
    for (const [what, bytes] of samples) assert.deepEqual(await sniffType(bytes), await fileTypeFromBuffer(bytes), what);
  });
});
