// Gateway identifiers: a readable prefix plus 128 random bits, so ids are unguessable.
import { randomBytes } from 'node:crypto';

export type IdPrefix = 'job' | 'asset' | 'whd' | 'worker' | 'key';

export const newId = (prefix: IdPrefix): string => `${prefix}_${randomBytes(16).toString('base64url')}`;

/** Accepts only ids this gateway could have issued (cheap rejection before any lookup). */
export const isId = (prefix: IdPrefix, value: string): boolean => new RegExp(`^${prefix}_[\\w-]{22}$`).test(value);
