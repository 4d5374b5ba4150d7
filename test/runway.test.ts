// Runway end to end: request → gateway → Runway twin on a real loopback port (Bearer auth and the
// X-Runway-Version header required) → task polled by the job engine → output copied into the
// asset store → downloaded and type-checked. Plus cancel, FAILED, THROTTLED, 429 + Retry-After,
// the version header, refused credentials and the 422 checks made before any upstream call.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';
import { runwayFetches } from '../src/providers/runway/inputs.js';
import { runwayAdapter } from '../src/providers/runway/jobs.js';
import { samplePng, startRunwayTwin } from './support/twins.js';
import { JOB_TEST_ENV, testApp, type TestApp } from './support/app.js';
import { until as waitUntil } from './support/until.js';
import { asKey, assertAssetLink, download } from './support/http.js';
import { testClip } from './support/media.js';

const KEY = 'runway-test-key-0123456789';
const FINAL = ['SUCCEEDED', 'FAILED', 'CANCELLED'];

type Twin = Awaited<ReturnType<typeof startRunwayTwin>>;

type Gateway = TestApp;

async function gateway(twin: Twin, env: Record<string, string> = {}): Promise<Gateway> {
  return testApp({ ...JOB_TEST_ENV, VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_LOG_LEVEL: 'silent', ...twin.env, ...env });
}

const { call } = asKey(KEY);

/** Jobs here may take longer: a 15 s default wait. */
const until = <T>(probe: () => Promise<T | undefined>, what: string, ms = 15_000) => waitUntil(probe, what, ms);

/** Submits a Runway operation; answers the gateway's task id. */
async function submit(app: FastifyInstance, op: string, body: unknown): Promise<string> {
  const response = await call(app, 'POST', `/api/v1/runway/${op}`, body);
  assert.equal(response.statusCode, 200, response.body);
  const { status, result } = response.json();
  assert.equal(status, 'success');
  assert.match(result.task_id, /^job_[\w-]{22}$/);
  assert.equal(new URL(result.status_url).pathname, `/api/v1/runway/status/${result.task_id}`);
  return result.task_id;
}

const status = async (app: FastifyInstance, id: string) => {
  const response = await call(app, 'GET', `/api/v1/runway/status/${id}`);
  assert.equal(response.statusCode, 200, response.body);
  return response.json().result;
};

const finished = (app: FastifyInstance, id: string) =>
  until(async () => {
    const s = await status(app, id);
    return FINAL.includes(s.status) ? s : undefined;
  }, `task ${id} to finish`);

/** The one output of a SUCCEEDED task, downloaded from its signed gateway link. */
async function output(app: FastifyInstance, result: { status: string; output: string[] | null; failure: string | null }) {
  assert.equal(result.status, 'SUCCEEDED', result.failure ?? '');
  assert.equal(result.output?.length, 1);
  assertAssetLink(result.output![0]);
  const response = await download(app, result.output![0]);
  return { bytes: response.rawPayload, type: await fileTypeFromBuffer(response.rawPayload), contentType: response.headers['content-type'] };
}

/** The create call the twin received for an endpoint (the latest one). */
function sent(twin: Twin, endpoint: string) {
  const found = twin.calls.filter((c) => c.method === 'POST' && c.path === endpoint && c.status === 200).at(-1);
  assert.ok(found, `the twin got no ${endpoint}`);
  return found as typeof found & { body: Record<string, any> };
}

describe('runway', () => {
  let twin: Twin;
  let gw: Gateway;
  let app: FastifyInstance;
  let inputs: Server;
  let inputsUrl: string;
  let pngDataUri: string;
  let clip: Buffer;
  let shortClip: Buffer;

  before(async () => {
    twin = await startRunwayTwin();
    gw = await gateway(twin);
    app = gw.app;
    const png = await samplePng(64, 48);
    pngDataUri = `data:image/png;base64,${png.toString('base64')}`;
    // A 3-second MP4 (act_two wants a 3–30 s performance), 64×36 at 4 fps.
    clip = await testClip(12);
    shortClip = await testClip(4);
    // Inputs served over plain http on loopback: the gateway fetches them (Runway only fetches https) and sends data URIs.
    inputs = createServer((req, res) => {
      if (req.url === '/clip.mp4') res.writeHead(200, { 'content-type': 'video/mp4' }).end(clip);
      else if (req.url === '/short.mp4') res.writeHead(200, { 'content-type': 'video/mp4' }).end(shortClip);
      else if (req.url === '/still.png') res.writeHead(200, { 'content-type': 'image/png' }).end(png);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => inputs.listen(0, '127.0.0.1', r));
    inputsUrl = `http://127.0.0.1:${(inputs.address() as AddressInfo).port}`;
  });
  after(async () => {
    await gw?.close();
    await twin?.app.close();
    await new Promise((r) => inputs?.close(r));
  });

  it('generates an image (text_to_image, gen4_image, a tagged reference image)', async () => {
    const id = await submit(app, 'image/generation/generate-image', {
      prompt: 'A lighthouse like @sea at dusk',
      reference_images_url: [{ uri: pngDataUri, tag: 'sea' }],
      seed: 42,
      content_moderation: { public_figure_threshold: 'low' },
    });
    const result = await finished(app, id);
    const call = sent(twin, '/v1/text_to_image');
    // The SDK's wire form: Bearer secret, the pinned API version, camelCase fields.
    assert.equal(call.headers.authorization, `Bearer ${twin.secret}`);
    assert.equal(call.headers['x-runway-version'], '2024-11-06');
    assert.deepEqual(
      { ...call.body, referenceImages: call.body.referenceImages.map((r: any) => ({ ...r, uri: r.uri.slice(0, 22) })) },
      {
        model: 'gen4_image',
        promptText: 'A lighthouse like @sea at dusk',
        ratio: '1920:1080',
        seed: 42,
        contentModeration: { publicFigureThreshold: 'low' },
        referenceImages: [{ uri: 'data:image/png;base64,', tag: 'sea' }],
      },
    );
    assert.equal(call.body.referenceImages[0].uri, pngDataUri);
    const file = await output(app, result);
    const meta = await sharp(file.bytes).metadata();
    assert.equal(meta.format, 'png');
    assert.deepEqual([meta.width, meta.height], [1920, 1080]);
    assert.equal(result.progress, 100, 'percent, as everywhere on the gateway');
    assert.equal(result.failure, null);
    // The caller only ever sees the gateway's links.
    assert.ok(!JSON.stringify(result).includes(twin.url));
  });

  it('sends a gateway asset as a data URI (gen4_image_turbo with the previous output as its reference)', async () => {
    const first = await finished(app, await submit(app, 'image/generation/generate-image', { prompt: 'A red square', aspect_ratio: '720:720' }));
    const assetId = new URL(first.output[0]).pathname.split('/').at(-1)!;
    const stored = await output(app, first);
    const id = await submit(app, 'image/generation/generate-image', {
      prompt: 'asset://not-a-reference, just words; like @square',
      model: 'gen4_image_turbo',
      aspect_ratio: '1080:1920',
      reference_images_url: [{ uri: assetId, tag: 'square' }],
    });
    const result = await finished(app, id);
    const body = sent(twin, '/v1/text_to_image').body;
    assert.equal(body.model, 'gen4_image_turbo');
    assert.equal(body.promptText, 'asset://not-a-reference, just words; like @square');
    assert.deepEqual(body.referenceImages, [{ uri: `data:image/png;base64,${stored.bytes.toString('base64')}`, tag: 'square' }]);
    const meta = await sharp((await output(app, result)).bytes).metadata();
    assert.deepEqual([meta.format, meta.width, meta.height], ['png', 1080, 1920]);
  });

  it('generates a video from text (veo3 sent as veo3.1)', async () => {
    const id = await submit(app, 'video/generation/generate-video-from-text', { prompt: 'Snow on a mountain road', aspect_ratio: '720:1280', seed: 7 });
    const result = await finished(app, id);
    assert.deepEqual(sent(twin, '/v1/text_to_video').body, { model: 'veo3.1', promptText: 'Snow on a mountain road', ratio: '720:1280', duration: 8, seed: 7 });
    const file = await output(app, result);
    assert.equal(file.type?.mime, 'video/mp4');
  });

  it('generates a video from an image (gen4_turbo; an http image URL is fetched and sent as a data URI)', async () => {
    const id = await submit(app, 'video/generation/generate-video-from-image', {
      prompt: 'The square drifts left',
      image_url: `${inputsUrl}/still.png`,
      duration: 5,
      aspect_ratio: '960:960',
    });
    const result = await finished(app, id);
    const body = sent(twin, '/v1/image_to_video').body;
    assert.match(body.promptImage, /^data:image\/png;base64,/);
    assert.deepEqual({ ...body, promptImage: undefined }, { model: 'gen4_turbo', promptImage: undefined, promptText: 'The square drifts left', ratio: '960:960', duration: 5 });
    const file = await output(app, result);
    assert.equal(file.type?.mime, 'video/mp4');
  });

  it('generates a video from motion (act_two: character image, reference performance video)', async () => {
    const id = await submit(app, 'video/generation/generate-video-from-motion', {
      character: { type: 'image', uri: pngDataUri },
      reference_url: `${inputsUrl}/clip.mp4`,
      aspect_ratio: '1104:832',
      expression_intensity: 5,
    });
    const result = await finished(app, id);
    const body = sent(twin, '/v1/character_performance').body;
    assert.equal(body.model, 'act_two');
    assert.deepEqual(body.character, { type: 'image', uri: pngDataUri });
    assert.equal(body.reference.type, 'video');
    assert.equal(body.reference.uri, `data:video/mp4;base64,${clip.toString('base64')}`);
    assert.equal(body.ratio, '1104:832');
    assert.equal(body.bodyControl, true);
    assert.equal(body.expressionIntensity, 5);
    assert.equal(body.contentModeration, undefined);
    const file = await output(app, result);
    assert.equal(file.type?.mime, 'video/mp4');
  });

  it('generates a video from a video (aleph2; the style reference as the opening keyframe)', async () => {
    const id = await submit(app, 'video/generation/generate-video-from-video', {
      prompt: 'Make it look like claymation',
      video_uri: `${inputsUrl}/clip.mp4`,
      reference_image_url: pngDataUri,
      content_moderation: {},
    });
    const result = await finished(app, id);
    const body = sent(twin, '/v1/video_to_video').body;
    assert.deepEqual(Object.keys(body).sort(), ['contentModeration', 'keyframes', 'model', 'promptText', 'videoUri']);
    assert.equal(body.model, 'aleph2');
    assert.deepEqual(body.keyframes, [{ at: 0, uri: pngDataUri }]);
    assert.deepEqual(body.contentModeration, { publicFigureThreshold: 'auto' });
    assert.match(body.videoUri, /^data:video\/mp4;base64,/);
    const file = await output(app, result);
    assert.equal(file.type?.mime, 'video/mp4');
  });

  it('upscales a video (video_upscale with magnific_video_upscaler_creative)', async () => {
    const id = await submit(app, 'video/editing-generation/video-upscale', { video_url: `${inputsUrl}/clip.mp4` });
    const result = await finished(app, id);
    assert.deepEqual(sent(twin, '/v1/video_upscale').body, { model: 'magnific_video_upscaler_creative', videoUri: `data:video/mp4;base64,${clip.toString('base64')}` });
    const file = await output(app, result);
    assert.equal(file.type?.mime, 'video/mp4');
    assert.ok(file.bytes.length > clip.length, 'the upscaled video is larger than its input');
  });

  it('speaks text (text_to_speech with a Runway voice preset)', async () => {
    const id = await submit(app, 'audio/generation/text-to-speech', { prompt: 'The quick brown fox jumps over the lazy dog', voice: { preset_id: 'Maya' } });
    const result = await finished(app, id);
    assert.deepEqual(sent(twin, '/v1/text_to_speech').body, {
      model: 'eleven_multilingual_v2',
      promptText: 'The quick brown fox jumps over the lazy dog',
      voice: { type: 'runway-preset', presetId: 'Maya' },
    });
    const file = await output(app, result);
    assert.equal(file.type?.mime, 'audio/mpeg');
    // Its length is read from the MP3 as it is stored: the job's outputs list it.
    const [listed] = (await status(app, id)).outputs;
    assert.ok(listed.duration_seconds > 0.5, `duration_seconds ${listed.duration_seconds}`);
    assert.equal(listed.width, null);
  });

  it('sends the version header the twin requires, which refuses calls without it', async () => {
    const direct = (headers: Record<string, string>) =>
      fetch(`${twin.url}/v1/text_to_image`, {
        method: 'POST',
        headers: { authorization: `Bearer ${twin.secret}`, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ model: 'gen4_image', promptText: 'x', ratio: '1920:1080' }),
      });
    const missing = await direct({});
    assert.equal(missing.status, 400);
    assert.match(((await missing.json()) as { error: string }).error, /X-Runway-Version/);
    const wrong = await direct({ 'x-runway-version': '2023-09-06' });
    assert.equal(wrong.status, 400);
    assert.match(((await wrong.json()) as { error: string }).error, /2024-11-06/);
    const right = await direct({ 'x-runway-version': '2024-11-06' });
    assert.equal(right.status, 200);
    // Every call the gateway made carried it (and the SDK's own retries were never used).
    const fromGateway = twin.calls.filter((c) => String(c.headers['user-agent']).startsWith('RunwayML/JS'));
    assert.ok(fromGateway.length >= 14, `only ${fromGateway.length} gateway calls`);
    for (const c of fromGateway) {
      assert.equal(c.headers['x-runway-version'], '2024-11-06');
      assert.equal(c.headers['x-stainless-retry-count'], '0');
    }
  });

  it('tells the caller why Runway failed a task (FAILED with failure and failureCode)', async () => {
    const id = await submit(app, 'image/generation/generate-image', { prompt: 'A cat fail-upstream' });
    const result = await finished(app, id);
    assert.equal(result.status, 'FAILED');
    assert.equal(result.failureCode, 'SAFETY.INPUT.TEXT');
    assert.match(result.failure, /Runway could not complete the task: The prompt was flagged by content moderation/);
    assert.equal(result.output, null);
    const job = (await call(app, 'GET', `/api/v1/jobs/${id}`)).json().result;
    assert.equal(job.state, 'failed');
    assert.equal(job.error.code, 'SAFETY.INPUT.TEXT');
    assert.equal(job.upstream_status, 'FAILED');
  });

  it('cancels a running task upstream (DELETE /v1/tasks/{id})', async () => {
    const slow = await startRunwayTwin({ runningMs: 20_000 });
    const g = await gateway(slow);
    try {
      const id = await submit(g.app, 'audio/generation/text-to-speech', { prompt: 'Never finished', voice: { preset_id: 'Bernard' } });
      const running = await until(async () => {
        const s = await status(g.app, id);
        return s.status === 'RUNNING' && s.progress > 0 ? s : undefined;
      }, 'RUNNING with progress');
      assert.ok(running.progress < 100);
      const upstreamId = (await call(g.app, 'GET', `/api/v1/jobs/${id}`)).json().result.upstream_id;
      const canceled = await call(g.app, 'DELETE', `/api/v1/runway/cancel/${id}`);
      assert.equal(canceled.statusCode, 200, canceled.body);
      assert.equal(canceled.json().result.status, 'CANCELLED');
      const deletes = slow.calls.filter((c) => c.method === 'DELETE');
      assert.deepEqual(
        deletes.map((c) => [c.path, c.status]),
        [[`/v1/tasks/${upstreamId}`, 204]],
      );
      assert.equal(slow.tasks.get(upstreamId)?.status, 'CANCELLED');
      assert.equal((await status(g.app, id)).status, 'CANCELLED');
      const job = (await call(g.app, 'GET', `/api/v1/jobs/${id}`)).json().result;
      assert.equal(job.state, 'canceled');
    } finally {
      await g.close();
      await slow.app.close();
    }
  });

  it('shows THROTTLED while Runway queues a task behind the concurrency limit', async () => {
    const narrow = await startRunwayTwin({ concurrency: 1, runningMs: 500 });
    const g = await gateway(narrow);
    try {
      const first = await submit(g.app, 'audio/generation/text-to-speech', { prompt: 'First in line', voice: { preset_id: 'Maya' } });
      const second = await submit(g.app, 'audio/generation/text-to-speech', { prompt: 'Second in line', voice: { preset_id: 'Maya' } });
      const throttled = await until(async () => {
        const s = await status(g.app, second);
        return s.status === 'THROTTLED' ? s : undefined;
      }, 'THROTTLED');
      assert.equal(throttled.output, null);
      assert.equal((await status(g.app, first)).status, 'RUNNING');
      assert.equal((await finished(g.app, first)).status, 'SUCCEEDED');
      assert.equal((await finished(g.app, second)).status, 'SUCCEEDED');
      const seen = [...narrow.tasks.values()].map((t) => t.seen);
      assert.ok(seen.some((s) => s.includes('THROTTLED') && s.includes('RUNNING')));
    } finally {
      await g.close();
      await narrow.app.close();
    }
  });

  it('honours 429 Retry-After before creating again', async () => {
    const limited = await startRunwayTwin({ createsPerWindow: 1, windowMs: 1_000 });
    const g = await gateway(limited);
    try {
      const a = await submit(g.app, 'audio/generation/text-to-speech', { prompt: 'One', voice: { preset_id: 'Maya' } });
      const b = await submit(g.app, 'audio/generation/text-to-speech', { prompt: 'Two', voice: { preset_id: 'Maya' } });
      const [ra, rb] = [await finished(g.app, a), await finished(g.app, b)];
      assert.equal(ra.status, 'SUCCEEDED');
      assert.equal(rb.status, 'SUCCEEDED');
      const posts = limited.calls.filter((c) => c.method === 'POST');
      assert.deepEqual(
        posts.map((c) => c.status),
        [200, 429, 200],
      );
      const waited = posts[2].at - posts[1].at;
      assert.ok(waited >= 1_000, `retried after ${waited} ms, before Retry-After (1 s)`);
      const jobs = (await call(g.app, 'GET', '/api/v1/jobs?provider=runway')).json().result.jobs;
      assert.deepEqual(jobs.map((j: any) => j.failed_attempts).sort(), [0, 1]);
      assert.ok(
        jobs.every((j: any) => j.attempts >= j.failed_attempts + 2),
        'a create and a read at least, besides the refused create',
      );
    } finally {
      await g.close();
      await limited.app.close();
    }
  });

  it("measures a video before calling Runway: act_two's 3–30 s performance (422 with the length)", async () => {
    const before = twin.calls.length;
    const response = await call(app, 'POST', '/api/v1/runway/video/generation/generate-video-from-motion', {
      character: { type: 'image', uri: pngDataUri },
      reference_url: `${inputsUrl}/short.mp4`,
    });
    assert.equal(response.statusCode, 422, response.body);
    const [entry] = response.json().detail;
    assert.deepEqual(entry.loc, ['body', 'reference_url']);
    assert.equal(entry.msg, 'the video is 1 s long; Runway takes at least 3 s');
    assert.equal(twin.calls.length, before, 'Runway was not called');
  });

  it('reports Runway\'s own refusal of a request (400 {"error"}) as the task\'s failure', async () => {
    // An https image URL on a named host is passed to Runway unread; Runway cannot fetch this one.
    const id = await submit(app, 'video/generation/generate-video-from-motion', {
      character: { type: 'image', uri: 'https://localhost:1/missing.png' },
      reference_url: `${inputsUrl}/clip.mp4`,
    });
    const result = await finished(app, id);
    assert.equal(result.status, 'FAILED');
    assert.equal(result.failureCode, 'invalid_request');
    assert.match(result.failure, /^Runway answered 400: character\.uri: Failed to fetch the asset at the URL/);
    const job = (await call(app, 'GET', `/api/v1/jobs/${id}`)).json().result;
    assert.equal(job.error.upstream_status, 400);
    assert.equal(job.attempts, 1, 'a refused create is not retried');
    assert.equal(job.failed_attempts, 1);
  });

  it('retries a task read that failed (502) but never resends a create that failed (500)', async () => {
    const tts = { prompt: 'Retry me', voice: { preset_id: 'Maya' } };
    twin.faults.add({ mode: 'status', status: 502, method: 'GET', path: '^/v1/tasks/', times: 2 });
    const ok = await submit(app, 'audio/generation/text-to-speech', tts);
    assert.equal((await finished(app, ok)).status, 'SUCCEEDED');
    const retried = (await call(app, 'GET', `/api/v1/jobs/${ok}`)).json().result;
    assert.equal(retried.failed_attempts, 2);
    assert.ok(retried.attempts >= 4, `the create, two failed reads and the read that succeeded: ${retried.attempts}`);

    const creates = () => twin.calls.filter((c) => c.method === 'POST' && c.path === '/v1/text_to_speech').length;
    const before = creates();
    twin.faults.add({ mode: 'status', status: 500, method: 'POST', path: '^/v1/text_to_speech$', times: 1 });
    const failed = await finished(app, await submit(app, 'audio/generation/text-to-speech', tts));
    assert.equal(failed.status, 'FAILED');
    assert.equal(failed.failureCode, 'upstream_error');
    assert.match(failed.failure, /^Runway answered 500/);
    assert.equal(creates(), before + 1, 'the create was sent again');
  });

  it("fails truthfully when Runway refuses the gateway's secret, without leaking it", async () => {
    const g = await gateway(twin, { RUNWAYML_API_SECRET: 'not-the-runway-secret' });
    try {
      const id = await submit(g.app, 'audio/generation/text-to-speech', { prompt: 'Hello', voice: { preset_id: 'Maya' } });
      const result = await finished(g.app, id);
      assert.equal(result.status, 'FAILED');
      assert.equal(result.failureCode, 'upstream_auth');
      assert.match(result.failure, /RUNWAYML_API_SECRET/);
      const job = await call(g.app, 'GET', `/api/v1/jobs/${id}`);
      assert.equal(job.json().result.error.upstream_status, 401);
      assert.ok(!job.body.includes('not-the-runway-secret'));
    } finally {
      await g.close();
    }
  });

  describe('422 before any upstream call', () => {
    const cases: { name: string; op: string; body: () => unknown; loc: (string | number)[]; msg: RegExp }[] = [
      {
        name: 'gen4_image_turbo without reference images',
        op: 'image/generation/generate-image',
        body: () => ({ prompt: 'x', model: 'gen4_image_turbo' }),
        loc: ['body', 'reference_images_url'],
        msg: /gen4_image_turbo needs 1 to 3 reference images/,
      },
      {
        name: 'a reference tag Runway refuses',
        op: 'image/generation/generate-image',
        body: () => ({ prompt: 'x', reference_images_url: [{ uri: pngDataUri, tag: 'my-tag' }] }),
        loc: ['body', 'reference_images_url', 0, 'tag'],
        msg: /letter first/,
      },
      {
        name: 'a prompt over 1000 UTF-16 code units',
        op: 'video/generation/generate-video-from-text',
        body: () => ({ prompt: '🎬'.repeat(600) }),
        loc: ['body', 'prompt'],
        msg: /1200/,
      },
      {
        name: 'image_to_video without image_url',
        op: 'video/generation/generate-video-from-image',
        body: () => ({ prompt: 'x' }),
        loc: ['body', 'image_url'],
        msg: /first-frame image/,
      },
      {
        name: 'veo3 at 10 s (Veo 3 makes 8 s only)',
        op: 'video/generation/generate-video-from-image',
        body: () => ({ prompt: 'x', image_url: pngDataUri, model: 'veo3' }),
        loc: ['body', 'duration'],
        msg: /8 seconds only/,
      },
      {
        name: 'content moderation on veo3',
        op: 'video/generation/generate-video-from-image',
        body: () => ({ prompt: 'x', image_url: pngDataUri, model: 'veo3', duration: 5, content_moderation: { public_figure_threshold: 'low' } }),
        loc: ['body', 'content_moderation'],
        msg: /no content_moderation/,
      },
      {
        name: 'a ratio gen4_turbo does not make',
        op: 'video/generation/generate-video-from-image',
        body: () => ({ prompt: 'x', image_url: pngDataUri, aspect_ratio: '1280:768' }),
        loc: ['body', 'aspect_ratio'],
        msg: /gen4_turbo does not support aspect ratio 1280:768/,
      },
      {
        name: 'the retired gen3a_turbo',
        op: 'video/generation/generate-video-from-image',
        body: () => ({ prompt: 'x', image_url: pngDataUri, model: 'gen3a_turbo', aspect_ratio: '1280:768', duration: 5 }),
        loc: ['body', 'model'],
        msg: /no longer offers gen3a_turbo/,
      },
      {
        name: 'a ratio act_two does not make',
        op: 'video/generation/generate-video-from-motion',
        body: () => ({ character: { type: 'image', uri: pngDataUri }, reference_url: `${inputsUrl}/clip.mp4`, aspect_ratio: '848:480' }),
        loc: ['body', 'aspect_ratio'],
        msg: /act_two/,
      },
      {
        name: 'a ratio gen4_aleph never took',
        op: 'video/generation/generate-video-from-video',
        body: () => ({ prompt: 'x', video_uri: `${inputsUrl}/clip.mp4`, reference_image_url: pngDataUri, aspect_ratio: '768:1280' }),
        loc: ['body', 'aspect_ratio'],
        msg: /gen4_aleph/,
      },
      {
        name: 'an unknown voice preset',
        op: 'audio/generation/text-to-speech',
        body: () => ({ prompt: 'x', voice: { preset_id: 'Nobody' } }),
        loc: ['body', 'voice', 'preset_id'],
        msg: /no voice preset "Nobody"/,
      },
      {
        name: 'a video that is not a video',
        op: 'video/editing-generation/video-upscale',
        body: () => ({ video_url: pngDataUri }),
        loc: ['body', 'video_url'],
        msg: /not a video/,
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const before = twin.calls.length;
        const response = await call(app, 'POST', `/api/v1/runway/${c.op}`, c.body());
        assert.equal(response.statusCode, 422, response.body);
        const entry = response.json().detail.find((d: any) => JSON.stringify(d.loc) === JSON.stringify(c.loc));
        assert.ok(entry, `no 422 entry at ${c.loc.join('.')}: ${response.body}`);
        assert.match(entry.msg, c.msg);
        assert.equal(twin.calls.length, before, 'the twin was called');
      });
    }

    it("an image larger than Runway's 5 MB data-URI limit goes through Runway's ephemeral upload", async () => {
      const noise = Buffer.alloc(1300 * 1100 * 3);
      for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
      const big = await sharp(noise, { raw: { width: 1300, height: 1100, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer();
      assert.ok(big.length > 3_750_000);
      // reference_images_url[].uri is the one media field the reference does not cap at 2048 characters.
      const id = await submit(app, 'image/generation/generate-image', {
        prompt: 'x like @big',
        reference_images_url: [{ uri: `data:image/png;base64,${big.toString('base64')}`, tag: 'big' }],
      });
      assert.equal((await finished(app, id)).status, 'SUCCEEDED');
      const upload = twin.calls.filter((c) => c.method === 'POST' && c.path === '/v1/uploads').at(-1);
      assert.equal((upload?.body as { type?: string })?.type, 'ephemeral');
      const uri = sent(twin, '/v1/text_to_image').body.referenceImages[0].uri as string;
      assert.match(uri, /^runway:\/\//);
    });
  });

  it('passes https URLs on named hosts through and reads every other input itself', () => {
    assert.equal(runwayFetches('https://images.example.com/a.png'), true);
    assert.equal(runwayFetches('http://images.example.com/a.png'), false);
    assert.equal(runwayFetches('https://203.0.113.7/a.png'), false);
    assert.equal(runwayFetches('https://[2001:db8::1]/a.png'), false);
    assert.equal(runwayFetches(`https://example.com/${'a'.repeat(2048)}`), false);
    assert.equal(runwayFetches('data:image/png;base64,AAAA'), false);
  });
});

describe('Runway answers shaped otherwise than the gateway expects', () => {
  it('a task status word the SDK does not list keeps the job pending instead of failing it', async () => {
    // The SDK's union is PENDING|THROTTLED|RUNNING|SUCCEEDED|FAILED|CANCELLED (THROTTLED came later):
    // a new word must not end a task that may still succeed.
    const server = createServer((req, res) => {
      req.resume().on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: 'task-1', status: 'QUEUED', createdAt: '2026-01-01T00:00:00.000Z' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const ctx = {
        settings: { runway: { apiSecret: 'key_runway-secret', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }, pollMaxMs: 1000 },
        signal: new AbortController().signal,
      } as any;
      const outcome = (await runwayAdapter.poll('task-1', {} as any, ctx)) as any;
      assert.equal(outcome.kind, 'pending');
      assert.equal(outcome.upstreamStatus, 'QUEUED');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
