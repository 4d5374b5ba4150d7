// Google end to end: request → gateway → @google/genai → Google twin on a real loopback port →
// job → output copied into the asset store → downloaded and checked. Imagen and Veo run in
// Vertex AI mode, authenticated by a real STS token exchange (an external_account credential
// whose token_url is the twin; the twin only accepts Bearer tokens it issued); Gemini runs on
// the Gemini API with x-goog-api-key. Plus the failure modes: safety blocks (Imagen, Gemini,
// Veo) → 422 naming Google's reason, a failed Veo operation → a truthful 502, Veo's 10 s →
// 422 before any upstream call, HarmBlockMethod without Vertex → 422, refused credentials,
// 429, and no API key in any log line, response or job record.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import type { FastifyInstance } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { samplePng, startGoogleTwin } from './support/twins.js';
import { JOB_TEST_ENV, testApp, type TestApp } from './support/app.js';
import { asKey, download as downloadLink } from './support/http.js';
import { pixel as pixelOf } from './support/media.js';

const KEY = 'google-test-key-0123456789';
const BASE = '/api/v1/google-vision';
const VERTEX = '/v1beta1/projects/twin-project/locations/us-central1/publishers/google/models';

type Twin = Awaited<ReturnType<typeof startGoogleTwin>>;

type Gateway = TestApp;

async function gateway(twin: Twin, env: Record<string, string> = {}): Promise<Gateway> {
  return testApp({
    ...JOB_TEST_ENV,
    VISION_STUDIO_API_KEYS: KEY,
    VISION_STUDIO_LOG_LEVEL: 'debug',
    VISION_STUDIO_SYNC_WAIT_MS: '8000',
    VISION_STUDIO_BREAKER_FAILURES: '100',
    ...twin.env,
    ...env,
  });
}

/** Every answer the tests saw, to check that no secret ever reached one. */
const answers: string[] = [];

const { call } = asKey(KEY, (response) => answers.push(response.body));

/** Downloads a signed gateway asset link (no key needed). */
async function download(app: FastifyInstance, url: string): Promise<Buffer> {
  const response = await downloadLink(app, url);
  assert.match(new URL(url).pathname, /^\/api\/v1\/assets\/asset_/);
  return response.rawPayload;
}

async function png(app: FastifyInstance, url: string): Promise<sharp.Metadata & { bytes: Buffer }> {
  const bytes = await download(app, url);
  assert.equal((await fileTypeFromBuffer(bytes))?.mime, 'image/png');
  return { ...(await sharp(bytes).metadata()), bytes };
}

const dataUri = (bytes: Buffer, mime = 'image/png') => `data:${mime};base64,${bytes.toString('base64')}`;

/** The twin's calls from index `from` on whose path matches. */
const sent = (twin: Twin, pattern: RegExp, from = 0) => twin.calls.slice(from).filter((c) => pattern.test(c.path));

const pixel = (bytes: Buffer, x: number, y: number) => pixelOf(sharp(bytes).removeAlpha(), x, y);

/** `run` against a gateway on a twin of its own, started with what the shared twin does not play; both closed after. */
async function onOwnTwin(options: Parameters<typeof startGoogleTwin>[0], env: Record<string, string>, run: (twin: Twin, gw: Gateway) => Promise<void>): Promise<void> {
  const own = await startGoogleTwin(options);
  const gw = await gateway(own, env);
  try {
    await run(own, gw);
  } finally {
    await gw.close();
    await own.close();
  }
}

async function videoSeconds(bytes: Buffer): Promise<number> {
  const dir = await mkdtemp(path.join(tmpdir(), 'google-test-video-'));
  try {
    const file = path.join(dir, 'v.mp4');
    await writeFile(file, bytes);
    const { stderr } = await promisify(execFile)(ffmpegInstaller.path, ['-hide_banner', '-i', file]).catch((e: { stderr: string }) => ({ stderr: e.stderr }));
    const m = /Duration: (\d+):(\d+):([\d.]+)/.exec(stderr);
    assert.ok(m, 'ffmpeg reads a duration');
    return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe('google', () => {
  let twin: Twin;
  let gw: Gateway;
  let image: string;
  let photo: Buffer;

  before(async () => {
    twin = await startGoogleTwin();
    gw = await gateway(twin);
    photo = await samplePng(64, 48);
    image = dataUri(photo);
  });
  after(async () => {
    await gw?.close();
    await twin?.close();
  });

  it('generate-image: Imagen on Vertex AI after a real token exchange; preview ids reach the GA model', async () => {
    const from = twin.calls.length;
    const response = await call(gw.app, 'POST', `${BASE}/image/generation/generate-image`, {
      prompt: 'A lighthouse at dusk',
      aspect_ratio: '16:9',
      number_of_images: 2,
      model_name: 'imagen-4.0-ultra-generate-preview-06-06',
      // Reference default: the fast model wins over model_name.
    });
    assert.equal(response.statusCode, 200, response.body);
    const { status, result } = response.json();
    assert.equal(status, 'success');
    assert.equal(result.model, 'imagen-4.0-fast-generate-001');
    assert.equal(result.image_urls.length, 2);
    for (const url of result.image_urls) {
      const meta = await png(gw.app, url);
      assert.deepEqual([meta.width, meta.height], [1408, 768]);
    }
    const [predict] = sent(twin, /:predict$/, from);
    assert.equal(predict.path, `${VERTEX}/imagen-4.0-fast-generate-001:predict`);
    const body = predict.body as any;
    assert.deepEqual(body.instances, [{ prompt: 'A lighthouse at dusk' }]);
    assert.deepEqual(
      { ...body.parameters },
      {
        sampleCount: 2,
        aspectRatio: '16:9',
        addWatermark: false,
        outputOptions: { mimeType: 'image/png' },
        safetySetting: 'BLOCK_MEDIUM_AND_ABOVE',
        personGeneration: 'ALLOW_ALL',
        includeRaiReason: true,
      },
    );
    // The Bearer token is one the twin's STS issued, for the external credential's audience.
    const bearer = /^Bearer (.+)$/.exec(String(predict.headers.authorization))?.[1];
    assert.ok(bearer && twin.issuedTokens.has(bearer), 'a token the twin issued');
    assert.ok(twin.tokenExchanges.some((x) => x.ok && x.scope?.includes('cloud-platform')));
    assert.equal(predict.headers['x-goog-api-key'], undefined, 'Vertex calls carry no API key');
  });

  it('generate-image: an Ultra model with several images is refused before any upstream call', async () => {
    const from = twin.calls.length;
    const response = await call(gw.app, 'POST', `${BASE}/image/generation/generate-image`, {
      prompt: 'A lighthouse',
      use_fast_model: false,
      model_name: 'imagen-4.0-ultra-generate-preview-06-06',
      number_of_images: 3,
    });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(response.json().detail[0].loc, ['body', 'number_of_images']);
    assert.equal(twin.calls.length, from);
  });

  it('generate-with-image-guidance: style references [1] and [2] on the capability model', async () => {
    const from = twin.calls.length;
    const response = await call(gw.app, 'POST', `${BASE}/image/generation/generate-with-image-guidance`, {
      guidance_type: 'style',
      prompt: 'a neon sign with the words have a great day',
      ref_image_1_url: image,
      ref_image_1_description: 'neon vintage',
      ref_image_2_url: dataUri(await samplePng(32, 32)),
      ref_image_2_description: 'black and white',
      aspect_ratio: '3:4',
    });
    assert.equal(response.statusCode, 200, response.body);
    const meta = await png(gw.app, response.json().result.image_urls[0]);
    assert.deepEqual([meta.width, meta.height], [896, 1280]);
    const [predict] = sent(twin, /:predict$/, from);
    assert.equal(predict.path, `${VERTEX}/imagen-3.0-capability-001:predict`);
    const instance = (predict.body as any).instances[0];
    assert.equal(instance.prompt, 'a neon sign with the words have a great day, in the style of neon vintage [1] and black and white [2]');
    assert.deepEqual(
      instance.referenceImages.map((r: any) => [r.referenceType, r.referenceId, r.styleImageConfig.styleDescription]),
      [
        ['REFERENCE_TYPE_STYLE', 1, 'neon vintage'],
        ['REFERENCE_TYPE_STYLE', 2, 'black and white'],
      ],
    );
    assert.equal(instance.referenceImages[0].referenceImage.bytesBase64Encoded, photo.toString('base64'));
    assert.equal(instance.referenceImages[0].referenceImage.mimeType, 'image/png');
  });

  it('generate-with-image-guidance: subject guidance needs subject_type (422, no upstream call)', async () => {
    const from = twin.calls.length;
    const response = await call(gw.app, 'POST', `${BASE}/image/generation/generate-with-image-guidance`, {
      guidance_type: 'subject',
      prompt: 'a portrait of [1] on a beach',
      ref_image_1_url: image,
    });
    assert.equal(response.statusCode, 422);
    assert.deepEqual(response.json().detail[0].loc, ['body', 'subject_type']);
    assert.equal(twin.calls.length, from);
  });

  it('generate-variation: controlled editing with a computed canny control map', async () => {
    const from = twin.calls.length;
    const response = await call(gw.app, 'POST', `${BASE}/image/generation/generate-variation`, {
      image_url: image,
      prompt: 'a watercolor painting',
      number_of_images: 2,
    });
    assert.equal(response.statusCode, 200, response.body);
    const urls = response.json().result.image_urls;
    assert.equal(urls.length, 2);
    const meta = await png(gw.app, urls[1]);
    assert.deepEqual([meta.width, meta.height], [64, 48]);
    const body = sent(twin, /:predict$/, from)[0].body as any;
    assert.equal(body.parameters.editMode, 'EDIT_MODE_CONTROLLED_EDITING');
    assert.equal(body.parameters.sampleCount, 2);
    assert.equal(body.instances[0].prompt, 'Generate an image aligning with the canny edge map [1] to match the description: a watercolor painting');
    assert.deepEqual(body.instances[0].referenceImages[0].controlImageConfig, { controlType: 'CONTROL_TYPE_CANNY', computeControl: true });
    assert.equal(body.instances[0].referenceImages[0].referenceType, 'REFERENCE_TYPE_CONTROL');
  });

  it('gemini-generate-image: Gemini API with x-goog-api-key, input images as inline data', async () => {
    const from = twin.calls.length;
    const response = await call(gw.app, 'POST', `${BASE}/image/generation/gemini-generate-image`, {
      prompt: 'Combine these into a collage',
      image_urls: [image],
      safety_category: 'HARM_CATEGORY_HARASSMENT',
      safety_threshold: 'BLOCK_ONLY_HIGH',
    });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    assert.equal(result.model, 'gemini-3.1-flash-image');
    assert.equal(typeof result.text, 'string');
    const meta = await png(gw.app, result.image_urls[0]);
    assert.deepEqual([meta.width, meta.height], [1184, 864], 'nearest Gemini size to the 4:3 input');
    const [generate] = sent(twin, /:generateContent$/, from);
    assert.equal(generate.path, '/v1beta/models/gemini-3.1-flash-image:generateContent');
    assert.equal(generate.headers['x-goog-api-key'], twin.apiKey);
    assert.equal(generate.headers.authorization, undefined);
    const body = generate.body as any;
    assert.deepEqual(body.generationConfig.responseModalities, ['TEXT', 'IMAGE']);
    assert.deepEqual(body.safetySettings, [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_ONLY_HIGH' }]);
    assert.deepEqual(body.contents[0].parts[1], { inlineData: { mimeType: 'image/png', data: photo.toString('base64') } });
  });

  it('generate-image-sequence: interleaved text and images, in order', async () => {
    const response = await call(gw.app, 'POST', `${BASE}/image/generation/generate-image-sequence`, {
      prompt: 'Tell a short story about a magical forest with images illustrating key scenes',
      safety_threshold: 'BLOCK_LOW_AND_ABOVE',
    });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    assert.deepEqual(
      result.sequence.map((s: any) => s.type),
      ['text', 'image', 'text', 'image', 'text', 'image'],
    );
    assert.equal(result.image_urls.length, 3);
    for (const item of result.sequence.filter((s: any) => s.type === 'image')) await png(gw.app, item.image_url);
    const body = twin.calls.at(-1)!.body as any;
    assert.equal(body.safetySettings.length, 4, 'a threshold without a category applies to every category');
  });

  it('inpaint: insert with a foreground mask, remove with semantic classes', async () => {
    const from = twin.calls.length;
    const insert = await call(gw.app, 'POST', `${BASE}/image/editing-generation/inpaint`, {
      operation_type: 'insert',
      image_url: image,
      prompt: 'a golden crown',
      mask_mode: 'MASK_MODE_FOREGROUND',
      mask_dilation: 0.05,
    });
    assert.equal(insert.statusCode, 200, insert.body);
    const inserted = await png(gw.app, insert.json().result.image_urls[0]);
    assert.deepEqual([inserted.width, inserted.height], [64, 48]);
    assert.deepEqual(await pixel(inserted.bytes, 0, 0), [255, 255, 255], 'the background is kept');

    const remove = await call(gw.app, 'POST', `${BASE}/image/editing-generation/inpaint`, {
      operation_type: 'remove',
      image_url: image,
      removal_mode: 'semantic',
      segmentation_classes: [125],
    });
    assert.equal(remove.statusCode, 200, remove.body);
    const removed = await png(gw.app, remove.json().result.image_urls[0]);
    assert.deepEqual(await pixel(removed.bytes, 32, 24), [255, 255, 255], 'the red square was removed');

    const [first, second] = sent(twin, /:predict$/, from).map((c) => c.body as any);
    assert.equal(first.parameters.editMode, 'EDIT_MODE_INPAINT_INSERTION');
    assert.equal(first.instances[0].prompt, 'a golden crown');
    assert.deepEqual(first.instances[0].referenceImages[1], {
      referenceType: 'REFERENCE_TYPE_MASK',
      referenceId: 2,
      maskImageConfig: { maskMode: 'MASK_MODE_FOREGROUND', dilation: 0.05 },
    });
    assert.equal(second.parameters.editMode, 'EDIT_MODE_INPAINT_REMOVAL');
    assert.equal(second.instances[0].prompt, '');
    assert.deepEqual(second.instances[0].referenceImages[1].maskImageConfig, { maskMode: 'MASK_MODE_SEMANTIC', maskClasses: [125], dilation: 0.1 });

    const userMask = await call(gw.app, 'POST', `${BASE}/image/editing-generation/inpaint`, {
      operation_type: 'insert',
      image_url: image,
      prompt: 'a crown',
      mask_mode: 'MASK_MODE_USER_PROVIDED',
    });
    assert.equal(userMask.statusCode, 422, 'this operation has no mask field');
    assert.deepEqual(userMask.json().detail[0].loc, ['body', 'mask_mode']);
  });

  it('expand-image: padded locally with sharp, sent with a user-provided mask for OUTPAINT', async () => {
    const from = twin.calls.length;
    const response = await call(gw.app, 'POST', `${BASE}/image/editing-generation/expand-image`, {
      image_url: image,
      prompt: 'a sandy beach',
      target_width: 600,
      target_height: 500,
      position: 'upper_left',
      mask_dilation: 0.05,
    });
    assert.equal(response.statusCode, 200, response.body);
    const out = await png(gw.app, response.json().result.image_urls[0]);
    assert.deepEqual([out.width, out.height], [600, 500]);
    assert.deepEqual(await pixel(out.bytes, 32, 24), [221, 0, 0], 'the source stays where upper_left put it');
    const body = sent(twin, /:predict$/, from)[0].body as any;
    assert.equal(body.parameters.editMode, 'EDIT_MODE_OUTPAINT');
    const [raw, mask] = body.instances[0].referenceImages;
    assert.equal(raw.referenceType, 'REFERENCE_TYPE_RAW');
    assert.deepEqual(mask.maskImageConfig, { maskMode: 'MASK_MODE_USER_PROVIDED', dilation: 0.05 });
    const maskBytes = Buffer.from(mask.referenceImage.bytesBase64Encoded, 'base64');
    const maskMeta = await sharp(maskBytes).metadata();
    assert.deepEqual([maskMeta.width, maskMeta.height], [600, 500]);
    assert.equal((await pixel(maskBytes, 10, 10))[0], 0, 'the source area is kept');
    assert.equal((await pixel(maskBytes, 590, 490))[0], 255, 'the new area is painted');

    const partial = await call(gw.app, 'POST', `${BASE}/image/editing-generation/expand-image`, {
      image_url: image,
      prompt: 'a sandy beach',
      padding_left: 0.1,
      padding_right: 0.1,
    });
    assert.equal(partial.statusCode, 422);
    assert.deepEqual(partial.json().detail[0].loc, ['body', 'padding_top']);
  });

  it('generate-background: BGSWAP with a background mask; a seed turns the watermark off', async () => {
    const from = twin.calls.length;
    const response = await call(gw.app, 'POST', `${BASE}/image/editing-generation/generate-background`, {
      image_url: image,
      prompt: 'a sunset over icy mountains',
      seed: 42,
      number_of_images: 1,
    });
    assert.equal(response.statusCode, 200, response.body);
    const out = await png(gw.app, response.json().result.image_urls[0]);
    assert.deepEqual(await pixel(out.bytes, 32, 24), [221, 0, 0], 'the foreground is kept');
    assert.notDeepEqual(await pixel(out.bytes, 0, 0), [255, 255, 255], 'the background is new');
    const body = sent(twin, /:predict$/, from)[0].body as any;
    assert.equal(body.parameters.editMode, 'EDIT_MODE_BGSWAP');
    assert.equal(body.parameters.seed, 42);
    assert.equal(body.parameters.addWatermark, false);
    assert.deepEqual(body.instances[0].referenceImages[1].maskImageConfig, { maskMode: 'MASK_MODE_BACKGROUND' });
  });

  it('edit-image: one edit, then a multi-turn conversation that carries the image on', async () => {
    const single = await call(gw.app, 'POST', `${BASE}/image/editing-generation/edit-image`, {
      image_url: image,
      edit_prompt: 'Convert to black and white',
    });
    assert.equal(single.statusCode, 200, single.body);
    const grey = await png(gw.app, single.json().result.image_urls[0]);
    const [r, g, b] = await pixel(grey.bytes, grey.width! - 1, grey.height! - 1);
    assert.ok(r === g && g === b, 'greyscale');

    const from = twin.calls.length;
    const multi = await call(gw.app, 'POST', `${BASE}/image/editing-generation/edit-image`, {
      image_url: image,
      edit_steps: 'Make it black and white, Add a soft blur',
    });
    assert.equal(multi.statusCode, 200, multi.body);
    const { result } = multi.json();
    assert.deepEqual(
      result.steps.map((s: any) => [s.step, s.prompt]),
      [
        [1, 'Make it black and white'],
        [2, 'Add a soft blur'],
      ],
    );
    for (const step of result.steps) await png(gw.app, step.image_urls[0]);
    const turns = sent(twin, /:generateContent$/, from).map((c) => (c.body as any).contents);
    assert.equal(turns.length, 2);
    assert.deepEqual(
      turns[1].map((c: any) => c.role),
      ['user', 'model', 'user'],
    );
    assert.ok(
      turns[1][1].parts.some((p: any) => p.inlineData),
      "the model's image goes back in the history",
    );

    const both = await call(gw.app, 'POST', `${BASE}/image/editing-generation/edit-image`, { image_url: image, edit_prompt: 'Add a hat', edit_steps: 'a, b' });
    assert.equal(both.statusCode, 422);
  });

  it('generate-video: Veo long-running operation, polled until done; the MP4 is copied', async () => {
    const from = twin.calls.length;
    const response = await call(gw.app, 'POST', `${BASE}/video/generation/generate-video`, {
      prompt: 'A cinematic timelapse of a city skyline',
      start_image_url: image,
      aspect_ratio: '9:16',
      negative_prompt: 'text overlays',
      seed: 7,
    });
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    assert.equal(result.model, 'veo-3.1-generate-001');
    assert.equal(result.duration_seconds, 6);
    const video = await download(gw.app, result.video_urls[0]);
    assert.equal((await fileTypeFromBuffer(video))?.mime, 'video/mp4');
    assert.ok(Math.abs((await videoSeconds(video)) - 6) < 0.5);
    // The output's playing time and size are read from the MP4 itself (Veo does not say them).
    const [listed] = response.json().result.outputs;
    assert.ok(Math.abs(listed.duration_seconds - 6) < 0.5, `duration_seconds ${listed.duration_seconds}`);
    assert.ok(listed.width > 0 && listed.height > listed.width, `9:16 is taller than wide: ${listed.width}x${listed.height}`);
    const [start] = sent(twin, /:predictLongRunning$/, from);
    assert.equal(start.path, `${VERTEX}/veo-3.1-generate-001:predictLongRunning`);
    const body = start.body as any;
    assert.equal(body.instances[0].prompt, 'A cinematic timelapse of a city skyline');
    assert.equal(body.instances[0].image.bytesBase64Encoded, photo.toString('base64'));
    assert.deepEqual(body.parameters, {
      sampleCount: 1,
      durationSeconds: 6,
      aspectRatio: '9:16',
      personGeneration: 'allow_all',
      generateAudio: true,
      negativePrompt: 'text overlays',
      seed: 7,
    });
    const polls = sent(twin, /:fetchPredictOperation$/, from);
    assert.ok(polls.length >= 1);
    assert.match((polls[0].body as any).operationName, /^projects\/twin-project\/locations\/us-central1\/publishers\/google\/models\/veo-3\.1-generate-001\/operations\//);
  });

  it('generate-video: duration 10 is refused with a 422 naming the conflict, before any upstream call', async () => {
    const calls = twin.calls.length;
    const exchanges = twin.tokenExchanges.length;
    const response = await call(gw.app, 'POST', `${BASE}/video/generation/generate-video`, { prompt: 'A wave crashing', duration: 10 });
    assert.equal(response.statusCode, 422);
    const [detail] = response.json().detail;
    assert.deepEqual(detail.loc, ['body', 'duration']);
    assert.match(detail.msg, /10/);
    assert.match(detail.msg, /4, 6, 8|5–8/);
    assert.equal(twin.calls.length, calls);
    assert.equal(twin.tokenExchanges.length, exchanges);
  });

  it("generate-video: a failed operation ends the job with Google's reason (502)", async () => {
    const response = await call(gw.app, 'POST', `${BASE}/video/generation/generate-video`, { prompt: 'veo-operation-fails: a forest' });
    assert.equal(response.statusCode, 502, response.body);
    const body = response.json();
    assert.match(body.detail, /internal error/);
    assert.match(body.detail, /INTERNAL/);
    assert.equal(body.upstream_status, 500);
    const job = (await call(gw.app, 'GET', `/api/v1/jobs/${body.task_id}`)).json().result;
    assert.equal(job.state, 'failed');
    assert.equal(job.upstream_status, 'FAILED');
  });

  it("safety blocks are a 422 with Google's reason (Imagen, Gemini, Veo)", async () => {
    const imagen = await call(gw.app, 'POST', `${BASE}/image/generation/generate-image`, { prompt: 'blocked-by-safety scene' });
    assert.equal(imagen.statusCode, 422, imagen.body);
    assert.equal(imagen.json().code, 'content_moderation');
    assert.match(imagen.json().detail, /safety filter/);

    const gemini = await call(gw.app, 'POST', `${BASE}/image/generation/gemini-generate-image`, { prompt: 'blocked-by-safety scene' });
    assert.equal(gemini.statusCode, 422, gemini.body);
    assert.match(gemini.json().detail, /blocked the prompt \(SAFETY\)/);

    const image = await call(gw.app, 'POST', `${BASE}/image/editing-generation/edit-image`, { image_url: dataUri(photo), edit_prompt: 'image-safety-block' });
    assert.equal(image.statusCode, 422, image.body);
    assert.match(image.json().detail, /IMAGE_SAFETY/);

    const veo = await call(gw.app, 'POST', `${BASE}/video/generation/generate-video`, { prompt: 'blocked-by-safety scene' });
    assert.equal(veo.statusCode, 422, veo.body);
    assert.match(veo.json().detail, /usage guidelines/);

    const none = await call(gw.app, 'POST', `${BASE}/image/generation/gemini-generate-image`, { prompt: 'gemini-no-image please' });
    assert.equal(none.statusCode, 502, none.body);
    assert.match(none.json().detail, /without an image/);
  });

  it('HarmBlockMethod is a Vertex AI field: with Vertex configured the call goes there', async () => {
    const from = twin.calls.length;
    const vertex = await call(gw.app, 'POST', `${BASE}/image/generation/gemini-generate-image`, {
      prompt: 'A red kite',
      safety_method: 'SEVERITY',
      safety_category: 'HARM_CATEGORY_HATE_SPEECH',
      safety_threshold: 'BLOCK_LOW_AND_ABOVE',
    });
    assert.equal(vertex.statusCode, 200, vertex.body);
    const [generate] = sent(twin, /:generateContent$/, from);
    assert.equal(generate.path, `${VERTEX}/gemini-3.1-flash-image:generateContent`);
    assert.ok(twin.issuedTokens.has(String(generate.headers.authorization).replace('Bearer ', '')));
    assert.deepEqual((generate.body as any).safetySettings, [{ category: 'HARM_CATEGORY_HATE_SPEECH', threshold: 'BLOCK_LOW_AND_ABOVE', method: 'SEVERITY' }]);
  });

  it('refused credentials (API key, STS token exchange) fail the job truthfully, and no secret reaches any answer', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'google-bad-credential-'));
    // A credential whose subject token the STS refuses, and a wrong Gemini API key.
    const tokenFile = path.join(dir, 'token.txt');
    await writeFile(tokenFile, 'a-stolen-subject-token');
    const credentials = path.join(dir, 'credentials.json');
    await writeFile(credentials, JSON.stringify(twin.credential(twin.url, tokenFile)));
    const wrong = await gateway(twin, { GEMINI_API_KEY: 'not-the-gemini-key-987654', GOOGLE_APPLICATION_CREDENTIALS: credentials });
    try {
      const keyRefused = await call(wrong.app, 'POST', `${BASE}/image/generation/gemini-generate-image`, { prompt: 'A red kite' });
      assert.equal(keyRefused.statusCode, 502, keyRefused.body);
      assert.equal(keyRefused.json().code, 'upstream_auth');
      assert.match(keyRefused.json().detail, /GEMINI_API_KEY/);
      assert.ok(!keyRefused.body.includes('not-the-gemini-key-987654'));

      const exchanges = twin.tokenExchanges.length;
      const stsRefused = await call(wrong.app, 'POST', `${BASE}/image/generation/generate-image`, { prompt: 'A red kite' });
      assert.equal(stsRefused.statusCode, 502, stsRefused.body);
      assert.equal(stsRefused.json().code, 'upstream_auth');
      assert.match(stsRefused.json().detail, /token exchange failed \(invalid_grant\)/);
      assert.ok(twin.tokenExchanges.slice(exchanges).some((x) => !x.ok));
      assert.ok(!stsRefused.body.includes('a-stolen-subject-token'));
      const logged = wrong.logs.join('');
      assert.ok(!logged.includes('not-the-gemini-key-987654') && !logged.includes('a-stolen-subject-token'), 'no secret is logged');
    } finally {
      await wrong.close();
      await rm(dir, { recursive: true, force: true });
    }
    // Everything the main gateway answered or logged, and its job records: no key, no token.
    const jobs = (await call(gw.app, 'GET', '/api/v1/jobs?provider=google&limit=100')).body;
    const seen = [...answers, jobs, ...gw.logs].join('\n');
    assert.ok(!seen.includes(twin.apiKey), 'the Gemini API key never reaches a response, job record or log');
    for (const token of twin.issuedTokens.keys()) assert.ok(!seen.includes(token), 'no access token either');
  });

  it('without Vertex AI: HarmBlockMethod → 422 and Imagen → 503 before any call; 429 makes the job wait for retryDelay', async () => {
    await onOwnTwin(
      { ratePerMinute: 1 },
      { GOOGLE_CLOUD_PROJECT: '', GOOGLE_CLOUD_LOCATION: '', GOOGLE_APPLICATION_CREDENTIALS: '', VISION_STUDIO_SYNC_WAIT_MS: '1500' },
      async (limited, apiOnly) => {
        const refused = await call(apiOnly.app, 'POST', `${BASE}/image/generation/gemini-generate-image`, {
          prompt: 'A red kite',
          safety_method: 'PROBABILITY',
          safety_threshold: 'BLOCK_ONLY_HIGH',
        });
        assert.equal(refused.statusCode, 422);
        assert.deepEqual(refused.json().detail[0].loc, ['body', 'safety_method']);
        assert.match(refused.json().detail[0].msg, /Vertex AI/);
        const imagen = await call(apiOnly.app, 'POST', `${BASE}/image/generation/generate-image`, { prompt: 'A red kite' });
        assert.equal(imagen.statusCode, 503);
        assert.match(imagen.json().detail, /GOOGLE_CLOUD_PROJECT/);
        assert.equal(limited.calls.length, 0);

        // Gemini itself works without Vertex, until the per-minute quota runs out.
        assert.equal((await call(apiOnly.app, 'POST', `${BASE}/image/generation/gemini-generate-image`, { prompt: 'first' })).statusCode, 200);
        const second = await call(apiOnly.app, 'POST', `${BASE}/image/generation/gemini-generate-image`, { prompt: 'second' });
        assert.equal(second.statusCode, 200, second.body);
        const { task_id } = second.json().result;
        assert.ok(task_id, 'still waiting: answered with the task id');
        const job = (await call(apiOnly.app, 'GET', `/api/v1/jobs/${task_id}`)).json().result;
        assert.equal(job.error.code, 'rate_limited');
        assert.equal(job.error.upstream_status, 429);
        assert.equal(job.state, 'queued');
        assert.equal(limited.calls.filter((c) => /:generateContent$/.test(c.path)).length, 2, 'not hammered: the retry waits for retryDelay');
      },
    );
  });

  it('generate-image once Google has switched the Imagen model off: Gemini image generation over Vertex, with the same ratio, people and safety settings', async () => {
    await onOwnTwin({ withoutModels: ['imagen-4.0-fast-generate-001'] }, {}, async (ended, gw2) => {
      const response = await call(gw2.app, 'POST', `${BASE}/image/generation/generate-image`, {
        prompt: 'A lighthouse at dusk',
        aspect_ratio: '16:9',
        number_of_images: 2,
        person_generation: 'DONT_ALLOW',
        safety_filter_level: 'BLOCK_ONLY_HIGH',
      });
      assert.equal(response.statusCode, 200, response.body);
      const { result } = response.json();
      assert.equal(result.model, 'gemini-3.1-flash-image');
      assert.equal(result.instead_of, 'imagen-4.0-fast-generate-001');
      assert.equal(result.synthid_watermark, true);
      assert.equal(result.image_urls.length, 2);
      for (const url of result.image_urls) {
        const meta = await png(gw2.app, url);
        assert.deepEqual([meta.width, meta.height], [1344, 768], "Gemini's 16:9 size");
      }
      // Priced as what made the images: two Gemini images, not two Imagen ones.
      const { usage } = (await call(gw2.app, 'GET', `/api/v1/jobs/${result.task_id}`)).json().result;
      assert.equal(usage.model, 'gemini-3.1-flash-image');
      assert.deepEqual(
        usage.items.map((i: { unit: string; quantity: number }) => [i.unit, i.quantity]),
        [['image', 2]],
      );
      const predict = sent(ended, /:predict$/, 0);
      assert.equal(predict.length, 1);
      const generate = sent(ended, /:generateContent$/, 0);
      assert.equal(generate.length, 2, 'one Gemini call per image');
      for (const g of generate) {
        assert.equal(g.path, `${VERTEX}/gemini-3.1-flash-image:generateContent`);
        const body = g.body as any;
        assert.deepEqual(body.contents, [{ role: 'user', parts: [{ text: 'A lighthouse at dusk' }] }]);
        assert.deepEqual(body.generationConfig.imageConfig, { aspectRatio: '16:9', personGeneration: 'ALLOW_NONE', imageOutputOptions: { mimeType: 'image/png' } });
        assert.deepEqual(new Set(body.safetySettings.map((x: { threshold: string }) => x.threshold)), new Set(['BLOCK_ONLY_HIGH']));
        assert.equal(body.safetySettings.length, 4);
      }
    });
  });

  it('style guidance and background swap once Google has switched the capability model off: Gemini with the reference images as parts', async () => {
    await onOwnTwin({ withoutModels: ['imagen-3.0-capability-001'] }, {}, async (ended, gw2) => {
      const guided = await call(gw2.app, 'POST', `${BASE}/image/generation/generate-with-image-guidance`, {
        guidance_type: 'style',
        prompt: 'a neon sign with the words have a great day [1]',
        ref_image_1_url: image,
        ref_image_1_description: 'neon vintage',
        ref_image_2_url: dataUri(await samplePng(32, 32)),
        aspect_ratio: '3:4',
      });
      assert.equal(guided.statusCode, 200, guided.body);
      assert.equal(guided.json().result.model, 'gemini-3.1-flash-image');
      assert.equal(guided.json().result.instead_of, 'imagen-3.0-capability-001');
      const [styled] = sent(ended, /:generateContent$/, 0);
      const parts = (styled.body as any).contents[0].parts;
      assert.match(parts[0].text, /^Use the style of image 1 \(neon vintage\) and image 2, the reference images below\. a neon sign .* \(image 1\)/);
      assert.deepEqual(
        parts.slice(1).map((p: any) => p.inlineData.mimeType),
        ['image/png', 'image/png'],
      );
      assert.equal((styled.body as any).generationConfig.imageConfig.aspectRatio, '3:4');

      const from = ended.calls.length;
      const swapped = await call(gw2.app, 'POST', `${BASE}/image/editing-generation/generate-background`, {
        image_url: image,
        prompt: 'a sunset over icy mountains',
        seed: 42,
        number_of_images: 2,
      });
      assert.equal(swapped.statusCode, 200, swapped.body);
      assert.equal(swapped.json().result.image_urls.length, 2);
      assert.equal(swapped.json().result.synthid_watermark, true);
      const calls = sent(ended, /:generateContent$/, from);
      assert.equal(calls.length, 2);
      const body = calls[0].body as any;
      assert.match(body.contents[0].parts[0].text, /^Keep the main subject of this image exactly as it is.*: a sunset over icy mountains$/);
      assert.equal(body.contents[0].parts[1].inlineData.data, photo.toString('base64'));
      assert.equal(body.generationConfig.seed, 42);
    });
  });

  it('a Gemini image model Google does not serve here: the job falls back to gemini-2.5-flash-image, which serves it, and says so', async () => {
    await onOwnTwin(
      { withoutModels: ['gemini-3.1-flash-image'], withRetiredModels: ['gemini-2.5-flash-image'] },
      { GOOGLE_CLOUD_PROJECT: '', GOOGLE_CLOUD_LOCATION: '', GOOGLE_APPLICATION_CREDENTIALS: '' },
      async (older, gw2) => {
        const made = await call(gw2.app, 'POST', `${BASE}/image/generation/gemini-generate-image`, { prompt: 'A red kite' });
        assert.equal(made.statusCode, 200, made.body);
        assert.equal(made.json().result.model, 'gemini-2.5-flash-image');
        // Multi-turn editing finds the model once and keeps the conversation with it.
        const edited = await call(gw2.app, 'POST', `${BASE}/image/editing-generation/edit-image`, {
          image_url: made.json().result.image_urls[0],
          edit_steps: 'make it blue, add a moon',
        });
        assert.equal(edited.statusCode, 200, edited.body);
        assert.equal(edited.json().result.model, 'gemini-2.5-flash-image');
        assert.deepEqual(
          older.calls.filter((c) => /:generateContent$/.test(c.path)).map((c) => [c.path.replace(/^.*models\//, ''), c.status]),
          [
            ['gemini-3.1-flash-image:generateContent', 404],
            ['gemini-2.5-flash-image:generateContent', 200],
            ['gemini-3.1-flash-image:generateContent', 404],
            ['gemini-2.5-flash-image:generateContent', 200],
            ['gemini-2.5-flash-image:generateContent', 200],
          ],
        );
      },
    );
    // Where neither is served, the job fails with Google's 404, not a loop.
    await onOwnTwin(
      { withoutModels: ['gemini-3.1-flash-image'] },
      { GOOGLE_CLOUD_PROJECT: '', GOOGLE_CLOUD_LOCATION: '', GOOGLE_APPLICATION_CREDENTIALS: '' },
      async (none, gw3) => {
        const failed = await call(gw3.app, 'POST', `${BASE}/image/generation/gemini-generate-image`, { prompt: 'A red kite' });
        assert.ok(failed.statusCode >= 400, failed.body);
        assert.match(failed.body, /gemini-2\.5-flash-image/);
        assert.equal(none.calls.filter((c) => /:generateContent$/.test(c.path)).length, 2);
      },
    );
  });
});

describe('google twin: text and structured generateContent (for the LLM slice)', () => {
  let twin: Twin;
  before(async () => {
    twin = await startGoogleTwin();
  });
  after(async () => twin?.close());

  const generate = (body: unknown, model = 'gemini-2.5-flash') =>
    fetch(`${twin.url}/v1beta/models/${model}:generateContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': twin.apiKey },
      body: JSON.stringify(body),
    });

  it('answers JSON that conforms to a JSON Schema ($ref, enum, bounds), the same for the same prompt', async () => {
    const schema = {
      type: 'object',
      properties: {
        caption: { type: 'string', minLength: 5, maxLength: 40 },
        tags: { type: 'array', items: { $ref: '#/$defs/tag' }, minItems: 2, maxItems: 4 },
        mood: { enum: ['calm', 'tense'] },
        score: { type: 'integer', minimum: 1, maximum: 5 },
        extra: { anyOf: [{ type: 'null' }, { type: 'boolean' }] },
      },
      required: ['caption', 'tags', 'mood', 'score'],
      $defs: { tag: { type: 'string' } },
    };
    const body = {
      contents: [{ role: 'user', parts: [{ text: 'Describe a calm lake at dawn' }, { inlineData: { mimeType: 'image/png', data: (await samplePng()).toString('base64') } }] }],
      generationConfig: { responseMimeType: 'application/json', responseJsonSchema: schema },
    };
    const first = (await (await generate(body)).json()) as any;
    const text = first.candidates[0].content.parts[0].text;
    const value = JSON.parse(text);
    assert.ok(value.caption.length >= 5 && value.caption.length <= 40);
    assert.ok(value.tags.length >= 2 && value.tags.length <= 4 && value.tags.every((t: unknown) => typeof t === 'string'));
    assert.ok(['calm', 'tense'].includes(value.mood));
    assert.ok(Number.isInteger(value.score) && value.score >= 1 && value.score <= 5);
    const again = (await (await generate(body)).json()) as any;
    assert.equal(again.candidates[0].content.parts[0].text, text, 'deterministic');
  });

  it('answers Gemini-schema (upper-case types) structured output, plain text, video parts, and Google errors', async () => {
    const structured: any = await (
      await generate({
        contents: [{ parts: [{ text: 'List two colours' }] }],
        generationConfig: {
          responseMimeType: 'application/json',
          responseSchema: { type: 'OBJECT', properties: { colours: { type: 'ARRAY', items: { type: 'STRING' } } }, required: ['colours'] },
        },
      })
    ).json();
    assert.ok(Array.isArray(JSON.parse(structured.candidates[0].content.parts[0].text).colours));

    const dir = await mkdtemp(path.join(tmpdir(), 'google-twin-video-'));
    try {
      const file = path.join(dir, 'v.mp4');
      await promisify(execFile)(ffmpegInstaller.path, ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i', 'color=c=red:size=64x64:rate=4:duration=1', '-pix_fmt', 'yuv420p', file]);
      const { readFile } = await import('node:fs/promises');
      const video = (await readFile(file)).toString('base64');
      const text: any = await (await generate({ contents: [{ parts: [{ text: 'Caption this video' }, { inlineData: { mimeType: 'video/mp4', data: video } }] }] })).json();
      assert.match(text.candidates[0].content.parts[0].text, /video/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    const badKey = await fetch(`${twin.url}/v1beta/models/gemini-2.5-flash:generateContent`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-goog-api-key': 'wrong' },
      body: JSON.stringify({ contents: [{ parts: [{ text: 'hi' }] }] }),
    });
    assert.equal(badKey.status, 400);
    const error = ((await badKey.json()) as any).error;
    assert.equal(error.status, 'INVALID_ARGUMENT');
    assert.equal(error.details[0].reason, 'API_KEY_INVALID');
    const method = await generate({ contents: [{ parts: [{ text: 'hi' }] }], safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'OFF', method: 'SEVERITY' }] });
    assert.equal(method.status, 400, 'HarmBlockMethod is not a Gemini API field');
    assert.equal((await generate({ contents: [{ parts: [{ text: 'hi' }] }] }, 'gemini-1.5-pro')).status, 404);
  });
});
