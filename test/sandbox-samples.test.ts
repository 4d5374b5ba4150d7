// The sandbox's sample media (src/assets/samples.ts): in sandbox mode every key can read them and
// use them as inputs; they cannot be changed through the API, retention leaves them alone, and
// a gateway not in sandbox mode does not expose them, even on a data dir a sandbox seeded.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SAMPLE_ASSETS } from '../src/assets/samples.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';

const OTHER_KEY = 'other-key-0123456789';
const samplesDir = path.resolve(import.meta.dirname, '../samples');

describe('sandbox sample media', () => {
  let t: TestApp;
  before(async () => (t = await testApp({ VISION_STUDIO_SANDBOX: '1', VISION_STUDIO_API_KEYS: `${TEST_KEY},${OTHER_KEY}` })));
  after(() => t.close());

  const get = (app: TestApp, id: string, key: string) => app.app.inject({ method: 'GET', url: `/api/v1/assets/${id}`, headers: { 'x-api-key': key } });
  const caption = (app: TestApp, key: string) =>
    app.app.inject({
      method: 'POST',
      url: '/api/v1/caption/image',
      headers: { 'x-api-key': key, 'content-type': 'application/json' },
      payload: { image_url: 'asset_sample_image', mode: 'simple', possible_tags: null },
    });

  it('are readable by every key, byte for byte the files in samples/', async () => {
    for (const [id, file] of Object.entries(SAMPLE_ASSETS)) {
      const sha = createHash('sha256')
        .update(await readFile(path.join(samplesDir, file)))
        .digest('hex');
      for (const key of [TEST_KEY, OTHER_KEY]) {
        const answer = await get(t, id, key);
        assert.equal(answer.statusCode, 200, `${id} for ${key}: ${answer.body}`);
        assert.equal(createHash('sha256').update(answer.rawPayload).digest('hex'), sha);
      }
    }
  });

  it('work as a media input for every key', async () => {
    for (const key of [TEST_KEY, OTHER_KEY]) {
      const answer = await caption(t, key);
      assert.equal(answer.statusCode, 200, answer.body);
    }
  });

  it('cannot be deleted or replaced through the API, and retention keeps them', async () => {
    const remove = await t.app.inject({ method: 'DELETE', url: '/api/v1/assets/asset_sample_image', headers: { 'x-api-key': TEST_KEY } });
    assert.equal(remove.statusCode, 405);
    await t.app.retention.purge({ now: Date.now() + 365 * 86_400_000 });
    assert.equal((await get(t, 'asset_sample_image', OTHER_KEY)).statusCode, 200);
  });

  it('are not exposed outside sandbox mode, even on a data dir a sandbox seeded', async () => {
    const seeded = await testApp({ VISION_STUDIO_SANDBOX: '1' });
    await seeded.app.close();
    // Keys for the LLMs so that the caption gets as far as reading its image (nothing is sent).
    const plain = await testApp({ GEMINI_API_KEY: 'not-used', OPENAI_API_KEY: 'not-used' }, { dataDir: seeded.config.dataDir });
    try {
      assert.ok(await plain.app.assets.get('asset_sample_image'), 'the rows are still in the database');
      assert.equal((await get(plain, 'asset_sample_image', TEST_KEY)).statusCode, 404);
      const answer = await caption(plain, TEST_KEY);
      assert.equal(answer.statusCode, 422, answer.body);
      assert.match(answer.body, /unknown asset: asset_sample_image/);
    } finally {
      await plain.close();
      await rm(seeded.config.dataDir, { recursive: true, force: true });
    }
  });

  it('are not stored outside sandbox mode', async () => {
    const plain = await testApp({});
    try {
      assert.equal(await plain.app.assets.get('asset_sample_image'), undefined);
    } finally {
      await plain.close();
    }
  });
});
