// The twins' shared parts: the sliding-window request limit (exact counts within any window,
// refusals that say when the oldest request leaves it, requests that left it no longer counted),
// and the record of jobs and outputs that expires as a provider's does.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { ExpiringMap } from '../src/twins/kit/expiring.js';
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

describe('twin records that expire', () => {
  beforeEach(() => mock.timers.enable({ apis: ['Date'], now: 1_000_000 }));
  afterEach(() => mock.timers.reset());

  it('an entry goes ttl after it was first set; newer ones stay; expired ones are dropped as new ones come', () => {
    const jobs = new ExpiringMap<string, { state: string }>(1_000);
    jobs.set('a', { state: 'running' });
    mock.timers.tick(600);
    jobs.set('b', { state: 'running' });
    // Setting again (a state change) does not extend its life.
    jobs.set('a', { state: 'done' });
    assert.deepEqual(jobs.get('a'), { state: 'done' });
    mock.timers.tick(400);
    assert.equal(jobs.get('a'), undefined);
    assert.equal(jobs.has('a'), false);
    assert.deepEqual(jobs.get('b'), { state: 'running' });
    jobs.set('c', { state: 'running' });
    assert.deepEqual([...jobs.keys()], ['b', 'c']);
    mock.timers.tick(600);
    assert.equal(jobs.get('b'), undefined);
    assert.equal(jobs.size, 2);
    jobs.set('d', { state: 'running' });
    assert.deepEqual([...jobs.keys()], ['c', 'd']);
    assert.equal(jobs.delete('c'), true);
    assert.deepEqual([...jobs.keys()], ['d']);
  });
});
