// The one upstream HTTP layer (src/core/upstream.ts) against a local HTTP server: what a call
// sends, how every kind of failure is named, and when a failed call may be sent again.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import OpenAI, * as openaiModule from 'openai';
import { gzipSync } from 'node:zlib';
import { bufferedFetch, callUpstream, classifyUpstreamFailure, sdkFailure, type UpstreamRequest } from '../src/core/upstream.js';
import { InlineBase64 } from '../src/core/json-body.js';
import { UpstreamError, type UPSTREAM_ERROR_CODES } from '../src/core/upstream-error.js';

type Handler = (req: IncomingMessage, body: Buffer, res: ServerResponse) => void;

const routes = new Map<string, Handler>();
let server: Server;
let origin: string;

function route(path: string, handler: Handler): string {
  routes.set(path, handler);
  return `${origin}${path}`;
}

const context = { provider: 'test', title: 'Test' };

/** The UpstreamError a call fails with (the test fails if it succeeds or throws anything else). */
async function failure(call: Partial<UpstreamRequest> & { url: string }): Promise<UpstreamError> {
  try {
    await callUpstream({ ...context, method: 'POST', idempotent: false, timeoutMs: 2_000, ...call });
  } catch (error) {
    assert.ok(error instanceof UpstreamError, `expected an UpstreamError, got ${String(error)}`);
    return error;
  }
  assert.fail('the call succeeded');
}

function answer(status: number, body: string, headers: Record<string, string> = {}): Handler {
  return (_req, _body, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };
}

before(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const handler = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
      if (handler) handler(req, Buffer.concat(chunks), res);
      else answer(404, '{"error":"no route"}')(req, Buffer.alloc(0), res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

describe('callUpstream', () => {
  it('sends a JSON body (inline media included) with its type and length, and parses the JSON answer', async () => {
    let seen: { headers: IncomingMessage['headers']; body: string } | undefined;
    const url = route('/json', (req, body, res) => {
      seen = { headers: req.headers, body: body.toString() };
      answer(202, '{"request_id":"r1"}', { 'x-extra': 'yes' })(req, body, res);
    });
    const result = await callUpstream({
      ...context,
      method: 'POST',
      url,
      headers: { api_token: 'tok' },
      json: { image: InlineBase64.of(Buffer.from('png')) },
      timeoutMs: 2_000,
      idempotent: false,
    });
    assert.equal(result.status, 202);
    assert.deepEqual(result.body, { request_id: 'r1' });
    assert.equal(result.headers['x-extra'], 'yes');
    assert.equal(seen?.body, JSON.stringify({ image: Buffer.from('png').toString('base64') }));
    assert.equal(seen?.headers['content-type'], 'application/json');
    assert.equal(seen?.headers['content-length'], String(seen?.body.length));
    assert.equal(seen?.headers.api_token, 'tok');
    assert.equal(seen?.headers.accept, 'application/json');
  });

  it('sends a form and raw bytes with their types; an empty answer has no body', async () => {
    const seen: { type?: string; body: string }[] = [];
    const url = route('/echo', (req, body, res) => {
      seen.push({ type: req.headers['content-type'], body: body.toString() });
      res.writeHead(204).end();
    });
    const form = await callUpstream({ ...context, method: 'POST', url, form: new URLSearchParams({ grant_type: 'client_credentials' }), timeoutMs: 2_000, idempotent: true });
    const bytes = await callUpstream({ ...context, method: 'POST', url, body: { data: Buffer.from('raw'), contentType: 'image/png' }, timeoutMs: 2_000, idempotent: false });
    assert.equal(form.body, undefined);
    assert.equal(bytes.status, 204);
    assert.deepEqual(seen, [
      { type: 'application/x-www-form-urlencoded', body: 'grant_type=client_credentials' },
      { type: 'image/png', body: 'raw' },
    ]);
  });

  it('a success that is not JSON is no answer: bad_upstream_response, resent only when idempotent', async () => {
    const url = route('/garbled', (_req, _body, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>cut'));
    const create = await failure({ url });
    assert.equal(create.code, 'bad_upstream_response');
    assert.equal(create.status, 200);
    assert.equal(create.retryable, false);
    assert.equal((await failure({ url, method: 'GET', idempotent: true })).retryable, true);
  });

  it('an error answer that is not JSON keeps its words, without markup', async () => {
    const url = route('/html-error', (_req, _body, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html><body><h1>Bad   Gateway</h1></body></html>'));
    const error = await failure({ url, explain: (status, body) => `Test answered ${status}: ${(body as { message: string }).message}` });
    assert.equal(error.code, 'upstream_error');
    assert.equal(error.message, 'Test answered 502: Bad Gateway');
  });

  it('429 with Retry-After: rate_limited, retryable even for a create, after the wait asked for', async () => {
    const url = route('/limited', answer(429, '{"error":"slow down"}', { 'retry-after': '7' }));
    const error = await failure({ url });
    assert.equal(error.code, 'rate_limited');
    assert.equal(error.status, 429);
    assert.equal(error.retryable, true);
    assert.equal(error.retryAfterMs, 7_000);
  });

  it('5xx: a create is resent only on 503; an idempotent call on any 5xx and on 408', async () => {
    const e500 = route('/e500', answer(500, '{}'));
    const e503 = route('/e503', answer(503, '{}'));
    const e408 = route('/e408', answer(408, '{}'));
    assert.equal((await failure({ url: e500 })).retryable, false);
    assert.equal((await failure({ url: e503 })).retryable, true);
    assert.equal((await failure({ url: e500, idempotent: true })).retryable, true);
    assert.equal((await failure({ url: e408 })).retryable, false);
    assert.equal((await failure({ url: e408, idempotent: true })).retryable, true);
  });

  it('a status `accept` lets through is an answer, not an error', async () => {
    const url = route('/unauthorized', answer(401, '{"error_code":"401013"}'));
    const result = await callUpstream({ ...context, method: 'GET', url, timeoutMs: 2_000, idempotent: true, accept: (status) => status === 401 });
    assert.equal(result.status, 401);
    assert.deepEqual(result.body, { error_code: '401013' });
  });

  it('no answer in time: timeout, resent only when idempotent', async () => {
    const url = route('/hang', () => {});
    const create = await failure({ url, timeoutMs: 150 });
    assert.equal(create.code, 'timeout');
    assert.match(create.message, /^Test did not answer in time \(UND_ERR_HEADERS_TIMEOUT\)$/);
    assert.equal(create.retryable, false);
    assert.equal((await failure({ url, timeoutMs: 150, idempotent: true })).retryable, true);
  });

  it('a body that stops arriving is a timeout too', async () => {
    const url = route('/stall', (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"a":');
    });
    assert.equal((await failure({ url, timeoutMs: 150 })).code, 'timeout');
  });

  it("the caller's abort ends the call (read as the step's deadline)", async () => {
    const url = route('/slow', (_req, _body, res) => setTimeout(() => answer(200, '{}')(_req, _body, res), 2_000));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const error = await failure({ url, signal: controller.signal });
    assert.ok(Date.now() - started < 1_000);
    assert.equal(error.code, 'timeout');
    assert.equal(error.message, 'Test did not answer in time');
    assert.equal(error.retryable, false);
  });

  it('connection refused never reached the provider: network_error, retryable even for a create', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure({ url: `http://127.0.0.1:${port}/` });
    assert.equal(error.code, 'network_error');
    assert.equal(error.message, 'Test could not be reached (ECONNREFUSED)');
    assert.equal(error.retryable, true);
    assert.equal(error.status, undefined);
  });

  it('connection reset after sending: the provider may have acted, so only an idempotent call is resent', async () => {
    const url = route('/reset', (req) => req.socket.destroy());
    const create = await failure({ url });
    assert.equal(create.code, 'network_error');
    assert.equal(create.retryable, false);
    assert.equal((await failure({ url, idempotent: true })).retryable, true);
  });
});

describe('classifyUpstreamFailure', () => {
  const create = { ...context, idempotent: false };

  it('names each status with the common table, a provider table over it, then 5xx/4xx defaults', () => {
    const code = (status: number, codes?: Record<number, (typeof UPSTREAM_ERROR_CODES)[number]>) => classifyUpstreamFailure({ status }, { ...create, codes }).code;
    assert.deepEqual(
      [400, 401, 403, 404, 429, 500, 502, 418, 422].map((status) => code(status)),
      ['invalid_request', 'upstream_auth', 'upstream_auth', 'not_found', 'rate_limited', 'upstream_error', 'upstream_error', 'upstream_rejected', 'upstream_rejected'],
    );
    assert.equal(code(422, { 422: 'content_moderation' }), 'content_moderation');
    assert.equal(code(460, { 460: 'input_unreachable' }), 'input_unreachable');
    assert.equal(code(400, { 401: 'upstream_auth' }), 'upstream_rejected');
  });

  it("a code named by the error body wins, and the provider's own word is what callers see", () => {
    const error = classifyUpstreamFailure(
      { status: 400, body: { code: 'invalid_value' } },
      {
        ...create,
        refine: (_status, body) => ({ code: 'invalid_request', providerCode: (body as { code: string }).code }),
        explain: (status) => `Test rejected it (${status})`,
      },
    );
    assert.equal(error.code, 'invalid_request');
    assert.equal(error.providerCode, 'invalid_value');
    assert.equal(error.reportedCode, 'invalid_value');
    assert.equal(error.message, 'Test rejected it (400)');
  });

  it('a code that waiting does not fix is never retried, even on 429', () => {
    const error = classifyUpstreamFailure({ status: 429, retryAfter: '1' }, { ...create, refine: () => ({ code: 'insufficient_quota' }) });
    assert.equal(error.code, 'insufficient_quota');
    assert.equal(error.retryable, false);
  });

  it('a wait the provider named otherwise wins over Retry-After; an HTTP-date Retry-After is read too', () => {
    assert.equal(classifyUpstreamFailure({ status: 429, retryAfter: '30', retryAfterMs: 1_500 }, create).retryAfterMs, 1_500);
    const soon = new Date(Date.now() + 10_000).toUTCString();
    const ms = classifyUpstreamFailure({ status: 503, retryAfter: soon }, create).retryAfterMs ?? 0;
    assert.ok(ms > 8_000 && ms <= 10_000, String(ms));
  });

  it('an unresolvable name was never sent; a timed-out SDK call is a timeout', () => {
    const unresolved = classifyUpstreamFailure({ network: Object.assign(new Error('getaddrinfo'), { code: 'ENOTFOUND' }) }, create);
    assert.equal(unresolved.code, 'network_error');
    assert.equal(unresolved.retryable, true);
    const timedOut = classifyUpstreamFailure({ network: new Error('Request timed out.'), timedOut: true }, create);
    assert.equal(timedOut.code, 'timeout');
    assert.equal(timedOut.retryable, false);
  });
});

for (const [name, fetch] of [
  ["Node's fetch", undefined],
  ['bufferedFetch', bufferedFetch],
] as const) {
  describe(`sdkFailure (a Stainless SDK: openai, over ${name})`, () => {
    const classify = (error: unknown) => {
      const found = sdkFailure(error, openaiModule);
      assert.ok(found, `not an SDK HTTP error: ${String(error)}`);
      return classifyUpstreamFailure(found, { ...context, idempotent: false, explain: (status) => `Test answered ${status}` });
    };
    const sdk = (baseURL: string, timeout = 2_000) => new OpenAI({ apiKey: 'sk-test', baseURL, maxRetries: 0, timeout, ...(fetch ? { fetch } : {}) });

    it('an error answer: status, body and retry-after-ms through the same classifier', async () => {
      route('/sdk/images/generations', answer(429, '{"error":{"message":"slow","code":"rate_limit_exceeded"}}', { 'retry-after-ms': '250', 'retry-after': '9' }));
      const error = await sdk(`${origin}/sdk`)
        .images.generate({ prompt: 'x' })
        .then(() => assert.fail('succeeded'), classify);
      assert.equal(error.code, 'rate_limited');
      assert.equal(error.status, 429);
      assert.equal(error.retryable, true);
      assert.equal(error.retryAfterMs, 250);
    });

    it("a refused connection and the SDK's own timeout", async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      const refused = await sdk(`http://127.0.0.1:${port}`)
        .images.generate({ prompt: 'x' })
        .then(() => assert.fail('succeeded'), classify);
      assert.equal(refused.code, 'network_error');
      assert.equal(refused.retryable, true);

      route('/sdk-hang/images/generations', () => {});
      const slow = sdk(`${origin}/sdk-hang`, 150);
      const timedOut = await slow.images.generate({ prompt: 'x' }).then(() => assert.fail('succeeded'), classify);
      assert.equal(timedOut.code, 'timeout');
      assert.equal(timedOut.retryable, false);
    });

    it("anything else is not the SDK's HTTP error", () => {
      assert.equal(sdkFailure(new TypeError('bug'), openaiModule), undefined);
    });
  });
}

describe('bufferedFetch (an SDK client’s fetch on undici)', () => {
  it('sends the method, headers and body, and answers the status, headers and whole body as a Response', async () => {
    let seen: { method?: string; headers?: IncomingMessage['headers']; body?: string } = {};
    const url = route('/buffered/echo', (req, body, res) => {
      seen = { method: req.method, headers: req.headers, body: body.toString() };
      res.writeHead(201, 'Made', [
        ['content-type', 'application/json'],
        ['x-request-id', 'req_1'],
        ['set-cookie', 'a=1'],
        ['set-cookie', 'b=2'],
      ]);
      res.end('{"ok":true}');
    });
    const response = await bufferedFetch(url, {
      method: 'POST',
      headers: new Headers({ 'content-type': 'application/json', authorization: 'Bearer sk-x' }),
      body: '{"prompt":"x"}',
    });
    assert.equal(seen.method, 'POST');
    assert.equal(seen.headers?.authorization, 'Bearer sk-x');
    assert.equal(seen.headers?.['content-type'], 'application/json');
    assert.equal(seen.headers?.['accept-encoding'], 'gzip, deflate, br');
    assert.equal(seen.body, '{"prompt":"x"}');
    assert.equal(response.status, 201);
    assert.equal(response.statusText, 'Made');
    assert.equal(response.ok, true);
    assert.equal(response.headers.get('x-request-id'), 'req_1');
    assert.deepEqual(response.headers.getSetCookie(), ['a=1', 'b=2']);
    assert.deepEqual(await response.json(), { ok: true });
  });

  it('undoes gzip as fetch does; a 204 has no body; a redirect is answered, not followed', async () => {
    const zipped = route('/buffered/gzip', (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      res.end(gzipSync('{"data":[1,2,3]}'));
    });
    assert.deepEqual(await (await bufferedFetch(zipped)).json(), { data: [1, 2, 3] });

    const empty = route('/buffered/empty', (_req, _body, res) => {
      res.writeHead(204);
      res.end();
    });
    const none = await bufferedFetch(empty, { method: 'DELETE' });
    assert.equal(none.status, 204);
    assert.equal(none.body, null);

    let followed = false;
    route('/buffered/elsewhere', (_req, _body, res) => {
      followed = true;
      res.end('{}');
    });
    const moved = route('/buffered/moved', (_req, _body, res) => {
      res.writeHead(302, { location: `${origin}/buffered/elsewhere` });
      res.end();
    });
    const redirect = await bufferedFetch(moved);
    assert.equal(redirect.status, 302);
    assert.equal(redirect.headers.get('location'), `${origin}/buffered/elsewhere`);
    assert.equal(followed, false);
  });

  it("an abort while the body is still arriving ends the call: the SDK's abort and its timeout", async () => {
    route('/buffered-stall/images/generations', (_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":[');
    });
    const sdk = (timeout: number) => new OpenAI({ apiKey: 'sk-test', baseURL: `${origin}/buffered-stall`, maxRetries: 0, timeout, fetch: bufferedFetch });

    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const aborted = await sdk(5_000)
      .images.generate({ prompt: 'x' }, { signal: controller.signal })
      .then(
        () => assert.fail('succeeded'),
        (error: unknown) => error,
      );
    assert.ok(aborted instanceof openaiModule.APIUserAbortError, `got ${String(aborted)}`);

    const timedOut = await sdk(150)
      .images.generate({ prompt: 'x' })
      .then(
        () => assert.fail('succeeded'),
        (error: unknown) => error,
      );
    assert.ok(timedOut instanceof openaiModule.APIConnectionTimeoutError, `got ${String(timedOut)}`);
    assert.equal(classifyUpstreamFailure(sdkFailure(timedOut, openaiModule)!, { ...context, idempotent: false }).code, 'timeout');
  });

  it("a multipart body (the SDK's edits) goes out whole, through Node's fetch", async () => {
    let seen: { type?: string; body?: string } = {};
    route('/buffered-form/images/edits', (req, body, res) => {
      seen = { type: req.headers['content-type'], body: body.toString('latin1') };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"created":1,"data":[{"b64_json":"AAAA"}]}');
    });
    const sdk = new OpenAI({ apiKey: 'sk-test', baseURL: `${origin}/buffered-form`, maxRetries: 0, timeout: 2_000, fetch: bufferedFetch });
    const image = await openaiModule.toFile(Buffer.from('\x89PNG fake bytes', 'latin1'), 'image-1.png', { type: 'image/png' });
    const answer = await sdk.images.edit({ model: 'gpt-image-2', image, prompt: 'a hat' });
    assert.equal(answer.data?.[0]?.b64_json, 'AAAA');
    assert.match(seen.type ?? '', /^multipart\/form-data; boundary=/);
    assert.match(seen.body ?? '', /name="image"; filename="image-1.png"\r\nContent-Type: image\/png\r\n\r\n\x89PNG fake bytes\r\n/);
    assert.match(seen.body ?? '', /name="prompt"\r\n\r\na hat\r\n/);
  });
});
