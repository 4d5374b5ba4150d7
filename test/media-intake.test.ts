// Media in from anywhere (issue #14) and the one ownership rule for media references (#13.1),
// through a sandbox gateway listening on a real port (every provider served by its twin):
// uploads, every reference form in media fields of several providers, another key's asset
// answered exactly like an unknown one, and a chain of operations fed only with asset ids.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { referencedAssetId } from '../src/assets/intake.js';
import { testApp, type TestApp } from './support/app.js';
import { samplePng } from './support/twins.js';
import { until } from './support/until.js';
import { ffmpeg, testClip } from './support/media.js';

const KEY_A = 'media-key-a-0123456789';
const KEY_B = 'media-key-b-0123456789';
const UNKNOWN = 'asset_AAAAAAAAAAAAAAAAAAAAAA';

describe('media intake', () => {
  let gw: TestApp;
  let base: string;
  let png: Buffer;
  let mp4: Buffer;

  const send = async (key: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const json = body !== undefined && !(body instanceof Uint8Array) && !(body instanceof FormData);
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { 'x-api-key': key, ...(json ? { 'content-type': 'application/json' } : {}), ...headers },
      body: json ? JSON.stringify(body) : (body as Buffer | FormData | undefined),
    });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text) };
  };
  const upload = async (key: string, bytes: Buffer, type: string) => {
    const response = await send(key, 'POST', '/api/v1/assets', bytes, { 'content-type': type });
    assert.equal(response.status, 200, response.text);
    return response.json().result as { asset_id: string; url: string; content_type: string; width: number | null; height: number | null; duration_seconds: number | null };
  };
  /** The first gateway asset id an answer links to. */
  const assetIn = (answer: unknown) => {
    const found = /\/api\/v1\/assets\/(asset_[\w-]+)/.exec(JSON.stringify(answer));
    assert.ok(found, `no asset in ${JSON.stringify(answer)}`);
    return found[1];
  };
  /** Waits for a job of KEY_A's to finish and returns its result. */
  const result = async (answer: { result: { task_id?: string } & Record<string, unknown> }) => {
    const id = answer.result.task_id;
    if (!id) return answer.result;
    const job = await until(
      async () => {
        const j = (await send(KEY_A, 'GET', `/api/v1/jobs/${id}`)).json().result;
        return ['succeeded', 'failed', 'canceled', 'expired'].includes(j.state) ? j : undefined;
      },
      `job ${id}`,
      90_000,
    );
    assert.equal(job.state, 'succeeded', JSON.stringify(job.error));
    return job.result;
  };

  before(async () => {
    gw = await testApp({ VISION_STUDIO_API_KEYS: `${KEY_A},${KEY_B}`, VISION_STUDIO_POLL_INITIAL_MS: '50', VISION_STUDIO_POLL_MAX_MS: '200' }, { sandbox: true });
    await gw.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(gw.app.server.address() as { port: number }).port}`;
    png = await samplePng(64, 48);
    mp4 = await testClip(12);
  });
  after(async () => {
    await gw?.close();
  });

  describe('POST /api/v1/assets', () => {
    it('keeps a raw image body as an asset of the key, with its sniffed type and size', async () => {
      const asset = await upload(KEY_A, png, 'image/jpeg'); // the declared type is not trusted
      assert.match(asset.asset_id, /^asset_/);
      assert.deepEqual([asset.content_type, asset.width, asset.height, asset.duration_seconds], ['image/png', 64, 48, null]);
      const response = await send(KEY_A, 'POST', '/api/v1/assets', png, { 'content-type': 'image/png' });
      const all = response.json().result;
      assert.deepEqual(Object.keys(all).sort(), ['asset_id', 'content_type', 'created_at', 'duration_seconds', 'expires_at', 'height', 'size_bytes', 'url', 'width']);
      assert.equal(all.size_bytes, png.length);
      // The signed link serves the bytes without a key.
      const served = await fetch(asset.url);
      assert.equal(served.status, 200);
      assert.deepEqual(Buffer.from(await served.arrayBuffer()), png);
    });

    it("takes multipart (one part named file) and records a video's duration and size", async () => {
      const form = new FormData();
      form.append('file', new Blob([mp4], { type: 'application/octet-stream' }), 'clip.mp4');
      const response = await send(KEY_A, 'POST', '/api/v1/assets', form);
      assert.equal(response.status, 200, response.text);
      const asset = response.json().result;
      assert.deepEqual([asset.content_type, asset.width, asset.height, asset.duration_seconds], ['video/mp4', 64, 36, 3]);
    });

    it('takes audio and records its duration', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'media-intake-audio-'));
      await ffmpeg(['-f', 'lavfi', '-i', 'sine=d=1.5', path.join(dir, 'tone.wav')]);
      const asset = await upload(KEY_A, await readFile(path.join(dir, 'tone.wav')), 'audio/wav');
      await rm(dir, { recursive: true, force: true });
      assert.deepEqual([asset.content_type, asset.width, asset.height, asset.duration_seconds], ['audio/wav', null, null, 1.5]);
    });

    it('refuses what is not media (422 naming what the bytes are) and bodies of other types (415)', async () => {
      const text = await send(KEY_A, 'POST', '/api/v1/assets', Buffer.from('%PDF-1.4 hello'), { 'content-type': 'image/png' });
      assert.equal(text.status, 422, text.text);
      assert.deepEqual(text.json().detail[0].loc, ['body', 'file']);
      assert.match(text.json().detail[0].msg, /^not an image: the bytes are a PDF document/);
      const json = await send(KEY_A, 'POST', '/api/v1/assets', { file: 'x' });
      assert.equal(json.status, 415, json.text);
    });

    it('is documented in the served OpenAPI document', async () => {
      const doc = (await send(KEY_A, 'GET', '/openapi.json')).json();
      const op = doc.paths['/api/v1/assets'].post;
      assert.deepEqual(op.tags, ['Assets']);
      assert.deepEqual(Object.keys(op.requestBody.content).sort(), ['audio/*', 'image/*', 'multipart/form-data', 'video/*']);
    });
  });

  describe('every reference form, owner only', () => {
    const own: Record<'image' | 'video', { asset_id: string; url: string }> = {} as never;
    const theirs: Record<'image' | 'video', { asset_id: string; url: string }> = {} as never;
    const bytes = (kind: 'image' | 'video') => (kind === 'image' ? png : mp4);
    before(async () => {
      own.image = await upload(KEY_A, png, 'image/png');
      theirs.image = await upload(KEY_B, png, 'image/png');
      own.video = await upload(KEY_A, mp4, 'video/mp4');
      theirs.video = await upload(KEY_B, mp4, 'video/mp4');
    });

    const forms = (asset: { asset_id: string; url: string }): [string, string][] => [
      ['asset id', asset.asset_id],
      ['asset:// reference', `asset://${asset.asset_id}`],
      ['gateway link', `${base}/api/v1/assets/${asset.asset_id}`],
      ['signed link', asset.url],
    ];

    // [operation, its kind of media, the body with the media field set to `value`, the field's loc]
    const fields: [string, 'image' | 'video', (value: string) => unknown, (string | number)[]][] = [
      ['/api/v1/bria/image/editing/remove-background', 'image', (image) => ({ image, sync: false }), ['body', 'image']],
      ['/api/v1/runway/video/generation/generate-video-from-image', 'image', (image_url) => ({ prompt: 'waves', image_url, duration: 5 }), ['body', 'image_url']],
      ['/api/v1/google-vision/video/generation/generate-video', 'image', (start_image_url) => ({ prompt: 'waves', start_image_url }), ['body', 'start_image_url']],
      ['/api/v1/caption/image', 'image', (image_url) => ({ image_url, mode: 'simple', possible_tags: null }), ['body', 'image_url']],
      ['/api/v1/openai/image/editing-generation/edit-image', 'image', (image_url) => ({ prompt: 'make it blue', image_url }), ['body', 'image_url']],
      [
        '/api/v1/firefly/image/generation/generate-variation',
        'image',
        (uploadId) => ({ x_model_version: 'image4_standard', image: { source: { upload_id: uploadId } } }),
        ['body', 'image', 'source', 'upload_id'],
      ],
      ['/api/v1/bria/video/editing/remove-background', 'video', (video) => ({ video }), ['body', 'video']],
      [
        '/api/v1/runway/video/generation/generate-video-from-video',
        'video',
        (video_uri) => ({ prompt: 'rain', video_uri, reference_image_url: own.image.asset_id }),
        ['body', 'video_uri'],
      ],
      ['/api/v1/runway/video/editing-generation/video-upscale', 'video', (video_url) => ({ video_url }), ['body', 'video_url']],
      ['/api/v1/caption/video', 'video', (video_url) => ({ video_url, mode: 'simple' }), ['body', 'video_url']],
    ];

    for (const [op, kind, body, loc] of fields) {
      for (const form of ['asset id', 'asset:// reference', 'gateway link', 'signed link', 'data URI', 'base64']) {
        if (form === 'base64' && !op.includes('/bria/image/')) continue; // the reference allows base64 only in BRIA's image fields
        it(`${op} takes the caller's ${kind} as ${form}`, async () => {
          const value =
            form === 'data URI'
              ? `data:${kind === 'image' ? 'image/png' : 'video/mp4'};base64,${bytes(kind).toString('base64')}`
              : form === 'base64'
                ? png.toString('base64')
                : forms(own[kind]).find(([f]) => f === form)![1];
          const response = await send(KEY_A, 'POST', op, body(value));
          assert.equal(response.status, 200, response.text);
        });
      }
      it(`${op}: another key's ${kind} in every form is the same 422 as an unknown asset`, async () => {
        const unknown = await send(KEY_A, 'POST', op, body(UNKNOWN));
        assert.equal(unknown.status, 422, unknown.text);
        assert.deepEqual(unknown.json().detail, [{ loc, msg: `unknown asset: ${UNKNOWN}`, type: 'value_error' }]);
        for (const [form, value] of forms(theirs[kind])) {
          const response = await send(KEY_A, 'POST', op, body(value));
          assert.equal(response.status, 422, `${form}: ${response.text}`);
          assert.equal(response.text, unknown.text.replaceAll(UNKNOWN, theirs[kind].asset_id), form);
        }
      });
    }

    it("keeps the reference's 2048-character cap for URLs in media fields (data URIs and asset ids are not URLs)", async () => {
      const response = await send(KEY_A, 'POST', '/api/v1/runway/video/editing-generation/video-upscale', { video_url: `https://example.com/${'a'.repeat(2040)}` });
      assert.equal(response.status, 422, response.text);
      assert.deepEqual(response.json().detail, [
        { loc: ['body', 'video_url'], msg: 'String should have at most 2048 characters', type: 'string_too_long', ctx: { max_length: 2048 } },
      ]);
      const nonsense = await send(KEY_A, 'POST', '/api/v1/runway/video/editing-generation/video-upscale', { video_url: 'not a url' });
      assert.equal(nonsense.json().detail[0].type, 'url_parsing');
    });

    it("recognises only the gateway's own asset links", () => {
      const bases = ['https://gw.example.com/prefix', 'http://127.0.0.1:8000'];
      assert.equal(referencedAssetId('https://gw.example.com/prefix/api/v1/assets/asset_x?exp=1&sig=2', bases), 'asset_x');
      assert.equal(referencedAssetId('http://127.0.0.1:8000/api/v1/assets/asset_y', bases), 'asset_y');
      assert.equal(referencedAssetId('https://other.example.com/api/v1/assets/asset_x', bases), undefined);
      assert.equal(referencedAssetId('https://gw.example.com/api/v1/assets/asset_x', bases), undefined);
      assert.equal(referencedAssetId('asset://asset_z', bases), 'asset_z');
      assert.equal(referencedAssetId(' asset_z ', bases), 'asset_z');
      assert.equal(referencedAssetId('data:image/png;base64,AAAA', bases), undefined);
    });
  });

  it('chains operations on asset ids alone: image → Runway and Veo videos → BRIA background removal → video caption', async () => {
    const image = await send(KEY_A, 'POST', '/api/v1/bria/image/generation/generate-image', { prompt: 'a lighthouse', aspect_ratio: '16:9' });
    assert.equal(image.status, 200, image.text);
    const still = assetIn(await result(image.json()));

    const runway = await send(KEY_A, 'POST', '/api/v1/runway/video/generation/generate-video-from-image', { prompt: 'waves', image_url: still, duration: 5 });
    assert.equal(runway.status, 200, runway.text);
    const veo = await send(KEY_A, 'POST', '/api/v1/google-vision/video/generation/generate-video', { prompt: 'waves', start_image_url: still });
    assert.equal(veo.status, 200, veo.text);
    const [runwayVideo, veoVideo] = [assetIn(await result(runway.json())), assetIn(await result(veo.json()))];
    assert.notEqual(runwayVideo, veoVideo);

    // BRIA takes videos only as URLs: it gets a short-lived signed link to the gateway's copy.
    const cutout = await send(KEY_A, 'POST', '/api/v1/bria/video/editing/remove-background', { video: runwayVideo });
    assert.equal(cutout.status, 200, cutout.text);
    const cut = assetIn(await result(cutout.json()));

    const caption = await send(KEY_A, 'POST', '/api/v1/caption/video', { video_url: cut, mode: 'simple' });
    assert.equal(caption.status, 200, caption.text);
    assert.ok(caption.json().result.caption.length > 0);
    assert.ok(caption.json().result.metadata.duration_seconds > 0);

    // The other key can use none of them.
    const stolen = await send(KEY_B, 'POST', '/api/v1/caption/video', { video_url: veoVideo, mode: 'simple' });
    assert.equal(stolen.status, 422, stolen.text);
    assert.equal(stolen.json().detail[0].msg, `unknown asset: ${veoVideo}`);
  });

  it('says how to make the gateway reachable when a provider that only fetches URLs cannot reach it', async () => {
    // BRIA "in the cloud" (never called: the request is refused before any upstream call), no public URL.
    const cloud = await testApp({ VISION_STUDIO_API_KEYS: KEY_A, BRIA_API_TOKEN: 'token-0123456789', BRIA_BASE_URL: 'https://bria.example.com' });
    try {
      const up = await cloud.app.inject({ method: 'POST', url: '/api/v1/assets', headers: { 'x-api-key': KEY_A, 'content-type': 'video/mp4' }, payload: mp4 });
      assert.equal(up.statusCode, 200, up.body);
      const response = await cloud.app.inject({
        method: 'POST',
        url: '/api/v1/bria/video/editing/remove-background',
        headers: { 'x-api-key': KEY_A, 'content-type': 'application/json' },
        payload: { video: up.json().result.asset_id },
      });
      assert.equal(response.statusCode, 422, response.body);
      const [entry] = response.json().detail;
      assert.deepEqual(entry.loc, ['body', 'video']);
      assert.match(entry.msg, /^bria fetches this input from a URL and cannot reach this gateway: .*VISION_STUDIO_PUBLIC_URL/);
    } finally {
      await cloud.close();
    }
  });
});
