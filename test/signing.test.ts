// Signed, expiring asset links (?exp=…&sig=…).
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { AssetService } from '../src/assets/assets.js';
import { checkAssetSignature, signAssetPath, verifyAssetSignature, type AssetSignatureQuery } from '../src/assets/signing.js';

const SECRET = 'test-signing-secret-0123456789';
const ID = 'ast_01J9Z3Q8M4';
const NOW = 1_760_000_000;
const EXP = NOW + 3600;

describe('asset URL signing', () => {
  it('signs with HMAC-SHA256 (base64url, no padding) over "<id>.<exp>", as short exp/sig params', () => {
    const params = signAssetPath(ID, EXP, SECRET);
    assert.deepEqual(Object.keys(params).sort(), ['exp', 'sig']);
    assert.equal(params.exp, String(EXP));
    assert.equal(params.sig, createHmac('sha256', SECRET).update(`${ID}.${EXP}`).digest('base64url'));
    assert.match(params.sig, /^[A-Za-z0-9_-]{43}$/);
    // usable as a query string in an <img src>
    const qs = new URLSearchParams({ ...params }).toString();
    assert.match(qs, /^exp=\d+&sig=[A-Za-z0-9_-]{43}$/);
    // deterministic, and different per id, expiry and secret
    assert.deepEqual(signAssetPath(ID, EXP, SECRET), params);
    assert.notEqual(signAssetPath(`${ID}x`, EXP, SECRET).sig, params.sig);
    assert.notEqual(signAssetPath(ID, EXP + 1, SECRET).sig, params.sig);
    assert.notEqual(signAssetPath(ID, EXP, `${SECRET}x`).sig, params.sig);
  });

  it('accepts a valid link, from URLSearchParams or a parsed query object', () => {
    const params = signAssetPath(ID, EXP, SECRET);
    assert.equal(verifyAssetSignature(ID, params, SECRET, NOW), true);
    assert.equal(verifyAssetSignature(ID, new URLSearchParams({ ...params }), SECRET, NOW), true);
    assert.deepEqual(checkAssetSignature(ID, params, SECRET, NOW), { ok: true, expiresAt: EXP });
    assert.equal(verifyAssetSignature(ID, params, Buffer.from(SECRET), NOW), true);
    assert.equal(verifyAssetSignature(ID, params, SECRET, EXP - 1), true);
    // default clock: a link valid for the next hour is valid now
    const live = signAssetPath(ID, Math.floor(Date.now() / 1000) + 3600, SECRET);
    assert.equal(verifyAssetSignature(ID, live, SECRET), true);
  });

  it('rejects an expired link (valid while now < exp)', () => {
    const params = signAssetPath(ID, EXP, SECRET);
    assert.deepEqual(checkAssetSignature(ID, params, SECRET, EXP), { ok: false, reason: 'expired' });
    assert.deepEqual(checkAssetSignature(ID, params, SECRET, EXP + 86_400), { ok: false, reason: 'expired' });
    assert.equal(verifyAssetSignature(ID, params, SECRET, EXP), false);
    const past = signAssetPath(ID, Math.floor(Date.now() / 1000) - 1, SECRET);
    assert.equal(verifyAssetSignature(ID, past, SECRET), false);
  });

  it('rejects a link for another asset id', () => {
    const params = signAssetPath(ID, EXP, SECRET);
    for (const other of [`${ID}x`, ID.slice(0, -1), ID.toUpperCase(), `${ID}.${EXP}`, 'ast_other']) {
      assert.deepEqual(checkAssetSignature(other, params, SECRET, NOW), { ok: false, reason: 'invalid' }, other);
    }
    // ids with dots cannot be shifted into the expiry: "a.1" + exp 2 ≠ "a" + exp "1.2" (not digits)
    const dotted = signAssetPath('a.1', 2_000_000_000, SECRET);
    assert.equal(verifyAssetSignature('a', { exp: `1.${dotted.exp}`, sig: dotted.sig }, SECRET, NOW), false);
  });

  it('rejects a tampered signature, tampered expiry or another secret', () => {
    const params = signAssetPath(ID, EXP, SECRET);
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    for (const i of [0, 21, 42]) {
      assert.deepEqual(checkAssetSignature(ID, { ...params, sig: flip(params.sig, i) }, SECRET, NOW), {
        ok: false,
        reason: 'invalid',
      });
    }
    // extending the expiry needs a new signature
    assert.deepEqual(checkAssetSignature(ID, { ...params, exp: String(EXP + 10 * 365 * 86_400) }, SECRET, NOW), {
      ok: false,
      reason: 'invalid',
    });
    assert.equal(verifyAssetSignature(ID, params, 'another-secret', NOW), false);
    // the signature of another asset does not transfer
    const other = signAssetPath('ast_other', EXP, SECRET);
    assert.equal(verifyAssetSignature(ID, { exp: other.exp, sig: other.sig }, SECRET, NOW), false);
  });

  it('rejects malformed parameters without throwing', () => {
    const { exp, sig } = signAssetPath(ID, EXP, SECRET);
    const malformed: [string, AssetSignatureQuery][] = [
      ['nothing', {}],
      ['no sig', { exp }],
      ['no exp', { sig }],
      ['empty sig', { exp, sig: '' }],
      ['padded sig', { exp, sig: `${sig}=` }],
      ['short sig', { exp, sig: sig.slice(1) }],
      ['long sig', { exp, sig: `${sig}A` }],
      ['standard base64 alphabet', { exp, sig: `${sig.slice(0, -1)}+` }],
      ['hex sig', { exp, sig: createHmac('sha256', SECRET).update(`${ID}.${exp}`).digest('hex') }],
      ['sig as array', { exp, sig: [sig] }],
      ['exp as number', { exp: EXP, sig }],
      ['exp with sign', { exp: `+${exp}`, sig }],
      ['exp with leading zero', { exp: `0${exp}`, sig }],
      ['exp fraction', { exp: `${exp}.0`, sig }],
      ['exp exponent', { exp: '1.76e9', sig }],
      ['exp negative', { exp: `-${exp}`, sig }],
      ['exp zero', { exp: '0', sig }],
      ['exp huge', { exp: '9'.repeat(40), sig }],
      ['exp words', { exp: 'tomorrow', sig }],
      [
        'repeated sig',
        new URLSearchParams([
          ['exp', exp],
          ['sig', sig],
          ['sig', sig],
        ]),
      ],
      [
        'repeated exp',
        new URLSearchParams([
          ['exp', exp],
          ['exp', exp],
          ['sig', sig],
        ]),
      ],
    ];
    for (const [label, params] of malformed) {
      assert.deepEqual(checkAssetSignature(ID, params, SECRET, NOW), { ok: false, reason: 'malformed' }, label);
      assert.equal(verifyAssetSignature(ID, params, SECRET, NOW), false, label);
    }
    assert.deepEqual(checkAssetSignature('', { exp, sig }, SECRET, NOW), { ok: false, reason: 'malformed' });
  });

  it('refuses to sign with bad inputs', () => {
    assert.throws(() => signAssetPath(ID, EXP, ''), /secret/);
    assert.throws(() => signAssetPath(ID, EXP, Buffer.alloc(0)), /secret/);
    assert.throws(() => verifyAssetSignature(ID, signAssetPath(ID, EXP, SECRET), '', NOW), /secret/);
    assert.throws(() => signAssetPath('', EXP, SECRET), /asset id/);
    for (const bad of [0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e13]) {
      assert.throws(() => signAssetPath(ID, bad, SECRET), RangeError, String(bad));
    }
  });
});

describe('signed asset links', () => {
  // signedUrl touches neither the database nor the blob store.
  const assets = new AssetService(undefined as never, undefined as never, { secret: SECRET, urlTtlSeconds: 3600, allowPrivateNetwork: false });
  const query = (url: string) => new URL(url).searchParams;

  it('last at least the TTL, expire on a whole minute, and verify', () => {
    for (const nowMs of [NOW * 1000, NOW * 1000 + 1, NOW * 1000 + 59_999, (NOW + 60) * 1000]) {
      const url = assets.signedUrl(ID, 'https://gw.example', nowMs);
      assert.ok(url.startsWith(`https://gw.example/api/v1/assets/${ID}?`));
      const exp = Number(query(url).get('exp'));
      assert.equal(exp % 60, 0);
      assert.ok(exp >= nowMs / 1000 + 3600 && exp < nowMs / 1000 + 3660, `exp ${exp} for now ${nowMs}`);
      assert.ok(verifyAssetSignature(ID, query(url), SECRET, Math.floor(nowMs / 1000)));
    }
  });

  it('are the same link for the same asset within a minute, and differ per asset and per base URL', () => {
    const start = Math.ceil(NOW / 60) * 60 * 1000;
    const first = assets.signedUrl(ID, 'https://gw.example', start + 1);
    assert.equal(assets.signedUrl(ID, 'https://gw.example', start + 59_000), first);
    assert.notEqual(assets.signedUrl(ID, 'https://gw.example', start + 61_000), first);
    assert.notEqual(assets.signedUrl(`${ID}x`, 'https://gw.example', start + 1).split('?')[1], first.split('?')[1]);
    assert.equal(assets.signedUrl(ID, 'http://other:8000', start + 1).split('?')[1], first.split('?')[1]);
  });
});
