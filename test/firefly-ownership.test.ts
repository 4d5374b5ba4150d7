// Firefly media references belong to the API key that made them (issue #13). Two keys share one
// gateway and one Firefly account (the twin); key B sends, in every `source` of every Firefly
// operation, each form a reference can take: its own upload id and asset (accepted, and Firefly
// gets B's own bytes), key A's upload id, asset id and `asset://` reference (the asset forms in
// `url` too), and ids nobody handed out. Every foreign reference is a 422 before any upstream call, worded exactly like an
// unknown one. Upload ids are durable: a second gateway on the same database and a restarted one
// still resolve them, for their owner only. On SQLite and, when configured, PostgreSQL.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { databaseKinds, type DatabaseKind, type TestDatabase } from './support/databases.js';
import { samplePng, startFireflyTwin } from './support/twins.js';
import { until } from './support/until.js';
import { testAppOn } from './support/app.js';
import { call as request } from './support/http.js';

const KEY_A = 'firefly-owner-a-0123456789';
const KEY_B = 'firefly-owner-b-0123456789';

type Twin = Awaited<ReturnType<typeof startFireflyTwin>>;
type Path = string[];

interface Operation {
  url: string;
  /** Firefly's create path. */
  upstream: string;
  /** The body with every `source` set to `source`. */
  body(source: unknown): Record<string, unknown>;
  /** Every `source` field of the reference body. */
  sources: Path[];
}

const SIZE = { width: 64, height: 64 };

/** Every Firefly operation that takes an image: each of its `source` fields. */
const OPERATIONS: Operation[] = [
  {
    url: '/api/v1/firefly/image/generation/generate-image',
    upstream: '/v3/images/generate-async',
    body: (source) => ({ x_model_version: 'image4_standard', prompt: 'a fox', size: SIZE, style: { image_reference: { source } }, structure: { image_reference: { source } } }),
    sources: [
      ['style', 'image_reference', 'source'],
      ['structure', 'image_reference', 'source'],
    ],
  },
  {
    url: '/api/v1/firefly/image/generation/generate-variation',
    upstream: '/v3/images/generate-similar-async',
    body: (source) => ({ x_model_version: 'image3', image: { source } }),
    sources: [['image', 'source']],
  },
  {
    url: '/api/v1/firefly/image/editing-generation/generate-product-background',
    upstream: '/v3/images/generate-object-composite-async',
    body: (source) => ({ prompt: 'a bottle on stones', image: { source }, mask: { source }, size: SIZE, style: { image_reference: { source } } }),
    sources: [
      ['image', 'source'],
      ['mask', 'source'],
      ['style', 'image_reference', 'source'],
    ],
  },
  {
    url: '/api/v1/firefly/image/editing-generation/expand-image',
    upstream: '/v3/images/expand-async',
    body: (source) => ({ image: { source }, mask: { source }, size: SIZE }),
    sources: [
      ['image', 'source'],
      ['mask', 'source'],
    ],
  },
  {
    url: '/api/v1/firefly/image/editing-generation/inpaint',
    upstream: '/v3/images/fill-async',
    body: (source) => ({ image: { source }, mask: { source }, size: SIZE }),
    sources: [
      ['image', 'source'],
      ['mask', 'source'],
    ],
  },
];

/** The same place in Firefly's camelCase body. */
const upstreamPath = (path: Path) => path.map((p) => (p === 'image_reference' ? 'imageReference' : p));

function at(value: Record<string, unknown>, path: Path): any {
  return path.reduce<any>((v, key) => v?.[key], value);
}

function withSource(body: Record<string, unknown>, path: Path, source: unknown): Record<string, unknown> {
  const copy = structuredClone(body);
  const holder = at(copy, path.slice(0, -1));
  holder[path[path.length - 1]] = source;
  return copy;
}

async function gateway(database: TestDatabase, twin: Twin): Promise<FastifyInstance> {
  const { app } = await testAppOn(database, {
    VISION_STUDIO_API_KEYS: `${KEY_A},${KEY_B}`,
    VISION_STUDIO_LOG_LEVEL: 'silent',
    VISION_STUDIO_ALLOW_PRIVATE_NETWORK: '1',
    VISION_STUDIO_POLL_INITIAL_MS: '20',
    VISION_STUDIO_POLL_MAX_MS: '50',
    ...twin.env,
  });
  return app;
}

interface Uploaded {
  upload_id: string;
  asset_id: string;
  expires_at: string;
}

async function upload(app: FastifyInstance, key: string, png: Buffer): Promise<Uploaded> {
  const boundary = '----ownership';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="in.png"\r\nContent-Type: image/png\r\n\r\n`;
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/firefly/upload',
    headers: { 'x-api-key': key, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), png, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  });
  assert.equal(response.statusCode, 200, response.body);
  return response.json().result;
}

const post = (app: FastifyInstance, key: string, url: string, body: unknown) => request(app, 'POST', url, { key, payload: body });

/** Submits a job and waits until Firefly has its create call; returns the body Firefly got. */
async function accepted(app: FastifyInstance, twin: Twin, key: string, op: Operation, body: unknown): Promise<Record<string, unknown>> {
  const response = await post(app, key, op.url, body);
  assert.equal(response.statusCode, 200, response.body);
  const taskId = response.json().result.task_id as string;
  const upstreamId = await until(
    async () => {
      const job = (await app.inject({ method: 'GET', url: `/api/v1/jobs/${taskId}`, headers: { 'x-api-key': key } })).json().result;
      assert.equal(job.error, null, JSON.stringify(job.error));
      return job.upstream_id ?? undefined;
    },
    `job ${taskId} to reach Firefly`,
    60_000,
  );
  const create = twin.calls.filter((c) => c.path === op.upstream && c.status === 202).pop();
  assert.ok(create && twin.jobs.get(upstreamId), `Firefly accepted ${op.upstream}`);
  return create.body as Record<string, unknown>;
}

/** An answer with the value sent (and the asset id inside an `asset://` one) blanked out. */
const blank = (answer: unknown, value: string) => JSON.parse(JSON.stringify(answer).replaceAll(value, '…').replaceAll(value.replace('asset://', ''), '…'));

/** Uploads and creates Firefly got so far (earlier jobs may still be polling meanwhile). */
const work = (twin: Twin) => twin.calls.filter((c) => c.method === 'POST' && (c.path === '/v2/storage/image' || c.path.startsWith('/v3/images/'))).length;

/** A 422 at `loc`, before any upstream call; its detail. */
async function refused(app: FastifyInstance, twin: Twin, key: string, op: Operation, body: unknown, loc: (string | number)[]) {
  const calls = work(twin);
  const response = await post(app, key, op.url, body);
  assert.equal(response.statusCode, 422, response.body);
  const { detail } = response.json();
  assert.deepEqual(detail[0].loc, loc, response.body);
  assert.equal(work(twin), calls, 'no upload or create reached Firefly');
  return detail as { loc: unknown[]; msg: string; type: string }[];
}

function ownership(kind: DatabaseKind) {
  describe(`Firefly references resolve only for their owner, on ${kind.name}`, { skip: kind.skip }, () => {
    let database: TestDatabase;
    let twin: Twin;
    let app: FastifyInstance;
    let imageA: Buffer;
    let imageB: Buffer;
    let a: Uploaded;
    let b: Uploaded;

    before(async () => {
      database = await kind.create();
      twin = await startFireflyTwin();
      app = await gateway(database, twin);
      [imageA, imageB] = await Promise.all([samplePng(96, 64), samplePng(80, 60)]);
      a = await upload(app, KEY_A, imageA);
      b = await upload(app, KEY_B, imageB);
    });

    after(async () => {
      await app?.close();
      await twin?.app.close();
      await database?.cleanup();
    });

    for (const op of OPERATIONS) {
      for (const path of op.sources) {
        const field = `${op.url.split('/').pop()} ${path.join('.')}`;

        it(`${field}: B's own upload id and own asset reach Firefly as B's bytes`, async () => {
          const base = op.body({ upload_id: b.upload_id });
          for (const own of [b.upload_id, b.asset_id, `asset://${b.asset_id}`]) {
            const sent = await accepted(app, twin, KEY_B, op, withSource(base, path, { upload_id: own }));
            const uploadId = at(sent, [...upstreamPath(path), 'uploadId']);
            assert.deepEqual(twin.uploads.get(uploadId)?.bytes, imageB, `${own}: Firefly got B's image`);
          }
        });

        it(`${field}: A's upload id, asset id and asset:// are refused like unknown ones (in upload_id and url)`, async () => {
          const base = op.body({ upload_id: b.upload_id });
          const unknownAsset = 'asset_AAAAAAAAAAAAAAAAAAAAAA';
          const assetForms: [foreign: string, unknown: string][] = [
            [a.asset_id, unknownAsset],
            [`asset://${a.asset_id}`, `asset://${unknownAsset}`],
          ];
          const forms: [sourceField: string, foreign: string, unknown: string][] = [
            ['upload_id', a.upload_id, randomUUID()],
            ...assetForms.map(([foreign, unknown]) => ['upload_id', foreign, unknown] as [string, string, string]),
            ...assetForms.map(([foreign, unknown]) => ['url', foreign, unknown] as [string, string, string]),
          ];
          for (const [sourceField, foreign, unknown] of forms) {
            const send = (value: string) => refused(app, twin, KEY_B, op, withSource(base, path, { [sourceField]: value }), ['body', ...path, sourceField]);
            const [answer, reference] = await Promise.all([send(foreign), send(unknown)]);
            // Worded alike, the value itself aside: nothing says the foreign one exists.
            assert.deepEqual(blank(answer, foreign), blank(reference, unknown), foreign);
          }
        });
      }
    }

    it("A still uses its own upload id, and B never received A's image from Firefly", async () => {
      const op = OPERATIONS[1];
      const sent = await accepted(app, twin, KEY_A, op, op.body({ upload_id: a.upload_id }));
      assert.equal(at(sent, ['image', 'source', 'uploadId']), a.upload_id);
      const bytesOfA = [...twin.uploads].filter(([, u]) => u.bytes.equals(imageA)).map(([id]) => id);
      assert.deepEqual(bytesOfA, [a.upload_id], "A's image was uploaded to Firefly once, by A");
    });

    it('an upload id resolves in a second gateway on the same database and after a restart, for its owner only', async () => {
      const op = OPERATIONS[1];
      const second = await gateway(database, twin);
      try {
        const sent = await accepted(second, twin, KEY_B, op, op.body({ upload_id: b.upload_id }));
        assert.equal(at(sent, ['image', 'source', 'uploadId']), b.upload_id);
      } finally {
        await second.close();
      }
      await app.close();
      app = await gateway(database, twin);
      const sent = await accepted(app, twin, KEY_B, op, op.body({ upload_id: b.upload_id }));
      assert.equal(at(sent, ['image', 'source', 'uploadId']), b.upload_id);
      await refused(app, twin, KEY_A, op, op.body({ upload_id: b.upload_id }), ['body', 'image', 'source', 'upload_id']);
    });

    it('an upload id Firefly no longer keeps (7 days) is refused like an unknown one', async () => {
      assert.ok(Math.abs(Date.parse(b.expires_at) - Date.now() - 7 * 24 * 3_600_000) < 3_600_000, b.expires_at);
      const op = OPERATIONS[1];
      const fresh = await upload(app, KEY_B, imageB);
      await app.storage.db
        .updateTable('upstream_resources')
        .set({ expires_at: Date.now() - 1 })
        .where('upstream_id', '=', fresh.upload_id)
        .execute();
      const loc = ['body', 'image', 'source', 'upload_id'];
      const [expired, unknown] = await Promise.all([
        refused(app, twin, KEY_B, op, op.body({ upload_id: fresh.upload_id }), loc),
        refused(app, twin, KEY_B, op, op.body({ upload_id: randomUUID() }), loc),
      ]);
      assert.deepEqual(expired, unknown);
    });
  });
}

for (const kind of databaseKinds) ownership(kind);
