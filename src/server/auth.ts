// API keys: `X-API-Key` (or `Authorization: Bearer`) on every operation except /health, checked before the body is read.
// Keys come from VISION_STUDIO_API_KEYS (fixed for the process) and from the database
// (`vision-studio keys create|list|revoke`). Only SHA-256 hashes are kept; a key's hash is
// also its owner id. Database keys are looked up on every request, so a revocation takes
// effect at once in every process sharing the database.
import { hash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Storage } from '../storage/database.js';
import { prepared } from '../storage/prepared.js';
import type { ApiKeyRow } from '../storage/schema.js';
import type { AuthThrottle } from './auth-throttle.js';
import type { Budget, BudgetPeriod } from '../usage/budgets.js';
import { HttpError } from '../core/errors.js';
import { newId } from '../core/ids.js';

export const API_KEY_HEADER = 'x-api-key';

export const hashKey = (key: string): Buffer => hash('sha256', key, 'buffer');

/** A fresh key: prefix (so a leaked key is recognisable, e.g. by secret scanners) + 256 random bits. */
export const newApiKey = (): string => `vs_${randomBytes(32).toString('base64url')}`;

/** Who is calling, and the limits that apply to them. */
export interface Caller {
  /** Hex SHA-256 of the key: owner of the jobs and assets it creates. */
  owner: string;
  keyId: string;
  /** Requests per minute; undefined = the gateway default. */
  rateLimitPerMinute?: number;
  /** Jobs queued or running at once; undefined = the gateway default. */
  maxConcurrentJobs?: number;
  /** An operator key: sees every key's usage and may read /metrics. */
  admin: boolean;
  /** Estimated spend allowed per period; undefined = no budget. */
  budget?: Budget;
}

export interface NewKeyOptions {
  name: string;
  rateLimitPerMinute?: number;
  maxConcurrentJobs?: number;
  admin?: boolean;
  budgetUsd?: number;
  budgetPeriod?: BudgetPeriod;
}

/** What `keys update` changes; null removes a budget. */
export interface KeyUpdate {
  budgetUsd?: number | null;
  budgetPeriod?: BudgetPeriod;
}

/** A key as `keys list` shows it: never the key itself. */
export type KeyRecord = Omit<ApiKeyRow, 'hash'>;

const LAST_USED_RESOLUTION_MS = 60_000;

export class ApiKeys {
  private readonly envHashes: Buffer[];
  private readonly lastUsedWritten = new Map<string, number>();
  private readonly findByHash;
  private readonly markUsed;

  constructor(
    private readonly storage: Storage,
    envKeys: string[],
  ) {
    this.envHashes = envKeys.map(hashKey);
    this.findByHash = prepared(storage, (db, hash: string) =>
      db.selectFrom('api_keys').select(['id', 'rate_limit_per_minute', 'max_concurrent_jobs', 'revoked_at', 'admin', 'budget_usd', 'budget_period']).where('hash', '=', hash),
    );
    this.markUsed = prepared(storage, (db, id: string, now: number) => db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', id));
  }

  /**
   * With no key configured anywhere (first start), creates one, stores only its hash and shows
   * it once through `announce`.
   */
  async ensureOne(announce: (key: string) => void): Promise<void> {
    if (this.envHashes.length > 0) return;
    const active = await this.storage.db.selectFrom('api_keys').select('id').where('revoked_at', 'is', null).limit(1).execute();
    if (active.length > 0) return;
    const { key } = await this.create({ name: 'generated on first start' });
    announce(key);
  }

  async create(options: NewKeyOptions): Promise<{ key: string; record: KeyRecord }> {
    const key = newApiKey();
    const row: ApiKeyRow = {
      id: newId('key'),
      hash: hashKey(key).toString('hex'),
      name: options.name,
      rate_limit_per_minute: options.rateLimitPerMinute ?? null,
      max_concurrent_jobs: options.maxConcurrentJobs ?? null,
      created_at: Date.now(),
      last_used_at: null,
      revoked_at: null,
      admin: options.admin ? 1 : 0,
      budget_usd: options.budgetUsd ?? null,
      budget_period: options.budgetUsd === undefined ? null : (options.budgetPeriod ?? 'month'),
    };
    await this.storage.db.insertInto('api_keys').values(row).execute();
    const { hash: _hash, ...record } = row;
    return { key, record };
  }

  async list(): Promise<KeyRecord[]> {
    return this.storage.db
      .selectFrom('api_keys')
      .select(['id', 'name', 'rate_limit_per_minute', 'max_concurrent_jobs', 'created_at', 'last_used_at', 'revoked_at', 'admin', 'budget_usd', 'budget_period'])
      .orderBy('created_at')
      .execute();
  }

  /** Sets or removes a key's budget; true when the key exists and is active. */
  async update(id: string, change: KeyUpdate): Promise<boolean> {
    const set =
      change.budgetUsd === null
        ? { budget_usd: null, budget_period: null }
        : {
            ...(change.budgetUsd !== undefined ? { budget_usd: change.budgetUsd, budget_period: change.budgetPeriod ?? 'month' } : {}),
            ...(change.budgetUsd === undefined && change.budgetPeriod ? { budget_period: change.budgetPeriod } : {}),
          };
    if (Object.keys(set).length === 0) return false;
    const result = await this.storage.db.updateTable('api_keys').set(set).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** True when the key existed and was active. */
  async revoke(id: string): Promise<boolean> {
    const result = await this.storage.db.updateTable('api_keys').set({ revoked_at: Date.now() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The caller behind a presented key, or undefined. */
  async verify(key: string): Promise<Caller | undefined> {
    const presented = hashKey(key);
    // Environment keys: compared against every one in constant time.
    let envMatch: Buffer | undefined;
    for (const hash of this.envHashes) {
      if (timingSafeEqual(hash, presented)) envMatch = hash;
    }
    const owner = presented.toString('hex');
    // Keys from the environment are the operator's own.
    if (envMatch) return { owner, keyId: `env:${owner.slice(0, 12)}`, admin: true };
    // Database keys are found by their hash (an index lookup on a SHA-256 of 256 random bits:
    // timing reveals nothing usable about any key).
    const row = await this.findByHash.first(owner);
    if (!row || row.revoked_at !== null) return undefined;
    this.touch(row.id);
    return {
      owner,
      keyId: row.id,
      rateLimitPerMinute: row.rate_limit_per_minute ?? undefined,
      maxConcurrentJobs: row.max_concurrent_jobs ?? undefined,
      admin: row.admin === 1,
      ...(row.budget_usd === null ? {} : { budget: { usd: row.budget_usd, period: row.budget_period ?? 'month' } }),
    };
  }

  /** Records use at most once a minute per key and process (a write per request would cost). */
  private touch(id: string): void {
    const now = Date.now();
    if (now - (this.lastUsedWritten.get(id) ?? 0) < LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWritten.set(id, now);
    this.markUsed.run(id, now).catch(() => {});
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Hex SHA-256 of the caller's API key: the owner of the jobs and assets it creates. */
    owner: string;
    caller?: Caller;
  }
}

/** The key in `X-API-Key`, else in `Authorization: Bearer <key>` (what OpenAI clients send). */
function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers[API_KEY_HEADER];
  const key = Array.isArray(header) ? header[0] : header;
  if (key) return key;
  const bearer = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '');
  return bearer?.[1];
}

/**
 * The `onRequest` hook of protected routes. Missing key → 401; unknown or revoked key → 401 as
 * well (the caller is not authenticated either way; 403 is kept for a known key that lacks a right).
 * Wrong keys count against the client address (AuthThrottle): past the limit, 429.
 */
export function requireApiKey(keys: ApiKeys, throttle: AuthThrottle) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    const key = presentedKey(request);
    const challenge = { 'www-authenticate': 'ApiKey header="X-API-Key", Bearer' };
    if (!key) throw new HttpError(401, 'Missing API key: send it in the X-API-Key header or as Authorization: Bearer <key>', {}, challenge);
    await throttle.check(request.ip);
    const caller = await keys.verify(key);
    if (!caller) {
      await throttle.failed(request.ip);
      throw new HttpError(401, 'Invalid API key', {}, challenge);
    }
    request.owner = caller.owner;
    request.caller = caller;
  };
}
