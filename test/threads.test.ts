// Work on a worker thread (src/core/threads.ts): answers by id, failures with their codes, the
// thread's death reported to every caller, and requests of one event-loop turn sent together.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startThread, ThreadChannel, type ThreadFailure } from '../src/core/threads.js';
import type { TestReply, TestRequest } from './support/test-thread.js';

const SCRIPT = new URL('./support/test-thread.ts', import.meta.url);
const open = (serial = false) => new ThreadChannel<TestRequest, TestReply | ThreadFailure>(startThread(SCRIPT, { testThread: true }), 'the test thread', { serial });
const value = (reply: TestReply | ThreadFailure) => {
  assert.ok('value' in reply, JSON.stringify(reply));
  return reply.value;
};

describe('worker thread channel', () => {
  it('answers each request by its id, whatever order the thread finishes them in', async () => {
    const channel = open();
    const replies = await Promise.all([30, 0, 10].map((waitMs, i) => channel.send({ op: 'echo', value: i, waitMs })));
    assert.deepEqual(replies.map(value), [0, 1, 2]);
    // Not serial: the thread had all three at once, and the one without a wait finished first.
    assert.deepEqual(
      replies.map((r) => ('at' in r ? r.at : -1)),
      [2, 0, 1],
    );
  });

  it("passes a failure's message and system code back", async () => {
    const channel = open();
    const reply = await channel.send({ op: 'fail', code: 'ENOSPC' });
    assert.ok('error' in reply);
    assert.equal(reply.error.code, 'ENOSPC');
    assert.match(reply.error.message, /failed with ENOSPC/);
    assert.equal(value(await channel.send({ op: 'echo', value: 7 })), 7, 'the thread goes on after a failure');
  });

  it('fails every pending and later request when the thread dies, naming the thread', async () => {
    const channel = open();
    const pending = channel.send({ op: 'echo', value: 1, waitMs: 1_000 });
    await assert.rejects(channel.send({ op: 'exit' }), /the test thread has stopped/);
    await assert.rejects(pending, /the test thread has stopped/);
    assert.equal(channel.stopped, true);
    await assert.rejects(channel.send({ op: 'echo', value: 2 }), /the test thread has stopped/);
  });

  it('sends the requests of one turn as one message; serial, it holds later ones until the batch in flight is answered', async () => {
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    for (const serial of [false, true]) {
      const channel = open(serial);
      const sent = Array.from({ length: 5 }, (_v, i) => channel.send({ op: 'echo', value: i, waitMs: i === 0 ? 100 : 0 }));
      // Two later turns, while the first batch is still being worked on.
      await turn();
      sent.push(channel.send({ op: 'echo', value: 10 }));
      await turn();
      sent.push(channel.send({ op: 'echo', value: 11 }));
      assert.deepEqual((await Promise.all(sent)).map(value), [0, 1, 2, 3, 4, 10, 11]);
      const report = await channel.send({ op: 'batches' });
      assert.ok('batches' in report);
      assert.deepEqual(report.batches, serial ? [5, 2, 1] : [5, 1, 1, 1], `serial=${serial}`);
    }
  });
});
