// BRIA tailored generation (LoRA) end to end: gateway (buildApp + inject) → BRIA twin on a real
// loopback port. The whole lifecycle — project → dataset → images (base64, a URL on a local
// server, a gateway asset) → captions → completed dataset → models → training start/stop →
// generation (assets downloaded and checked) → deletion — with per-key ownership (a second key
// sees none of it and gets 404 on every id), BRIA's 4xx/409/429/401 answers mapped, and the
// per-project dataset listing's query flags. All 27 /api/v1/bria-lora operations are called.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import sharp from 'sharp';
import { generateVector } from '../src/providers/bria-lora/jobs.js';
import { databaseKinds, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { startBriaTwin } from './support/twins.js';
import { until } from './support/until.js';
import { testAppOn } from './support/app.js';
import { call as request, download } from './support/http.js';

const KEY_A = 'lora-key-a-0123456789';
const KEY_B = 'lora-key-b-0123456789';
const API = '/api/v1/bria-lora';
const TG = '/v1/tailored-gen';
/** Training and caption regeneration take this long in the twin. */
const PROCESSING_MS = 900;

type Twin = Awaited<ReturnType<typeof startBriaTwin>>;
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

async function gateway(database: TestDatabase, twin: Twin, env: Record<string, string> = {}): Promise<FastifyInstance> {
  const { app } = await testAppOn(database, {
    VISION_STUDIO_API_KEYS: `${KEY_A},${KEY_B}`,
    VISION_STUDIO_LOG_LEVEL: 'silent',
    VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
    VISION_STUDIO_POLL_INITIAL_MS: '20',
    VISION_STUDIO_POLL_MAX_MS: '100',
    VISION_STUDIO_SYNC_WAIT_MS: '5000',
    BRIA_API_TOKEN: twin.token,
    BRIA_BASE_URL: twin.url,
    ...env,
  });
  return app;
}

const call = (app: FastifyInstance, method: Method, url: string, key = KEY_A, payload?: unknown) => request(app, method, url, { key, payload });

/** A 200 answer's `result`. */
async function ok(app: FastifyInstance, method: Method, url: string, payload?: unknown, key = KEY_A) {
  const response = await call(app, method, url, key, payload);
  assert.equal(response.statusCode, 200, `${method} ${url}: ${response.body}`);
  const body = response.json();
  assert.equal(body.status, 'success');
  return body.result;
}

function assertError(response: { statusCode: number; json(): any; body: string }, status: number, upstreamStatus?: number) {
  assert.equal(response.statusCode, status, response.body);
  const body = response.json();
  assert.equal(typeof body.detail, 'string', response.body);
  if (upstreamStatus !== undefined) {
    assert.equal(body.upstream_status, upstreamStatus, response.body);
    assert.equal(body.provider, 'bria-lora');
  }
  return body;
}

function assertLoc(response: { statusCode: number; json(): any; body: string }, loc: (string | number)[]) {
  assert.equal(response.statusCode, 422, response.body);
  assert.deepEqual(response.json().detail[0].loc, loc, response.body);
}

/** Real images the dataset gets: at least 256 px on the short side, as BRIA requires. */
async function pictures() {
  const square = await sharp({ create: { width: 240, height: 192, channels: 3, background: '#d00' } })
    .png()
    .toBuffer();
  const red = await sharp({ create: { width: 320, height: 256, channels: 3, background: '#fff' } })
    .composite([{ input: square, left: 40, top: 32 }])
    .png()
    .toBuffer();
  const blue = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#1040c8' } })
    .jpeg()
    .toBuffer();
  const green = await sharp({ create: { width: 256, height: 384, channels: 3, background: '#20a040' } })
    .webp()
    .toBuffer();
  const tiny = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#888' } })
    .png()
    .toBuffer();
  return { red, blue, green, tiny };
}

/** A plain HTTP server on loopback serving the images a caller would link to. */
async function imageServer(files: Record<string, { bytes: Buffer; type: string }>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const file = files[req.url ?? ''];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file.type, 'content-length': file.bytes.length }).end(file.bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const callsTo = (twin: Twin, method: string, path: string) => twin.calls.filter((c) => c.method === method && c.path === path);
const lastCall = (twin: Twin, method: string, path: string) => {
  const found = callsTo(twin, method, path);
  assert.ok(found.length > 0, `no ${method} ${path} reached the twin`);
  return found[found.length - 1];
};

function lifecycle(kind: DatabaseKind) {
  describe(`BRIA tailored generation on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let twin: Twin;
    let app: FastifyInstance;
    let images: Awaited<ReturnType<typeof pictures>>;
    let host: { url: string; server: Server };
    // Ids created along the way (BRIA's integers).
    let P: number, D: number, D2: number, I1: number, I2: number, I3: number, ML: number, MM: number;
    let generatedAsset: string;

    before(async () => {
      database = await kind.create();
      twin = await startBriaTwin({ processingMs: PROCESSING_MS });
      app = await gateway(database, twin);
      images = await pictures();
      host = await imageServer({ '/poses/blue.jpg': { bytes: images.blue, type: 'image/jpeg' } });
    });
    after(async () => {
      await app?.close();
      await twin?.app.close();
      await new Promise((r) => host?.server.close(r));
      await database?.cleanup();
    });

    it('projects: create (ip_type style → stylized_scene), list, get and update, with field checks', async () => {
      const project = await ok(app, 'POST', `${API}/projects`, {
        project_name: 'Brand set',
        ip_medium: 'illustration',
        ip_type: 'style',
        project_description: null,
      });
      P = project.id;
      assert.ok(Number.isInteger(P));
      assert.equal(project.ip_type, 'stylized_scene');
      assert.equal(project.status, 'active');
      const sent = lastCall(twin, 'POST', `${TG}/projects`);
      assert.equal(sent.headers.api_token, twin.token);
      assert.deepEqual(sent.body, { project_name: 'Brand set', ip_medium: 'illustration', ip_type: 'stylized_scene' });

      // Checked before any upstream call.
      const before = twin.calls.length;
      assertLoc(await call(app, 'POST', `${API}/projects`, KEY_A, { project_name: 'Hero', ip_medium: 'illustration', ip_type: 'defined_character' }), ['body', 'ip_name']);
      assert.equal(twin.calls.length, before);
      // BRIA's own 400 (object types are illustration-only): the caller's input to change, a 422
      // as every provider's refusal of an input is.
      assertError(await call(app, 'POST', `${API}/projects`, KEY_A, { project_name: 'Cans', ip_medium: 'photography', ip_type: 'multi_object_set' }), 422, 400);

      assert.deepEqual(
        (await ok(app, 'GET', `${API}/projects`)).map((p: { id: number }) => p.id),
        [P],
      );
      assert.equal((await ok(app, 'GET', `${API}/projects/${P}`)).project_name, 'Brand set');
      assertLoc(await call(app, 'PUT', `${API}/projects/${P}`, KEY_A, { project_id: P + 1, project_name: 'x' }), ['body', 'project_id']);
      const updated = await ok(app, 'PUT', `${API}/projects/${P}`, { project_id: P, project_description: 'Flat brand illustrations', ip_name: null });
      assert.equal(updated.project_description, 'Flat brand illustrations');
      assert.deepEqual(lastCall(twin, 'PUT', `${TG}/projects/${P}`).body, { project_description: 'Flat brand illustrations' });
    });

    it('datasets: create, list, get and update', async () => {
      const dataset = await ok(app, 'POST', `${API}/datasets`, { project_id: P, name: 'v1' });
      D = dataset.id;
      assert.equal(dataset.project_id, P);
      assert.equal(dataset.status, 'draft');
      assert.equal(dataset.captions_update_status, 'empty');
      assert.deepEqual(
        (await ok(app, 'GET', `${API}/datasets`)).map((d: { id: number }) => d.id),
        [D],
      );
      assert.deepEqual((await ok(app, 'GET', `${API}/datasets/${D}`)).images, []);
      assertLoc(await call(app, 'PUT', `${API}/datasets/${D}`, KEY_A, { dataset_id: D + 1, name: 'x' }), ['body', 'dataset_id']);
      const updated = await ok(app, 'PUT', `${API}/datasets/${D}`, { dataset_id: D, name: 'v1b', caption_prefix: 'A flat brand illustration of', status: null });
      assert.equal(updated.name, 'v1b');
      assert.equal(updated.caption_prefix, 'A flat brand illustration of');
      assert.deepEqual(lastCall(twin, 'PUT', `${TG}/datasets/${D}`).body, { name: 'v1b', caption_prefix: 'A flat brand illustration of' });
    });

    it('dataset images: upload as base64, data URI and a URL on a local server; bad inputs answered before BRIA', async () => {
      const base64 = images.red.toString('base64');
      const first = await ok(app, 'POST', `${API}/datasets/${D}/images`, { dataset_id: D, file_path: base64, image_name: 'red.png' });
      I1 = first.id;
      assert.equal(first.dataset_id, D);
      assert.equal(first.image_name, 'red.png');
      assert.equal(first.caption_source, 'automatic');
      assert.match(first.caption, /^A flat brand illustration of .*red/);
      assert.deepEqual(lastCall(twin, 'POST', `${TG}/datasets/${D}/images`).body, { file: base64, image_name: 'red.png' });

      // A URL is fetched by the gateway (SSRF-checked) and sent to BRIA as bytes.
      const second = await ok(app, 'POST', `${API}/datasets/${D}/images`, { dataset_id: D, image_url: `${host.url}/poses/blue.jpg` });
      I2 = second.id;
      assert.equal(second.image_name, 'blue.jpg');
      assert.deepEqual(lastCall(twin, 'POST', `${TG}/datasets/${D}/images`).body, { file: images.blue.toString('base64'), image_name: 'blue.jpg' });
      const stored = await fetch(second.image_url);
      assert.deepEqual(Buffer.from(await stored.arrayBuffer()), images.blue);

      const third = await ok(app, 'POST', `${API}/datasets/${D}/images`, { dataset_id: D, file_path: `data:image/webp;base64,${images.green.toString('base64')}` });
      I3 = third.id;

      const before = twin.calls.length;
      assertLoc(await call(app, 'POST', `${API}/datasets/${D}/images`, KEY_A, { dataset_id: D }), ['body', 'file_path']);
      assertLoc(await call(app, 'POST', `${API}/datasets/${D}/images`, KEY_A, { dataset_id: D, file_path: base64, image_url: `${host.url}/poses/blue.jpg` }), [
        'body',
        'image_url',
      ]);
      assertLoc(await call(app, 'POST', `${API}/datasets/${D}/images`, KEY_A, { dataset_id: D + 1, file_path: base64 }), ['body', 'dataset_id']);
      // file_path is never a path on the gateway's disk.
      assertLoc(await call(app, 'POST', `${API}/datasets/${D}/images`, KEY_A, { dataset_id: D, file_path: '/etc/passwd' }), ['body', 'file_path']);
      const text = await call(app, 'POST', `${API}/datasets/${D}/images`, KEY_A, { dataset_id: D, file_path: Buffer.from('hello, not an image').toString('base64') });
      assertLoc(text, ['body', 'file_path']);
      assert.match(text.json().detail[0].msg, /not an image/);
      assertLoc(await call(app, 'POST', `${API}/datasets/${D}/images`, KEY_A, { dataset_id: D, image_url: `${host.url}/poses/missing.png` }), ['body', 'image_url']);
      assert.equal(twin.calls.length, before, 'bad input reached BRIA');
      // BRIA's resolution precondition (412) keeps its status.
      assertError(await call(app, 'POST', `${API}/datasets/${D}/images`, KEY_A, { dataset_id: D, file_path: images.tiny.toString('base64') }), 412, 412);

      const listed = await ok(app, 'GET', `${API}/datasets/${D}/images`);
      assert.deepEqual(listed.map((i: { id: number }) => i.id).sort(), [I1, I2, I3].sort());
      assert.equal((await ok(app, 'GET', `${API}/datasets/${D}/images/${I1}`)).image_name, 'red.png');
      assert.deepEqual(await ok(app, 'DELETE', `${API}/datasets/${D}/images/${I3}`), { id: I3, dataset_id: D, deleted: true });
      assert.equal(callsTo(twin, 'DELETE', `${TG}/datasets/${D}/images/${I3}`).length, 1);
      assertError(await call(app, 'GET', `${API}/datasets/${D}/images/${I3}`), 404);
      assert.equal((await ok(app, 'GET', `${API}/datasets/${D}`)).images.length, 2);
    });

    it('captions: one image (manual, regenerated), then all images (202 upstream, polled to completed)', async () => {
      const manual = await ok(app, 'PUT', `${API}/datasets/${D}/images/${I1}/caption`, { image_id: I1, dataset_id: D, caption: 'A red square on white' });
      assert.equal(manual.caption, 'A red square on white');
      assert.equal(manual.caption_source, 'manual');
      assert.deepEqual(lastCall(twin, 'PUT', `${TG}/datasets/${D}/images/${I1}`).body, { caption: 'A red square on white' });

      const regenerated = await ok(app, 'PUT', `${API}/datasets/${D}/images/${I2}/caption`, { image_id: I2, dataset_id: D, regenerate_caption: true });
      assert.equal(regenerated.caption_source, 'automatic');
      assert.deepEqual(lastCall(twin, 'PUT', `${TG}/datasets/${D}/images/${I2}`).body, { regenerate_caption: true });

      assertLoc(await call(app, 'PUT', `${API}/datasets/${D}/images/${I1}/caption`, KEY_A, { image_id: I1, dataset_id: D, caption: 'x', regenerate_caption: true }), [
        'body',
        'regenerate_caption',
      ]);
      assertLoc(await call(app, 'PUT', `${API}/datasets/${D}/images/${I1}/caption`, KEY_A, { image_id: I1, dataset_id: D }), ['body', 'caption']);
      assertLoc(await call(app, 'PUT', `${API}/datasets/${D}/images/${I1}/caption`, KEY_A, { image_id: I2, dataset_id: D, caption: 'x' }), ['body', 'image_id']);

      const started = Date.now();
      const all = await ok(app, 'PUT', `${API}/datasets/${D}/images/captions`);
      assert.ok(Date.now() - started >= PROCESSING_MS - 50, 'the gateway waited for BRIA to finish');
      assert.equal(all.id, D);
      assert.equal(all.captions_update_status, 'completed');
      assert.equal(all.images.length, 2);
      for (const image of all.images) assert.equal(image.caption_source, 'automatic');
      assert.equal(callsTo(twin, 'PUT', `${TG}/datasets/${D}/images`).length, 1);
      assert.ok(callsTo(twin, 'GET', `${TG}/datasets/${D}`).length >= 2, 'the dataset was polled');
    });

    it('completing the dataset freezes it (BRIA 409 kept)', async () => {
      assert.equal((await ok(app, 'PUT', `${API}/datasets/${D}`, { dataset_id: D, status: 'completed' })).status, 'completed');
      assertError(await call(app, 'POST', `${API}/datasets/${D}/images`, KEY_A, { dataset_id: D, file_path: images.red.toString('base64') }), 409, 409);
    });

    it('models: create, list, get, update, per project — and the per-project datasets listing with its query flags', async () => {
      const light = await ok(app, 'POST', `${API}/models`, { name: 'light one', dataset_id: D, training_version: 'light' });
      ML = light.id;
      assert.equal(light.status, 'Created');
      assert.equal(light.training_version, 'light');
      assert.deepEqual(lastCall(twin, 'POST', `${TG}/models`).body, { name: 'light one', dataset_id: D, training_version: 'light', training_mode: 'fully_automated' });
      const max = await ok(app, 'POST', `${API}/models`, { name: 'max one', dataset_id: D, training_version: 'max', description: 'high fidelity' });
      MM = max.id;
      assert.equal(max.project_id, P);

      assert.deepEqual((await ok(app, 'GET', `${API}/models`)).map((m: { id: number }) => m.id).sort(), [ML, MM].sort());
      assert.equal((await ok(app, 'GET', `${API}/models/${MM}`)).description, 'high fidelity');
      assertLoc(await call(app, 'PUT', `${API}/models/${ML}`, KEY_A, { model_id: MM, name: 'x' }), ['body', 'model_id']);
      const renamed = await ok(app, 'PUT', `${API}/models/${ML}`, { model_id: ML, name: 'light brand', description: null });
      assert.equal(renamed.name, 'light brand');
      assert.deepEqual(lastCall(twin, 'PUT', `${TG}/models/${ML}`).body, { name: 'light brand' });
      assert.deepEqual((await ok(app, 'GET', `${API}/projects/${P}/models`)).map((m: { id: number }) => m.id).sort(), [ML, MM].sort());

      const plain = await ok(app, 'GET', `${API}/projects/${P}/datasets`);
      assert.deepEqual(
        plain.map((d: { id: number }) => d.id),
        [D],
      );
      assert.equal(plain[0].models, undefined);
      assert.equal(plain[0].model_ids, undefined);
      assert.equal(lastCall(twin, 'GET', `${TG}/projects/${P}/datasets`).path, `${TG}/projects/${P}/datasets`);

      const withModels = await ok(app, 'GET', `${API}/projects/${P}/datasets?include_models=true`);
      assert.deepEqual(withModels[0].models.map((m: { id: number }) => m.id).sort(), [ML, MM].sort());
      assert.equal(withModels[0].model_ids, undefined);
      assert.equal(callsTo(twin, 'GET', `${TG}/projects/${P}/datasets?include_models=true`).length, 1);

      const withIds = await ok(app, 'GET', `${API}/projects/${P}/datasets?include_models_ids=1&include_models=false`);
      assert.deepEqual([...withIds[0].model_ids].sort(), [String(ML), String(MM)].sort());
      assert.equal(withIds[0].models, undefined);
      assert.equal(callsTo(twin, 'GET', `${TG}/projects/${P}/datasets?include_models_ids=true`).length, 1);

      assertLoc(await call(app, 'GET', `${API}/projects/${P}/datasets?include_models=maybe`), ['query', 'include_models']);
    });

    it('training: start, status, BRIA 409s while it trains, stop (Stopping → Stopped); a light model trains to Completed', async () => {
      const started = await ok(app, 'POST', `${API}/models/${MM}/training/start`);
      assert.equal(started.status, 'InProgress');
      assert.equal(started.generation_prefix, 'A flat brand illustration of');
      assert.equal(callsTo(twin, 'POST', `${TG}/models/${MM}/start_training`).length, 1);
      assert.equal((await ok(app, 'GET', `${API}/models/${MM}`)).status, 'InProgress');

      assertError(await call(app, 'DELETE', `${API}/projects/${P}`), 409, 409);
      assertError(await call(app, 'DELETE', `${API}/models/${MM}`), 409, 409);
      assertError(await call(app, 'POST', `${API}/models/${MM}/training/start`), 409, 409);
      assert.ok(
        (await ok(app, 'GET', `${API}/projects`)).some((p: { id: number }) => p.id === P),
        'the project survived',
      );

      const stopped = await ok(app, 'POST', `${API}/models/${MM}/training/stop`);
      assert.equal(stopped.id, MM);
      assert.equal(stopped.status, 'Stopping');
      assert.equal(callsTo(twin, 'POST', `${TG}/models/${MM}/stop_training`).length, 1);
      await until(async () => ((await ok(app, 'GET', `${API}/models/${MM}`)).status === 'Stopped' ? true : undefined), 'Stopped');
      assertError(await call(app, 'POST', `${API}/models/${MM}/training/stop`), 409, 409);

      assert.equal((await ok(app, 'POST', `${API}/models/${ML}/training/start`)).status, 'InProgress');
      await until(async () => ((await ok(app, 'GET', `${API}/models/${ML}`)).status === 'Completed' ? true : undefined), 'Completed');
    });

    it('generate-image: sync with the trained model (asset downloaded and checked), async with two results', async () => {
      const result = await ok(app, 'POST', `${API}/image/generation/generate-image`, {
        model_id: String(ML),
        prompt: 'a red square hero',
        aspect_ratio: '16:9',
        fast: true,
        steps_num: 8,
        seed: 7,
        model_influence: null,
      });
      assert.equal(result.seed, 7);
      const link = new URL(result.image_url);
      assert.match(link.pathname, /^\/api\/v1\/assets\/asset_[\w-]{22}$/);
      generatedAsset = link.pathname.split('/').pop()!;
      const png = await download(app, result.image_url);
      assert.equal(png.headers['content-type'], 'image/png');
      const meta = await sharp(png.rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['png', 512, 288]);
      // (The twin's call log loses a body once a file is downloaded after it, so bodies are
      // checked on calls without a download: the failure cases below.)
      assert.equal(lastCall(twin, 'POST', `/v1/text-to-image/tailored/${ML}`).headers.api_token, twin.token);
      assert.ok(!JSON.stringify(result).includes(twin.url), 'an upstream URL leaked');

      const accepted = await ok(app, 'POST', `${API}/image/generation/generate-image`, { model_id: String(ML), prompt: 'two brand heroes', sync: false, num_results: 2 });
      assert.match(accepted.task_id, /^job_/);
      const job = await until(async () => {
        const view = await ok(app, 'GET', `/api/v1/jobs/${accepted.task_id}`);
        return view.state === 'succeeded' ? view : undefined;
      }, 'the job');
      assert.equal(job.provider, 'bria-lora');
      assert.equal(job.operation, 'bria-lora.generate-image');
      assert.equal(job.result.image_urls.length, 2);
      for (const url of job.result.image_urls) assert.equal((await sharp((await download(app, url)).rawPayload).metadata()).format, 'png');
    });

    it('generate-image failures: fast with a max model (422 before BRIA), an untrained model (BRIA 400), moderation (BRIA 422)', async () => {
      const before = callsTo(twin, 'POST', `/v1/text-to-image/tailored/${MM}`).length;
      const fast = await call(app, 'POST', `${API}/image/generation/generate-image`, KEY_A, { model_id: String(MM), prompt: 'a max hero', fast: true });
      assertLoc(fast, ['body', 'fast']);
      assert.match(fast.json().detail[0].msg, /training_version max/);
      assert.equal(callsTo(twin, 'POST', `/v1/text-to-image/tailored/${MM}`).length, before);

      // MM was stopped: BRIA refuses to generate with it.
      assertError(await call(app, 'POST', `${API}/image/generation/generate-image`, KEY_A, { model_id: String(MM), prompt: 'a max hero' }), 422, 400);
      assert.deepEqual(lastCall(twin, 'POST', `/v1/text-to-image/tailored/${MM}`).body, {
        prompt: 'a max hero',
        num_results: 1,
        aspect_ratio: '1:1',
        sync: true,
        fast: false,
        include_generation_prefix: true,
      });
      const refused = assertError(
        await call(app, 'POST', `${API}/image/generation/generate-image`, KEY_A, {
          model_id: String(ML),
          prompt: 'something forbidden',
          aspect_ratio: '4:5',
          fast: true,
          steps_num: 8,
          seed: 7,
          model_influence: 0.8,
          include_generation_prefix: false,
          sync: true,
        }),
        422,
        422,
      );
      assert.match(refused.task_id, /^job_/);
      assert.deepEqual(lastCall(twin, 'POST', `/v1/text-to-image/tailored/${ML}`).body, {
        prompt: 'something forbidden',
        num_results: 1,
        aspect_ratio: '4:5',
        sync: true,
        fast: true,
        steps_num: 8,
        model_influence: 0.8,
        include_generation_prefix: false,
        seed: 7,
      });
    });

    it('generate-vector: an SVG from the light model (fast follows the model; bria_model_version is not sent)', async () => {
      const result = await ok(app, 'POST', `${API}/image/generation/generate-vector`, {
        model_id: String(ML),
        prompt: 'a fox icon',
        aspect_ratio: '3:4',
        bria_model_version: '3.2',
        negative_prompt: 'text',
      });
      const svg = await download(app, result.vector_url);
      assert.equal(svg.headers['content-type'], 'image/svg+xml');
      assert.match(svg.body, /^<svg [^>]*width="384" height="512"/);
      assertError(
        await call(app, 'POST', `${API}/image/generation/generate-vector`, KEY_A, {
          model_id: String(ML),
          prompt: 'a forbidden fox',
          bria_model_version: '3.2',
          negative_prompt: 'text',
          seed: 3,
        }),
        422,
        422,
      );
      assert.deepEqual(lastCall(twin, 'POST', `/v1/text-to-vector/tailored/${ML}`).body, {
        sync: true,
        fast: true,
        prompt: 'a forbidden fox',
        num_results: 1,
        aspect_ratio: '1:1',
        prompt_content_moderation: false,
        content_moderation: false,
        seed: 3,
        negative_prompt: 'text',
        include_generation_prefix: true,
      });
      assertLoc(await call(app, 'POST', `${API}/image/generation/generate-vector`, KEY_A, { model_id: String(ML), prompt: 'a fox icon', guidance_method_1: 'controlnet_canny' }), [
        'body',
        'guidance_method_1_image_url',
      ]);
    });

    it('a gateway asset uploads into a dataset (only its owner can use it)', async () => {
      D2 = (await ok(app, 'POST', `${API}/datasets`, { project_id: P, name: 'v2' })).id;
      const fromAsset = await ok(app, 'POST', `${API}/datasets/${D2}/images`, { dataset_id: D2, file_path: generatedAsset });
      const sent = lastCall(twin, 'POST', `${TG}/datasets/${D2}/images`).body as { file: string };
      assert.equal((await sharp(Buffer.from(sent.file, 'base64')).metadata()).width, 512);
      assert.equal(fromAsset.dataset_id, D2);
      // B may not add anything to A's dataset.
      assertError(await call(app, 'POST', `${API}/datasets/${D2}/images`, KEY_B, { dataset_id: D2, file_path: generatedAsset }), 404);
    });

    it('another API key sees none of it and gets 404 on every id, without BRIA being asked', async () => {
      assert.deepEqual(await ok(app, 'GET', `${API}/projects`, undefined, KEY_B), []);
      assert.deepEqual(await ok(app, 'GET', `${API}/datasets`, undefined, KEY_B), []);
      assert.deepEqual(await ok(app, 'GET', `${API}/models`, undefined, KEY_B), []);
      const before = twin.calls.length;
      const attempts: [Method, string, unknown?][] = [
        ['GET', `${API}/projects/${P}`],
        ['PUT', `${API}/projects/${P}`, { project_id: P, project_name: 'mine now' }],
        ['DELETE', `${API}/projects/${P}`],
        ['GET', `${API}/projects/${P}/datasets?include_models=true`],
        ['GET', `${API}/projects/${P}/models`],
        ['POST', `${API}/datasets`, { project_id: P, name: 'sneaky' }],
        ['GET', `${API}/datasets/${D}`],
        ['PUT', `${API}/datasets/${D}`, { dataset_id: D, name: 'mine now' }],
        ['DELETE', `${API}/datasets/${D}`],
        ['POST', `${API}/datasets/${D}/images`, { dataset_id: D, file_path: images.red.toString('base64') }],
        ['GET', `${API}/datasets/${D}/images`],
        ['GET', `${API}/datasets/${D}/images/${I1}`],
        ['DELETE', `${API}/datasets/${D}/images/${I1}`],
        ['PUT', `${API}/datasets/${D}/images/${I1}/caption`, { image_id: I1, dataset_id: D, caption: 'mine' }],
        ['PUT', `${API}/datasets/${D}/images/captions`],
        ['POST', `${API}/models`, { name: 'sneaky', dataset_id: D, training_version: 'light' }],
        ['GET', `${API}/models/${ML}`],
        ['PUT', `${API}/models/${ML}`, { model_id: ML, name: 'mine now' }],
        ['DELETE', `${API}/models/${ML}`],
        ['POST', `${API}/models/${ML}/training/start`],
        ['POST', `${API}/models/${MM}/training/stop`],
        ['POST', `${API}/image/generation/generate-image`, { model_id: String(ML), prompt: 'steal the model' }],
        ['POST', `${API}/image/generation/generate-vector`, { model_id: String(ML), prompt: 'steal the model' }],
        // Ids that exist nowhere answer the same.
        ['GET', `${API}/projects/999999`],
        ['GET', `${API}/models/not-a-number`],
      ];
      for (const [method, url, payload] of attempts) {
        const response = await call(app, method, url, KEY_B, payload);
        assert.equal(response.statusCode, 404, `${method} ${url} as B: ${response.body}`);
        assert.match(response.json().detail, /not found/i);
      }
      assert.equal(twin.calls.length, before, "BRIA was asked about another key's resource");
      // A still has everything.
      assert.equal((await ok(app, 'GET', `${API}/projects/${P}`)).id, P);
    });

    it('BRIA answers mapped: 404 for a resource deleted at BRIA, 429 with Retry-After, a refused token as 502', async () => {
      // Deleted outside the gateway (e.g. in BRIA's console).
      const gone = await fetch(`${twin.url}${TG}/datasets/${D2}`, { method: 'DELETE', headers: { api_token: twin.token } });
      assert.equal(gone.status, 204);
      const missing = assertError(await call(app, 'GET', `${API}/datasets/${D2}`), 404, 404);
      assert.match(missing.detail, /Dataset not found/);

      const limited = await startBriaTwin({ ratePerMinute: 1 });
      const other = await kind.create();
      const slow = await gateway(other, limited);
      try {
        await ok(slow, 'GET', `${API}/projects`);
        const response = await call(slow, 'GET', `${API}/projects`);
        assertError(response, 429, 429);
        assert.ok(Number(response.headers['retry-after']) > 0, 'Retry-After');
      } finally {
        await slow.close();
        await limited.app.close();
        await other.cleanup();
      }

      const wrong = await kind.create();
      const refused = await gateway(wrong, twin, { BRIA_API_TOKEN: 'not-the-token' });
      try {
        const response = await call(refused, 'GET', `${API}/projects`);
        const body = assertError(response, 502, 401);
        assert.ok(!response.body.includes('not-the-token'), 'the token leaked');
        assert.match(body.detail, /BRIA_API_TOKEN/);
      } finally {
        await refused.close();
        await wrong.cleanup();
      }
    });

    it('deletes a model, a dataset and the project; their ids are forgotten', async () => {
      assert.deepEqual(await ok(app, 'DELETE', `${API}/models/${ML}`), { id: ML, deleted: true });
      assertError(await call(app, 'GET', `${API}/models/${ML}`), 404);
      assert.deepEqual(await ok(app, 'DELETE', `${API}/datasets/${D}`), { id: D, deleted: true });
      assertError(await call(app, 'GET', `${API}/datasets/${D}/images/${I1}`), 404);
      assert.deepEqual(await ok(app, 'DELETE', `${API}/projects/${P}`), { id: P, deleted: true });
      assert.equal(callsTo(twin, 'DELETE', `${TG}/projects/${P}`).length, 2, 'the 409 attempt and this one');
      assert.deepEqual(await ok(app, 'GET', `${API}/projects`), []);
      assert.deepEqual(await ok(app, 'GET', `${API}/models`), []);
      const before = twin.calls.length;
      assertError(await call(app, 'GET', `${API}/models/${MM}`), 404);
      assert.equal(twin.calls.length, before, "the project's model was forgotten with it");
      // Everything recorded for the project went with it, the dataset deleted at BRIA included.
      assert.deepEqual(await app.storage.db.selectFrom('upstream_resources').selectAll().execute(), []);
    });
  });
}

for (const kind of databaseKinds) lifecycle(kind);

describe('BRIA tailored generation answers', () => {
  it('a result content moderation filtered out (no urls) leaves the other results; every result filtered is content_moderation', async () => {
    // docs.bria.ai text-to-vector-tailored: content moderation "filters out unsafe generated images".
    let answer: unknown;
    const server = createServer((req, res) => {
      req.resume().on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const ctx = {
        settings: { bria: { apiToken: 'bria-token', baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` } },
        signal: new AbortController().signal,
      } as any;
      const request = { model_id: '7', body: { prompt: 'a fox', num_results: 2, content_moderation: true, sync: true } };
      answer = {
        result: [
          { urls: ['https://cdn.example/a.svg'], seed: 11, uuid: 'u1' },
          { blocked: true, error_code: 422, description: 'did not pass content moderation' },
        ],
      };
      const made = (await generateVector.adapter.start(request, ctx)) as any;
      assert.equal(made.kind, 'done');
      assert.deepEqual(made.outputs, [{ url: 'https://cdn.example/a.svg', contentType: 'image/svg+xml' }]);
      assert.deepEqual(made.data.seeds, [11]);
      answer = { result: [{ blocked: true }, { blocked: true }] };
      const none = (await generateVector.adapter.start(request, ctx)) as any;
      assert.equal(none.kind, 'failed');
      assert.equal(none.error.code, 'content_moderation');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
