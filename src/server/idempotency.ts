// `Idempotency-Key` on POSTs, with Stripe's semantics: the first answer to a key is kept for
// 24 h and replayed for the same request (same key, route and body) — so a client that
// retries after a timeout gets the same task id instead of a second paid job; the same key
// with a different request is 409, as is a key whose first request is still being answered.
// Keys are per API key. 5xx answers are not kept, so a retry can succeed.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Storage } from '../storage/database.js';
import { HttpError } from '../core/errors.js';
import { RequestValidationError } from '../core/validation.js';

const HEADER = 'idempotency-key';
const TTL_MS = 24 * 3_600_000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

declare module 'fastify' {
  interface FastifyRequest {
    idempotencyKey?: string;
  }
}

export interface IdempotencyOptions {
  /** A first request still unanswered after this long is taken to be abandoned (its process died). */
  abandonAfterMs: number;
}

function requestHash(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.routeOptions.url}\n${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

export function installIdempotency(app: FastifyInstance, storage: Storage, options: IdempotencyOptions): void {
  const db = storage.db;
  let lastPurge = 0;

  /** Records the claim; undefined when this request now owns the key, else the earlier record. */
  async function claim(owner: string, key: string, request: FastifyRequest, hash: string, now: number) {
    const inserted = await db
      .insertInto('idempotency_keys')
      .values({
        owner,
        key,
        method: request.method,
        path: request.url,
        request_hash: hash,
        status_code: null,
        response: null,
        created_at: now,
        expires_at: now + TTL_MS,
      })
      .onConflict((oc) => oc.columns(['owner', 'key']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return undefined;
    return db.selectFrom('idempotency_keys').selectAll().where('owner', '=', owner).where('key', '=', key).executeTakeFirst();
  }

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers[HEADER];
    if (request.method !== 'POST' || header === undefined || !request.owner) return;
    const key = Array.isArray(header) ? header[0] : header;
    if (!KEY_PATTERN.test(key)) {
      throw new RequestValidationError([{ loc: ['header', HEADER], msg: 'Idempotency-Key must be 1 to 255 printable ASCII characters', type: 'value_error' }]);
    }
    const now = Date.now();
    if (now - lastPurge > 60_000) {
      lastPurge = now;
      await db.deleteFrom('idempotency_keys').where('expires_at', '<', now).execute();
    }
    const hash = requestHash(request);
    let earlier = await claim(request.owner, key, request, hash, now);
    // An expired record, or a first request whose process died before answering, gives way.
    const stale = earlier && (earlier.expires_at < now || (earlier.status_code === null && now - earlier.created_at > options.abandonAfterMs));
    if (earlier && stale) {
      await db.deleteFrom('idempotency_keys').where('owner', '=', request.owner).where('key', '=', key).where('created_at', '=', earlier.created_at).execute();
      earlier = await claim(request.owner, key, request, hash, now);
    }
    if (!earlier) {
      request.idempotencyKey = key;
      return;
    }
    if (earlier.request_hash !== hash) {
      throw new HttpError(409, 'This Idempotency-Key was already used with a different request; use a new key for a new request');
    }
    if (earlier.status_code === null || earlier.response === null) {
      throw new HttpError(409, 'A request with this Idempotency-Key is still being answered; retry later', {}, { 'retry-after': '1' });
    }
    // Kept answers are JSON, or a streamed image answer's events (never JSON's first character).
    const type = earlier.response.startsWith('event: ') ? 'text/event-stream; charset=utf-8' : 'application/json; charset=utf-8';
    return reply.code(earlier.status_code).header('idempotent-replayed', 'true').type(type).send(earlier.response);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const key = request.idempotencyKey;
    if (!key) return payload;
    request.idempotencyKey = undefined;
    const where = db.updateTable('idempotency_keys').where('owner', '=', request.owner).where('key', '=', key);
    // A JSON answer comes as text or, built as bytes (/v1's b64_json and streamed images), as a
    // Buffer; other bytes (audio, an asset) are not kept as text.
    const textual = Buffer.isBuffer(payload) && /^(application\/json|text\/event-stream)/.test(String(reply.getHeader('content-type')));
    const text = typeof payload === 'string' ? payload : textual ? payload.toString('utf8') : undefined;
    if (reply.statusCode >= 500 || text === undefined) {
      await db.deleteFrom('idempotency_keys').where('owner', '=', request.owner).where('key', '=', key).execute();
    } else {
      await where.set({ status_code: reply.statusCode, response: text }).execute();
    }
    return payload;
  });
}
