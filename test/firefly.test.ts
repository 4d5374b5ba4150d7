// Adobe Firefly end to end: request → gateway → Firefly twin (IMS token path and Firefly API on
// one real loopback port) → job → polling → outputs copied into the asset store → served back.
// Input images come from a loopback media server, data: URIs, gateway assets and uploads.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { FireflyClient } from '../src/providers/firefly/client.js';
import { outcomeOf } from '../src/providers/firefly/jobs.js';
import { samplePng, startFireflyTwin } from './support/twins.js';
import { JOB_TEST_ENV, testApp, type TestApp } from './support/app.js';
import { until } from './support/until.js';
import { asKey, assertAssetLink, download } from './support/http.js';

const KEY = 'firefly-test-key-0123456789';
const GENERATE = '/api/v1/firefly/image/generation/generate-image';
const VARIATION = '/api/v1/firefly/image/generation/generate-variation';
const PRODUCT = '/api/v1/firefly/image/editing-generation/generate-product-background';
const EXPAND = '/api/v1/firefly/image/editing-generation/expand-image';
const INPAINT = '/api/v1/firefly/image/editing-generation/inpaint';
const UPLOAD = '/api/v1/firefly/upload';

type Twin = Awaited<ReturnType<typeof startFireflyTwin>>;

/** Everything the gateway logged or answered in this file: no token or secret may be in it. */
const logs: string[] = [];
const answers: string[] = [];
const twinsStarted: Twin[] = [];

async function twin(options: Parameters<typeof startFireflyTwin>[0] = {}): Promise<Twin> {
  const started = await startFireflyTwin(options);
  twinsStarted.push(started);
  return started;
}

type Gateway = TestApp;

async function gateway(fireflyTwin: Twin, env: Record<string, string> = {}): Promise<Gateway> {
  return testApp({ ...JOB_TEST_ENV, VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_LOG_LEVEL: 'debug', ...fireflyTwin.env, ...env }, {}, { logs });
}

const { call } = asKey(KEY, (response) => answers.push(JSON.stringify(response.headers), response.body));

function multipart(file: Buffer, filename: string, type: string) {
  const boundary = '----firefly-test';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`;
  return {
    headers: { 'x-api-key': KEY, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

async function uploadFile(app: FastifyInstance, file: Buffer, filename = 'photo.png', type = 'image/png') {
  const response = await app.inject({ method: 'POST', url: UPLOAD, ...multipart(file, filename, type) });
  answers.push(JSON.stringify(response.headers), response.body);
  return response;
}

/** Submits a job, checks the accepted answer, and returns its final Firefly-shaped status. */
async function run(app: FastifyInstance, url: string, body: unknown) {
  const accepted = await call(app, 'POST', url, body);
  assert.equal(accepted.statusCode, 200, accepted.body);
  const { result } = accepted.json();
  assert.match(result.task_id, /^job_[\w-]{22}$/);
  assert.equal(new URL(result.status_url).pathname, `/api/v1/firefly/status/${result.task_id}`);
  const final = await finalStatus(app, result.task_id);
  return { taskId: result.task_id as string, status: final };
}

async function finalStatus(app: FastifyInstance, taskId: string) {
  return until(async () => {
    const response = await call(app, 'GET', `/api/v1/firefly/status/${taskId}`);
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    return ['succeeded', 'failed', 'canceled'].includes(result.status) ? result : undefined;
  }, `job ${taskId} to finish`);
}

/** Downloads a signed gateway link and checks it is a real JPEG of the expected size. */
async function expectJpeg(app: FastifyInstance, url: string, width: number, height: number) {
  assertAssetLink(url);
  const response = await download(app, url);
  assert.equal(response.headers['content-type'], 'image/jpeg');
  const meta = await sharp(response.rawPayload).metadata();
  assert.equal(meta.format, 'jpeg');
  assert.deepEqual([meta.width, meta.height], [width, height]);
}

/** The twin's record of the create call for a path (the last one). */
function created(fireflyTwin: Twin, upstreamPath: string) {
  const calls = fireflyTwin.calls.filter((c) => c.path === upstreamPath && c.status === 202);
  assert.ok(calls.length > 0, `the twin got no accepted ${upstreamPath}`);
  return calls[calls.length - 1];
}

function assertAuthorised(fireflyTwin: Twin, headers: Record<string, unknown>) {
  assert.equal(headers['x-api-key'], fireflyTwin.env.FIREFLY_CLIENT_ID);
  const token = /^Bearer (.+)$/.exec(String(headers.authorization))?.[1];
  assert.ok(token && fireflyTwin.issuedTokens.includes(token), 'a Bearer token IMS issued');
}

/** No snake_case key anywhere in an upstream body. */
function assertCamelCase(value: unknown, where = 'body'): void {
  if (Array.isArray(value)) return value.forEach((v, i) => assertCamelCase(v, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value)) {
    assert.ok(!key.includes('_'), `${where}.${key} is not camelCase`);
    assertCamelCase(v, `${where}.${key}`);
  }
}

/** A mask: black, with a white rectangle in the middle. */
async function sampleMask(width: number, height: number): Promise<Buffer> {
  const hole = await sharp({ create: { width: width / 2, height: height / 2, channels: 3, background: '#fff' } })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#000' } })
    .composite([{ input: hole, left: width / 4, top: height / 4 }])
    .png()
    .toBuffer();
}

describe('Adobe Firefly through the gateway', () => {
  let media: Server;
  let mediaUrl: string;
  let shared: Twin;
  let gw: Gateway;
  let photo: Buffer;
  let maskDataUri: string;

  before(async () => {
    photo = await samplePng(160, 120);
    const mask = await sampleMask(160, 120);
    const tinyMask = await sampleMask(16, 16);
    maskDataUri = `data:image/png;base64,${tinyMask.toString('base64')}`;
    media = createServer((req, res) => {
      const body = req.url === '/photo.png' ? photo : req.url === '/mask.png' ? mask : undefined;
      if (!body) return res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'image/png', 'content-length': body.length }).end(body);
    });
    await new Promise<void>((r) => media.listen(0, '127.0.0.1', r));
    mediaUrl = `http://127.0.0.1:${(media.address() as AddressInfo).port}`;
    shared = await twin();
    gw = await gateway(shared);
  });

  after(async () => {
    await gw?.close();
    await Promise.all(twinsStarted.map((t) => t.app.close()));
    media?.close();
  });

  it('generate-image: POST /v3/images/generate-async with x-model-version and camelCase fields', async () => {
    const { taskId, status } = await run(gw.app, GENERATE, {
      x_model_version: 'image4_standard',
      prompt: 'a lighthouse at dusk',
      negative_prompt: 'fog',
      prompt_biasing_locale_code: 'en-US',
      seeds: [7, 42],
      size: { width: 1024, height: 1024 },
      visual_intensity: 6,
      style: { presets: ['golden_hour'], strength: 60, image_reference: { source: { url: `${mediaUrl}/photo.png` } } },
      structure: { strength: 40, image_reference: { source: { url: maskDataUri } } },
    });
    assert.equal(status.status, 'succeeded', JSON.stringify(status.error));
    assert.equal(status.jobId, taskId);
    assert.equal(status.progress, 100);

    const sent = created(shared, '/v3/images/generate-async');
    assertAuthorised(shared, sent.headers);
    assert.equal(sent.headers['x-model-version'], 'image4_standard');
    assertCamelCase(sent.body);
    const body = sent.body as any;
    assert.deepEqual(
      { ...body, style: undefined, structure: undefined },
      {
        prompt: 'a lighthouse at dusk',
        contentClass: 'photo',
        negativePrompt: 'fog',
        promptBiasingLocaleCode: 'en-US',
        seeds: [7, 42],
        size: { width: 1024, height: 1024 },
        visualIntensity: 6,
        style: undefined,
        structure: undefined,
      },
    );
    // Neither input is on an allow-listed host: both went to Firefly storage first.
    assert.deepEqual(Object.keys(body.style).sort(), ['imageReference', 'presets', 'strength']);
    assert.equal(body.style.strength, 60);
    assert.ok(shared.uploads.has(body.style.imageReference.source.uploadId));
    assert.deepEqual(shared.uploads.get(body.style.imageReference.source.uploadId)!.bytes, photo);
    assert.equal(body.structure.strength, 40);
    assert.ok(shared.uploads.has(body.structure.imageReference.source.uploadId));

    assert.deepEqual(status.result.size, { width: 1024, height: 1024 });
    assert.equal(status.result.contentClass, 'photo');
    assert.deepEqual(
      status.result.outputs.map((o: any) => o.seed),
      [7, 42],
    );
    for (const output of status.result.outputs) await expectJpeg(gw.app, output.image.url, 1024, 1024);
    assert.ok(!JSON.stringify(status).includes(shared.url), 'the upstream link leaked into the result');
  });

  it("upload: checks the bytes, keeps an asset and answers Firefly's upload id", async () => {
    const png = await samplePng(120, 96);
    const response = await uploadFile(gw.app, png);
    assert.equal(response.statusCode, 200, response.body);
    const { result } = response.json();
    assert.match(result.upload_id, /^[0-9a-f-]{36}$/);
    assert.deepEqual(result.images, [{ id: result.upload_id }]);
    assert.match(result.asset_id, /^asset_[\w-]{22}$/);
    assert.deepEqual([result.content_type, result.width, result.height, result.size], ['image/png', 120, 96, png.length]);
    assert.ok(Date.parse(result.expires_at) > Date.now() + 6 * 24 * 3_600_000);
    const stored = shared.uploads.get(result.upload_id)!;
    assert.equal(stored.type, 'image/png');
    assert.deepEqual(stored.bytes, png);
    const sent = shared.calls.findLast((c) => c.path === '/v2/storage/image')!;
    assertAuthorised(shared, sent.headers);
    assert.equal(sent.headers['content-type'], 'image/png');
    const asset = await call(gw.app, 'GET', `/api/v1/assets/${result.asset_id}`);
    assert.equal(asset.statusCode, 200);
    assert.deepEqual(asset.rawPayload, png);

    const notImage = await uploadFile(gw.app, Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n'), 'doc.png', 'image/png');
    assert.equal(notImage.statusCode, 422);
    assert.deepEqual(notImage.json().detail[0].loc, ['body', 'file']);
    assert.match(notImage.json().detail[0].msg, /not an image.*PDF/i);
  });

  it('generate-variation: uses the upload id from /api/v1/firefly/upload (and the asset id)', async () => {
    const uploaded = (await uploadFile(gw.app, await samplePng(96, 64))).json().result;
    const uploadsBefore = shared.calls.filter((c) => c.path === '/v2/storage/image').length;
    const { status } = await run(gw.app, VARIATION, { x_model_version: 'image4_ultra', image: { source: { upload_id: uploaded.upload_id } }, seeds: [3] });
    assert.equal(status.status, 'succeeded', JSON.stringify(status.error));
    const sent = created(shared, '/v3/images/generate-similar-async');
    assert.equal(sent.headers['x-model-version'], 'image4_ultra');
    assert.deepEqual(sent.body, { image: { source: { uploadId: uploaded.upload_id } }, seeds: [3] });
    assert.equal(shared.calls.filter((c) => c.path === '/v2/storage/image').length, uploadsBefore, 'an upload id is used as it is');
    assert.deepEqual(
      status.result.outputs.map((o: any) => o.seed),
      [3],
    );
    // No size in the reference body: Firefly's default, 2048².
    await expectJpeg(gw.app, status.result.outputs[0].image.url, 2048, 2048);

    // The gateway asset id works too; its bytes are already in Firefly storage, so no new upload.
    const again = await run(gw.app, VARIATION, { x_model_version: 'image3', image: { source: { upload_id: uploaded.asset_id } } });
    assert.equal(again.status.status, 'succeeded', JSON.stringify(again.status.error));
    assert.deepEqual((created(shared, '/v3/images/generate-similar-async').body as any).image.source, { uploadId: uploaded.upload_id });
    assert.equal(shared.calls.filter((c) => c.path === '/v2/storage/image').length, uploadsBefore);
  });

  it('generate-product-background: object composite with mask, placement insert → inset (center dropped)', async () => {
    const { status } = await run(gw.app, PRODUCT, {
      prompt: 'a perfume bottle on wet stones',
      image: { source: { url: `${mediaUrl}/photo.png` } },
      mask: { source: { url: `${mediaUrl}/mask.png` } },
      content_class: 'art',
      placement: { alignment: { horizontal: 'left', vertical: 'bottom' }, insert: { left: 10, top: 20, right: 30, bottom: 40, center: 5 } },
      size: { width: 1152, height: 896 },
      seeds: [5],
    });
    assert.equal(status.status, 'succeeded', JSON.stringify(status.error));
    const sent = created(shared, '/v3/images/generate-object-composite-async');
    assertAuthorised(shared, sent.headers);
    assert.equal(sent.headers['x-model-version'], undefined);
    assertCamelCase(sent.body);
    const body = sent.body as any;
    assert.deepEqual(body.placement, { alignment: { horizontal: 'left', vertical: 'bottom' }, inset: { left: 10, top: 20, right: 30, bottom: 40 } });
    assert.equal(body.contentClass, 'art');
    assert.equal(body.prompt, 'a perfume bottle on wet stones');
    assert.deepEqual(body.size, { width: 1152, height: 896 });
    assert.ok(shared.uploads.has(body.image.source.uploadId));
    assert.ok(shared.uploads.has(body.mask.source.uploadId));
    assert.equal(status.result.contentClass, 'art');
    await expectJpeg(gw.app, status.result.outputs[0].image.url, 1152, 896);
  });

  it('expand-image: mask with invert, the default placement not sent', async () => {
    const { status } = await run(gw.app, EXPAND, {
      image: { source: { url: `${mediaUrl}/photo.png` } },
      mask: { invert: true, source: { url: maskDataUri } },
      prompt: 'a pine forest',
      size: { width: 1344, height: 768 },
    });
    assert.equal(status.status, 'succeeded', JSON.stringify(status.error));
    const sent = created(shared, '/v3/images/expand-async');
    assert.equal(sent.headers['x-model-version'], undefined);
    const body = sent.body as any;
    assert.deepEqual(Object.keys(body).sort(), ['image', 'mask', 'prompt', 'size']);
    assert.equal(body.mask.invert, true);
    assert.ok(shared.uploads.has(body.mask.source.uploadId));
    assert.ok(shared.uploads.has(body.image.source.uploadId));
    await expectJpeg(gw.app, status.result.outputs[0].image.url, 1344, 768);
  });

  it('inpaint: POST /v3/images/fill-async with a top-level mask', async () => {
    const asset = (await uploadFile(gw.app, photo)).json().result.asset_id;
    const { status } = await run(gw.app, INPAINT, {
      image: { source: { upload_id: asset } },
      mask: { source: { url: `${mediaUrl}/mask.png` } },
      prompt: 'a red balloon',
      negative_prompt: 'text',
      prompt_biasing_locale_code: 'fr-FR',
      seeds: [11],
      size: { width: 1024, height: 1024 },
    });
    assert.equal(status.status, 'succeeded', JSON.stringify(status.error));
    const sent = created(shared, '/v3/images/fill-async');
    assert.equal(sent.headers['x-model-version'], undefined);
    assertCamelCase(sent.body);
    const body = sent.body as any;
    assert.deepEqual(
      { ...body, image: undefined, mask: { ...body.mask, source: undefined } },
      {
        image: undefined,
        mask: { invert: false, source: undefined },
        prompt: 'a red balloon',
        negativePrompt: 'text',
        promptBiasingLocaleCode: 'fr-FR',
        seeds: [11],
        size: { width: 1024, height: 1024 },
      },
    );
    assert.deepEqual(shared.uploads.get(body.image.source.uploadId)!.bytes, photo);
    await expectJpeg(gw.app, status.result.outputs[0].image.url, 1024, 1024);
  });

  it('answers conflicts with the upstream with 422 before any upstream call', async () => {
    const before = shared.calls.length;
    const cases: [string, unknown, (string | number)[]][] = [
      [VARIATION, { x_model_version: 'image4_custom', image: { source: { upload_id: 'x' } } }, ['body', 'x_model_version']],
      [GENERATE, { x_model_version: 'image3_custom', prompt: 'a fox' }, ['body', 'custom_model_id']],
      [GENERATE, { x_model_version: 'image4_standard', prompt: 'a fox', upsampler_type: 'low_creativity' }, ['body', 'upsampler_type']],
      [GENERATE, { x_model_version: 'image4_standard', prompt: 'a fox', visual_intensity: 11 }, ['body', 'visual_intensity']],
      [GENERATE, { x_model_version: 'image4_standard', prompt: 'a fox', seeds: [1, 2, 3, 4, 5] }, ['body', 'seeds']],
      [VARIATION, { x_model_version: 'image3', image: { source: { upload_id: 'x', url: `${mediaUrl}/photo.png` } } }, ['body', 'image', 'source']],
      [VARIATION, { x_model_version: 'image3', image: { source: {} } }, ['body', 'image', 'source']],
      [VARIATION, { x_model_version: 'image3', image: { source: { url: `${mediaUrl}/nothing.png` } } }, ['body', 'image', 'source', 'url']],
      [INPAINT, { image: { source: { upload_id: 'asset_AAAAAAAAAAAAAAAAAAAAAA' } }, mask: { source: { url: maskDataUri } } }, ['body', 'image', 'source', 'upload_id']],
    ];
    for (const [url, body, loc] of cases) {
      const response = await call(gw.app, 'POST', url, body);
      assert.equal(response.statusCode, 422, `${url} ${JSON.stringify(body)}: ${response.body}`);
      assert.deepEqual(response.json().detail[0].loc, loc, response.body);
    }
    assert.equal(shared.calls.length, before, 'no upstream call was made');
  });

  it('reports a job Firefly failed, with its reason', async () => {
    const { status } = await run(gw.app, GENERATE, { x_model_version: 'image3', prompt: 'a forbidden scene', size: { width: 1024, height: 1024 } });
    assert.equal(status.status, 'failed');
    assert.equal(status.result, null);
    assert.equal(status.error.code, 'content_moderation');
    assert.match(status.error.message, /^Firefly could not complete the job: .*refused by the content policy.*\(prompt_unsafe\)$/);

    // A create Firefly refuses: its validation message and error_code reach the caller.
    const refused = await run(gw.app, GENERATE, { x_model_version: 'image3', prompt: 'a fox', size: { width: 5000, height: 5000 } });
    assert.equal(refused.status.status, 'failed');
    assert.equal(refused.status.error.code, 'invalid_request');
    assert.equal(refused.status.error.upstream_status, 400);
    assert.match(refused.status.error.message, /Firefly answered 400: .*size: width and height must be integers from 1 to 4096 \(validation_error\)/);
  });

  it('cancels a running job upstream: PUT /v3/cancel/{jobId}, the job ends canceled', async () => {
    const slow = await twin({ pendingMs: 20, runningMs: 20_000 });
    const slowGw = await gateway(slow);
    try {
      const accepted = (await call(slowGw.app, 'POST', GENERATE, { x_model_version: 'image3', prompt: 'a slow fox', size: { width: 1024, height: 1024 } })).json().result;
      const job = await until(async () => {
        const j = (await call(slowGw.app, 'GET', `/api/v1/jobs/${accepted.task_id}`)).json().result;
        return j.upstream_status === 'running' ? j : undefined;
      }, 'the upstream job to run');
      assert.equal(slow.state(job.upstream_id), 'running');
      const running = (await call(slowGw.app, 'GET', `/api/v1/firefly/status/${accepted.task_id}`)).json().result;
      assert.equal(running.status, 'running');
      assert.ok(running.progress >= 0 && running.progress < 100);

      const canceled = await call(slowGw.app, 'DELETE', `/api/v1/firefly/cancel/${accepted.task_id}`);
      assert.equal(canceled.statusCode, 200, canceled.body);
      assert.equal(canceled.json().result.status, 'canceled');
      const put = slow.calls.filter((c) => c.method === 'PUT');
      assert.equal(put.length, 1);
      assert.equal(put[0].path, `/v3/cancel/${job.upstream_id}`);
      assert.equal(put[0].status, 200);
      assertAuthorised(slow, put[0].headers);
      assert.equal(slow.state(job.upstream_id), 'canceled');
      assert.equal((await call(slowGw.app, 'GET', `/api/v1/firefly/status/${accepted.task_id}`)).json().result.status, 'canceled');
      // A finished job is answered as it is, without another upstream call.
      assert.equal((await call(slowGw.app, 'DELETE', `/api/v1/firefly/cancel/${accepted.task_id}`)).json().result.status, 'canceled');
      assert.equal(slow.calls.filter((c) => c.method === 'PUT').length, 1);
    } finally {
      await slowGw.close();
    }
  });

  it('honours 429 retry-after: the create is sent again only after the wait', async () => {
    const limited = await twin({ rateLimit: { requests: 1, windowMs: 1_000 } });
    const limitedGw = await gateway(limited);
    try {
      const body = { x_model_version: 'image3', prompt: 'a busy fox', size: { width: 1024, height: 1024 } };
      const [first, second] = await Promise.all([run(limitedGw.app, GENERATE, body), run(limitedGw.app, GENERATE, body)]);
      assert.equal(first.status.status, 'succeeded');
      assert.equal(second.status.status, 'succeeded');
      const creates = limited.calls.filter((c) => c.path === '/v3/images/generate-async');
      assert.deepEqual(
        creates.map((c) => c.status),
        [202, 429, 202],
      );
      const waited = creates[2].at - creates[1].at;
      assert.ok(waited >= 950, `the retry came ${waited} ms after a 429 with retry-after: 1`);

      // Outside a job (upload), the 429 reaches the caller with its Retry-After.
      const uploaded = await uploadFile(limitedGw.app, await samplePng());
      assert.equal(uploaded.statusCode, 429, uploaded.body);
      assert.ok(Number(uploaded.headers['retry-after']) >= 1);
      assert.equal(uploaded.json().provider, 'firefly');
      assert.equal(uploaded.json().upstream_status, 429);
    } finally {
      await limitedGw.close();
    }
  });

  it('refreshes the token before it expires, and once on a 401', async () => {
    const shortLived = await twin({ tokenExpiresIn: 2 });
    const tokenGw = await gateway(shortLived);
    const ims = () => shortLived.calls.filter((c) => c.path === '/ims/token/v3');
    const body = { x_model_version: 'image3', prompt: 'a fox', size: { width: 1024, height: 1024 } };
    try {
      assert.equal((await run(tokenGw.app, GENERATE, body)).status.status, 'succeeded');
      assert.equal(ims().length, 1, 'one token for the whole job');
      const form = ims()[0].body as Record<string, string>;
      assert.equal(form.grant_type, 'client_credentials');
      assert.equal(form.client_id, shortLived.env.FIREFLY_CLIENT_ID);
      assert.equal(form.client_secret, '***');
      assert.match(form.scope, /firefly_api/);
      assert.equal(ims()[0].headers['content-type'], 'application/x-www-form-urlencoded');

      // Firefly stops taking the token early: the call is answered 401, the token refreshed, the call sent once more.
      shortLived.expireTokens();
      const afterExpiry = shortLived.calls.length;
      assert.equal((await run(tokenGw.app, GENERATE, body)).status.status, 'succeeded');
      const sequence = shortLived.calls.slice(afterExpiry).map((c) => `${c.path.split('/').slice(0, 4).join('/')} ${c.status}`);
      assert.deepEqual(sequence.slice(0, 3), ['/v3/images/generate-async 401', '/ims/token/v3 200', '/v3/images/generate-async 202']);
      assert.equal(ims().length, 2);

      // Close to expires_in, the gateway asks for a new token before calling.
      const issued = ims()[1].at;
      await new Promise((r) => setTimeout(r, Math.max(0, issued + 1_850 - Date.now())));
      const beforeRefresh = shortLived.calls.length;
      assert.equal((await run(tokenGw.app, GENERATE, body)).status.status, 'succeeded');
      const next = shortLived.calls.slice(beforeRefresh);
      assert.equal(next[0].path, '/ims/token/v3');
      assert.ok(
        next.every((c) => c.status !== 401),
        'no call was refused',
      );
    } finally {
      await tokenGw.close();
    }
  });

  it('gives up after one refresh, and names the variables when IMS refuses the credentials', async () => {
    // Tokens that never work: one refresh, then the 401 is the answer (no loop).
    const broken = await twin({ tokenExpiresIn: 0 });
    const brokenGw = await gateway(broken);
    try {
      const { status } = await run(brokenGw.app, GENERATE, { x_model_version: 'image3', prompt: 'a fox' });
      assert.equal(status.status, 'failed');
      assert.equal(status.error.code, 'upstream_auth');
      assert.equal(status.error.upstream_status, 401);
      assert.match(status.error.message, /FIREFLY_CLIENT_ID and FIREFLY_CLIENT_SECRET/);
      assert.deepEqual(
        broken.calls.filter((c) => c.path === '/v3/images/generate-async').map((c) => c.status),
        [401, 401],
      );
    } finally {
      await brokenGw.close();
    }
    const wrongGw = await gateway(shared, { FIREFLY_CLIENT_SECRET: 'not-the-secret-value' });
    try {
      const { status } = await run(wrongGw.app, GENERATE, { x_model_version: 'image3', prompt: 'a fox' });
      assert.equal(status.status, 'failed');
      assert.equal(status.error.code, 'upstream_auth');
      assert.match(
        status.error.message,
        /Adobe IMS refused the gateway's Firefly credentials \(invalid_client: invalid client_secret parameter\): check FIREFLY_CLIENT_ID and FIREFLY_CLIENT_SECRET/,
      );
      const upload = await uploadFile(wrongGw.app, await samplePng());
      assert.equal(upload.statusCode, 502, upload.body);
      assert.equal(upload.json().code, 'upstream_auth');
    } finally {
      await wrongGw.close();
    }
  });

  it('never lets a token or the client secret reach logs, answers or job records', async () => {
    const tokens = twinsStarted.flatMap((t) => t.issuedTokens);
    assert.ok(tokens.length >= 5, 'tokens were issued');
    const jobs = (await call(gw.app, 'GET', '/api/v1/jobs?provider=firefly&limit=100')).json().result.jobs;
    assert.ok(jobs.length >= 8);
    const secrets = [...tokens, ...twinsStarted.map((t) => t.env.FIREFLY_CLIENT_SECRET), 'not-the-secret-value'];
    const seen = [logs.join('\n'), answers.join('\n'), JSON.stringify(jobs)];
    assert.ok(logs.length > 50, 'the gateway logged');
    for (const secret of secrets) {
      for (const text of seen) assert.ok(!text.includes(secret), 'a token or the client secret leaked');
    }
  });
});

describe('Firefly answers shaped otherwise than the gateway expects', () => {
  it('a status word Firefly does not document (e.g. queued) keeps the job pending instead of failing it', async () => {
    // The OpenAPI enum is pending|running|succeeded|failed|canceled; its own examples already add
    // cancel_pending and timeout, so a later word must not end a job that may still succeed.
    const server = createServer((req, res) => {
      req.resume().on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        if (req.url?.startsWith('/ims/token/v3')) return res.end(JSON.stringify({ access_token: 'ims-token', token_type: 'bearer', expires_in: 86399 }));
        res.end(JSON.stringify({ jobId: 'urn:ff:jobs:abc', status: 'queued' }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = new FireflyClient({ clientId: 'ff-client-unknown-word', clientSecret: 'ff-secret', baseUrl: url, imsUrl: url });
      const outcome = outcomeOf(await client.status('urn:ff:jobs:abc'), 'urn:ff:jobs:abc');
      assert.deepEqual(outcome, { kind: 'pending', upstreamId: 'urn:ff:jobs:abc', upstreamStatus: 'queued' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
