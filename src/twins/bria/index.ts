// An emulator of BRIA's API, for tests and the labelled sandbox mode only. It speaks the same
// protocol as engine.prod.bria-api.com: `api_token` auth (401 without it), v2 endpoints that
// answer 202 {request_id, status_url} unless `sync: true`, GET /v2/status/{id} (200 with
// IN_PROGRESS / COMPLETED / ERROR, 404 for unknown ids), error bodies {error:{code,message,
// details}}, 429 with Retry-After past a per-token rate, and output files at expiring-style
// URLs. Outputs are real media made from the input with sharp.
//
// v1 endpoints (/v1/text-to-image, /v1/text-to-vector, /v1/reimagine, /v1/prompt_enhancer,
// /v1/objects/mask_generator, /v1/product/*) answer 200 with their result; those that take `sync`
// answer at once with `sync: false`, their output URLs then giving 404 (NoSuchKey) until the file
// is ready, as BRIA documents. Missing required fields are 400 with BRIA's error body. The
// per-endpoint routes live in v1-routes.ts and v2-routes.ts (shared checks in
// checks.ts), their media in media.ts.
//
// Twin-only conventions (documented so tests can reach every branch):
// - a prompt (or scene description) containing "forbidden" is refused by content moderation (422);
// - `rateWindowMs` shortens the rate-limit window (BRIA's is a minute) so tests can see a 429
//   clear; Retry-After says when the oldest request leaves the window;
// - upstream failures (5xx, 429, resets, …) are injected with the shared fault switch of
//   src/twins/kit/faults.ts (`installFaults(twin.app)`, as test/support/twins.ts does).
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { ExpiringMap } from '../kit/expiring.js';
import { recordCalls, type Recording, type TwinCall } from '../kit/calls.js';
import { twinFetch, type TwinFetch, type TwinFetchPolicy } from '../kit/fetch.js';
import { originOf, pause, storageError } from '../kit/http.js';
import { registerTailoredGenerationRoutes } from '../bria-lora/index.js';
import { foreground, rgbaImage } from './media.js';
import { registerV1Routes } from './v1-routes.js';
import { registerV2Routes } from './v2-routes.js';

export interface BriaTwinOptions extends Recording {
  /** The token the twin accepts in `api_token`. */
  token: string;
  /** How long an async job stays IN_PROGRESS. */
  processingMs?: number;
  /** Requests per minute per token before 429 (BRIA's PAYG tier: 60). */
  ratePerMinute?: number;
  /** What the twin's URL fetches may reach: the gateway's policy (default: public addresses only). */
  fetchPolicy?: TwinFetchPolicy;
  /** Length of the rate-limit window (default one minute; tests shorten it). */
  rateWindowMs?: number;
}

/** A refusal: BRIA's HTTP status and error words. */
export interface TwinRefusal {
  status: number;
  message: string;
  details?: string;
}

/** What createBriaTwin hands the route files (v1-routes.ts, v2-routes.ts). */
export interface BriaTwinKit {
  app: FastifyInstance;
  v1: (
    path: string,
    produce: (
      body: Record<string, unknown>,
      request: FastifyRequest,
      save: (bytes: Buffer, type: string, ext: string) => string,
    ) => Promise<Record<string, unknown> | TwinRefusal | string>,
    options?: { required?: string[]; takesSync?: boolean },
  ) => void;
  v2: (
    path: string,
    produce: (body: Record<string, unknown>, request: FastifyRequest) => Promise<TwinJob['outcome'] | TwinRefusal>,
    options?: { required?: string[]; asyncOnly?: boolean },
  ) => void;
  saveFile(request: FastifyRequest, bytes: Buffer, type: string, ext: string, availableAt?: number): string;
  readImage(value: unknown): Promise<Buffer | undefined>;
  /** Fetches a URL the way the gateway would (SSRF-checked). */
  fetchUrl: TwinFetch;
  processingMs: number;
}

export interface TwinJob {
  id: string;
  readyAt: number;
  outcome: { result: Record<string, unknown> } | { error: { code: number; message: string; details?: string } };
}

export interface BriaTwin {
  app: FastifyInstance;
  /** Calls received, for tests that check what the gateway sent. */
  calls: TwinCall[];
  jobs: Map<string, TwinJob>;
}

/** BRIA's ErrorResponse: {error: {code, message, details}, request_id} (docs.bria.ai Image Editing API components). */
export const briaError = (reply: FastifyReply, code: number, message: string, details?: string) =>
  reply.code(code).send({ error: { code, message, ...(details ? { details } : {}) }, request_id: randomUUID() });

/** Reads an image field as BRIA does: a URL it fetches, or base64 (with or without data: prefix). */
export function imageReader(fetchUrl: TwinFetch) {
  return async (value: unknown): Promise<Buffer | undefined> => {
    if (typeof value !== 'string' || value.length === 0) return undefined;
    if (/^https?:\/\//i.test(value)) return (await fetchUrl(value))?.bytes;
    const base64 = value.replace(/^data:[^,]*,/, '');
    const bytes = Buffer.from(base64, 'base64');
    return bytes.length > 0 ? bytes : undefined;
  };
}

/** "Background removal": pixels close to the corner colour become transparent (the image keeps its size). */
const removeBackground = async (input: Buffer) =>
  rgbaImage(await foreground(input))
    .png()
    .toBuffer();

const RETENTION_MS = 3_600_000;

export function createBriaTwin(options: BriaTwinOptions): BriaTwin {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
  // BRIA's result links are temporary (presigned S3 URLs) and so are its request ids: an hour here.
  const jobs = new ExpiringMap<string, TwinJob>(RETENTION_MS);
  const files = new ExpiringMap<string, { bytes: Buffer; type: string; availableAt?: number }>(RETENTION_MS);
  /** Requests per token in the current fixed window (BRIA counts requests per minute). */
  const windows = new Map<string, { start: number; count: number }>();
  const processingMs = options.processingMs ?? 300;
  const ratePerMinute = options.ratePerMinute ?? 1_000;
  const rateWindowMs = options.rateWindowMs ?? 60_000;
  const fetchUrl = twinFetch(options.fetchPolicy);
  const readImage = imageReader(fetchUrl);

  const { calls } = recordCalls(app, { only: (url) => !url.startsWith('/files/'), enabled: options.recordCalls !== false });
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/files/')) return;
    const token = request.headers.api_token;
    if (token !== options.token) return briaError(reply, 401, 'Unauthorized', 'missing or invalid api_token');
    const now = Date.now();
    let current = windows.get(token);
    if (!current || now - current.start >= rateWindowMs) windows.set(token, (current = { start: now, count: 0 }));
    if (current.count >= ratePerMinute) {
      reply.header('retry-after', String(Math.max(1, Math.ceil((current.start + rateWindowMs - now) / 1000))));
      return briaError(reply, 429, 'Too Many Requests', 'rate limit exceeded');
    }
    current.count++;
  });

  /** Keeps an output file; its URL answers 404 until `availableAt` (v1's `sync: false` placeholders). */
  const saveFile = (request: FastifyRequest, bytes: Buffer, type: string, ext: string, availableAt?: number) => {
    const name = `${randomUUID()}.${ext}`;
    files.set(name, { bytes, type, availableAt });
    return `${originOf(request)}/files/${name}`;
  };

  /** BRIA's 400 for a body without a required field. */
  const missing = (body: Record<string, unknown>, required: string[]) => {
    const absent = required.find((field) => body[field] === undefined || body[field] === null || body[field] === '');
    return absent ? { status: 400, message: 'Bad Request', details: `${absent} is required` } : undefined;
  };

  /** A v2 endpoint: validate, make the output, answer sync or async like BRIA. */
  const v2: BriaTwinKit['v2'] = (path, produce, options = {}) => {
    app.post(path, async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const outcome = missing(body, options.required ?? []) ?? (await produce(body, request));
      if ('status' in outcome) return briaError(reply, outcome.status, outcome.message, outcome.details);
      const id = randomUUID();
      const job: TwinJob = { id, readyAt: Date.now() + processingMs, outcome };
      jobs.set(id, job);
      if (body.sync === true && !options.asyncOnly) {
        await pause(processingMs);
        return reply.code(200).send({ request_id: id, ...outcome });
      }
      return reply.code(202).send({ request_id: id, status_url: `${originOf(request)}/v2/status/${id}` });
    });
  };

  /**
   * A v1 endpoint: validate, make the outputs, answer 200 with the result. With `sync: true`
   * (or on endpoints without `sync`) the answer comes once the files exist; with `sync: false`
   * at once, the files appearing after `processingMs`. `save` keeps a file accordingly.
   */
  const v1: BriaTwinKit['v1'] = (path, produce, options = {}) => {
    app.post(path, async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const waits = !options.takesSync || body.sync === true;
      // With sync:false the files appear `processingMs` after the answer: until then their URLs 404.
      const placeholders: string[] = [];
      const save = (bytes: Buffer, type: string, ext: string) => {
        const url = saveFile(request, bytes, type, ext, waits ? undefined : Number.POSITIVE_INFINITY);
        placeholders.push(url.slice(url.lastIndexOf('/') + 1));
        return url;
      };
      const answer = missing(body, options.required ?? []) ?? (await produce(body, request, save));
      if (!waits) for (const name of placeholders) files.get(name)!.availableAt = Date.now() + processingMs;
      // v1 moderation refusals are a bare JSON string (docs.bria.ai Product Shot API, 422 examples).
      if (typeof answer === 'string') return reply.code(422).type('application/json').send(JSON.stringify(answer));
      if ('status' in answer && typeof answer.status === 'number' && 'message' in answer) {
        return briaError(reply, answer.status, String(answer.message), answer.details as string | undefined);
      }
      if (waits) await pause(processingMs);
      return reply.code(200).send(answer);
    });
  };

  v2('/v2/image/edit/remove_background', async (body, request) => {
    const input = await readImage(body.image);
    if (!input) return { status: 460, message: 'Failed to download image', details: 'the image could not be read' };
    let output: Buffer;
    try {
      output = await removeBackground(input);
    } catch {
      return { status: 415, message: 'Unsupported Media Type', details: 'the input is not a supported image' };
    }
    return { result: { image_url: saveFile(request, output, 'image/png', 'png') } };
  });

  app.get<{ Params: { id: string } }>('/v2/status/:id', async (request, reply) => {
    const job = jobs.get(request.params.id);
    if (!job) return briaError(reply, 404, 'Not Found', 'unknown or expired request_id');
    if (Date.now() < job.readyAt) return { request_id: job.id, status: 'IN_PROGRESS' };
    return 'error' in job.outcome ? { request_id: job.id, status: 'ERROR', error: job.outcome.error } : { request_id: job.id, status: 'COMPLETED', result: job.outcome.result };
  });

  app.get<{ Params: { name: string } }>('/files/:name', async (request, reply) => {
    const file = files.get(request.params.name);
    if (!file || (file.availableAt && Date.now() < file.availableAt)) return storageError(reply, 404, 'NoSuchKey');
    return reply.type(file.type).send(file.bytes);
  });

  const kit = { app, v1, v2, saveFile, readImage, fetchUrl, processingMs };
  registerV1Routes(kit);
  registerV2Routes(kit);
  registerTailoredGenerationRoutes(app, { saveFile, processingMs, fetchUrl });
  return { app, calls, jobs };
}
