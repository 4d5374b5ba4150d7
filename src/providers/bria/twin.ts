// An emulator of BRIA's API, for tests and the labelled sandbox mode only. It speaks the same
// protocol as engine.prod.bria-api.com: `api_token` auth (401 without it), v2 endpoints that
// answer 202 {request_id, status_url} unless `sync: true`, GET /v2/status/{id} (200 with
// IN_PROGRESS / COMPLETED / ERROR, 404 for unknown ids), error bodies {error:{code,message,
// details}}, 429 with Retry-After past a per-token rate, and output files at expiring-style
// URLs. Outputs are real media made from the input with sharp.
//
// Twin-only conventions (documented so tests can reach every branch): a prompt containing
// "forbidden" is refused by content moderation (422).
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import sharp from 'sharp';

export interface BriaTwinOptions {
  /** The token the twin accepts in `api_token`. */
  token: string;
  /** How long an async job stays IN_PROGRESS. */
  processingMs?: number;
  /** Requests per minute per token before 429 (BRIA's PAYG tier: 60). */
  ratePerMinute?: number;
}

interface TwinJob {
  id: string;
  readyAt: number;
  outcome: { result: Record<string, unknown> } | { error: { code: number; message: string; details?: string } };
}

export interface BriaTwin {
  app: FastifyInstance;
  /** Calls received, for tests that check what the gateway sent. */
  calls: { method: string; path: string; headers: Record<string, unknown>; body: unknown }[];
  jobs: Map<string, TwinJob>;
}

const briaError = (reply: FastifyReply, code: number, message: string, details?: string) =>
  reply.code(code).send({ error: { code, message, ...(details ? { details } : {}) } });

/** Reads an image field as BRIA does: a URL it fetches, or base64 (with or without data: prefix). */
async function readImage(value: unknown): Promise<Buffer | undefined> {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  if (/^https?:\/\//i.test(value)) {
    const response = await fetch(value).catch(() => undefined);
    if (!response?.ok) return undefined;
    return Buffer.from(await response.arrayBuffer());
  }
  const base64 = value.replace(/^data:[^,]*,/, '');
  const bytes = Buffer.from(base64, 'base64');
  return bytes.length > 0 ? bytes : undefined;
}

/** "Background removal": pixels close to the corner colour become transparent. */
async function removeBackground(input: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(input).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  const [r, g, b] = [data[0], data[1], data[2]];
  for (let i = 0; i < data.length; i += 4) {
    const distance = Math.abs(data[i] - r) + Math.abs(data[i + 1] - g) + Math.abs(data[i + 2] - b);
    if (distance < 48) data[i + 3] = 0;
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: 4 } }).png().toBuffer();
}

export function createBriaTwin(options: BriaTwinOptions): BriaTwin {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
  const calls: BriaTwin['calls'] = [];
  const jobs = new Map<string, TwinJob>();
  const files = new Map<string, { bytes: Buffer; type: string }>();
  const window = new Map<string, number[]>();
  const processingMs = options.processingMs ?? 300;
  const ratePerMinute = options.ratePerMinute ?? 1_000;

  const origin = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/files/')) return;
    calls.push({ method: request.method, path: request.url, headers: { ...request.headers }, body: undefined });
    const token = request.headers.api_token;
    if (token !== options.token) return briaError(reply, 401, 'Unauthorized', 'missing or invalid api_token');
    const now = Date.now();
    const recent = (window.get(token) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= ratePerMinute) {
      reply.header('retry-after', String(Math.ceil((60_000 - (now - recent[0])) / 1000)));
      return briaError(reply, 429, 'Too Many Requests', 'rate limit exceeded');
    }
    recent.push(now);
    window.set(token, recent);
  });
  app.addHook('preHandler', async (request) => {
    calls[calls.length - 1].body = request.body;
  });

  const saveFile = (request: FastifyRequest, bytes: Buffer, type: string, ext: string) => {
    const name = `${randomUUID()}.${ext}`;
    files.set(name, { bytes, type });
    return `${origin(request)}/files/${name}`;
  };

  /** A v2 endpoint: validate, make the output, answer sync or async like BRIA. */
  const v2 = (
    path: string,
    produce: (body: Record<string, unknown>, request: FastifyRequest) => Promise<TwinJob['outcome'] | { status: number; message: string; details?: string }>,
  ) => {
    app.post(path, async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const outcome = await produce(body, request);
      if ('status' in outcome) return briaError(reply, outcome.status, outcome.message, outcome.details);
      const id = randomUUID();
      const job: TwinJob = { id, readyAt: Date.now() + processingMs, outcome };
      jobs.set(id, job);
      if (body.sync === true) {
        await new Promise((r) => setTimeout(r, processingMs));
        return reply.code(200).send({ request_id: id, ...outcome });
      }
      return reply.code(202).send({ request_id: id, status_url: `${origin(request)}/v2/status/${id}` });
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
    return 'error' in job.outcome
      ? { request_id: job.id, status: 'ERROR', error: job.outcome.error }
      : { request_id: job.id, status: 'COMPLETED', result: job.outcome.result };
  });

  app.get<{ Params: { name: string } }>('/files/:name', async (request, reply) => {
    const file = files.get(request.params.name);
    if (!file) return reply.code(404).type('application/xml').send('<Error><Code>NoSuchKey</Code></Error>');
    return reply.type(file.type).send(file.bytes);
  });

  return { app, calls, jobs };
}
