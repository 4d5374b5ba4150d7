// Request validation, tested case by case with requests GENERATED from the served OpenAPI
// document: for every operation a valid request (answered 503, as no provider is configured:
// proof that the generated sample passes validation), and for every body field the ways it can
// be wrong, each answered 422 in FastAPI's shape at the field's location.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { Type, type TSchema } from '@sinclair/typebox';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { components } from '../src/contract/components.js';
import { RequestValidationError, validatorCompiler } from '../src/core/validation.js';
import { BriaExpandImageRequest } from '../src/providers/bria/schemas.js';
import { ExpandImageAsyncBody } from '../src/providers/firefly/schemas.js';
import { casesFor, listOperations, SchemaSampler, unknownKeywords, type Category, type Loc, type OpenApi, type Operation, type RequestCase } from './support/samples.js';

const API_KEY = 'test-key';
const AUTH = { 'x-api-key': API_KEY };

const CATEGORIES: Category[] = [
  'valid minimal body',
  'valid full body',
  'valid request',
  'missing field',
  'wrong type',
  'out of range',
  'invalid choice',
  'string length',
  'array length',
  'body framing',
  'query parameter',
  'path parameter',
  'multipart',
];

/**
 * Lower bounds (today's counts minus a margin of about 10%) so that a generator that quietly
 * stops understanding the schemas fails here. Today: 1905 cases in all; per category below.
 */
const MIN_CASES = 1700;
const MIN_BY_CATEGORY: Partial<Record<Category, number>> = {
  'valid minimal body': 67, // 67
  'valid full body': 67, // 67
  'valid request': 23, // 23
  'missing field': 100, // 114
  'wrong type': 550, // 609
  'out of range': 155, // 174
  'invalid choice': 110, // 124
  'string length': 130, // 145
  'array length': 5, // 5
  'body framing': 67 * 8, // 536
  'query parameter': 30, // 35
  'path parameter': 3, // 3
  'multipart': 3, // 3
};

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface ValidationBody {
  detail: { loc: Loc; msg: string; type: string }[];
}

const sameLoc = (a: Loc, b: Loc) => a.length === b.length && a.every((part, i) => part === b[i]);
const under = (loc: Loc, prefix: Loc) => prefix.every((part, i) => loc[i] === part);

function assertValidationShape(body: unknown): asserts body is ValidationBody {
  assert.ok(body && typeof body === 'object' && !Array.isArray(body), 'a 422 answers a JSON object');
  const { detail } = body as { detail?: unknown };
  assert.ok(Array.isArray(detail) && detail.length > 0, 'a 422 has a non-empty `detail` list');
  for (const entry of detail) {
    assert.ok(entry && typeof entry === 'object', 'each detail entry is an object');
    const { loc, msg, type } = entry as Record<string, unknown>;
    assert.ok(Array.isArray(loc) && loc.length > 0, 'loc is a non-empty list');
    for (const part of loc) assert.ok(typeof part === 'string' || typeof part === 'number', 'loc holds strings and numbers');
    assert.equal(typeof msg, 'string');
    assert.equal(typeof type, 'string');
  }
}

async function run(app: FastifyInstance, c: RequestCase): Promise<void> {
  const response = await app.inject({
    method: c.method as HttpMethod,
    url: c.url,
    headers: c.headers,
    ...(c.payload !== undefined ? { payload: c.payload } : {}),
  });
  const status = response.statusCode;
  const text = response.body;
  assert.ok(status < 500 || status === 503, `never a ${status}: ${text}`);
  assert.equal(status, c.expect.status, `expected ${c.expect.status}, got ${status}: ${text}`);
  const body: unknown = text === '' ? undefined : JSON.parse(text);

  if (status === 503) {
    const detail = (body as { detail?: unknown }).detail;
    assert.equal(typeof detail, 'string');
    assert.match(detail as string, /not configured/, 'the 503 is the provider-not-configured answer');
    return;
  }
  if (status === 404) {
    assert.deepEqual(body, { detail: 'Job not found' }, 'the 404 is the unknown-task answer');
    return;
  }
  if (c.expect.status !== 422) return;

  assertValidationShape(body);
  const { loc, types, within, firstType } = c.expect;
  if (firstType) assert.equal(body.detail[0].type, firstType, text);
  if (loc) {
    const hit = body.detail.find((d) => sameLoc(d.loc, loc) && (!types || types.includes(d.type)));
    assert.ok(hit, `expected an entry at ${JSON.stringify(loc)} of type ${types?.join('|') ?? 'any'}: ${text}`);
  }
  if (within) {
    const stray = body.detail.filter((d) => !under(d.loc, within));
    assert.deepEqual(stray, [], `only ${JSON.stringify(within)} is wrong in this request: ${text}`);
  }
}

describe('request validation generated from the served schemas', () => {
  let app: FastifyInstance;
  let dataDir: string;
  let sampler: SchemaSampler;
  let operations: Operation[] = [];
  let cases: RequestCase[] = [];

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-validation-'));
    app = await buildApp({ ...loadConfig({ VISION_STUDIO_RATE_LIMIT: '1000000' }), apiKeys: [API_KEY], dataDir, logLevel: 'silent' });
    await app.ready();
    const document = app.openapi as unknown as OpenApi;
    sampler = new SchemaSampler(document.components.schemas);
    // The reference contract's operations (the gateway's own jobs/assets routes have their own tests).
    const reference = JSON.parse(await readFile(new URL('./fixtures/openapi.reference.json', import.meta.url), 'utf8'));
    operations = listOperations(document).filter((op) => reference.paths[op.path]?.[op.method.toLowerCase()]);
    cases = operations.flatMap((op) => casesFor(sampler, op, AUTH));
  });

  after(async () => {
    await app?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('reads all 91 operations from the served document', () => {
    assert.equal(operations.length, 91);
    assert.equal(operations.filter((op) => op.jsonBody).length, 67);
    assert.equal(operations.filter((op) => op.multipartBody).length, 1);
    const names = cases.map((c) => `${c.category}: ${c.name}`);
    assert.deepEqual(
      names.filter((n, i) => names.indexOf(n) !== i),
      [],
      'case names are unique',
    );
  });

  it('the generator understands every keyword the request schemas use', () => {
    for (const op of operations) {
      for (const schema of [op.jsonBody, ...op.parameters.map((p) => p.schema)]) {
        if (!schema) continue;
        assert.deepEqual(unknownKeywords(sampler, schema), [], `${op.method} ${op.path}`);
      }
    }
  });

  it('every operation has a valid request, and every JSON body a minimal and a full one', () => {
    for (const op of operations) {
      const mine = cases.filter((c) => c.name.startsWith(`${op.method} ${op.path} `));
      const valid = mine.filter((c) => c.expect.status !== 422);
      assert.ok(valid.length > 0, `${op.method} ${op.path} has a valid case`);
      if (op.jsonBody) {
        assert.ok(
          mine.some((c) => c.category === 'valid minimal body'),
          `${op.method} ${op.path} minimal`,
        );
        assert.ok(
          mine.some((c) => c.category === 'valid full body'),
          `${op.method} ${op.path} full`,
        );
        assert.ok(
          mine.some((c) => c.category === 'wrong type'),
          `${op.method} ${op.path} wrong type`,
        );
      }
    }
  });

  for (const category of CATEGORIES) {
    it(category, async (t) => {
      const mine = cases.filter((c) => c.category === category);
      assert.ok(mine.length > 0, `no ${category} cases were generated`);
      for (const c of mine) await t.test(c.name, () => run(app, c));
    });
  }

  it('reads a JSON body sent as `application/json; charset=utf-8`', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/bria/image/generation/generate-image',
      headers: { ...AUTH, 'content-type': 'application/json; charset=utf-8' },
      payload: JSON.stringify({ prompt: 'a lighthouse at dusk' }),
    });
    assert.equal(response.statusCode, 503, response.body);
  });

  it('a query number coerced to Infinity ("1e400") is a 422, not a number past its maximum', async () => {
    for (const limit of ['1e400', '-1e400', 'Infinity']) {
      const response = await app.inject({ method: 'GET', url: `/api/v1/jobs?limit=${limit}`, headers: AUTH });
      assert.equal(response.statusCode, 422, `${limit}: ${response.body}`);
      assert.deepEqual(
        response.json().detail.map((d: { loc: unknown[] }) => d.loc),
        [['query', 'limit']],
      );
    }
  });

  it('generated enough cases', (t) => {
    const counts = Object.fromEntries(CATEGORIES.map((category) => [category, cases.filter((c) => c.category === category).length]));
    const nested = cases.filter((c) => (c.field?.length ?? 0) > 1).length;
    t.diagnostic(`${cases.length} generated cases (${nested} of them on fields of nested objects): ${JSON.stringify(counts)}`);
    assert.ok(cases.length >= MIN_CASES, `only ${cases.length} cases (expected at least ${MIN_CASES})`);
    for (const [category, minimum] of Object.entries(MIN_BY_CATEGORY)) {
      assert.ok(counts[category] >= minimum, `only ${counts[category]} ${category} cases (expected at least ${minimum})`);
    }
  });
});

// Defaults are filled in as pydantic does: only into a valid request, and without being
// validated themselves (expand-image's `prompt` defaults to "" next to `minLength: 4`).
describe('defaults', () => {
  const compile = validatorCompiler(components);
  const validate = (schema: TSchema, httpPart: string, data: unknown) => {
    const result = compile({ schema, method: 'POST', url: '/test', httpPart })(data) as { value?: unknown; error?: unknown };
    if (result.error) throw result.error;
    return result.value as Record<string, unknown>;
  };

  it("an omitted field gets its default even when the default breaks the field's own constraints", () => {
    const value = validate(BriaExpandImageRequest, 'body', { image: 'https://example.com/a.png' });
    assert.equal(value.prompt, '');
    assert.equal(value.sync, false);
    assert.equal(value.preserve_alpha, true);
  });

  it('a sent value is still checked against the constraints', () => {
    assert.throws(
      () => validate(BriaExpandImageRequest, 'body', { image: 'https://example.com/a.png', prompt: 'abc' }),
      (error: unknown) =>
        error instanceof RequestValidationError &&
        error.detail.length === 1 &&
        error.detail[0].type === 'string_too_short' &&
        JSON.stringify(error.detail[0].loc) === '["body","prompt"]',
    );
  });

  it('a default written next to a $ref is filled in', () => {
    const source = { url: 'https://example.com/a.png' };
    const value = validate(ExpandImageAsyncBody, 'body', { image: { source }, mask: { source } });
    assert.deepEqual(value.size, { height: 2048, width: 2048 });
    assert.deepEqual((value.placement as { alignment: unknown }).alignment, { horizontal: 'center', vertical: 'center' });
  });

  it('query strings are coerced, and omitted ones defaulted', () => {
    const query = Type.Object({
      include_models: Type.Optional(Type.Boolean({ default: false })),
      include_models_ids: Type.Optional(Type.Boolean({ default: false })),
    });
    assert.deepEqual(validate(query, 'querystring', { include_models: 'true' }), { include_models: true, include_models_ids: false });
  });

  it('an invalid request gets no defaults written into it', () => {
    const body: Record<string, unknown> = { prompt: 'abc' };
    assert.throws(() => validate(BriaExpandImageRequest, 'body', body), RequestValidationError);
    assert.deepEqual(body, { prompt: 'abc' });
  });
});
