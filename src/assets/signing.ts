// Signed, expiring asset URLs: `/…/assets/<id>?exp=<unix seconds>&sig=<mac>` works in an <img>
// tag (no header needed) until `exp`. sig = base64url(HMAC-SHA256(secret, `${assetId}.${exp}`)),
// no padding (43 characters). `exp` is a plain decimal integer, so the last "." in the signed
// string always separates id and expiry even when ids contain dots.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface AssetSignatureParams {
  /** Expiry, Unix time in seconds (decimal digits). */
  exp: string;
  /** base64url HMAC-SHA256 of `${assetId}.${exp}`. */
  sig: string;
}

export type AssetSignatureCheck = { ok: true; expiresAt: number } | { ok: false; reason: 'malformed' | 'expired' | 'invalid' };

type Secret = string | Buffer;

/** What a request brings: URLSearchParams, or a parsed query object (e.g. Fastify's `request.query`). */
export type AssetSignatureQuery = URLSearchParams | { readonly exp?: unknown; readonly sig?: unknown };

const SIG_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const EXP_PATTERN = /^[1-9][0-9]{0,11}$/; // up to year ~33658; no sign, exponent, fraction or leading zero

function mac(assetId: string, exp: string, secret: Secret): string {
  if ((typeof secret !== 'string' && !Buffer.isBuffer(secret)) || secret.length === 0) {
    throw new TypeError('asset URL signing secret must be a non-empty string or Buffer');
  }
  return createHmac('sha256', secret).update(`${assetId}.${exp}`, 'utf8').digest('base64url');
}

function assertAssetId(assetId: string): void {
  if (typeof assetId !== 'string' || assetId.length === 0) throw new TypeError('asset id must be a non-empty string');
}

/**
 * Query parameters that make a link to `assetId` valid until `expiresAtSeconds` (Unix time,
 * seconds). Use as `new URLSearchParams(signAssetPath(...))`.
 */
export function signAssetPath(assetId: string, expiresAtSeconds: number, secret: Secret): AssetSignatureParams {
  assertAssetId(assetId);
  const exp = String(expiresAtSeconds);
  if (!Number.isSafeInteger(expiresAtSeconds) || !EXP_PATTERN.test(exp)) {
    throw new RangeError(`expiry must be a positive whole number of seconds, got ${expiresAtSeconds}`);
  }
  return { exp, sig: mac(assetId, exp, secret) };
}

/** Reads one parameter from URLSearchParams or a parsed query object; repeated or non-string → undefined. */
function param(params: AssetSignatureQuery, name: 'exp' | 'sig'): string | undefined {
  if (params === null || typeof params !== 'object') return undefined;
  if (params instanceof URLSearchParams) {
    const all = params.getAll(name);
    return all.length === 1 ? all[0] : undefined;
  }
  const v = params[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * Checks a link's `exp`/`sig` for `assetId`, with the reason when it fails (for logs/metrics;
 * don't tell the client which). `now` is Unix time in seconds; a link is valid while now < exp.
 */
export function checkAssetSignature(assetId: string, params: AssetSignatureQuery, secret: Secret, now: number = Math.floor(Date.now() / 1000)): AssetSignatureCheck {
  if (typeof assetId !== 'string' || assetId.length === 0) return { ok: false, reason: 'malformed' };
  const exp = param(params, 'exp');
  const sig = param(params, 'sig');
  if (exp === undefined || sig === undefined || !EXP_PATTERN.test(exp) || !SIG_PATTERN.test(sig)) {
    return { ok: false, reason: 'malformed' };
  }
  // Compare the MAC first, in constant time, so timing says nothing about which check failed.
  const expected = Buffer.from(mac(assetId, exp, secret), 'ascii');
  const given = Buffer.from(sig, 'ascii'); // 43 ASCII bytes, same length as expected (checked above)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
  const expiresAt = Number(exp);
  if (!(now < expiresAt)) return { ok: false, reason: 'expired' };
  return { ok: true, expiresAt };
}

/** True when `params` hold a valid, unexpired signature for `assetId`. */
export function verifyAssetSignature(assetId: string, params: AssetSignatureQuery, secret: Secret, now: number = Math.floor(Date.now() / 1000)): boolean {
  return checkAssetSignature(assetId, params, secret, now).ok;
}
