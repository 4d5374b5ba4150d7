// HTTP-level hardening of the service shell: JSON nesting limit, security headers (helmet),
// time limits against slow clients (slowloris headers, slow bodies) and Node's own rejections
// (malformed requests, oversized headers) answered in FastAPI's shape.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildApp, SERVER_TIMEOUTS, type ServerTimeouts } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { excessiveNesting, MAX_JSON_DEPTH } from '../src/core/body.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';
import { listen } from './support/twins.js';

const json = { 'x-api-key': TEST_KEY, 'content-type': 'application/json' };
const GENERATE = '/api/v1/bria/image/generation/generate-image';

const arrays = (n: number) => '['.repeat(n) + ']'.repeat(n);
const objects = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);

describe('JSON nesting limit', () => {
  let t: TestApp;
  before(async () => (t = await testApp()));
  after(() => t.close());

  it('finds the first position past the limit, skipping string contents and escapes', () => {
    assert.equal(excessiveNesting(arrays(MAX_JSON_DEPTH)), undefined);
    assert.equal(excessiveNesting(arrays(MAX_JSON_DEPTH + 1)), MAX_JSON_DEPTH);
    assert.equal(excessiveNesting(JSON.stringify({ s: '['.repeat(500) })), undefined);
    assert.equal(excessiveNesting(JSON.stringify({ s: `\\"${'{'.repeat(500)}\\` })), undefined);
    assert.equal(excessiveNesting(`{"s":"\\\\",${'"a":['.repeat(3)}`, 2), 19); // { is level 1, the second [ level 3
    assert.equal(excessiveNesting('"unterminated [[[['), undefined);
  });

  for (const [name, body] of [
    ['10,000 nested arrays', arrays(10_000)],
    ['10,000 nested objects', objects(10_000)],
    ['100,000 nested arrays in an extra field', `{"prompt":"a red fox","extra":${arrays(100_000)}}`],
    ['65 levels', `{"prompt":"a red fox","extra":${arrays(64)}}`],
  ] as const) {
    it(`answers ${name} with 422 json_invalid`, async () => {
      const response = await t.app.inject({ method: 'POST', url: GENERATE, headers: json, payload: body });
      assert.equal(response.statusCode, 422, response.body.slice(0, 300));
      const [detail] = response.json().detail;
      assert.equal(detail.type, 'json_invalid');
      assert.equal(detail.loc[0], 'body');
      assert.equal(typeof detail.loc[1], 'number');
      assert.match(detail.ctx.error, /deeper than 64 levels/);
    });
  }

  it('lets 64 levels and brackets inside strings through to validation', async () => {
    const deepButAllowed = await t.app.inject({ method: 'POST', url: GENERATE, headers: json, payload: `{"prompt":"a red fox","extra":${arrays(63)}}` });
    assert.equal(deepButAllowed.statusCode, 503, deepButAllowed.body); // valid; BRIA is not configured here
    const brackets = await t.app.inject({ method: 'POST', url: GENERATE, headers: json, payload: JSON.stringify({ prompt: '['.repeat(5000) }) });
    assert.equal(brackets.statusCode, 503, brackets.body);
  });
});

describe('security headers', () => {
  let t: TestApp;
  before(async () => (t = await testApp()));
  after(() => t.close());

  it('sends them on JSON answers, errors included, with no CSP beyond default-src none and no HSTS', async () => {
    for (const [url, status] of [
      ['/health', 200],
      ['/api/v1/nope', 404],
      ['/api/v1/jobs', 401],
    ] as const) {
      const response = await t.app.inject({ method: 'GET', url });
      assert.equal(response.statusCode, status, url);
      assert.equal(response.headers['content-security-policy'], "default-src 'none'", url);
      assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(response.headers['x-frame-options'], 'SAMEORIGIN', url);
      assert.equal(response.headers['referrer-policy'], 'no-referrer', url);
      assert.equal(response.headers['cross-origin-resource-policy'], 'cross-origin', url);
      assert.equal(response.headers['strict-transport-security'], undefined, url);
    }
    const invalid = await t.app.inject({ method: 'POST', url: GENERATE, headers: json, payload: '{' });
    assert.equal(invalid.statusCode, 422);
    assert.equal(invalid.headers['x-content-type-options'], 'nosniff');
  });

  it('keeps the docs page on its own CSP, under which its assets load', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(page.statusCode, 200);
    const csp = String(page.headers['content-security-policy']);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /style-src 'self'/);
    const assets = [...page.body.matchAll(/(?:src|href)="\.\/([^"]+)"/g)].map((m) => m[1]);
    assert.ok(assets.length >= 3, `assets: ${assets.join(', ')}`);
    for (const asset of assets) {
      const response = await t.app.inject({ method: 'GET', url: `/docs/${asset}` });
      assert.equal(response.statusCode, 200, asset);
      assert.match(String(response.headers['content-security-policy']), /default-src 'self'/, asset);
    }
  });
});

/** Opens a raw connection; resolves with everything the server sent once it closes the socket. */
function rawClient(port: number) {
  const socket = net.connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (d) => (received += d));
  socket.on('error', () => {});
  const closed = new Promise<{ text: string; at: number }>((resolve) => socket.on('close', () => resolve({ text: received, at: Date.now() })));
  return { socket, closed };
}

function parseRaw(text: string): { status: number; body: unknown } {
  const [head, body] = text.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), body: body ? JSON.parse(body) : undefined };
}

/** A gateway built with the given server time limits (default: the production ones). */
async function gateway(serverTimeouts?: Partial<ServerTimeouts>) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vision-studio-hardening-'));
  const config = { ...loadConfig({ VISION_STUDIO_API_KEYS: TEST_KEY, VISION_STUDIO_LOG_LEVEL: 'silent' }), dataDir };
  const app = await buildApp(config, { announceKey: () => {}, serverTimeouts });
  return {
    app,
    async close() {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

describe('slow and malformed clients', () => {
  let g: Awaited<ReturnType<typeof gateway>>;
  let port: number;
  before(async () => {
    // Short limits so the test takes a second; the defaults are checked separately.
    g = await gateway({ headersTimeoutMs: 600, requestTimeoutMs: 1_200, checkIntervalMs: 100 });
    port = Number(new URL(await listen(g.app)).port);
  });
  after(() => g.close());

  it('sets header and request deadlines by default', async () => {
    const defaults = await gateway();
    try {
      assert.equal(defaults.app.server.headersTimeout, SERVER_TIMEOUTS.headersTimeoutMs);
      assert.equal(defaults.app.server.requestTimeout, SERVER_TIMEOUTS.requestTimeoutMs);
      assert.ok(SERVER_TIMEOUTS.headersTimeoutMs <= 30_000 && SERVER_TIMEOUTS.checkIntervalMs <= 5_000);
    } finally {
      await defaults.close();
    }
  });

  it('cuts off a slowloris client (headers dribbled in) with 408, while serving others', async () => {
    const started = Date.now();
    const { socket, closed } = rawClient(port);
    socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    let n = 0;
    const drip = setInterval(() => {
      if (!socket.destroyed) socket.write(`X-Slow-${n++}: a\r\n`);
    }, 100);
    try {
      const other = await fetch(`http://127.0.0.1:${port}/health`);
      assert.equal(other.status, 200);
      const { text, at } = await closed;
      const answer = parseRaw(text);
      assert.equal(answer.status, 408, text);
      assert.deepEqual(answer.body, { detail: 'Request Timeout: the request did not arrive in time' });
      assert.ok(at - started < 2_500, `closed after ${at - started} ms`);
      assert.ok(n >= 3, 'the client was still sending when it was cut off');
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
  });

  it('cuts off a client that sends its body too slowly', async () => {
    const started = Date.now();
    const { socket, closed } = rawClient(port);
    socket.write(`POST ${GENERATE} HTTP/1.1\r\nHost: 127.0.0.1\r\nX-API-Key: ${TEST_KEY}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
    const drip = setInterval(() => {
      if (!socket.destroyed) socket.write(' ');
    }, 100);
    try {
      const { text, at } = await closed;
      assert.equal(parseRaw(text).status, 408, text);
      assert.ok(at - started < 3_500, `closed after ${at - started} ms`);
    } finally {
      clearInterval(drip);
      socket.destroy();
    }
  });

  it('answers a malformed request and oversized headers in FastAPI shape', async () => {
    const bad = rawClient(port);
    bad.socket.write('GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    const badAnswer = parseRaw((await bad.closed).text);
    assert.equal(badAnswer.status, 400);
    assert.deepEqual(badAnswer.body, { detail: 'Bad Request: the HTTP request is malformed' });

    const big = rawClient(port);
    big.socket.write(`GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    const bigAnswer = parseRaw((await big.closed).text);
    assert.equal(bigAnswer.status, 431);
    assert.deepEqual(bigAnswer.body, { detail: 'Request header fields are too large' });
  });
});
