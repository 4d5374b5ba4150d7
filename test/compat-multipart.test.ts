// A broken multipart body sent to the /v1 routes that read their own parts is a 400 in OpenAI's
// error shape, never a 500 (found by the reliability fuzzer).
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';

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
