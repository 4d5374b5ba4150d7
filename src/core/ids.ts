// Gateway identifiers: a readable prefix plus 128 random bits, so ids are unguessable.
import { randomFillSync } from 'node:crypto';

export type IdPrefix = 'job' | 'asset' | 'whd' | 'worker' | 'key' | 'slot';

const ID_BYTES = 16;
/** Random bytes drawn 256 ids at a time (one CSPRNG call instead of one per id, as randomUUID does). */
const pool = Buffer.alloc(ID_BYTES * 256);
let offset = pool.length;

export function newId(prefix: IdPrefix): string {
  if (offset === pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const id = `${prefix}_${pool.toString('base64url', offset, offset + ID_BYTES)}`;
  offset += ID_BYTES;
  return id;
}

/**
 * What callers may send as an asset id (a body field, a link's path): looser than isId('asset')
 * on purpose, so a mistyped or purged id is answered "unknown asset" rather than read as base64.
 */
export const ASSET_ID_PATTERN = /^asset_[A-Za-z0-9_-]{1,200}$/;

const ID_PATTERNS = new Map<IdPrefix, RegExp>();

/** Accepts only ids this gateway could have issued (cheap rejection before any lookup). */
export function isId(prefix: IdPrefix, value: string): boolean {
  let pattern = ID_PATTERNS.get(prefix);
  if (!pattern) ID_PATTERNS.set(prefix, (pattern = new RegExp(`^${prefix}_[\\w-]{22}$`)));
  return pattern.test(value);
}
