// Credentials in query strings never reach the log: not in the request line, not in a message,
// not in an error's message or stack — whatever the parameter's case or encoding.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { redactQueryCredentials } from '../src/core/logging.js';
import { TEST_KEY, testApp, type TestApp } from './support/app.js';

/** Parameter names that carry credentials, each with its own secret value. */
const CREDENTIALS: [string, string][] = [
  ['x-api-key', 'secret-01'],
  ['X-API-KEY', 'secret-02'],
  ['X%2DAPI%2DKEY', 'secret-03'],
  ['x%252Dapi%252Dkey', 'secret-04'],
  ['%6B%65%79', 'secret-05'], // "key", every letter encoded
  ['access_token', 'secret-06'],
  ['Token', 'secret-07'],
  ['client_secret', 'secret-08'],
  ['PASSWORD', 'secret-09'],
  ['sig', 'secret-10'],
  ['X-Amz-Signature', 'secret-11'],
  ['auth', 'secret-12'],
  ['Authorization', 'secret-13'],
  ['apiKey', 'secret-14'],
];
const query = CREDENTIALS.map(([name, value]) => `${name}=${value}`).join('&');

const assertNoSecret = (text: string) => {
  for (const [name, value] of CREDENTIALS) assert.ok(!text.includes(value), `${name}=${value} reached the log: ${text}`);
};

describe('credentials in query strings are redacted from every log line', () => {
  let t: TestApp;
  before(async () => (t = await testApp()));
  after(() => t.close());

  it('in the request line, whatever the status (200, 401, 404)', async () => {
    t.logs.length = 0;
    for (const [url, headers] of [
      [`/api/v1/jobs?limit=5&${query}`, { 'x-api-key': TEST_KEY }],
      [`/api/v1/jobs?${query}`, {}],
      [`/no/such/route?${query};sig=secret-10`, {}],
    ] as const) {
      await t.app.inject({ method: 'GET', url, headers });
    }
    const lines = t.logs.map((line) => JSON.parse(line)).filter((line) => line.msg === 'request');
    assert.equal(lines.length, 3);
    assertNoSecret(t.logs.join(''));
    // What is not a credential stays readable.
    assert.match(lines[0].url, /^\/api\/v1\/jobs\?limit=5&x-api-key=\[redacted\]&/);
  });

  it('in messages, fields and errors logged by the gateway', () => {
    t.logs.length = 0;
    const url = `https://upstream.example/v1/thing?${query}`;
    const err = new Error(`fetch ${url} failed`);
    t.app.log.error({ err, url, nested: { links: [url] } }, `could not fetch ${url}`);
    t.app.log.warn(`%s was refused`, url);
    assert.equal(t.logs.length, 2);
    assertNoSecret(t.logs.join(''));
    const line = JSON.parse(t.logs[0]);
    assert.match(line.err.message, /\?x-api-key=\[redacted\]&/);
    assert.match(line.err.stack, /\?x-api-key=\[redacted\]&/);
  });

  it('keeps what only looks alike: no value, other names, text outside query strings', () => {
    assert.equal(redactQueryCredentials('/a?limit=5&provider=bria&state=queued'), '/a?limit=5&provider=bria&state=queued');
    assert.equal(redactQueryCredentials('/a?token=&x=1'), '/a?token=&x=1');
    assert.equal(redactQueryCredentials('a=b c=d'), 'a=b c=d');
    assert.equal(redactQueryCredentials('"https://h/p?Key=v1" and https://h/p?q=1&SIG=v2#frag'), '"https://h/p?Key=[redacted]" and https://h/p?q=1&SIG=[redacted]#frag');
  });
});
