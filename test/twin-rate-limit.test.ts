// The twins' sliding-window request limit: exact counts within any window, refusals that say
// when the oldest request leaves it, and requests that leave it no longer counted.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { slidingWindow } from '../src/twins/kit/rate-limit.js';

describe('twin sliding-window limit', () => {
  beforeEach(() => mock.timers.enable({ apis: ['Date'], now: 1_000_000 }));
  afterEach(() => mock.timers.reset());

  it('refuses the request past the limit within any window, until the oldest leaves it', () => {
    const limiter = slidingWindow();
    const limit = { requests: 3, windowMs: 1_000 };
    assert.equal(limiter.take('k', limit), undefined);
    mock.timers.tick(400);
    assert.equal(limiter.take('k', limit), undefined);
    assert.equal(limiter.take('k', limit), undefined);
    assert.deepEqual(limiter.take('k', limit), { used: 3, retryAfterMs: 600 });
    // Another key has a window of its own.
    assert.equal(limiter.take('other', limit), undefined);
    mock.timers.tick(600);
    // The first request has left the window; the two at 400 ms have not.
    assert.equal(limiter.take('k', limit), undefined);
    assert.deepEqual(limiter.take('k', limit), { used: 3, retryAfterMs: 400 });
  });

  it('keeps exact counts over many windows of many requests', () => {
    const limiter = slidingWindow();
    const limit = { requests: 5_000, windowMs: 1_000 };
    for (let second = 0; second < 5; second++) {
      for (let i = 0; i < 5_000; i++) assert.equal(limiter.take('k', limit), undefined);
      assert.equal(limiter.take('k', limit)?.used, 5_000);
      mock.timers.tick(1_000);
    }
  });
});
