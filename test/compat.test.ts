// The OpenAI-compatible API (/v1) driven by real clients — the official `openai` SDK and the
// Vercel AI SDK — against a listening gateway whose providers are twins on real ports.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { experimental_generateSpeech as generateSpeech, generateImage } from 'ai';
import type { FastifyInstance } from 'fastify';
import OpenAI, { toFile } from 'openai';
import sharp from 'sharp';
import { buildApp } from '../src/app.js';
import { b64JsonBody } from '../src/compat/images.js';
import { loadConfig } from '../src/config.js';
import { listen, samplePng, startBriaTwin, startFireflyTwin, startGoogleTwin, startOpenAITwin, startRunwayTwin } from './support/twins.js';

const KEY = 'compat-test-key-0123456789';
const closers: (() => Promise<unknown>)[] = [];
let app: FastifyInstance;
let gateway: string;
let client: OpenAI;
let bria: Awaited<ReturnType<typeof startBriaTwin>>;
let openaiTwin: Awaited<ReturnType<typeof startOpenAITwin>>;

const MODELS_FILE = `
aliases:
  house-image:
    description: BRIA first, OpenAI when BRIA fails
    targets:
      - model: bria/image-base-3.2
      - model: openai/gpt-image-2
        params: { quality: low }
  video-default:
    targets:
      - model: google/veo-3.1-fast-generate-001
`;

async function job(id: string) {
  const response = await fetch(`${gateway}/api/v1/jobs/${id}`, { headers: { 'x-api-key': KEY } });
  assert.equal(response.status, 200);
  return ((await response.json()) as { result: { state: string; provider: string; routing: { model: string; served_by: string; skipped: { model: string; reason: string }[] } } })
    .result;
}

/** The job's record once it has ended (a waited answer goes out before its job's last write). */
async function finished(id: string) {
  for (let tries = 0; tries < 100; tries++) {
    const response = await fetch(`${gateway}/api/v1/jobs/${id}`, { headers: { 'x-api-key': KEY } });
    const { result } = (await response.json()) as { result: { state: string; usage?: { model: string; cost_usd: number | null } } };
    if (['succeeded', 'failed', 'canceled'].includes(result.state)) return result;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${id} did not end`);
}

before(async () => {
  bria = await startBriaTwin({ processingMs: 20 });
  const [openai, google, firefly, runway] = await Promise.all([startOpenAITwin(), startGoogleTwin({ operationMs: 50 }), startFireflyTwin(), startRunwayTwin()]);
  openaiTwin = openai;
  closers.push(
    () => bria.app.close(),
    () => openai.app.close(),
    () => google.close(),
    () => firefly.app.close(),
    () => runway.app.close(),
  );
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-compat-'));
  const modelsFile = path.join(dataDir, 'models.yaml');
  await writeFile(modelsFile, MODELS_FILE);
  const config = loadConfig({
    VISION_STUDIO_API_KEYS: KEY,
    VISION_STUDIO_LOG_LEVEL: 'silent',
    VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
    VISION_STUDIO_POLL_INITIAL_MS: '20',
    VISION_STUDIO_POLL_MAX_MS: '100',
    VISION_STUDIO_SYNC_WAIT_MS: '30000',
    VISION_STUDIO_MODELS_FILE: modelsFile,
    BRIA_API_TOKEN: bria.token,
    BRIA_BASE_URL: bria.url,
    ...openai.env,
    ...google.env,
    ...firefly.env,
    ...runway.env,
  });
  app = await buildApp({ ...config, dataDir }, { timing: { retryBaseMs: 20, sweepIntervalMs: 50, stepTimeoutMs: 5_000 } });
  gateway = await listen(app);
  closers.unshift(async () => {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  client = new OpenAI({ apiKey: KEY, baseURL: `${gateway}/v1`, maxRetries: 0 });
});

after(async () => {
  for (const close of closers) await close();
});

describe('models', () => {
  it("lists every provider's models and the aliases, with capabilities", async () => {
    const ids = new Map<string, { owned_by: string; capabilities: string[] }>();
    for await (const model of client.models.list()) ids.set(model.id, model as never);
    for (const provider of ['openai', 'google', 'bria', 'firefly', 'runway']) {
      assert.ok(
        [...ids.values()].some((m) => m.owned_by === provider),
        provider,
      );
    }
    assert.deepEqual(ids.get('openai/gpt-image-2')?.capabilities, ['images.generations', 'images.edits']);
    assert.deepEqual(ids.get('runway/gen4_turbo')?.capabilities, ['videos']);
    assert.deepEqual(ids.get('runway/eleven_multilingual_v2')?.capabilities, ['audio.speech']);
    assert.ok(ids.get('firefly/image4_standard'));
    assert.deepEqual(ids.get('house-image')?.capabilities, ['images.generations']);
    const one = await client.models.retrieve('google/veo-3.1-generate-001');
    assert.equal(one.owned_by, 'google');
  });

  it("a model id's slash may come unencoded (curl and older OpenAI Python SDKs send it so)", async () => {
    const get = (tail: string, key = KEY) => fetch(`${gateway}/v1/models/${tail}`, { headers: { authorization: `Bearer ${key}` } });
    const plain = await get('openai/gpt-image-2');
    assert.equal(plain.status, 200);
    assert.deepEqual(await plain.json(), await (await get('openai%2Fgpt-image-2')).json());
    assert.equal(((await (await get('house-image')).json()) as { id: string }).id, 'house-image');
    const unknown = await get('openai/gpt-image-2/extra');
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { error: { code: string } }).error.code, 'model_not_found');
    assert.equal((await get('openai/gpt-image-2', 'wrong-key-0123456789')).status, 401);
  });

  it('an unknown model is a NotFoundError; a bad key an AuthenticationError', async () => {
    await assert.rejects(client.models.retrieve('acme/nothing'), OpenAI.NotFoundError);
    await assert.rejects(
      client.images.generate({ model: 'acme/nothing', prompt: 'a cat' }),
      (error: unknown) => error instanceof OpenAI.NotFoundError && error.param === 'model' && error.code === 'model_not_found',
    );
    const stranger = new OpenAI({ apiKey: 'not-a-key', baseURL: `${gateway}/v1`, maxRetries: 0 });
    await assert.rejects(stranger.models.list(), OpenAI.AuthenticationError);
  });

  it('an API the gateway does not serve is a NotFoundError saying what it serves', async () => {
    await assert.rejects(
      client.chat.completions.create({ model: 'openai/gpt-image-2', messages: [{ role: 'user', content: 'hi' }] }),
      (error: unknown) =>
        error instanceof OpenAI.NotFoundError && /^Invalid URL \(POST \/v1\/chat\/completions\): .*\/v1\/images\/generations/.test(error.message.replace(/^404 /, '')),
    );
  });

  it('documents the /v1 operations and the aliases in the OpenAPI document', async () => {
    const document = (await (await fetch(`${gateway}/openapi.json`)).json()) as {
      paths: Record<string, Record<string, { requestBody: { content: Record<string, { schema: { properties: { model: { examples: string[] } } } }> } }>>;
    };
    for (const p of ['/v1/models', '/v1/images/generations', '/v1/images/edits', '/v1/videos', '/v1/videos/{video_id}/content', '/v1/audio/speech'])
      assert.ok(document.paths[p], p);
    const models = document.paths['/v1/images/generations'].post.requestBody.content['application/json'].schema.properties.model.examples;
    assert.ok(models.includes('house-image') && models.includes('bria/image-base-3.2'));
  });
});

describe('b64_json answer body', () => {
  it('is what JSON.stringify writes, revised prompts escaped', () => {
    const images = [
      { b64: Buffer.from('first image').toString('base64'), revised_prompt: 'a "quoted" prompt\nwith a line break, \u2028 and é' },
      { b64: Buffer.from([0xff, 0xfe, 0x00]).toString('base64') },
    ];
    const expected = JSON.stringify({
      created: 1767225600,
      data: images.map(({ b64, revised_prompt }) => ({ b64_json: b64, ...(revised_prompt === undefined ? {} : { revised_prompt }) })),
    });
    assert.equal(b64JsonBody(1767225600, images).toString('utf8'), expected);
    assert.deepEqual(JSON.parse(b64JsonBody(0, []).toString('utf8')), { created: 0, data: [] });
  });
});

/** A JSON POST with a Bearer key and an Idempotency-Key, as fetch answers it. */
const postIdempotent = (path: string, key: string, body: unknown): Promise<Response> =>
  fetch(`${gateway}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });

describe('images', () => {
  it('generates with OpenAI as b64_json', async () => {
    const answer = await client.images.generate({ model: 'openai/gpt-image-2', prompt: 'a paper boat', size: '1536x1024', response_format: 'b64_json' });
    assert.equal(answer.data?.length, 1);
    const meta = await sharp(Buffer.from(answer.data![0].b64_json!, 'base64')).metadata();
    assert.equal(meta.format, 'png');
    assert.ok(meta.width! > meta.height!, 'a landscape size gives a landscape image');
  });

  it('each GPT image model reaches OpenAI under its own name, and is priced under it', async () => {
    const ids = new Set((await client.models.list()).data.map((m) => m.id));
    for (const model of ['gpt-image-2', 'gpt-image-2.5-sunburst', 'gpt-image-2.5-flare', 'gpt-image-2.6-sunburst', 'gpt-image-2.6-flare']) {
      assert.ok(ids.has(`openai/${model}`), `openai/${model} is listed`);
    }
    const sentAs = async (model: string, path: string, response: Response) => {
      // A generation is JSON; an edit is multipart, recorded as its fields and files.
      const sent = openaiTwin.calls.filter((c) => c.path === path).at(-1)!.body as { model?: string; fields?: { model: string } };
      assert.equal(sent.fields?.model ?? sent.model, model);
      const record = await finished(response.headers.get('x-vision-studio-task-id')!);
      assert.equal(record.usage?.model, model);
      assert.ok((record.usage?.cost_usd ?? 0) > 0, `${model} is priced`);
    };
    const generated = await client.images.generate({ model: 'openai/gpt-image-2.5-flare', prompt: 'a paper boat', response_format: 'b64_json' }).withResponse();
    assert.equal(generated.data.data?.length, 1);
    await sentAs('gpt-image-2.5-flare', '/v1/images/generations', generated.response);
    const image = await toFile(await samplePng(64, 64), 'image.png', { type: 'image/png' });
    const edited = await client.images.edit({ model: 'openai/gpt-image-2.6-flare', prompt: 'a red roof', image }).withResponse();
    assert.equal(edited.data.data?.length, 1);
    await sentAs('gpt-image-2.6-flare', '/v1/images/edits', edited.response);
    // Code written for OpenAI names the model without a provider: that works where the name is one provider's.
    const bare = await client.images.generate({ model: 'gpt-image-2', prompt: 'a paper boat', response_format: 'b64_json' }).withResponse();
    await sentAs('gpt-image-2', '/v1/images/generations', bare.response);
    assert.equal((await client.models.retrieve('gpt-image-2')).id, 'openai/gpt-image-2');
    await assert.rejects(client.models.retrieve('gpt-image-9'), OpenAI.NotFoundError);
  });

  it('a model its provider shut down is a NotFoundError naming its replacement, before anything goes upstream', async () => {
    const listed = new Set((await client.models.list()).data.map((m) => m.id));
    const before = openaiTwin.calls.length;
    for (const [model, replacement] of [
      ['openai/gpt-image-1', 'openai/gpt-image-2.5-sunburst'],
      ['gpt-image-1.5', 'openai/gpt-image-2.6-sunburst'],
      ['openai/gpt-image-1-mini', 'openai/gpt-image-2.6-flare'],
      ['google/gemini-2.5-flash-image', 'google/gemini-3.1-flash-image'],
    ]) {
      assert.ok(!listed.has(model) && !listed.has(`openai/${model}`), `${model} is not listed`);
      await assert.rejects(client.images.generate({ model, prompt: 'a paper boat' }), (error: unknown) => {
        assert.ok(error instanceof OpenAI.NotFoundError, String(error));
        assert.equal(error.param, 'model');
        assert.equal(error.code, 'model_not_found');
        assert.match(error.message, new RegExp(`was shut down by its provider on 2026-1[02]-\\d\\d: use ${replacement.replaceAll('.', '\\.')}`));
        return true;
      });
      await assert.rejects(client.models.retrieve(model), OpenAI.NotFoundError);
    }
    assert.equal(openaiTwin.calls.length, before);
  });

  it('gpt-image-2 and the 2.5 models make the custom size asked; one they cannot make is refused naming size', async () => {
    const answer = await client.images.generate({ model: 'openai/gpt-image-2', prompt: 'a paper boat', size: '1536x864' as never, response_format: 'b64_json' });
    const meta = await sharp(Buffer.from(answer.data![0].b64_json!, 'base64')).metadata();
    assert.deepEqual([meta.width, meta.height], [1536, 864]);
    assert.equal((openaiTwin.calls.filter((c) => c.path === '/v1/images/generations').at(-1)!.body as { size: string }).size, '1536x864');
    for (const [size, why] of [
      ['1000x1000', /multiples of 16/],
      ['3840x960', /between 1:3 and 3:1/],
      ['4096x2304', /3840x2160/],
    ] as const) {
      await assert.rejects(
        client.images.generate({ model: 'openai/gpt-image-2.5-sunburst', prompt: 'a paper boat', size: size as never }),
        (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'size' && why.test(error.message),
      );
    }
    // A model without custom sizes gets the nearest standard one, as before.
    await client.images.generate({ model: 'openai/gpt-image-2.6-flare', prompt: 'a paper boat', size: '1536x864' as never });
    assert.equal((openaiTwin.calls.filter((c) => c.path === '/v1/images/generations').at(-1)!.body as { size: string }).size, '1536x1024');
    // gpt-image-2 takes no transparent background: the 2.5 models do.
    await assert.rejects(
      client.images.generate({ model: 'openai/gpt-image-2', prompt: 'a fox', background: 'transparent' }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'background',
    );
  });

  it("OpenAI's models answer jpeg and webp, compressed as asked, and keep them so", async () => {
    const generated = await client.images
      .generate({ model: 'openai/gpt-image-2.5-sunburst', prompt: 'a paper boat', output_format: 'jpeg', output_compression: 40, response_format: 'b64_json' })
      .withResponse();
    const sent = openaiTwin.calls.filter((c) => c.path === '/v1/images/generations').at(-1)!.body as Record<string, unknown>;
    assert.deepEqual([sent.output_format, sent.output_compression], ['jpeg', 40]);
    assert.equal((await sharp(Buffer.from(generated.data.data![0].b64_json!, 'base64')).metadata()).format, 'jpeg');
    const record = await finished(generated.response.headers.get('x-vision-studio-task-id')!);
    const kept = await fetch((record as unknown as { result: { image_urls: string[] } }).result.image_urls[0]);
    assert.equal(kept.headers.get('content-type'), 'image/jpeg');

    const image = await toFile(await samplePng(64, 64), 'image.png', { type: 'image/png' });
    const edited = await client.images.edit({ model: 'openai/gpt-image-2', prompt: 'a red roof', image, output_format: 'webp', response_format: 'url' });
    const link = await fetch(edited.data![0].url!);
    assert.equal(link.headers.get('content-type'), 'image/webp');
    assert.equal((await sharp(Buffer.from(await link.arrayBuffer())).metadata()).format, 'webp');
  });

  it('a b64_json answer sent again under its Idempotency-Key is the same answer, replayed', async () => {
    const key = `b64-${Date.now()}`;
    const post = () => postIdempotent('/v1/images/generations', key, { model: 'openai/gpt-image-2', prompt: 'a paper boat', response_format: 'b64_json' });
    const first = await post();
    assert.equal(first.status, 200);
    const text = await first.text();
    assert.ok((JSON.parse(text) as { data: { b64_json: string }[] }).data[0].b64_json.length > 100);
    const again = await post();
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(await again.text(), text);
  });

  it('generates with BRIA as signed URLs that work without credentials', async () => {
    const answer = await client.images.generate({ model: 'bria/image-base-3.2', prompt: 'a mountain lake', n: 2, size: '1024x1024', response_format: 'url' });
    assert.equal(answer.data?.length, 2);
    for (const image of answer.data!) {
      const response = await fetch(image.url!);
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^image\//);
      await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    }
  });

  it('a parameter the model cannot honour is a BadRequestError naming it', async () => {
    await assert.rejects(
      client.images.generate({ model: 'google/gemini-3.1-flash-image', prompt: 'a fox', size: '1024x1536' }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'size',
    );
    await assert.rejects(
      client.images.generate({ model: 'bria/image-base-3.2', prompt: 'a fox', background: 'transparent' }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'background',
    );
    await assert.rejects(
      client.images.generate({ model: 'runway/gen4_image', prompt: 'a fox', n: 3 }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'n',
    );
    for (const params of [
      { model: 'openai/gpt-image-2', output_compression: 50 },
      { model: 'openai/gpt-image-2', output_format: 'jpeg', output_compression: 101 },
      { model: 'bria/image-base-3.2', output_compression: 50 },
    ] as const) {
      await assert.rejects(
        client.images.generate({ prompt: 'a fox', ...params }),
        (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'output_compression',
        JSON.stringify(params),
      );
    }
    await assert.rejects(
      client.images.generate({ model: 'openai/gpt-image-2.5-flare', prompt: 'a fox', background: 'transparent', output_format: 'jpeg' }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'output_format',
    );
    await assert.rejects(
      client.images.generate({ model: 'openai/gpt-image-2', prompt: 'a fox', moderation: 'low' }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'moderation',
    );
  });

  it('OpenAI edits take several images, sent as image[] parts', async () => {
    const files = await Promise.all([samplePng(32, 32), samplePng(40, 32), samplePng(32, 40)].map(async (png, i) => toFile(await png, `image-${i}.png`, { type: 'image/png' })));
    const answer = await client.images.edit({ model: 'openai/gpt-image-2.5-sunburst', prompt: 'the three in one basket', image: files });
    assert.equal(answer.data?.length, 1);
    const sent = openaiTwin.calls.filter((c) => c.path === '/v1/images/edits').at(-1)!.body as { files: { field: string; bytes: number }[] };
    assert.deepEqual(
      sent.files.map((f) => f.field),
      ['image[]', 'image[]', 'image[]'],
    );
  });

  it('an uploaded image is kept once, and is the asset the job reads', async () => {
    // Bytes no other test sends: their rows are this upload's.
    const png = await sharp({ create: { width: 48, height: 48, channels: 3, background: { r: 17, g: 99, b: Date.now() % 256 } } })
      .png()
      .toBuffer();
    const { response } = await client.images
      .edit({ model: 'openai/gpt-image-2', prompt: 'a red roof', image: await toFile(png, 'image.png', { type: 'image/png' }) })
      .withResponse();
    const record = (await finished(response.headers.get('x-vision-studio-task-id')!)) as unknown as { inputs: { asset_ids: string[] } };
    const kept = await app.storage.db.selectFrom('assets').select('id').where('sha256', '=', createHash('sha256').update(png).digest('hex')).execute();
    assert.deepEqual(
      kept.map((row) => row.id),
      record.inputs.asset_ids,
    );
  });

  it("OpenAI edits send the caller's quality, background, input fidelity and a masked edit's size and count", async () => {
    const edits = () => openaiTwin.calls.filter((c) => c.path === '/v1/images/edits');
    const fieldsOf = (i: number) => (edits().at(i)!.body as { fields: Record<string, string> }).fields;
    const png = await samplePng(64, 64);
    await client.images.edit({
      model: 'openai/gpt-image-2.5-sunburst',
      prompt: 'a red roof',
      image: await toFile(png, 'image.png', { type: 'image/png' }),
      quality: 'xhigh' as never,
      background: 'transparent',
      input_fidelity: 'low',
    });
    const sent = fieldsOf(-1);
    // `low` is OpenAI's default, and the models after gpt-image-1.5 take none: it is not sent.
    assert.deepEqual([sent.quality, sent.background, sent.input_fidelity], ['xhigh', 'transparent', undefined]);

    const pixels = Buffer.alloc(64 * 64 * 4);
    for (let i = 0; i < 64 * 64; i++) pixels[i * 4 + 3] = i % 64 < 32 ? 0 : 255;
    const mask = await sharp(pixels, { raw: { width: 64, height: 64, channels: 4 } })
      .png()
      .toBuffer();
    const masked = await client.images.edit({
      model: 'openai/gpt-image-2.5-flare',
      prompt: 'flowers in a garden',
      image: await toFile(png, 'image.png', { type: 'image/png' }),
      mask: await toFile(mask, 'mask.png', { type: 'image/png' }),
      size: '1536x1024',
      quality: 'low',
      n: 2,
    });
    assert.equal(masked.data?.length, 2);
    assert.deepEqual([fieldsOf(-1).size, fieldsOf(-1).quality, fieldsOf(-1).model, fieldsOf(-1).n], ['1536x1024', 'low', 'gpt-image-2.5-flare', '2']);

    const before = edits().length;
    await assert.rejects(
      client.images.edit({ model: 'openai/gpt-image-2', prompt: 'a red roof', image: await toFile(png, 'image.png', { type: 'image/png' }), input_fidelity: 'high' }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'input_fidelity',
    );
    assert.equal(edits().length, before, 'refused before anything went upstream');
  });

  it('edits with an image and a mask file (OpenAI, BRIA)', async () => {
    const png = await samplePng(64, 64);
    // Transparent where the image should change: the left half.
    const pixels = Buffer.alloc(64 * 64 * 4);
    for (let i = 0; i < 64 * 64; i++) pixels[i * 4 + 3] = i % 64 < 32 ? 0 : 255;
    const mask = await sharp(pixels, { raw: { width: 64, height: 64, channels: 4 } })
      .png()
      .toBuffer();
    for (const model of ['openai/gpt-image-2', 'bria/gen-fill']) {
      const answer = await client.images.edit({
        model,
        prompt: 'flowers in a garden',
        image: await toFile(png, 'image.png', { type: 'image/png' }),
        mask: await toFile(mask, 'mask.png', { type: 'image/png' }),
      });
      assert.equal(answer.data?.length, 1, model);
      assert.ok((await sharp(Buffer.from(answer.data![0].b64_json!, 'base64')).metadata()).width, model);
    }
    await assert.rejects(
      client.images.edit({ model: 'bria/gen-fill', prompt: 'flowers', image: await toFile(png, 'image.png', { type: 'image/png' }) }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'mask',
    );
  });

  it('streams the images as OpenAI does when asked (stream: true), for any provider', async () => {
    for (const model of ['openai/gpt-image-2', 'bria/image-base-3.2']) {
      const stream = await client.images.generate({ model, prompt: 'a paper boat', n: 2, size: '1024x1024', stream: true, partial_images: 2 });
      const events = [];
      for await (const event of stream) events.push(event);
      assert.deepEqual(
        events.map((e) => e.type),
        ['image_generation.completed', 'image_generation.completed'],
        model,
      );
      for (const event of events) {
        assert.equal(event.size, '1024x1024');
        const meta = await sharp(Buffer.from(event.b64_json, 'base64')).metadata();
        assert.equal(event.output_format, meta.format === 'jpeg' ? 'jpeg' : meta.format, model);
      }
    }
    const png = await samplePng(64, 64);
    const edits = await client.images.edit({ model: 'openai/gpt-image-2', prompt: 'a red roof', image: await toFile(png, 'image.png', { type: 'image/png' }), stream: true });
    const editEvents = [];
    for await (const event of edits) editEvents.push(event);
    assert.deepEqual(
      editEvents.map((e) => e.type),
      ['image_edit.completed'],
    );
    assert.ok((await sharp(Buffer.from(editEvents[0].b64_json, 'base64')).metadata()).width);
  });

  it('a streamed answer sent again under its Idempotency-Key is replayed as events', async () => {
    const key = `stream-${Date.now()}`;
    const post = () => postIdempotent('/v1/images/generations', key, { model: 'openai/gpt-image-2', prompt: 'a paper boat', stream: true });
    const first = await post();
    assert.equal(first.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    const text = await first.text();
    assert.match(text, /^event: image_generation\.completed\ndata: \{/);
    const again = await post();
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    assert.equal(await again.text(), text);
  });

  it('refuses a stream it cannot give, naming the parameter', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ stream: 'yes' }, 'stream'],
      [{ stream: true, partial_images: 5 }, 'partial_images'],
      [{ stream: true, response_format: 'url' }, 'response_format'],
    ];
    for (const [extra, param] of cases) {
      await assert.rejects(
        client.images.generate({ model: 'openai/gpt-image-2', prompt: 'a fox', ...extra } as never),
        (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === param,
        param,
      );
    }
  });

  it('the Vercel AI SDK generates images through two providers', async () => {
    const provider = createOpenAICompatible({ name: 'vision-studio', baseURL: `${gateway}/v1`, apiKey: KEY });
    for (const model of ['openai/gpt-image-2', 'firefly/image4_standard']) {
      const { images } = await generateImage({ model: provider.imageModel(model), prompt: 'a lighthouse at dusk', size: '1024x1024', maxRetries: 0 });
      assert.equal(images.length, 1, model);
      assert.ok((await sharp(Buffer.from(images[0].uint8Array)).metadata()).width, model);
    }
  });

  it("the Vercel AI SDK's own OpenAI provider, pointed at the gateway, makes images and speech", async () => {
    const provider = createOpenAI({ baseURL: `${gateway}/v1`, apiKey: KEY });
    for (const model of ['openai/gpt-image-2', 'google/imagen-4.0-generate-001']) {
      const { images } = await generateImage({ model: provider.image(model), prompt: 'a lighthouse at dusk', size: '1024x1024', maxRetries: 0 });
      assert.equal(images.length, 1, model);
      assert.ok((await sharp(Buffer.from(images[0].uint8Array)).metadata()).width, model);
    }
    const { audio } = await generateSpeech({ model: provider.speech('runway/eleven_multilingual_v2'), text: 'The quick brown fox', voice: 'Maya', maxRetries: 0 });
    assert.equal(audio.mediaType, 'audio/mpeg');
    assert.ok(audio.uint8Array.length > 0);
  });
});

describe('videos and speech', () => {
  it('creates a Veo video, follows it and downloads it; the job is the same in /api/v1/jobs', async () => {
    const created = await client.videos.create({ model: 'video-default' as never, prompt: 'waves rolling in', seconds: '8', size: '1280x720' });
    assert.equal(created.object, 'video');
    assert.ok(['queued', 'in_progress'].includes(created.status));
    let video = created;
    for (let i = 0; i < 200 && video.status !== 'completed' && video.status !== 'failed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      video = await client.videos.retrieve(created.id);
    }
    assert.equal(video.status, 'completed', JSON.stringify(video));
    assert.equal(video.progress, 100);
    assert.equal(video.seconds, '8');
    const content = Buffer.from(await (await client.videos.downloadContent(created.id)).arrayBuffer());
    assert.equal(content.subarray(4, 8).toString(), 'ftyp');
    // The previews OpenAI serves, made from the video: a WebP still and a JPEG grid of 4 × 4 frames.
    const download = async (variant: 'thumbnail' | 'spritesheet') => {
      const response = await client.videos.downloadContent(created.id, { variant });
      return { type: response.headers.get('content-type'), image: await sharp(Buffer.from(await response.arrayBuffer())).metadata() };
    };
    const thumbnail = await download('thumbnail');
    assert.deepEqual([thumbnail.type, thumbnail.image.format, thumbnail.image.width, thumbnail.image.height], ['image/webp', 'webp', 1280, 720]);
    const sheet = await download('spritesheet');
    assert.deepEqual([sheet.type, sheet.image.format, sheet.image.width, sheet.image.height], ['image/jpeg', 'jpeg', 4 * 256, 4 * 144]);
    await assert.rejects(
      client.videos.downloadContent(created.id, { variant: 'poster' as never }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'variant',
    );
    const record = await job(created.id);
    assert.equal(record.state, 'succeeded');
    assert.equal(record.routing.served_by, 'google/veo-3.1-fast-generate-001');
    const listed = await client.videos.list({ limit: 10 });
    assert.ok(listed.data.some((v) => v.id === created.id));
    const deleted = await client.videos.delete(created.id);
    assert.equal(deleted.deleted, true);
    await assert.rejects(client.videos.retrieve(created.id), OpenAI.NotFoundError);
  });

  it('lists videos newest or oldest first, page by page', async () => {
    const made: string[] = [];
    for (const prompt of ['first', 'second', 'third']) made.push((await client.videos.create({ model: 'google/veo-3.1-fast-generate-001' as never, prompt })).id);
    const ids = async (order: 'asc' | 'desc') => (await client.videos.list({ order, limit: 100 })).data.map((v) => v.id).filter((id) => made.includes(id));
    assert.deepEqual(await ids('asc'), made);
    assert.deepEqual(await ids('desc'), [...made].reverse());
    // OpenAI's cursor: the last id of a page; the next page goes on in the same order.
    let page = await client.videos.list({ order: 'asc', limit: 1, after: made[0] });
    assert.equal(page.data[0].id, made[1]);
    page = await page.getNextPage();
    assert.equal(page.data[0].id, made[2]);
    await assert.rejects(client.videos.list({ order: 'sideways' as never }), (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'order');
  });

  it('a model that needs a first frame names input_reference when it is missing', async () => {
    await assert.rejects(
      client.videos.create({ model: 'runway/gen4_turbo' as never, prompt: 'a man walking' }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'input_reference',
    );
    const frame = await toFile(await samplePng(128, 72), 'frame.png', { type: 'image/png' });
    const created = await client.videos.create({ model: 'runway/gen4_turbo' as never, prompt: 'a man walking', input_reference: frame, seconds: '4' });
    assert.equal(created.seconds, '5');
    assert.equal((await job(created.id)).provider, 'runway');
  });

  it('speaks with Runway', async () => {
    const speech = await client.audio.speech.create({ model: 'runway/eleven_multilingual_v2', input: 'The quick brown fox', voice: 'Maya' as never });
    const bytes = Buffer.from(await speech.arrayBuffer());
    assert.ok(bytes.length > 100);
    assert.equal(speech.headers.get('content-type'), 'audio/mpeg');
    await assert.rejects(
      client.audio.speech.create({ model: 'runway/eleven_multilingual_v2', input: 'hi', voice: 'nobody' as never }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'voice',
    );
    await assert.rejects(
      client.audio.speech.create({ model: 'runway/eleven_multilingual_v2', input: 'hi', voice: 'Maya' as never, stream_format: 'sse' }),
      (error: unknown) => error instanceof OpenAI.BadRequestError && error.param === 'stream_format',
    );
  });
});

describe('fallbacks', () => {
  for (const [name, fault] of [
    ['503', { mode: 'status', status: 503 }],
    ['429', { mode: 'rate-limit', retryAfterSeconds: 1 }],
    ['a timeout', { mode: 'hang', delayMs: 15_000 }],
  ] as const) {
    it(`the alias is served by its second target when the first fails with ${name}`, async () => {
      bria.faults.clear();
      bria.faults.add({ ...fault, method: 'POST', path: 'text-to-image', times: 1 });
      const { data, response } = await client.images.generate({ model: 'house-image', prompt: 'a red kite', response_format: 'b64_json' }).withResponse();
      assert.equal(data.data?.length, 1);
      const record = await job(response.headers.get('x-vision-studio-task-id')!);
      assert.equal(record.provider, 'openai');
      assert.equal(record.routing.model, 'house-image');
      assert.equal(record.routing.served_by, 'openai/gpt-image-2');
      assert.equal(record.routing.skipped[0].model, 'bria/image-base-3.2');
      bria.faults.clear();
    });
  }

  it('a refusal of the request itself is not retried elsewhere', async () => {
    bria.faults.clear();
    bria.faults.add({ mode: 'status', status: 422, method: 'POST', path: 'text-to-image', times: 1 });
    await assert.rejects(client.images.generate({ model: 'house-image', prompt: 'a red kite' }), OpenAI.BadRequestError);
    bria.faults.clear();
  });
});
