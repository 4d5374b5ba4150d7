// Outputs kept in an S3-compatible store (VISION_STUDIO_ASSET_STORE=s3://…) end to end: the
// job's output lands in the bucket and is served back through the gateway.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { startS3 } from './support/s3.js';
import { samplePng, startBriaTwin } from './support/twins.js';

const KEY = 's3-assets-key-0123';

describe('assets in an S3-compatible store', () => {
  let database: TestDatabase;
  let s3: Awaited<ReturnType<typeof startS3>>;
  let twin: Awaited<ReturnType<typeof startBriaTwin>>;
  let app: FastifyInstance;

  before(async () => {
    database = await databaseKinds[0].create();
    s3 = await startS3('vision-studio-assets');
    // The store reads the usual AWS_* / S3_ENDPOINT variables from the environment.
    Object.assign(process.env, s3.env);
    twin = await startBriaTwin();
    const config = loadConfig({
      VISION_STUDIO_API_KEYS: KEY,
      VISION_STUDIO_LOG_LEVEL: 'silent',
      VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
      VISION_STUDIO_POLL_INITIAL_MS: '20',
      VISION_STUDIO_ASSET_STORE: 's3://vision-studio-assets/outputs',
      BRIA_API_TOKEN: twin.token,
      BRIA_BASE_URL: twin.url,
    });
    app = await buildApp({ ...config, dataDir: database.dataDir });
    await app.ready();
  });
  after(async () => {
    await app?.close();
    await twin?.app.close();
    await s3?.close();
    await database?.cleanup();
  });

  it('keeps the output in the bucket and serves it, ranges included', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/health' })).json().result.asset_store, 's3');
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/bria/image/editing/remove-background',
      headers: { 'x-api-key': KEY, 'content-type': 'application/json' },
      payload: { image: (await samplePng()).toString('base64'), sync: true },
    });
    assert.equal(response.statusCode, 200, response.body);
    const link = new URL(response.json().result.image_url);
    const assetId = link.pathname.split('/').pop()!;
    const asset = await app.assets.get(assetId);
    assert.ok(asset);
    const object = await app.assets.blobs.head(asset.storage_key);
    assert.equal(object?.size, asset.size);
    assert.equal(object?.contentType, 'image/png');

    const png = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}` });
    assert.equal(png.statusCode, 200);
    assert.equal((await sharp(png.rawPayload).metadata()).format, 'png');
    const part = await app.inject({ method: 'GET', url: `${link.pathname}${link.search}`, headers: { range: 'bytes=1-3' } });
    assert.equal(part.statusCode, 206);
    assert.deepEqual(part.rawPayload, png.rawPayload.subarray(1, 4));
  });

  it('hands a provider that cannot reach the gateway a presigned S3 link to an input', async () => {
    const png = await samplePng();
    const asset = await app.assets.store('owner-s3', png);
    const link = await app.assets.inputLink(asset.id, undefined);
    assert.match(link, /X-Amz-Signature=/);
    const response = await fetch(link);
    assert.equal(response.status, 200);
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), png);
  });
});
