// A broken multipart body sent to the /v1 routes that read their own parts is a 400 in OpenAI's
// error shape, never a 500 (found by the reliability fuzzer). Parts no operation has are named
// in the ignored-fields header, as unknown JSON fields are.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import sharp from 'sharp';

const KEY = 'compat-multipart-key-0123456789';
let app: FastifyInstance;
let dataDir: string;

before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-compat-mp-'));
  const env = { VISION_STUDIO_API_KEYS: KEY, VISION_STUDIO_LOG_LEVEL: 'silent', OPENAI_API_KEY: 'unused', RUNWAYML_API_SECRET: 'unused' };
  app = await buildApp(loadConfig(env, { dataDir }));
});
after(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

for (const url of ['/v1/videos', '/v1/images/edits']) {
  it(`POST ${url} with a truncated multipart body is a 400`, async () => {
    const response = await app.inject({
      method: 'POST',
      url,
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'multipart/form-data; boundary=----fuzz' },
      payload: '------fuzz\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nx',
    });
    assert.equal(response.statusCode, 400, response.body);
    assert.equal(response.json().error.type, 'invalid_request_error');
  });
}

/** A multipart body of text fields and files (name, filename, bytes), as clients send it. */
function multipart(parts: ({ name: string; value: string } | { name: string; filename: string; data: Buffer })[]) {
  const boundary = '----vision-studio-test';
  const chunks = parts.flatMap((part) =>
    'value' in part
      ? [Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`)]
      : [
          Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: image/png\r\n\r\n`),
          part.data,
          Buffer.from('\r\n'),
        ],
  );
  return { payload: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

const IGNORED = 'x-vision-studio-ignored-fields';

it('a multipart part the operation does not have is named in the ignored-fields header, as a JSON field is', async () => {
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#369' } })
    .png()
    .toBuffer();
  const upload = multipart([
    { name: 'file', filename: 'a.png', data: png },
    { name: 'caption', value: 'mine' },
  ]);
  const stored = await app.inject({ method: 'POST', url: '/api/v1/assets', headers: { 'x-api-key': KEY, 'content-type': upload.contentType }, payload: upload.payload });
  assert.equal(stored.statusCode, 200, stored.body);
  assert.equal(stored.headers[IGNORED], 'caption');

  const plain = multipart([{ name: 'file', filename: 'a.png', data: png }]);
  const clean = await app.inject({ method: 'POST', url: '/api/v1/assets', headers: { 'x-api-key': KEY, 'content-type': plain.contentType }, payload: plain.payload });
  assert.equal(clean.statusCode, 200, clean.body);
  assert.equal(clean.headers[IGNORED], undefined);

  // `image[]` is how SDKs send several images: the field `image`, not an unknown one.
  const edit = multipart([
    { name: 'model', value: 'openai/gpt-image-2' },
    { name: 'image[]', filename: 'a.png', data: png },
    { name: 'image[]', filename: 'b.png', data: png },
    { name: 'colour', value: 'teal' },
    { name: 'colour', value: 'navy' },
  ]);
  const refused = await app.inject({
    method: 'POST',
    url: '/v1/images/edits',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': edit.contentType },
    payload: edit.payload,
  });
  assert.equal(refused.statusCode, 400, refused.body);
  assert.equal(refused.json().error.param, 'prompt');
  assert.equal(refused.headers[IGNORED], 'colour');
});

it('a JSON body sent to /v1/videos (documented as multipart) has its unknown fields named too', async () => {
  const response = await app.inject({
    method: 'POST',
    url: '/v1/videos',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    payload: { model: 'no-such-model', prompt: 'waves', duration: 8 },
  });
  assert.equal(response.statusCode, 404, response.body);
  assert.equal(response.headers[IGNORED], 'duration');
});
