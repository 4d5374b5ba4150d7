// OpenAI GPT Image end to end: request → gateway → job → official SDK → OpenAI twin on a real
// loopback port → b64_json images → stored as gateway assets → downloaded and checked with sharp.
// Input images come from a loopback media server or inline base64.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { OpenAIImages } from '../src/providers/openai/client.js';
import { samplePng, startOpenAITwin } from './support/twins.js';
import { testApp } from './support/app.js';
import { asKey, download } from './support/http.js';
import { pixel as pixelOf } from './support/media.js';

const KEY = 'openai-test-key-0123456789';
const GENERATE = '/api/v1/openai/image/generation/generate-image';
const EDIT = '/api/v1/openai/image/editing-generation/edit-image';
const INPAINT = '/api/v1/openai/image/editing-generation/inpaint';

type Twin = Awaited<ReturnType<typeof startOpenAITwin>>;

const logs: string[] = [];
const answers: string[] = [];
const started: { close(): Promise<unknown> }[] = [];

async function twin(options: Parameters<typeof startOpenAITwin>[0] = {}): Promise<Twin> {
  const t = await startOpenAITwin(options);
  started.push({ close: () => t.app.close() });
  return t;
}

async function gateway(openai: Twin, env: Record<string, string> = {}, maxAttempts = 5): Promise<FastifyInstance> {
  const t = await testApp(
    {
      VISION_STUDIO_API_KEYS: KEY,
      VISION_STUDIO_LOG_LEVEL: 'debug',
      VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
      VISION_STUDIO_POLL_INITIAL_MS: '20',
      VISION_STUDIO_SYNC_WAIT_MS: '15000',
      ...openai.env,
      ...env,
    },
    {},
    { logs, timing: { maxAttempts } },
  );
  started.push(t);
  return t.app;
}

const { post } = asKey(KEY, (response) => answers.push(response.body));

/** The twin's colour for a prompt (its edits paint the area to edit with it). */
function paint(prompt: string, index = 0): [number, number, number] {
  const h = createHash('sha256').update(`${prompt}#${index}`).digest();
  return [h[3], h[4], h[5]];
}

const pixel = (png: Buffer, x: number, y: number) => pixelOf(sharp(png).ensureAlpha(), x, y);

const editCalls = (t: Twin) => t.calls.filter((c) => c.path === '/v1/images/edits');
type EditBody = { fields: Record<string, string>; files: { field: string; filename: string; contentType: string; bytes: number; data: Buffer }[] };

describe('OpenAI GPT Image through the gateway', () => {
  let openai: Twin;
  let app: FastifyInstance;
  let media: Server;
  let mediaUrl: string;
  let photo: Buffer;

  before(async () => {
    openai = await twin();
    app = await gateway(openai);
    photo = await samplePng(64, 48);
    media = createServer((req, res) => {
      if (req.url === '/photo.png') {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(photo);
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => media.listen(0, '127.0.0.1', resolve));
    mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;
  });

  after(async () => {
    for (const s of started.reverse()) await s.close();
    await new Promise((resolve) => media?.close(resolve));
    // Nothing the gateway logged or answered may carry the OpenAI key.
    for (const text of [...logs, ...answers]) assert.ok(!text.includes(openai.apiKey), 'the OpenAI key leaked');
  });

  it('generate-image: images.generate with model, size from the aspect ratio, b64 → stored PNGs', async () => {
    const response = await post(app, GENERATE, { prompt: 'a lighthouse at dawn', number_of_images: 2, aspect_ratio: '2:3', quality: 'high', background: 'transparent' });
    assert.equal(response.statusCode, 200, response.body);
    const { status, result } = response.json();
    assert.equal(status, 'success');
    assert.equal(result.image_urls.length, 2);
    // DECISION (reference labels): "2:3" is the reference's landscape → 1536x1024.
    assert.equal(result.size, '1536x1024');
    assert.equal(result.background, 'transparent');

    const sent = openai.calls.find((c) => c.path === '/v1/images/generations')!;
    assert.equal(sent.headers.authorization, `Bearer ${openai.apiKey}`);
    // gpt-image-2 has no transparent background: the reference's transparent asks go to gpt-image-2.5-sunburst.
    assert.deepEqual(sent.body, {
      model: 'gpt-image-2.5-sunburst',
      prompt: 'a lighthouse at dawn',
      n: 2,
      size: '1536x1024',
      output_format: 'png',
      quality: 'high',
      background: 'transparent',
    });

    for (const link of result.image_urls) {
      assert.match(new URL(link).pathname, /^\/api\/v1\/assets\/asset_/);
      const image = await download(app, link);
      assert.equal(image.headers['content-type'], 'image/png');
      const meta = await sharp(image.rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height, meta.hasAlpha], ['png', 1536, 1024, true]);
      // Transparent background: the corner is see-through.
      assert.equal((await pixel(image.rawPayload, 2, 2))[3], 0);
    }
    // The job record keeps no image bytes.
    const jobs = (await app.inject({ method: 'GET', url: '/api/v1/jobs?provider=openai', headers: { 'x-api-key': KEY } })).json().result.jobs;
    assert.ok(jobs.length >= 1);
    assert.ok(!JSON.stringify(jobs).includes('b64'), 'image data in the job record');
  });

  it('generate-image: "3:2" is portrait (1024x1536), defaults are 1 image, quality and background auto', async () => {
    const response = await post(app, GENERATE, { prompt: 'a tall tower', aspect_ratio: '3:2' });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    assert.equal(result.image_urls.length, 1);
    const sent = openai.calls.filter((c) => c.path === '/v1/images/generations').at(-1)!.body as Record<string, unknown>;
    assert.deepEqual([sent.size, sent.n, sent.quality, sent.background], ['1024x1536', 1, 'auto', 'auto']);
    const meta = await sharp((await download(app, result.image_urls[0])).rawPayload).metadata();
    assert.deepEqual([meta.width, meta.height], [1024, 1536]);
  });

  it('edit-image: the image is fetched and sent as a multipart upload to images.edit', async () => {
    const before = editCalls(openai).length;
    const response = await post(app, EDIT, { prompt: 'make it warmer', image_url: `${mediaUrl}/photo.png`, number_of_images: 2, aspect_ratio: '1:1' });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    assert.equal(result.image_urls.length, 2);
    const sent = editCalls(openai)[before].body as EditBody;
    assert.deepEqual(
      { model: sent.fields.model, prompt: sent.fields.prompt, n: sent.fields.n, size: sent.fields.size, output_format: sent.fields.output_format },
      { model: 'gpt-image-2', prompt: 'make it warmer', n: '2', size: '1024x1024', output_format: 'png' },
    );
    assert.equal(sent.files.length, 1);
    assert.equal(sent.files[0].field, 'image');
    assert.equal(sent.files[0].contentType, 'image/png');
    assert.ok(sent.files[0].data.equals(photo), "the uploaded image is the caller's image");
    const edited = (await download(app, result.image_urls[0])).rawPayload;
    const meta = await sharp(edited).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['png', 1024, 1024]);
  });

  it("inpaint: a black-and-white mask (white = edit) becomes OpenAI's alpha mask; only that area changes", async () => {
    // White square in the middle of a 64x48 black mask: edit the middle.
    const white = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const mask = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#000' } })
      .composite([{ input: white, left: 16, top: 12 }])
      .jpeg()
      .toBuffer();
    const before = editCalls(openai).length;
    const prompt = 'a bowl of fruit';
    const response = await post(app, INPAINT, { prompt, image_file: photo.toString('base64'), mask_file: `data:image/jpeg;base64,${mask.toString('base64')}` });
    assert.equal(response.statusCode, 200, response.body);
    const sent = editCalls(openai)[before].body as EditBody;
    const sentMask = sent.files.find((f) => f.field === 'mask')!;
    assert.equal(sentMask.contentType, 'image/png');
    const maskMeta = await sharp(sentMask.data).metadata();
    assert.deepEqual([maskMeta.format, maskMeta.width, maskMeta.height, maskMeta.hasAlpha], ['png', 64, 48, true]);
    assert.equal((await pixel(sentMask.data, 32, 24))[3], 0, 'the area to edit is transparent');
    assert.equal((await pixel(sentMask.data, 2, 2))[3], 255, 'the area to keep is opaque');
    assert.equal(sent.fields.size, 'auto');

    const output = (await download(app, response.json().result.image_urls[0])).rawPayload;
    const meta = await sharp(output).metadata();
    assert.deepEqual([meta.width, meta.height], [1536, 1024]);
    assert.deepEqual((await pixel(output, 768, 512)).slice(0, 3), paint(prompt), 'the masked middle was edited');
    assert.deepEqual((await pixel(output, 10, 10)).slice(0, 3), [255, 255, 255], 'the rest is the original');
  });

  it('inpaint: an alpha mask (transparent = edit) keeps its meaning', async () => {
    const { data } = await sharp({ create: { width: 64, height: 48, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 1 } } })
      .raw()
      .toBuffer({ resolveWithObject: true });
    for (let y = 0; y < 48; y++) for (let x = 0; x < 32; x++) data[(y * 64 + x) * 4 + 3] = 0; // left half transparent
    const mask = await sharp(data, { raw: { width: 64, height: 48, channels: 4 } })
      .png()
      .toBuffer();
    const before = editCalls(openai).length;
    const response = await post(app, INPAINT, { prompt: 'left side garden', image_url: `${mediaUrl}/photo.png`, mask_file: mask.toString('base64') });
    assert.equal(response.statusCode, 200, response.body);
    const sentMask = (editCalls(openai)[before].body as EditBody).files.find((f) => f.field === 'mask')!;
    assert.equal((await pixel(sentMask.data, 5, 24))[3], 0);
    assert.equal((await pixel(sentMask.data, 60, 24))[3], 255);
  });

  it('inpaint: border-only builds the border mask locally from border_percentage', async () => {
    const before = editCalls(openai).length;
    const prompt = 'expand with forest environment';
    const response = await post(app, INPAINT, { prompt, image_url: `${mediaUrl}/photo.png`, inpaint_border_only: true, border_percentage: 0.2 });
    assert.equal(response.statusCode, 200, response.body);
    const sentMask = (editCalls(openai)[before].body as EditBody).files.find((f) => f.field === 'mask')!;
    // 20% of 64 = 13 px left/right, 20% of 48 = 10 px top/bottom.
    assert.equal((await pixel(sentMask.data, 12, 24))[3], 0);
    assert.equal((await pixel(sentMask.data, 13, 24))[3], 255);
    assert.equal((await pixel(sentMask.data, 32, 9))[3], 0);
    assert.equal((await pixel(sentMask.data, 32, 10))[3], 255);
    const output = (await download(app, response.json().result.image_urls[0])).rawPayload;
    assert.deepEqual((await pixel(output, 3, 3)).slice(0, 3), paint(prompt), 'the border was edited');
    assert.deepEqual((await pixel(output, 768, 512)).slice(0, 3), [221, 0, 0], 'the middle (the red square) was kept');
  });

  it('inpaint: a mask of other dimensions is a 422 before any upstream call', async () => {
    const calls = openai.calls.length;
    const mask = await sharp({ create: { width: 32, height: 32, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const response = await post(app, INPAINT, { prompt: 'anything here', image_file: photo.toString('base64'), mask_file: mask.toString('base64') });
    assert.equal(response.statusCode, 422, response.body);
    const [detail] = response.json().detail;
    assert.deepEqual(detail.loc, ['body', 'mask_file']);
    assert.match(detail.msg, /32x32.*64x48/);
    assert.equal(openai.calls.length, calls, 'nothing was sent upstream');
  });

  it('inpaint: missing image or mask is a 422 naming the field', async () => {
    const noImage = await post(app, INPAINT, { prompt: 'anything here', mask_file: photo.toString('base64') });
    assert.equal(noImage.statusCode, 422);
    assert.deepEqual(noImage.json().detail[0].loc, ['body', 'image_url']);
    const noMask = await post(app, INPAINT, { prompt: 'anything here', image_file: photo.toString('base64') });
    assert.equal(noMask.statusCode, 422);
    assert.deepEqual(noMask.json().detail[0].loc, ['body', 'mask_url']);
    const notAnImage = await post(app, EDIT, { prompt: 'anything here', image_url: `${mediaUrl}/missing.png` });
    assert.equal(notAnImage.statusCode, 422);
    assert.deepEqual(notAnImage.json().detail[0].loc, ['body', 'image_url']);
  });

  it("moderation_blocked is a 422 with OpenAI's reason", async () => {
    const response = await post(app, GENERATE, { prompt: 'please trigger moderation-blocked' });
    assert.equal(response.statusCode, 422, response.body);
    const body = response.json();
    assert.match(body.detail, /moderation_blocked/);
    assert.match(body.detail, /rejected by the safety system/);
    assert.equal(body.upstream_status, 400);
  });

  it("OPENAI_IMAGE_MODEL picks the reference operations' model; a transparent background goes where there is one", async () => {
    const models = async (model: string) => {
      const t = await twin();
      const gw = await gateway(t, { OPENAI_IMAGE_MODEL: model });
      for (const background of ['auto', 'transparent']) {
        const response = await post(gw, GENERATE, { prompt: 'a kite', background });
        assert.equal(response.statusCode, 200, response.body);
      }
      return t.calls.filter((c) => c.path === '/v1/images/generations').map((c) => (c.body as { model: string }).model);
    };
    // 2.5-flare has transparent backgrounds: both go there; 2.6-flare has none documented.
    assert.deepEqual(await models('gpt-image-2.5-flare'), ['gpt-image-2.5-flare', 'gpt-image-2.5-flare']);
    assert.deepEqual(await models('gpt-image-2.6-flare'), ['gpt-image-2.6-flare', 'gpt-image-2.5-sunburst']);
    await assert.rejects(gateway(await twin(), { OPENAI_IMAGE_MODEL: 'gpt image 2' }), /openai\/imageModel/);
  });

  it('a transparent background where OpenAI has no gpt-image-2.5-sunburst goes to gpt-image-1.5, and the result names it', async () => {
    const older = await twin({ withoutModels: ['gpt-image-2.5-sunburst'], withRetiredModels: ['gpt-image-1.5'] });
    const gw = await gateway(older);
    const response = await post(gw, GENERATE, { prompt: 'a kite', background: 'transparent' });
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().result.model, 'gpt-image-1.5');
    assert.equal(response.json().result.background, 'transparent');
    const sent = older.calls.filter((c) => c.path === '/v1/images/generations').map((c) => [(c.body as { model: string }).model, c.status]);
    assert.deepEqual(sent, [
      ['gpt-image-2.5-sunburst', 400],
      ['gpt-image-1.5', 200],
    ]);
    // An opaque image on gpt-image-2 has nothing to fall back to: OpenAI's refusal is the answer.
    const without = await twin({ withoutModels: ['gpt-image-2'] });
    const refused = await post(await gateway(without), GENERATE, { prompt: 'a kite' });
    assert.equal(refused.statusCode, 422, refused.body);
    assert.match(refused.json().detail, /param: model/);
    assert.equal(without.calls.filter((c) => c.path === '/v1/images/generations').length, 1);
  });

  it('a size the model refuses (400 invalid_value, param size) is a 422 with the reason', async () => {
    const strict = await twin({ unsupportedSizes: ['1536x1024'] });
    const gw = await gateway(strict);
    const response = await post(gw, GENERATE, { prompt: 'a wide landscape', aspect_ratio: '2:3' });
    assert.equal(response.statusCode, 422, response.body);
    assert.match(response.json().detail, /Invalid size '1536x1024'.*\(param: size\)/);
    assert.equal(strict.calls.filter((c) => c.path === '/v1/images/generations').length, 1, 'a 400 is not retried');
  });

  it('429 insufficient_quota is a 429 with Retry-After, not retried', async () => {
    const broke = await twin({ quotaExhausted: true });
    const gw = await gateway(broke);
    const response = await post(gw, GENERATE, { prompt: 'a quiet harbour' });
    assert.equal(response.statusCode, 429, response.body);
    assert.ok(response.headers['retry-after']);
    assert.match(response.json().detail, /quota/);
    assert.equal(broke.calls.length, 1, 'insufficient_quota is not retried');
  });

  it('429 rate_limit_exceeded is retried by the engine after Retry-After, then answered 429', async () => {
    const busy = await twin({ rateLimit: { requests: 0, windowMs: 300 } });
    const gw = await gateway(busy, {}, 2);
    const started = Date.now();
    const response = await post(gw, GENERATE, { prompt: 'a busy street' });
    assert.equal(response.statusCode, 429, response.body);
    assert.ok(response.headers['retry-after']);
    assert.match(response.json().detail, /rate limit/i);
    assert.equal(busy.calls.length, 2, 'one retry (maxAttempts 2), and the SDK itself did not retry');
    assert.ok(Date.now() - started >= 250, 'the retry waited for retry-after-ms');
  });

  it('a refused API key is a 502 that names the variable, never the key', async () => {
    const other = await twin({ apiKey: 'sk-some-other-key-9876543210' });
    const gw = await gateway(other, { OPENAI_API_KEY: 'sk-wrong-key-0000000000' });
    const response = await post(gw, GENERATE, { prompt: 'a red bicycle' });
    assert.equal(response.statusCode, 502, response.body);
    assert.match(response.json().detail, /OPENAI_API_KEY/);
    assert.ok(!response.body.includes('sk-wrong'), 'the key leaked');
  });

  it('an answer with nulls and a partial usage block (as OpenAI-compatible servers send) still gives its image', async () => {
    // OpenAI leaves out what does not apply; compatible servers (LocalAI, vLLM-style) send null.
    const png = await samplePng(16, 16);
    const server = createServer((req, res) => {
      req.resume().on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            created: null,
            data: [{ b64_json: png.toString('base64'), url: null, revised_prompt: null }],
            size: null,
            quality: null,
            background: null,
            output_format: null,
            usage: { input_tokens: 12, output_tokens: null, input_tokens_details: { text_tokens: 12 } },
          }),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const images = new OpenAIImages({ apiKey: 'sk-compatible-0123456789', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` });
      const result = await images.generate({ prompt: 'a boat', n: 1, size: '1024x1024' });
      assert.ok(result.images[0].data.equals(png));
      assert.equal(result.images[0].revisedPrompt, undefined);
      assert.equal(result.size, undefined);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('edits with several images send them all as image[] parts (client → twin)', async () => {
    // The reference's edit body carries one image_url; the client supports OpenAI's up-to-16
    // input images, and this checks that they reach the wire as `image[]` parts.
    const images = new OpenAIImages({ apiKey: openai.apiKey, baseUrl: openai.env.OPENAI_BASE_URL });
    const inputs = await Promise.all([
      samplePng(64, 48),
      sharp({ create: { width: 40, height: 40, channels: 3, background: '#0a0' } })
        .jpeg()
        .toBuffer(),
      sharp({ create: { width: 30, height: 50, channels: 3, background: '#00a' } })
        .webp()
        .toBuffer(),
    ]);
    const before = editCalls(openai).length;
    const result = await images.edit({
      prompt: 'combine these into one scene',
      n: 1,
      size: '1024x1024',
      images: [
        { data: inputs[0], contentType: 'image/png', name: 'a.png' },
        { data: inputs[1], contentType: 'image/jpeg', name: 'b.jpg' },
        { data: inputs[2], contentType: 'image/webp', name: 'c.webp' },
      ],
    });
    const sent = editCalls(openai)[before].body as EditBody;
    assert.deepEqual(
      sent.files.map((f) => [f.field, f.contentType]),
      [
        ['image[]', 'image/png'],
        ['image[]', 'image/jpeg'],
        ['image[]', 'image/webp'],
      ],
    );
    assert.ok(sent.files.every((f, i) => f.data.equals(inputs[i])));
    assert.equal(result.images.length, 1);
    const meta = await sharp(result.images[0].data).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['png', 1024, 1024]);
    // The extra images show up as thumbnails along the bottom edge of the twin's output.
    const [r, g, b] = await pixel(result.images[0].data, 10, 1020);
    assert.ok(g > 150 && r < 30 && b < 30, `expected the green JPEG's thumbnail, got ${[r, g, b]}`);
  });
});

describe('OpenAI images: the base64 passed on as it came', () => {
  /** An OpenAI stand-in answering every generation with `b64` as the image's b64_json. */
  async function answering(b64: string) {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ created: 1, data: [{ b64_json: b64 }] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const images = new OpenAIImages({ apiKey: KEY, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` });
    try {
      return (await images.generate({ prompt: 'p', n: 1, size: '1024x1024' })).images[0];
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('keeps standard padded base64 for answers that carry base64, and only that', async () => {
    // 1,000 bytes, so that the base64 ends in "==" padding (the client does not look at what the bytes are).
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 37) % 256));
    const standard = bytes.toString('base64');
    const kept = await answering(standard);
    assert.equal(kept.base64, standard);
    assert.deepEqual(kept.data, bytes);
    // Other spellings of the same bytes decode the same, but are not passed on as they are.
    const wrapped = `${standard.slice(0, 76)}\n${standard.slice(76)}`;
    for (const other of [wrapped, standard.replace(/=+$/, ''), bytes.toString('base64url')]) {
      const image = await answering(other);
      assert.equal(image.base64, undefined, JSON.stringify(other.slice(-8)));
      assert.deepEqual(image.data, bytes);
    }
  });
});
