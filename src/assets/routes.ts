// GET /api/v1/assets/{asset_id}: the stored bytes, to the owner's key or to a signed link
// (usable in an <img>/<video> tag), with ETag and Range (video players seek with it).
import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../core/errors.js';
import { isId } from '../core/ids.js';
import type { OperationSpec } from '../core/operation.js';
import { isSampleId, mayRead } from './samples.js';
import { BlobRangeError, type ByteRange } from './blob-store.js';

/** `bytes=a-b`, `bytes=a-`, `bytes=-n` (one range); anything else is served whole, as RFC 9110 allows. */
function parseRange(header: string | undefined, size: number): ByteRange | undefined | 'unsatisfiable' {
  const match = header && /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || end < start) return 'unsatisfiable';
  return { start, end };
}

async function serveAsset(request: FastifyRequest, reply: FastifyReply) {
  const { asset_id: id } = request.params as { asset_id: string };
  const asset = isId('asset', id) || isSampleId(id) ? await request.server.assets.get(id) : undefined;
  // A signed link stands for its owner; a key sees only its own assets (and the sandbox's samples).
  const mine = (owner: string) => request.owner === undefined || mayRead({ owner }, request.owner, request.server.config.sandbox);
  if (!asset) {
    const purged = isId('asset', id) ? await request.server.assets.purged(id) : undefined;
    if (purged && mine(purged.owner)) throw new HttpError(410, `Asset deleted on ${new Date(purged.deleted_at).toISOString()} by the gateway's retention policy`);
  }
  if (!asset || !mine(asset.owner)) throw new HttpError(404, 'Asset not found');

  const etag = `"${asset.sha256}"`;
  reply
    .header('etag', etag)
    .header('accept-ranges', 'bytes')
    .header('cache-control', 'private, max-age=86400, immutable')
    .header('x-content-type-options', 'nosniff')
    // The bytes come from an upstream: never let them run as a page of this origin.
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cross-origin-resource-policy', 'cross-origin');
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();

  const range = parseRange(request.headers.range, asset.size);
  if (range === 'unsatisfiable') {
    return reply.code(416).header('content-range', `bytes */${asset.size}`).send({ detail: 'Range not satisfiable' });
  }
  try {
    const object = await request.server.assets.blobs.get(asset.storage_key, range);
    if (!object) throw new HttpError(404, 'Asset not found');
    reply.type(asset.content_type);
    if (object.range) {
      reply
        .code(206)
        .header('content-range', `bytes ${object.range.start}-${object.range.end}/${object.size}`)
        .header('content-length', object.range.end - object.range.start + 1);
    } else {
      reply.header('content-length', object.size);
    }
    return reply.send(object.body);
  } catch (error) {
    if (error instanceof BlobRangeError) {
      return reply.code(416).header('content-range', `bytes */${error.size}`).send({ detail: 'Range not satisfiable' });
    }
    throw error;
  }
}

export const assetOperations: OperationSpec[] = [
  {
    method: 'GET',
    path: '/api/v1/assets/{asset_id}',
    tags: ['Assets'],
    summary: 'Get Asset',
    description:
      'The bytes of an output (or input) kept by the gateway. Send `X-API-Key`, or use the signed link ' +
      '(`?exp=…&sig=…`) found in job results, which works without a key until it expires. ' +
      'Supports `Range` (206) and `If-None-Match` (304). An asset deleted by the retention policy answers 410.',
    params: Type.Object({ asset_id: Type.String({ title: 'Asset Id' }) }),
    query: Type.Object({
      exp: Type.Optional(Type.String({ description: 'Expiry of a signed link (Unix seconds)' })),
      sig: Type.Optional(Type.String({ description: 'Signature of a signed link' })),
    }),
    response: Type.String({ format: 'binary' }),
    responseContentType: '*/*',
    auth: 'api-key-or-signature',
    withoutCredentials: true,
    handle: serveAsset,
  },
];
