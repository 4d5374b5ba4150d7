// API keys: `X-API-Key` on every operation except /health, checked before the body is read.
// Only SHA-256 hashes are kept in memory or on disk; a key's hash is also its owner id.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

export const API_KEY_HEADER = 'x-api-key';

const KEY_FILE = 'api-keys.json';

interface KeyFile {
  keys: { hash: string; created_at: string }[];
}

export const hashKey = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** A fresh key: prefix (so a leaked key is recognisable) + 256 random bits. */
export const newApiKey = (): string => `vs_${randomBytes(32).toString('base64url')}`;

export class ApiKeyring {
  private constructor(private readonly hashes: Buffer[]) {}

  static fromKeys(keys: string[]): ApiKeyring {
    return new ApiKeyring(keys.map(hashKey));
  }

  /**
   * Keys from the environment, or else the hashed keys in `dataDir`. On first start with
   * neither, one key is generated, only its hash is stored, and `announce` shows it once.
   */
  static async load(keys: string[], dataDir: string, announce: (key: string) => void): Promise<ApiKeyring> {
    if (keys.length > 0) return ApiKeyring.fromKeys(keys);
    const file = path.join(dataDir, KEY_FILE);
    let stored: KeyFile | undefined;
    try {
      stored = JSON.parse(await readFile(file, 'utf8')) as KeyFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    if (stored && stored.keys.length > 0) {
      return new ApiKeyring(stored.keys.map((k) => Buffer.from(k.hash, 'hex')));
    }
    const key = newApiKey();
    const record: KeyFile = { keys: [{ hash: hashKey(key).toString('hex'), created_at: new Date().toISOString() }] };
    await mkdir(dataDir, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(record, null, 2), { mode: 0o600 });
    await rename(temp, file);
    announce(key);
    return ApiKeyring.fromKeys([key]);
  }

  /** The owner id (hex hash) of a valid key. Compares against every key in constant time. */
  verify(key: string): string | undefined {
    const presented = hashKey(key);
    let match: Buffer | undefined;
    for (const hash of this.hashes) {
      if (timingSafeEqual(hash, presented)) match = hash;
    }
    return match?.toString('hex');
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Hex SHA-256 of the caller's API key: the owner of the jobs and assets it creates. */
    owner: string;
  }
}

/**
 * The `onRequest` hook of protected routes. Missing key → 401; unknown key → 401 as well
 * (the caller is not authenticated either way; 403 is kept for a known key that lacks a right).
 */
export function requireApiKey(keyring: ApiKeyring) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const header = request.headers[API_KEY_HEADER];
    const key = Array.isArray(header) ? header[0] : header;
    const challenge = { 'www-authenticate': 'ApiKey header="X-API-Key"' };
    if (!key) throw new HttpError(401, 'Missing API key: send it in the X-API-Key header', {}, challenge);
    const owner = keyring.verify(key);
    if (!owner) throw new HttpError(401, 'Invalid API key', {}, challenge);
    request.owner = owner;
  };
}
