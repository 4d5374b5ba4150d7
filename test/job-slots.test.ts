// The per-key concurrent-job limit holds under races: a request takes its slot before the slow
// work (here: the gateway fetching an input URL that answers only when told to), and a request
// with nothing slow to do (a prompt only) takes none: its job is recorded only if there is room,
// in one step. On SQLite and PostgreSQL, in one gateway process or two sharing the database.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { databaseKinds, type TestDatabase } from './support/databases.js';
import { JOB_TEST_ENV, testApp, type TestApp } from './support/app.js';
import { samplePng, startRunwayTwin } from './support/twins.js';

const LIMIT = 3;
const REQUESTS = 12;
const OP = '/api/v1/runway/video/generation/generate-video-from-image';
/** No media to fetch: no slot, the job's insert checks the limit. */
const TEXT_OP = '/api/v1/runway/video/generation/generate-video-from-text';

/**
 * An input server whose /slow.png answers only once `release()` is called (or after a minute):
 * every request that got past the limit is still preparing its job meanwhile.
 */
async function slowInputs() {
  const png = await samplePng(32, 32);
  const held: ServerResponse[] = [];
  let released = false;
  const answer = (res: ServerResponse) => res.writeHead(200, { 'content-type': 'image/png' }).end(png);
  const server = createServer((req: IncomingMessage, res) => {
    if (req.url === '/missing.png') return void res.writeHead(404).end();
    if (released) return answer(res);
    held.push(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const timer = setTimeout(() => release(), 60_000);
  const release = () => {
    released = true;
    clearTimeout(timer);
    for (const res of held.splice(0)) answer(res);
  };
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    release,
    close: () => {
      release();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One key per test: each starts with no job in progress. */
const KEYS = [
  'slots-key-1-0123456789',
  'slots-key-2-0123456789',
  'slots-key-3-0123456789',
  'slots-key-4-0123456789',
  'slots-key-5-0123456789',
  'slots-key-6-0123456789',
  'slots-key-7-0123456789',
];

const submitText = (t: TestApp, key: string) =>
  t.app.inject({
    method: 'POST',
    url: TEXT_OP,
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    payload: { prompt: 'a square drifting' },
  });

const submit = (t: TestApp, image_url: string, key = KEYS[0]) =>
  t.app.inject({
    method: 'POST',
    url: OP,
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    payload: { prompt: 'a square drifting', image_url, duration: 5 },
  });

/** Sends `count` requests per gateway at once; the slow input is released once every refusal is in. */
async function race(gateways: TestApp[], count: number, inputs: Awaited<ReturnType<typeof slowInputs>>, key: string): Promise<LightMyRequestResponse[]> {
  let refused = 0;
  const expectedRefusals = gateways.length * count - LIMIT;
  const pending = gateways.flatMap((t) =>
    Array.from({ length: count }, () =>
      submit(t, `${inputs.url}/slow.png`, key).then((response) => {
        if (response.statusCode === 429 && ++refused === expectedRefusals) inputs.release();
        return response;
      }),
    ),
  );
  return Promise.all(pending);
}

async function releaseAll(inputs: Awaited<ReturnType<typeof slowInputs>>, pending: Promise<LightMyRequestResponse>[]) {
  inputs.release();
  return Promise.all(pending);
}

function assertExactlyLimitAccepted(responses: LightMyRequestResponse[]): void {
  const accepted = responses.filter((r) => r.statusCode === 200);
  const refused = responses.filter((r) => r.statusCode === 429);
  assert.equal(accepted.length, LIMIT, responses.map((r) => `${r.statusCode} ${r.body}`).join('\n'));
  assert.equal(refused.length, responses.length - LIMIT);
  for (const r of refused) {
    assert.equal(r.headers['retry-after'], '5');
    assert.match(r.json().detail, /Too many jobs in progress for this key: the limit is 3/);
  }
}

for (const kind of databaseKinds) {
  describe(`concurrent-job limit under races (${kind.name})`, { skip: kind.skip }, () => {
    let db: TestDatabase;
    let twin: Awaited<ReturnType<typeof startRunwayTwin>>;
    let inputs: Awaited<ReturnType<typeof slowInputs>>;
    const gateways: TestApp[] = [];
    const gateway = async () => {
      const t = await testApp(
        {
          ...JOB_TEST_ENV,
          ...twin.env,
          VISION_STUDIO_API_KEYS: KEYS.join(','),
          VISION_STUDIO_MAX_CONCURRENT_JOBS: String(LIMIT),
          ...(db.url ? { VISION_STUDIO_DATABASE_URL: db.url } : {}),
        },
        { dataDir: db.dataDir },
      );
      gateways.push(t);
      return t;
    };

    before(async () => {
      db = await kind.create();
      // Jobs stay running upstream for the whole test: only the limit decides.
      twin = await startRunwayTwin({ pendingMs: 120_000 });
    });
    after(async () => {
      for (const t of gateways) await t.app.close();
      await twin?.app.close();
      await inputs?.close();
      await db?.cleanup();
    });

    it(`${REQUESTS} parallel requests with a slow input URL against a limit of ${LIMIT}: exactly ${LIMIT} accepted, the rest 429`, async () => {
      inputs = await slowInputs();
      const t = await gateway();
      assertExactlyLimitAccepted(await race([t], REQUESTS, inputs, KEYS[0]));
      // The slots became jobs: the limit is still reached, and no slot is left behind.
      assert.equal((await submit(t, `${inputs.url}/slow.png`, KEYS[0])).statusCode, 429);
      assert.deepEqual(await t.app.storage.db.selectFrom('job_slots').selectAll().execute(), []);
    });

    it('two gateway processes sharing the database: exactly the limit between them', async () => {
      await inputs.close();
      inputs = await slowInputs();
      const other = await gateway();
      assertExactlyLimitAccepted(await race([gateways[0], other], REQUESTS / 2, inputs, KEYS[1]));
    });

    it(`${REQUESTS} parallel prompt-only requests (no slot taken): exactly ${LIMIT} accepted, the rest 429`, async () => {
      const t = gateways[0];
      const slotsTaken: unknown[] = [];
      const responses = await Promise.all(
        Array.from({ length: REQUESTS }, async () => {
          const response = await submitText(t, KEYS[3]);
          slotsTaken.push(...(await t.app.storage.db.selectFrom('job_slots').selectAll().execute()));
          return response;
        }),
      );
      assertExactlyLimitAccepted(responses);
      assert.deepEqual(slotsTaken, [], 'a prompt-only request takes no slot');
    });

    it(`${REQUESTS} parallel requests with a small inline image (no slot taken): exactly ${LIMIT} accepted, and every input kept`, async () => {
      const t = gateways[0];
      const image = `data:image/png;base64,${(await samplePng(32, 32)).toString('base64')}`;
      const responses = await Promise.all(
        Array.from({ length: REQUESTS }, () =>
          t.app
            .inject({
              method: 'POST',
              url: OP,
              headers: { 'x-api-key': KEYS[6], 'content-type': 'application/json' },
              payload: { prompt: 'a square drifting', image_url: image, duration: 5 },
            })
            .then((response) => response),
        ),
      );
      assertExactlyLimitAccepted(responses);
      assert.deepEqual(await t.app.storage.db.selectFrom('job_slots').selectAll().execute(), []);
      // An accepted job's input row was written with its record; a refused request's input is
      // the caller's asset all the same.
      const jobs = await Promise.all(
        responses.filter((r) => r.statusCode === 200).map((r) => t.app.storage.db.selectFrom('jobs').selectAll().where('id', '=', r.json().result.task_id).executeTakeFirst()),
      );
      const owner = jobs[0]!.owner;
      const inputIds = jobs.map((job) => (JSON.parse(job!.inputs!) as { assets: { asset_id: string }[] }).assets[0].asset_id);
      const kept = await t.app.storage.db.selectFrom('assets').select('id').where('owner', '=', owner).execute();
      assert.equal(kept.length, REQUESTS);
      for (const id of inputIds)
        assert.ok(
          kept.some((row) => row.id === id),
          `the input ${id} of an accepted job has no row`,
        );
    });

    it('two gateway processes, prompt-only requests: exactly the limit between them', async () => {
      const responses = await Promise.all(gateways.slice(0, 2).flatMap((t) => Array.from({ length: REQUESTS / 2 }, () => submitText(t, KEYS[4]))));
      assertExactlyLimitAccepted(responses);
    });

    it("slots held by requests still preparing count against prompt-only requests' room", async () => {
      await inputs.close();
      inputs = await slowInputs();
      const t = gateways[0];
      // Two requests are fetching their input (each holds a slot): one place is left.
      // (.then: an injected request starts only when awaited.)
      const preparing = [1, 2].map(() => submit(t, `${inputs.url}/slow.png`, KEYS[5]).then((response) => response));
      for (let held = 0; held < 2; await new Promise((resolve) => setTimeout(resolve, 10))) {
        held = (await t.app.storage.db.selectFrom('job_slots').select('id').execute()).length;
      }
      assertExactlyLimitAccepted([...(await Promise.all(Array.from({ length: 4 }, () => submitText(t, KEYS[5])))), ...(await releaseAll(inputs, preparing))]);
    });

    it('a request whose preparation fails gives its slot back', async () => {
      const t = gateways[0];
      for (let i = 0; i < LIMIT + 2; i++) {
        const response = await submit(t, `${inputs.url}/missing.png`, KEYS[2]);
        assert.equal(response.statusCode, 422, response.body);
      }
      assert.deepEqual(await t.app.storage.db.selectFrom('job_slots').selectAll().execute(), []);
      for (let i = 0; i < LIMIT; i++) assert.equal((await submit(t, `${inputs.url}/slow.png`, KEYS[2])).statusCode, 200);
    });
  });
}
