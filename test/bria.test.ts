// BRIA end to end: request → gateway (buildApp + inject) → BRIA twin on a real loopback port →
// job → output copied into the asset store → downloaded through its signed gateway link and
// checked (sharp metadata, file-type, magic bytes). One test per operation, then the failure
// modes: moderation, 429 retried / surfaced, 500 on create (not retried), unknown ids, and the
// twin's own BRIA behaviour (400 bodies, v1 sync:false placeholders).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import type { FastifyInstance } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import type { EngineTiming } from '../src/jobs/engine-types.js';
import { BriaClient } from '../src/providers/bria/client.js';
import { planExpand } from '../src/providers/bria/geometry.js';
import { readShots, ShotsAnswer } from '../src/providers/bria/v1.js';
import { samplePng, startBriaTwin } from './support/twins.js';
import { JOB_TEST_ENV, testApp, type TestApp } from './support/app.js';
import { until as waitUntil } from './support/until.js';
import { asKey, assertAssetLink, download as downloadLink } from './support/http.js';
import { pixel } from './support/media.js';

const KEY = 'bria-test-key-0123456789';
type Twin = Awaited<ReturnType<typeof startBriaTwin>>;

async function gateway(twin: Twin, timing: Partial<EngineTiming> = {}): Promise<TestApp> {
  return testApp(
    { ...JOB_TEST_ENV, VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_LOG_LEVEL: 'silent', VISION_STUDIO_SYNC_WAIT_MS: '8000', BRIA_API_TOKEN: twin.token, BRIA_BASE_URL: twin.url },
    {},
    { timing },
  );
}

const { post, get } = asKey(KEY);

/** A signed gateway asset link, fetched without the key. */
async function download(app: FastifyInstance, url: string) {
  assertAssetLink(url);
  const response = await downloadLink(app, url);
  return { bytes: response.rawPayload, type: String(response.headers['content-type']) };
}

async function image(app: FastifyInstance, url: string, expected: { format: string; width?: number; height?: number; alpha?: boolean }) {
  const { bytes, type } = await download(app, url);
  const meta = await sharp(bytes).metadata();
  assert.equal(meta.format, expected.format);
  assert.equal(type, expected.format === 'svg' ? 'image/svg+xml' : `image/${expected.format}`);
  if (expected.width !== undefined) assert.deepEqual([meta.width, meta.height], [expected.width, expected.height]);
  if (expected.alpha !== undefined) assert.equal(meta.hasAlpha, expected.alpha);
  return { bytes, meta };
}

/** Jobs here may take longer: a 15 s default wait. */
const until = <T>(probe: () => Promise<T | undefined>, what: string, ms = 15_000) => waitUntil(probe, what, ms);

/** The JSON body the twin received on `path` (the last such call). */
function sent(twin: Twin, path: string): Record<string, any> {
  const call = [...twin.calls].reverse().find((c) => c.path === path && c.method === 'POST');
  assert.ok(call, `no upstream call to ${path}`);
  assert.equal(call.headers.api_token, twin.token);
  return call.body as Record<string, any>;
}

const ok = (response: { statusCode: number; body: string }) => {
  assert.equal(response.statusCode, 200, response.body);
  return JSON.parse(response.body).result;
};

/** Entries of a ZIP (stored or deflated names; data only for stored entries, as the twin writes). */
function unzip(zip: Buffer): { name: string; data: Buffer }[] {
  const end = zip.length - 22;
  assert.equal(zip.readUInt32LE(end), 0x06054b50, 'no ZIP end record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString();
    assert.equal(zip.readUInt32LE(local), 0x04034b50);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    entries.push({ name, data: zip.subarray(start, start + size) });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

describe('BRIA operations through the gateway and the BRIA twin', () => {
  let twin: Twin;
  let app: FastifyInstance;
  let close: () => Promise<void>;
  let files: Server;
  let filesUrl: string;
  let png: Buffer;
  let b64: string;
  let cutoutB64: string;
  const hosted = new Map<string, { bytes: Buffer; type: string }>();

  before(async () => {
    twin = await startBriaTwin({ processingMs: 100 });
    ({ app, close } = await gateway(twin));
    png = await samplePng();
    b64 = png.toString('base64');
    // A transparent product cutout (for the shadow endpoint).
    const square = await sharp({ create: { width: 32, height: 24, channels: 4, background: { r: 200, g: 20, b: 20, alpha: 1 } } })
      .png()
      .toBuffer();
    cutoutB64 = (
      await sharp({ create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
        .composite([{ input: square, left: 16, top: 12 }])
        .png()
        .toBuffer()
    ).toString('base64');
    // A loopback file server for inputs given as URLs (an image, a video).
    const dir = await mkdtemp(path.join(tmpdir(), 'bria-test-video-'));
    const video = path.join(dir, 'in.mp4');
    const made = spawnSync(ffmpegInstaller.path, [
      '-v',
      'error',
      '-f',
      'lavfi',
      '-i',
      'color=c=white:s=64x48:d=1:r=10',
      '-vf',
      'drawbox=x=16:y=12:w=32:h=24:color=red:t=fill',
      '-c:v',
      'libx264',
      '-pix_fmt',
      'yuv420p',
      video,
    ]);
    assert.equal(made.status, 0, String(made.stderr));
    hosted.set('/in.mp4', { bytes: await (await import('node:fs/promises')).readFile(video), type: 'video/mp4' });
    await rm(dir, { recursive: true, force: true });
    hosted.set('/product.png', { bytes: png, type: 'image/png' });
    files = createServer((req, res) => {
      const file = hosted.get(req.url ?? '');
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file.type, 'content-length': file.bytes.length }).end(file.bytes);
    });
    await new Promise<void>((r) => files.listen(0, '127.0.0.1', r));
    filesUrl = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  after(async () => {
    await close?.();
    await twin?.app.close();
    files?.close();
  });

  // ---- generation (v1, synchronous upstream) ------------------------------------------------

  it('prompt/enhance-prompt → /v1/prompt_enhancer, "prompt variations" passed through', async () => {
    const result = ok(await post(app, '/api/v1/bria/prompt/enhance-prompt', { prompt: 'a red bicycle' }));
    assert.match(result['prompt variations'], /^a red bicycle, /);
    assert.deepEqual(sent(twin, '/v1/prompt_enhancer'), { prompt: 'a red bicycle' });
  });

  it('generate-image (sync) → /v1/text-to-image/base/2.3: two PNGs of the aspect ratio, seeds kept', async () => {
    const result = ok(
      await post(app, '/api/v1/bria/image/generation/generate-image', {
        prompt: 'a lighthouse at dusk',
        bria_model_version: '2.3',
        aspect_ratio: '16:9',
        num_results: 2,
        seed: 7,
      }),
    );
    assert.equal(result.image_urls.length, 2);
    assert.equal(result.image_url, result.image_urls[0]);
    assert.deepEqual(result.seeds, [7, 8]);
    for (const url of result.image_urls) await image(app, url, { format: 'png', width: 1344, height: 756 });
    const body = sent(twin, '/v1/text-to-image/base/2.3');
    assert.equal(body.sync, true);
    assert.equal(body.num_results, 2);
    assert.equal(body.aspect_ratio, '16:9');
    assert.ok(!('bria_model_version' in body) && !('negative_prompt' in body), 'path-only or null fields were sent');
  });

  it('generate-image (async): task id, then BRIA-shaped status with the copied output', async () => {
    const accepted = ok(await post(app, '/api/v1/bria/image/generation/generate-image', { prompt: 'a quiet harbour', sync: false, aspect_ratio: '3:4' }));
    assert.match(accepted.task_id, /^job_/);
    assert.equal(new URL(accepted.status_url).pathname, `/api/v1/bria/status/${accepted.task_id}`);
    const done = await until(async () => {
      const status = (await get(app, `/api/v1/bria/status/${accepted.task_id}`)).json();
      return status.status === 'COMPLETED' ? status : undefined;
    }, 'COMPLETED');
    await image(app, done.result.image_url, { format: 'png', width: 864, height: 1152 });
    assert.ok(sent(twin, '/v1/text-to-image/base/3.2'), 'the default model version');
  });

  it('generate-image-fast → /v1/text-to-image/fast/2.3', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/generation/generate-image-fast', { prompt: 'a fox', aspect_ratio: '9:16' }));
    await image(app, result.image_url, { format: 'png', width: 756, height: 1344 });
    assert.equal(sent(twin, '/v1/text-to-image/fast/2.3').steps_num, 8);
  });

  it('generate-image-hd → /v1/text-to-image/hd/2.2', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/generation/generate-image-hd', { prompt: 'a glacier', aspect_ratio: '4:3' }));
    await image(app, result.image_url, { format: 'png', width: 1728, height: 1296 });
    assert.equal(sent(twin, '/v1/text-to-image/hd/2.2').prompt, 'a glacier');
  });

  it('generate-vector-base → /v1/text-to-vector/base/3.2: an SVG', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/generation/generate-vector-base', { prompt: 'a fox in the mountains' }));
    const { bytes } = await image(app, result.image_url, { format: 'svg', width: 1024, height: 1024 });
    assert.match(bytes.toString('utf8', 0, 200), /^<\?xml[^>]*>\s*<svg /);
    assert.ok(sent(twin, '/v1/text-to-vector/base/3.2'));
  });

  it('generate-vector-fast → /v1/text-to-vector/fast/2.3', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/generation/generate-vector-fast', { prompt: 'a man in the city', aspect_ratio: '4:5' }));
    await image(app, result.image_url, { format: 'svg', width: 896, height: 1120 });
    assert.ok(sent(twin, '/v1/text-to-vector/fast/2.3'));
  });

  it('generate-variation → /v1/reimagine with structure_image_file / structure_ref_influence', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/generation/generate-variation', { prompt: 'in autumn colours', image_file: b64, ref_image_influence: 0.5 }));
    // About 1 MP with the input's 4:3 ratio.
    const { meta } = await image(app, result.image_url, { format: 'png' });
    assert.ok(Math.abs(meta.width! / meta.height! - 4 / 3) < 0.01 && Math.abs(meta.width! * meta.height! - 1024 * 1024) < 5000);
    const body = sent(twin, '/v1/reimagine');
    assert.equal(body.structure_image_file, b64);
    assert.equal(body.structure_ref_influence, 0.5);
    assert.ok(!('image_file' in body) && !('steps_num' in body), 'fast mode leaves the regular-mode steps out');
    const conflict = await post(app, '/api/v1/bria/image/generation/generate-variation', { prompt: 'in autumn colours', fast: false, num_results: 2 });
    assert.equal(conflict.statusCode, 422);
    assert.deepEqual(conflict.json().detail[0].loc, ['body', 'num_results']);
  });

  // ---- editing ------------------------------------------------------------------------------

  it('get-masks → /v1/objects/mask_generator: a ZIP of PNG masks', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/editing/get-masks', { image_file: b64 }));
    const { bytes, type } = await download(app, result.masks_url);
    assert.equal(type, 'application/zip');
    assert.deepEqual([...bytes.subarray(0, 4)], [0x50, 0x4b, 0x03, 0x04]);
    assert.equal((await fileTypeFromBuffer(bytes))?.mime, 'application/zip');
    const entries = unzip(bytes);
    assert.deepEqual(
      entries.map((e) => e.name),
      ['panoptic_map.png', 'mask_1.png', 'mask_2.png'],
    );
    for (const entry of entries) {
      const meta = await sharp(entry.data).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['png', 64, 48]);
    }
    // mask_1 is the red square (the foreground).
    assert.equal((await pixel(entries[1].data, 32, 24))[0], 255);
    assert.equal((await pixel(entries[1].data, 2, 2))[0], 0);
    assert.deepEqual(Object.keys(sent(twin, '/v1/objects/mask_generator')).sort(), ['file', 'sync']);
  });

  it('product-cutout → /v1/product/cutout with the image URL passed on', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/editing/product-cutout', { image_url: `${filesUrl}/product.png`, force_rmbg: true }));
    await image(app, result.image_url, { format: 'png', width: 32, height: 24, alpha: true });
    assert.deepEqual(sent(twin, '/v1/product/cutout'), { image_url: `${filesUrl}/product.png`, force_rmbg: true });
  });

  it('crop-foreground → /v2/image/edit/crop_foreground', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/editing/crop-foreground', { image: b64, padding: 4, sync: true }));
    await image(app, result.image_url, { format: 'png', width: 40, height: 32 });
    const body = sent(twin, '/v2/image/edit/crop_foreground');
    assert.equal(body.padding, 4);
    assert.equal(body.sync, true, "a caller who waits gets BRIA's sync mode: one call, no status polls");
  });

  it('erase → /v2/image/edit/erase: the masked region is replaced', async () => {
    const mask = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#000' } })
      .composite([
        {
          input: await sharp({ create: { width: 36, height: 28, channels: 3, background: '#fff' } })
            .png()
            .toBuffer(),
          left: 14,
          top: 10,
        },
      ])
      .png()
      .toBuffer();
    const result = ok(await post(app, '/api/v1/bria/image/editing-generation/erase', { image: b64, mask: mask.toString('base64'), sync: true }));
    const { bytes } = await image(app, result.image_url, { format: 'png', width: 64, height: 48 });
    const [r, g, b] = await pixel(bytes, 32, 24);
    assert.ok(g > 20 && b > 20, `the red square is still there: ${[r, g, b]}`);
    assert.equal(sent(twin, '/v2/image/edit/erase').mask_type, 'manual');
    const border = await post(app, '/api/v1/bria/image/editing-generation/erase', { image: b64, mask: mask.toString('base64'), mask_type: 'border_only' });
    assert.equal(border.statusCode, 422);
  });

  it('erase-foreground → /v2/image/edit/erase_foreground', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/editing-generation/erase-foreground', { image: b64, sync: true }));
    const { bytes } = await image(app, result.image_url, { format: 'png', width: 64, height: 48 });
    const [r, g, b] = await pixel(bytes, 32, 24);
    assert.ok(r > 230 && g > 230 && b > 230, `the foreground is not erased: ${[r, g, b]}`);
  });

  it('a large inline image (base64 well over 64 KB) reaches BRIA whole, streamed into the upstream body', async () => {
    // Noise does not compress: a PNG of about 200 KB.
    const noise = randomBytes(256 * 256 * 3);
    const large = await sharp(noise, { raw: { width: 256, height: 256, channels: 3 } })
      .png()
      .toBuffer();
    assert.ok(large.length > 150_000, `${large.length} bytes`);
    ok(await post(app, '/api/v1/bria/image/editing/remove-background', { image: large.toString('base64'), preserve_alpha: false, sync: true }));
    const body = sent(twin, '/v2/image/edit/remove_background');
    assert.equal(body.image, large.toString('base64'));
    assert.equal(body.preserve_alpha, false);
  });

  it('inpaint border_only → /v2/image/edit/gen_fill with a border mask built by the gateway', async () => {
    const result = ok(
      await post(app, '/api/v1/bria/image/editing-generation/inpaint', {
        image: b64,
        prompt: 'a wooden frame',
        mask_type: 'border_only',
        border_percentage: 0.1,
        sync: true,
      }),
    );
    const { bytes } = await image(app, result.image_url, { format: 'png', width: 64, height: 48 });
    assert.equal(typeof result.seed, 'number');
    const body = sent(twin, '/v2/image/edit/gen_fill');
    assert.equal(body.mask_type, 'manual');
    assert.ok(!('border_percentage' in body));
    const mask = Buffer.from(body.mask, 'base64');
    const meta = await sharp(mask).metadata();
    assert.deepEqual([meta.width, meta.height], [64, 48]);
    // 10 %: 6 px at the sides, 5 px at top and bottom are white; the inside black.
    assert.equal((await pixel(mask, 5, 24))[0], 255);
    assert.equal((await pixel(mask, 6, 24))[0], 0);
    assert.equal((await pixel(mask, 32, 4))[0], 255);
    assert.equal((await pixel(mask, 32, 5))[0], 0);
    // The inside (the red square) is kept.
    assert.deepEqual((await pixel(bytes, 32, 24)).slice(0, 3), [221, 0, 0]);
    const noMask = await post(app, '/api/v1/bria/image/editing-generation/inpaint', { image: b64, prompt: 'a wooden frame' });
    assert.equal(noMask.statusCode, 422);
    assert.deepEqual(noMask.json().detail[0].loc, ['body', 'mask']);
  });

  it("expand-image → /v2/image/edit/expand with position turned into BRIA's layout", async () => {
    const result = ok(
      await post(app, '/api/v1/bria/image/editing-generation/expand-image', {
        image: b64,
        canvas_size: [128, 96],
        position: 'bottom_right',
        prompt: 'a sandy beach',
        sync: true,
      }),
    );
    const { bytes } = await image(app, result.image_url, { format: 'png', width: 128, height: 96 });
    assert.deepEqual((await pixel(bytes, 96, 72)).slice(0, 3), [221, 0, 0], 'the original sits bottom right');
    const body = sent(twin, '/v2/image/edit/expand');
    assert.deepEqual(
      [body.canvas_size, body.original_image_size, body.original_image_location],
      [
        [128, 96],
        [64, 48],
        [64, 48],
      ],
    );
    assert.ok(!('position' in body) && !('aspect_ratio' in body));
    const both = await post(app, '/api/v1/bria/image/editing-generation/expand-image', { image: b64, aspect_ratio: '1:1', position: 'upper_left', padding_left: 0.2 });
    assert.equal(both.statusCode, 422);
  });

  it('expand conversions (position / padding → canvas_size, original_image_size, original_image_location)', () => {
    assert.deepEqual(planExpand({ aspect_ratio: '16:9' }, 400, 300), { aspect_ratio: '16:9' });
    assert.deepEqual(planExpand({ aspect_ratio: '1:1', position: 'upper_center' }, 400, 300), {
      canvas_size: [400, 400],
      original_image_size: [400, 300],
      original_image_location: [0, 0],
    });
    assert.deepEqual(planExpand({ aspect_ratio: '16:9', padding_left: 0.5 }, 400, 300), {
      canvas_size: [800, 450],
      original_image_size: [400, 300],
      original_image_location: [400, 75],
    });
    assert.deepEqual(planExpand({ canvas_size: [1600, 900], padding_left: 0.15, padding_right: 0.15, padding_top: 0.4, padding_bottom: 0.1 }, 1000, 500), {
      canvas_size: [1600, 900],
      original_image_size: [900, 450],
      original_image_location: [350, 360],
    });
    assert.deepEqual(planExpand({ padding_top: 0.5 }, 100, 100), { canvas_size: [100, 200], original_image_size: [100, 100], original_image_location: [0, 100] });
    assert.throws(() => planExpand({ canvas_size: [6000, 6000] }, 100, 100), /25 megapixels/);
    assert.throws(() => planExpand({ position: 'upper_left' }, 100, 100), /canvas_size or aspect_ratio/);
  });

  it('blur-background → /v2/image/edit/blur_background, async then sync', async () => {
    const accepted = ok(await post(app, '/api/v1/bria/image/editing-generation/blur-background', { image: b64, scale: 3 }));
    assert.match(accepted.task_id, /^job_/);
    const done = await until(async () => {
      const status = (await get(app, `/api/v1/bria/status/${accepted.task_id}`)).json();
      return status.status === 'COMPLETED' ? status : undefined;
    }, 'COMPLETED');
    await image(app, done.result.image_url, { format: 'png', width: 64, height: 48 });
    assert.equal(sent(twin, '/v2/image/edit/blur_background').scale, 3);
    assert.equal(sent(twin, '/v2/image/edit/blur_background').sync, false, 'nobody waits: the asynchronous protocol');
    const asyncJob = (await get(app, `/api/v1/jobs/${accepted.task_id}`)).json().result;
    assert.ok(
      twin.calls.some((c) => c.method === 'GET' && c.path === `/v2/status/${asyncJob.upstream_id}`),
      'polled /v2/status',
    );
    const result = ok(await post(app, '/api/v1/bria/image/editing-generation/blur-background', { image: b64, sync: true }));
    await image(app, result.image_url, { format: 'png', width: 64, height: 48 });
    assert.equal(sent(twin, '/v2/image/edit/blur_background').sync, true, 'a caller waits: sync mode upstream');
    const syncJob = (await get(app, `/api/v1/jobs/${result.task_id}`)).json().result;
    assert.equal(syncJob.state, 'succeeded');
    assert.equal(syncJob.attempts, 1, 'one upstream call: the create answered with the result');
    assert.ok(syncJob.upstream_id, "BRIA's request_id is kept");
    assert.ok(!twin.calls.some((c) => c.path === `/v2/status/${syncJob.upstream_id}`), 'no status poll');
  });

  it('generate-solid-background → /v1/product/packshot: 2000×2000 on the colour', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/editing-generation/generate-solid-background', { image_file: b64, background_color: '#00FF00' }));
    const { bytes } = await image(app, result.image_url, { format: 'png', width: 2000, height: 2000 });
    assert.deepEqual((await pixel(bytes, 5, 5)).slice(0, 3), [0, 255, 0]);
    assert.deepEqual(Object.keys(sent(twin, '/v1/product/packshot')).sort(), ['background_color', 'file', 'force_rmbg']);
    assert.equal((await post(app, '/api/v1/bria/image/editing-generation/generate-solid-background', { image_file: b64, background_color: 'green' })).statusCode, 422);
    assert.equal((await post(app, '/api/v1/bria/image/editing-generation/generate-solid-background', {})).statusCode, 422);
  });

  it('generate-background → /v2/image/edit/replace_background with fast → mode "fast"', async () => {
    const result = ok(
      await post(app, '/api/v1/bria/image/editing-generation/generate-background', {
        image: b64,
        prompt: 'a marble kitchen counter',
        fast: true,
        original_quality: true,
        sync: true,
      }),
    );
    await image(app, result.image_url, { format: 'png', width: 64, height: 48 });
    assert.match(result.refined_prompt, /marble/);
    const body = sent(twin, '/v2/image/edit/replace_background');
    assert.equal(body.mode, 'fast');
    assert.ok(!('fast' in body) && !('ref_images' in body));
    const neither = await post(app, '/api/v1/bria/image/editing-generation/generate-background', { image: b64 });
    assert.equal(neither.statusCode, 422);
  });

  it('generate-product-shadow → /v1/product/shadow with shadow_type sent as type', async () => {
    const result = ok(
      await post(app, '/api/v1/bria/image/editing-generation/generate-product-shadow', {
        image_file: cutoutB64,
        shadow_type: 'regular',
        shadow_offset: [0, 8],
        shadow_intensity: 80,
      }),
    );
    const { bytes } = await image(app, result.image_url, { format: 'png', width: 64, height: 48, alpha: true });
    // Below the product (rows 36–43) the shadow now darkens the transparent canvas.
    const [, , , alpha] = await pixel(bytes, 32, 38);
    assert.ok(alpha > 60, `no shadow under the product (alpha ${alpha})`);
    const body = sent(twin, '/v1/product/shadow');
    assert.equal(body.type, 'regular');
    assert.ok(!('shadow_type' in body));
    assert.deepEqual(body.shadow_offset, [0, 8]);
  });

  it('generate-product-background-by-text → /v1/product/lifestyle_shot_by_text (manual placement)', async () => {
    const result = ok(
      await post(app, '/api/v1/bria/image/editing-generation/generate-product-background-by-text', {
        image_file: b64,
        scene_description: 'on a rock by the ocean',
        placement_type: 'manual_placement',
        manual_placement_selection: 'bottom_right',
        canvas_for_packshot_size: [400, 300],
        num_results: 2,
      }),
    );
    assert.equal(result.image_urls.length, 2);
    for (const url of result.image_urls) await image(app, url, { format: 'jpeg', width: 400, height: 300 });
    assert.equal(result.seeds.length, 2);
    const body = sent(twin, '/v1/product/lifestyle_shot_by_text');
    assert.deepEqual([body.shot_size, body.manual_placement_selection, body.mode, body.sync], [[400, 300], ['bottom_right'], 'fast', true]);
    assert.ok(!('canvas_for_packshot_size' in body) && !('padding_values' in body) && !('aspect_ratio' in body));
  });

  it('generate-product-background-by-image → /v1/product/lifestyle_shot_by_image (original placement)', async () => {
    const reference = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#2a6' } })
      .png()
      .toBuffer();
    const result = ok(
      await post(app, '/api/v1/bria/image/editing-generation/generate-product-background-by-image', {
        image_url: `${filesUrl}/product.png`,
        ref_image_file: reference.toString('base64'),
        original_quality: true,
        ref_image_influence: 0.6,
      }),
    );
    await image(app, result.image_url, { format: 'jpeg', width: 64, height: 48 });
    const body = sent(twin, '/v1/product/lifestyle_shot_by_image');
    assert.deepEqual(body.ref_image_file, [reference.toString('base64')]);
    assert.equal(body.placement_type, 'original');
    const tooStrong = await post(app, '/api/v1/bria/image/editing-generation/generate-product-background-by-image', {
      image_file: b64,
      ref_image_file: reference.toString('base64'),
      ref_image_influence: 1.5,
    });
    assert.equal(tooStrong.statusCode, 422);
    assert.deepEqual(tooStrong.json().detail[0].loc, ['body', 'ref_image_influence']);
  });

  it('enhance-image → /v2/image/edit/enhance at the asked resolution', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/editing-generation/enhance-image', { image: b64, resolution: '2MP', sync: true }));
    const scale = Math.sqrt((2 * 1024 * 1024) / (64 * 48));
    await image(app, result.image_url, { format: 'png', width: Math.round(64 * scale), height: Math.round(48 * scale) });
    const body = sent(twin, '/v2/image/edit/enhance');
    assert.deepEqual([body.resolution, body.steps_num], ['2MP', 20]);
  });

  it('upscale-image → /v2/image/edit/increase_resolution with desired_increase', async () => {
    const result = ok(await post(app, '/api/v1/bria/image/editing-generation/upscale-image', { image: b64, desired_increase: 4, sync: true }));
    await image(app, result.image_url, { format: 'png', width: 256, height: 192 });
    assert.equal(sent(twin, '/v2/image/edit/increase_resolution').desired_increase, 4);
    const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const tooBig = await post(app, '/api/v1/bria/image/editing-generation/upscale-image', { image: big.toString('base64'), desired_increase: 4 });
    assert.equal(tooBig.statusCode, 422);
    assert.match(tooBig.json().detail[0].msg, /8192x8192/);
  });

  it('video/editing/remove-background → /v2/video/edit/remove_background: a real MP4', async () => {
    const accepted = ok(
      await post(app, '/api/v1/bria/video/editing/remove-background', {
        video: `${filesUrl}/in.mp4`,
        background_color: 'Green',
        output_container_and_codec: 'mp4_h264',
      }),
    );
    const done = await until(async () => {
      const status = (await get(app, `/api/v1/bria/status/${accepted.task_id}`)).json();
      assert.notEqual(status.status, 'ERROR', JSON.stringify(status.error));
      return status.status === 'COMPLETED' ? status : undefined;
    }, 'the video');
    const { bytes, type } = await download(app, done.result.video_url);
    assert.equal(type, 'video/mp4');
    assert.equal(bytes.toString('latin1', 4, 8), 'ftyp');
    assert.equal((await fileTypeFromBuffer(bytes))?.mime, 'video/mp4');
    const body = sent(twin, '/v2/video/edit/remove_background');
    assert.deepEqual(body, { video: `${filesUrl}/in.mp4`, background_color: 'Green', output_container_and_codec: 'mp4_h264' });
    const raw = await post(app, '/api/v1/bria/video/editing/remove-background', { video: `${filesUrl}/in.mp4`, output_container_and_codec: 'mkv_raw' });
    assert.equal(raw.statusCode, 422);
    const notVideo = await post(app, '/api/v1/bria/video/editing/remove-background', { video: `${filesUrl}/product.png` });
    assert.equal(notVideo.statusCode, 422);
    assert.match(notVideo.json().detail[0].msg, /not a video/i);
  });

  // ---- failure modes ------------------------------------------------------------------------

  it('content moderation refusals reach the caller as 422 (v1 and v2)', async () => {
    const v1 = await post(app, '/api/v1/bria/image/generation/generate-image', { prompt: 'something forbidden here' });
    assert.equal(v1.statusCode, 422, v1.body);
    assert.equal(v1.json().provider, 'bria');
    assert.equal(v1.json().upstream_status, 422);
    assert.match(v1.json().detail, /content moderation/);
    const v2 = await post(app, '/api/v1/bria/image/editing-generation/generate-background', { image: b64, prompt: 'a forbidden place', sync: true });
    assert.equal(v2.statusCode, 422, v2.body);
    assert.equal(v2.json().upstream_status, 422);
  });

  it('an upstream 500 on create is a 502 with provider and upstream_status, and is not retried', async () => {
    twin.faults.add({ mode: 'status', status: 500, method: 'POST', path: '^/v1/product/cutout$', times: 1 });
    const before = twin.calls.filter((c) => c.path === '/v1/product/cutout').length;
    const response = await post(app, '/api/v1/bria/image/editing/product-cutout', { image_file: b64 });
    assert.equal(response.statusCode, 502, response.body);
    const body = response.json();
    assert.equal(body.provider, 'bria');
    assert.equal(body.upstream_status, 500);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(twin.calls.filter((c) => c.path === '/v1/product/cutout').length - before, 1, 'the create was sent again');
    const status = (await get(app, `/api/v1/bria/status/${body.task_id}`)).json();
    assert.equal(status.status, 'ERROR');
    assert.equal(status.error.code, 500);
  });

  it('a 429 from the rate limit is retried after Retry-After and then succeeds', async () => {
    const limited = await startBriaTwin({ processingMs: 50, ratePerMinute: 1, rateWindowMs: 600 });
    const { app: gw, close: stop } = await gateway(limited);
    try {
      const [a, b] = await Promise.all([
        post(gw, '/api/v1/bria/image/editing/product-cutout', { image_file: b64 }),
        post(gw, '/api/v1/bria/image/editing/product-cutout', { image_file: b64 }),
      ]);
      for (const response of [a, b]) await image(gw, ok(response).image_url, { format: 'png', width: 32, height: 24 });
      assert.equal(limited.calls.filter((c) => c.path === '/v1/product/cutout').length, 3, 'one request was limited and sent again');
    } finally {
      await stop();
      await limited.app.close();
    }
  });

  it('a 429 that does not clear is answered 429 with Retry-After', async () => {
    const limited = await startBriaTwin({ processingMs: 50 });
    limited.faults.add({ mode: 'rate-limit', retryAfterSeconds: 0, method: 'POST', path: '^/v2/image/edit/blur_background$' });
    const { app: gw, close: stop } = await gateway(limited, { maxAttempts: 3 });
    try {
      const response = await post(gw, '/api/v1/bria/image/editing-generation/blur-background', { image: b64, sync: true });
      assert.equal(response.statusCode, 429, response.body);
      assert.ok(response.headers['retry-after']);
      assert.equal(response.json().upstream_status, 429);
      assert.equal(limited.calls.filter((c) => c.path === '/v2/image/edit/blur_background').length, 3, 'retried up to maxAttempts');
    } finally {
      await stop();
      await limited.app.close();
    }
  });

  it('an unknown task id is a 404', async () => {
    assert.equal((await get(app, '/api/v1/bria/status/job_doesnotexistdoesnotexi')).statusCode, 404);
    assert.equal((await get(app, '/api/v1/bria/status/not-a-job-id')).statusCode, 404);
  });

  // ---- the twin's own BRIA behaviour ---------------------------------------------------------

  it("twin: BRIA's 400 body for missing fields, 401 without the token, v1 sync:false placeholders", async () => {
    const headers = { api_token: twin.token, 'content-type': 'application/json' };
    const missing = await fetch(`${twin.url}/v2/image/edit/erase`, { method: 'POST', headers, body: JSON.stringify({ image: b64 }) });
    assert.equal(missing.status, 400);
    const error = (await missing.json()) as any;
    assert.deepEqual([error.error.code, error.error.details], [400, 'mask is required']);
    assert.equal(typeof error.request_id, 'string');
    const noPrompt = await fetch(`${twin.url}/v1/text-to-image/base/3.2`, { method: 'POST', headers, body: JSON.stringify({}) });
    assert.equal(noPrompt.status, 400);
    const unauthorized = await fetch(`${twin.url}/v1/product/cutout`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    assert.equal(unauthorized.status, 401);
    const refused = await fetch(`${twin.url}/v1/product/lifestyle_shot_by_text`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ file: b64, scene_description: 'forbidden', sync: true }),
    });
    assert.equal(refused.status, 422);
    assert.match((await refused.json()) as string, /content moderation/);
    const placeholder = await fetch(`${twin.url}/v1/text-to-image/base/3.2`, { method: 'POST', headers, body: JSON.stringify({ prompt: 'a cat', sync: false }) });
    const url = ((await placeholder.json()) as any).result[0].urls[0];
    assert.equal((await fetch(url)).status, 404, 'the file exists before it is generated');
    await new Promise((r) => setTimeout(r, 150));
    assert.equal((await fetch(url)).status, 200);
  });
});

describe('BRIA answers shaped as its documents show them', () => {
  it("a lifestyle shot answer with a blocked result (the Product Shot API's partial_success example) keeps the other shots", async () => {
    // docs.bria.ai Product Shot OpenAPI, lifestyle_shot_by_text 200 example `partial_success`.
    const server = createServer((req, res) => {
      req.resume().on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            result: [
              ['https://storage.server/outputs/valid_output_1.jpeg', '123111', 'valid_output_1.jpeg'],
              ['blocked:true', 'error_code:422', 'description:The request could not be completed because the modified visual did not pass content moderation.'],
            ],
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const client = new BriaClient({ apiToken: 'bria-token', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
      const answer = await client.submitV1('/v1/product/lifestyle_shot_by_text', { scene_description: 'on a kitchen counter', num_results: 2, sync: true }, ShotsAnswer);
      const outcome = readShots(answer) as any;
      assert.equal(outcome.kind, 'done');
      assert.deepEqual(outcome.outputs, [{ url: 'https://storage.server/outputs/valid_output_1.jpeg' }]);
      assert.deepEqual(outcome.data, { seeds: [123111], blocked: 1 });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
