// The budget for request bodies in memory (src/server/body-budget.ts): a large body that does
// not fit waits unread, in order, and is refused with 503 after the wait; the budget comes back
// when an answer is done or a client leaves.
import assert from 'node:assert/strict';
import net from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ByteBudget } from '../src/server/body-budget.js';
import { defaultBodyMemoryLimit } from '../src/config.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';
import { listen } from './support/twins.js';

const MIB = 1024 * 1024;

describe('ByteBudget', () => {
  it('grants in order of asking, lets a body larger than the budget go alone, and skips a waiter that left', () => {
    const budget = new ByteBudget(100);
    const granted: string[] = [];
    budget.take(60, () => granted.push('a'));
    const b = budget.take(60, () => granted.push('b'));
    budget.take(30, () => granted.push('c')); // fits, but waits behind b
    assert.deepEqual(granted, ['a']);
    assert.deepEqual(budget.usage(), { bytes: 60, waiting: 2 });
    assert.equal(b.withdraw(), true);
    assert.deepEqual(granted, ['a', 'c']);
    budget.give(60);
    budget.give(30);
    const huge = budget.take(500, () => granted.push('huge'));
    assert.equal(huge.size, 100);
    assert.deepEqual(budget.usage(), { bytes: 100, waiting: 0 });
    assert.equal(huge.withdraw(), false, 'a granted request has nothing to withdraw');
  });

  it('defaults to an eighth of the memory, between 64 MiB and 1 GiB', () => {
    const limit = defaultBodyMemoryLimit();
    assert.ok(limit >= 64 * MIB && limit <= 1024 * MIB, String(limit));
  });
});

/** A request whose headers and first bytes are sent; the rest of its body when `finish` is called. */
function heldRequest(port: number, path: string, headers: Record<string, string>, bodyBytes: number) {
  const socket = net.connect(port, '127.0.0.1');
  let received = '';
  socket.on('data', (d) => (received += d));
  socket.on('error', () => {});
  const answered = new Promise<{ status: number; headers: string; body: unknown }>((resolve) =>
    socket.on('data', () => {
      const end = received.indexOf('\r\n\r\n');
      const length = Number(/content-length: (\d+)/i.exec(received)?.[1]);
      if (end < 0 || received.length < end + 4 + length) return;
      resolve({ status: Number(received.slice(9, 12)), headers: received.slice(0, end), body: JSON.parse(received.slice(end + 4, end + 4 + length)) });
    }),
  );
  const head = Object.entries({ host: '127.0.0.1', 'content-length': String(bodyBytes), ...headers })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n`);
  socket.write(Buffer.alloc(1024, 0x20));
  return {
    socket,
    answered,
    finish: () => socket.write(Buffer.alloc(bodyBytes - 1024, 0x20)),
  };
}

describe('request bodies in memory', () => {
  let t: TestApp;
  let port: number;
  const BODY = Math.round(1.5 * MIB);
  const upload = (extra: Record<string, string> = {}) => heldRequest(port, '/api/v1/assets', { 'x-api-key': TEST_KEY, 'content-type': 'image/png', ...extra }, BODY);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

  before(async () => {
    // Room for one 1.5 MiB body at a time; a second waits 400 ms at most.
    t = await testApp({}, { bodyMemoryLimit: 2 * MIB, bodyMemoryWaitMs: 400 });
    port = Number(new URL(await listen(t.app)).port);
  });
  after(() => t.close());

  it('holds a body that does not fit until another answer is done, then reads it', async () => {
    const first = upload();
    await settle();
    const second = upload();
    second.finish();
    await settle();
    assert.deepEqual(t.app.bodyBudget.usage(), { bytes: BODY, waiting: 1 });
    first.finish();
    // Spaces are no image: both are refused for their content, after being read.
    assert.equal((await first.answered).status, 422);
    assert.equal((await second.answered).status, 422);
    await settle();
    assert.deepEqual(t.app.bodyBudget.usage(), { bytes: 0, waiting: 0 });
    first.socket.destroy();
    second.socket.destroy();
  });

  it('refuses a body still waiting after the wait with 503 and Retry-After, in each API shape', async () => {
    const holder = upload();
    await settle();
    try {
      const refused = upload();
      const answer = await refused.answered;
      assert.equal(answer.status, 503);
      assert.match(answer.headers, /retry-after: 5/i);
      assert.deepEqual(answer.body, { detail: 'The gateway is receiving too many large request bodies at once; retry in 5 s', code: 'body_memory_busy' });
      refused.socket.destroy();

      const openai = heldRequest(port, '/v1/images/generations', { authorization: `Bearer ${TEST_KEY}`, 'content-type': 'application/json' }, BODY);
      const openaiAnswer = await openai.answered;
      assert.equal(openaiAnswer.status, 503);
      assert.deepEqual(openaiAnswer.body, {
        error: { message: 'The gateway is receiving too many large request bodies at once; retry in 5 s', type: 'server_error', param: null, code: 'body_memory_busy' },
      });
      openai.socket.destroy();
      assert.ok(t.logs.some((line) => line.includes('request body refused')));
    } finally {
      holder.socket.destroy();
    }
    await settle();
    assert.deepEqual(t.app.bodyBudget.usage(), { bytes: 0, waiting: 0 });
  });

  it('gives the room back when a client leaves, waiting or not', async () => {
    const holder = upload();
    await settle();
    const leaver = upload();
    await settle();
    assert.deepEqual(t.app.bodyBudget.usage(), { bytes: BODY, waiting: 1 });
    leaver.socket.destroy();
    await settle();
    assert.deepEqual(t.app.bodyBudget.usage(), { bytes: BODY, waiting: 0 });
    holder.socket.destroy();
    await settle();
    assert.deepEqual(t.app.bodyBudget.usage(), { bytes: 0, waiting: 0 });
  });

  it('answers an unauthenticated request at once, without waiting for room', async () => {
    const holder = upload();
    await settle();
    try {
      const stranger = upload({ 'x-api-key': 'wrong-key-0123456789' });
      const started = Date.now();
      assert.equal((await stranger.answered).status, 401);
      assert.ok(Date.now() - started < 300, 'answered before the wait would have ended');
      stranger.socket.destroy();
    } finally {
      holder.socket.destroy();
    }
  });

  it('lets small bodies through while a large one holds the budget', async () => {
    const holder = upload();
    await settle();
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/bria/image/editing/remove-background`, {
        method: 'POST',
        headers: { 'x-api-key': TEST_KEY, 'content-type': 'application/json' },
        body: JSON.stringify({ image: 'not an image' }),
      });
      // Read and answered for what it asks (BRIA is not configured here), not held back.
      assert.equal(response.status, 503);
      assert.match(((await response.json()) as { detail: string }).detail, /BRIA is not configured/);
    } finally {
      holder.socket.destroy();
    }
  });

  it('shows the bodies in memory and those waiting on /metrics', async () => {
    const response = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${TEST_KEY}` } });
    const text = await response.text();
    assert.match(text, /^vision_studio_request_body_bytes 0$/m);
    assert.match(text, /^vision_studio_request_bodies_waiting 0$/m);
  });
});
