// An emulator of Adobe Firefly Services and of the Adobe IMS token endpoint, for tests,
// `vision-studio emulate firefly` and the labelled sandbox mode only. One server answers both
// the IMS path and the Firefly paths, with the real protocol (see src/providers/firefly/client.ts for sources):
// - POST /ims/token/v3 (form-urlencoded client_credentials): checks client id and secret,
//   answers {access_token, token_type, expires_in}; a token stops working after expires_in.
// - Every /v2 and /v3 call needs `x-api-key` (403 {error_code:"403000"|"403003"}) and a valid
//   `Authorization: Bearer` token of that client (403 "403010" when missing, 401 "401013" when
//   unknown or expired).
// - POST /v2/storage/image: raw PNG/JPEG/WEBP bytes (415 otherwise, 15 MB max) → {images:[{id}]}.
// - POST /v3/images/{generate,generate-similar,expand,fill,generate-object-composite}-async:
//   validated like Adobe's OpenAPI (400 {error_code:"validation_error", validation_errors}),
//   `source.url` only on allow-listed hosts, `source.uploadId` only for known uploads;
//   202 {jobId, statusUrl, cancelUrl}.
// - GET /v3/status/{jobId}: pending, then running (with progress), then succeeded with
//   {size, outputs:[{seed, image:{url}}]} or failed {error_code, message}; canceled once
//   PUT /v3/cancel/{jobId} succeeded (409 job_completed / job_already_canceled, 404 unknown_job_id).
// - Creates and uploads past the configured rate answer 429 with `retry-after` (seconds).
// - Outputs are real JPEGs of the requested size, made from the inputs with sharp (media.ts), served at
//   presigned-style URLs (/files/…?X-Amz-Signature=…) that expire after an hour, like Firefly's.
//
// Twin-only conventions (so tests can reach every branch): a prompt containing "forbidden"
// makes the job fail with error_code `prompt_unsafe`; `expireTokens()` ends every issued token
// early (as a revoked or clock-skewed token would), so the next call is answered 401.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import sharp from 'sharp';
import { ExpiringMap } from '../kit/expiring.js';
import { recordCalls, type Recording, type TwinCall } from '../kit/calls.js';
import { twinFetch, type TwinFetchPolicy } from '../kit/fetch.js';
import { originOf, storageError } from '../kit/http.js';
import { retryAfterSeconds, slidingWindow } from '../kit/rate-limit.js';
import { phaseAt } from '../kit/timeline.js';
import { checkCommon, type Problem } from './checks.js';
import { alphaOf, colourOf, isObject, layerThrough, mark, place, solid } from './media.js';

export interface FireflyTwinOptions extends Recording {
  clientId: string;
  clientSecret: string;
  /** `expires_in` of issued tokens, in seconds (IMS: 86399). */
  tokenExpiresIn?: number;
  /** How long a job is `pending`, then `running`. */
  pendingMs?: number;
  runningMs?: number;
  /** Creates and uploads allowed per window before 429 (Firefly: 4 per minute per org). */
  rateLimit?: { requests: number; windowMs: number };
  /** What the twin's URL fetches may reach: the gateway's policy (default: public addresses only). */
  fetchPolicy?: TwinFetchPolicy;
}

export type { TwinCall } from '../kit/calls.js';

type Outcome = { outputs: { seed: number; name: string }[]; size: { width: number; height: number }; contentClass?: string } | { error_code: string; message: string };

export interface TwinJob {
  id: string;
  path: string;
  createdAt: number;
  canceledAt?: number;
  /** Set once the outputs are made (or making them failed). */
  outcome?: Outcome;
}

export interface FireflyTwin {
  app: FastifyInstance;
  calls: TwinCall[];
  jobs: Map<string, TwinJob>;
  uploads: Map<string, { bytes: Buffer; type: string }>;
  /** Every access token issued so far (tests check none of them leaks). */
  issuedTokens: string[];
  /** Ends every issued token now: the next call with one is answered 401. */
  expireTokens(): void;
  /** The state Firefly would report for a job now. */
  state(id: string): 'pending' | 'running' | 'succeeded' | 'failed' | 'canceled' | undefined;
}

const ALLOWED_HOSTS = ['amazonaws.com', 'windows.net', 'dropboxusercontent.com', 'storage.googleapis.com'];
const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const FORMAT_OF: Record<string, string> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };
const MAX_UPLOAD = 15_000_000;
const URL_LIFETIME_S = 3600;

/** x-model-version values per endpoint (Adobe's OpenAPI header enums); absent = no header parameter. */
const MODEL_VERSIONS: Record<string, string[] | undefined> = {
  '/v3/images/generate-async': ['image3', 'image3_custom', 'image4_standard', 'image4_ultra', 'image4_custom'],
  '/v3/images/generate-similar-async': ['image3', 'image4_standard', 'image4_ultra'],
};

export function createFireflyTwin(options: FireflyTwinOptions): FireflyTwin {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
  // Jobs and their outputs for as long as an output's link works; uploads for Firefly's 7 days.
  const jobs = new ExpiringMap<string, TwinJob>(URL_LIFETIME_S * 1000);
  const uploads = new ExpiringMap<string, { bytes: Buffer; type: string }>(7 * 24 * 3_600_000);
  const files = new ExpiringMap<string, Buffer>(URL_LIFETIME_S * 1000);
  const tokens = new Map<string, { clientId: string; expiresAt: number }>();
  const issuedTokens: string[] = [];
  const limiter = slidingWindow();
  const urlSecret = randomBytes(32);
  const tokenExpiresIn = options.tokenExpiresIn ?? 86_399;
  const pendingMs = options.pendingMs ?? 100;
  const runningMs = options.runningMs ?? 300;
  const rate = options.rateLimit ?? { requests: 1_000, windowMs: 60_000 };
  const fetchUrl = twinFetch(options.fetchPolicy);

  const fail = (reply: FastifyReply, status: number, error_code: string, message: string, extra: Record<string, unknown> = {}) =>
    reply.code(status).send({ error_code, message, ...extra });

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  const { calls } = recordCalls(app, {
    enabled: options.recordCalls !== false,
    only: (url) => !url.startsWith('/files/'),
    // Uploads are kept as their size, and the client secret never.
    body: (body) => (Buffer.isBuffer(body) ? { bytes: body.length } : isObject(body) && 'client_secret' in body ? { ...body, client_secret: '***' } : body),
  });

  // ---- Adobe IMS --------------------------------------------------------------------------
  app.post('/ims/token/v3', async (request, reply) => {
    const form = isObject(request.body) ? (request.body as Record<string, string>) : {};
    if (form.grant_type !== 'client_credentials') {
      return reply.code(400).send({ error: 'unsupported_grant_type', error_description: 'grant_type must be client_credentials' });
    }
    if (form.client_id !== options.clientId) return reply.code(400).send({ error: 'invalid_client', error_description: 'invalid client_id parameter' });
    if (form.client_secret !== options.clientSecret) return reply.code(401).send({ error: 'invalid_client', error_description: 'invalid client_secret parameter' });
    if (!(form.scope ?? '').split(',').includes('firefly_api')) return reply.code(400).send({ error: 'invalid_scope', error_description: 'firefly_api scope required' });
    const token = `eyJ${randomBytes(36).toString('base64url')}`;
    tokens.set(token, { clientId: form.client_id, expiresAt: Date.now() + tokenExpiresIn * 1000 });
    issuedTokens.push(token);
    return { access_token: token, token_type: 'bearer', expires_in: tokenExpiresIn };
  });

  // ---- the Adobe API gateway's checks ------------------------------------------------------
  app.addHook('onRequest', async (request, reply) => {
    if (!/^\/v[23]\//.test(request.url)) return;
    const apiKey = request.headers['x-api-key'];
    if (!apiKey) return fail(reply, 403, '403000', 'Api Key is required');
    if (apiKey !== options.clientId) return fail(reply, 403, '403003', 'Api Key is invalid');
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!bearer) return fail(reply, 403, '403010', 'Oauth token is missing.');
    const token = tokens.get(bearer);
    if (!token || token.clientId !== apiKey || token.expiresAt <= Date.now()) return fail(reply, 401, '401013', 'Oauth token is not valid');
    const costs = request.method === 'POST';
    if (!costs) return;
    // Firefly counts per organisation: one window for every caller of the twin.
    const refused = limiter.take('org', rate);
    if (refused) {
      reply.header('retry-after', String(retryAfterSeconds(refused))).header('x-access-rate-limit-level', 'org');
      return request.url.startsWith('/v2/') ? fail(reply, 429, '10011', 'Too Many Requests') : fail(reply, 429, 'rate_limited', 'Too many requests');
    }
  });

  // ---- storage ------------------------------------------------------------------------------
  app.post('/v2/storage/image', async (request, reply) => {
    const type = String(request.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
      .toLowerCase();
    if (!IMAGE_TYPES.includes(type)) return fail(reply, 415, 'invalid_content_type', 'Content-Type must be image/jpeg, image/png or image/webp');
    const bytes = request.body;
    if (!Buffer.isBuffer(bytes) || bytes.length === 0) return fail(reply, 400, 'empty_input_body', 'The request body is empty');
    if (bytes.length > MAX_UPLOAD) return reply.code(413).type('text/html').send('<html><body><h1>413 Request Entity Too Large</h1></body></html>');
    const format = await sharp(bytes)
      .metadata()
      .then(
        (m) => m.format,
        () => undefined,
      );
    if (format !== FORMAT_OF[type]) return fail(reply, 400, 'validation_error', `The body is not a readable ${type} image`);
    const id = randomUUID();
    uploads.set(id, { bytes, type });
    return { images: [{ id }] };
  });

  // ---- async jobs ---------------------------------------------------------------------------
  /** A `source`: {uploadId} of a known upload or {url} on an allow-listed host; its bytes. */
  const checkSource = (value: unknown, loc: (string | number)[], problems: Problem[]): (() => Promise<Buffer>) | undefined => {
    if (!isObject(value)) {
      problems.push({ loc, msg: 'field required', type: 'value_error.missing' });
      return undefined;
    }
    const { uploadId, url } = value;
    if ((uploadId === undefined) === (url === undefined)) {
      problems.push({ loc, msg: 'exactly one of uploadId or url is required', type: 'value_error' });
      return undefined;
    }
    if (uploadId !== undefined) {
      const upload = typeof uploadId === 'string' ? uploads.get(uploadId) : undefined;
      if (!upload) {
        problems.push({ loc: [...loc, 'uploadId'], msg: 'unknown uploadId', type: 'value_error' });
        return undefined;
      }
      return async () => upload.bytes;
    }
    let host = '';
    try {
      const parsed = new URL(String(url));
      host = parsed.protocol === 'https:' ? parsed.hostname : '';
    } catch {
      // not a URL
    }
    if (!ALLOWED_HOSTS.some((d) => host === d || host.endsWith(`.${d}`))) {
      problems.push({ loc: [...loc, 'url'], msg: 'the url host is not in the allowed list', type: 'value_error' });
      return undefined;
    }
    return async () => {
      const response = await fetchUrl(String(url));
      if (!response) throw new Error('could not fetch the input');
      return response.bytes;
    };
  };

  type Inputs = Record<string, (() => Promise<Buffer>) | undefined>;
  interface Work {
    body: Record<string, unknown>;
    size: { width: number; height: number };
    seed: number;
    inputs: Record<string, Buffer | undefined>;
  }

  /** One async endpoint: validate like Firefly, accept with 202, make the outputs in the background. */
  const asyncEndpoint = (path: string, validate: (body: Record<string, unknown>, problems: Problem[]) => Inputs, produce: (work: Work) => Promise<Buffer>) => {
    app.post(path, async (request, reply) => {
      if (!isObject(request.body)) {
        return Buffer.isBuffer(request.body) && request.body.length > 0
          ? fail(reply, 415, 'invalid_content_type', 'Content-Type must be application/json')
          : fail(reply, 400, 'empty_input_body', 'The request body is empty');
      }
      const body = request.body;
      const problems: Problem[] = [];
      const versions = MODEL_VERSIONS[path];
      const version = request.headers['x-model-version'];
      if (versions && version !== undefined && !versions.includes(String(version))) {
        problems.push({ loc: ['header', 'x-model-version'], msg: `permitted: ${versions.join(', ')}`, type: 'type_error.enum' });
      }
      checkCommon(body, problems);
      const inputs = validate(body, problems);
      if (problems.length > 0) return fail(reply, 400, 'validation_error', 'Request validation failed', { validation_errors: problems });

      const id = `urn:ff:jobs:twin:${randomUUID()}`;
      const job: TwinJob = { id, path, createdAt: Date.now() };
      jobs.set(id, job);
      const size = isObject(body.size) ? { width: body.size.width as number, height: body.size.height as number } : { width: 2048, height: 2048 };
      const seeds = Array.isArray(body.seeds)
        ? (body.seeds as number[])
        : Array.from({ length: typeof body.numVariations === 'number' ? body.numVariations : 1 }, () => Math.floor(Math.random() * 100_000));
      const prompt = typeof body.prompt === 'string' ? body.prompt : '';
      (async (): Promise<Outcome> => {
        if (prompt.toLowerCase().includes('forbidden')) {
          return { error_code: 'prompt_unsafe', message: 'The prompt was refused by the content policy (twin: it contains "forbidden")' };
        }
        const loaded: Record<string, Buffer | undefined> = {};
        for (const [key, load] of Object.entries(inputs)) loaded[key] = load ? await load() : undefined;
        const outputs = [];
        for (const seed of seeds) {
          const bytes = await produce({ body, size, seed, inputs: loaded });
          const name = `${randomUUID()}.jpg`;
          files.set(name, bytes);
          outputs.push({ seed, name });
        }
        return { outputs, size, ...(typeof body.contentClass === 'string' ? { contentClass: body.contentClass } : {}) };
      })().then(
        (outcome) => (job.outcome = outcome),
        (error: Error) => (job.outcome = { error_code: 'runtime_error', message: `The job could not be processed: ${error.message}` }),
      );
      const base = originOf(request);
      return reply.code(202).send({ jobId: id, statusUrl: `${base}/v3/status/${id}`, cancelUrl: `${base}/v3/cancel/${id}` });
    });
  };

  const phaseOf = (job: TwinJob) =>
    phaseAt(job.createdAt, [
      ['pending', pendingMs],
      ['running', runningMs],
    ] as const);
  const stateOf = (job: TwinJob): 'pending' | 'running' | 'succeeded' | 'failed' | 'canceled' => {
    if (job.canceledAt !== undefined) return 'canceled';
    const { phase } = phaseOf(job);
    // Running until the outputs are made, however long that takes.
    if (phase !== 'over' || !job.outcome) return phase === 'pending' ? 'pending' : 'running';
    return 'error_code' in job.outcome ? 'failed' : 'succeeded';
  };

  const presign = (request: FastifyRequest, name: string) => {
    const date = Math.floor(Date.now() / 1000);
    const signature = createHmac('sha256', urlSecret).update(`${name}:${date}:${URL_LIFETIME_S}`).digest('hex');
    return `${originOf(request)}/files/${name}?X-Amz-Date=${date}&X-Amz-Expires=${URL_LIFETIME_S}&X-Amz-Signature=${signature}`;
  };

  const generateOutput = async ({ body, size, seed, inputs }: Work) => {
    const colour = colourOf(String(body.prompt ?? ''), seed);
    const reference = inputs.structure ?? inputs.style;
    const base = reference ? sharp(reference).resize(size.width, size.height, { fit: 'cover' }).tint(colour) : solid(size.width, size.height, colour);
    return base
      .composite([await mark(size.width, size.height, seed, colour)])
      .jpeg({ quality: 85 })
      .toBuffer();
  };

  asyncEndpoint(
    '/v3/images/generate-async',
    (body, problems) => {
      if (typeof body.prompt !== 'string') problems.push({ loc: ['body', 'prompt'], msg: 'field required', type: 'value_error.missing' });
      const structure =
        isObject(body.structure) && isObject(body.structure.imageReference)
          ? checkSource(body.structure.imageReference.source, ['body', 'structure', 'imageReference', 'source'], problems)
          : undefined;
      const style =
        isObject(body.style) && isObject(body.style.imageReference)
          ? checkSource(body.style.imageReference.source, ['body', 'style', 'imageReference', 'source'], problems)
          : undefined;
      const vi = body.visualIntensity;
      if (vi !== undefined && !(Number.isInteger(vi) && (vi as number) >= 2 && (vi as number) <= 10)) {
        problems.push({ loc: ['body', 'visualIntensity'], msg: 'must be from 2 to 10', type: 'value_error' });
      }
      if (body.upsamplerType !== undefined && !['default', 'low_creativity'].includes(body.upsamplerType as string)) {
        problems.push({ loc: ['body', 'upsamplerType'], msg: "permitted: 'default', 'low_creativity'", type: 'type_error.enum' });
      }
      return { structure, style };
    },
    generateOutput,
  );

  asyncEndpoint(
    '/v3/images/generate-similar-async',
    (body, problems) => ({ image: checkSource(isObject(body.image) ? body.image.source : undefined, ['body', 'image', 'source'], problems) }),
    async ({ size, seed, inputs }) =>
      sharp(inputs.image!)
        .resize(size.width, size.height, { fit: 'cover' })
        .modulate({ hue: seed % 360 })
        .jpeg({ quality: 85 })
        .toBuffer(),
  );

  asyncEndpoint(
    '/v3/images/expand-async',
    (body, problems) => ({
      image: checkSource(isObject(body.image) ? body.image.source : undefined, ['body', 'image', 'source'], problems),
      mask: body.mask === undefined ? undefined : checkSource(isObject(body.mask) ? body.mask.source : undefined, ['body', 'mask', 'source'], problems),
    }),
    async ({ body, size, seed, inputs }) => {
      const colour = colourOf(String(body.prompt ?? 'expand'), seed);
      const layers = [await place(inputs.image!, size, body.placement, 0.5)];
      if (inputs.mask) {
        // The mask marks what Firefly generates (white): paint the generated colour through it.
        const invert = isObject(body.mask) && body.mask.invert === true;
        layers.push({ input: await layerThrough(await alphaOf(inputs.mask, size.width, size.height, invert), size.width, size.height, colour), left: 0, top: 0 });
      }
      return solid(size.width, size.height, colour).composite(layers).jpeg({ quality: 85 }).toBuffer();
    },
  );

  asyncEndpoint(
    '/v3/images/fill-async',
    (body, problems) => ({
      image: checkSource(isObject(body.image) ? body.image.source : undefined, ['body', 'image', 'source'], problems),
      mask: checkSource(isObject(body.mask) ? body.mask.source : undefined, ['body', 'mask', 'source'], problems),
    }),
    async ({ body, size, seed, inputs }) => {
      const colour = colourOf(String(body.prompt ?? 'fill'), seed);
      const invert = isObject(body.mask) && body.mask.invert === true;
      const fill = await layerThrough(await alphaOf(inputs.mask!, size.width, size.height, invert), size.width, size.height, colour);
      return sharp(inputs.image!)
        .resize(size.width, size.height, { fit: 'cover' })
        .composite([{ input: fill }])
        .jpeg({ quality: 85 })
        .toBuffer();
    },
  );

  asyncEndpoint(
    '/v3/images/generate-object-composite-async',
    (body, problems) => {
      if (typeof body.prompt !== 'string') problems.push({ loc: ['body', 'prompt'], msg: 'field required', type: 'value_error.missing' });
      const image = isObject(body.image) ? body.image : {};
      return {
        image: checkSource(image.source, ['body', 'image', 'source'], problems),
        // `mask` (current) or the deprecated `image.mask`: the object's own mask (white = object).
        mask:
          body.mask !== undefined
            ? checkSource(isObject(body.mask) ? body.mask.source : undefined, ['body', 'mask', 'source'], problems)
            : image.mask !== undefined
              ? checkSource(image.mask, ['body', 'image', 'mask'], problems)
              : undefined,
        style:
          isObject(body.style) && isObject(body.style.imageReference)
            ? checkSource(body.style.imageReference.source, ['body', 'style', 'imageReference', 'source'], problems)
            : undefined,
      };
    },
    async ({ body, size, seed, inputs }) => {
      const colour = colourOf(String(body.prompt ?? ''), seed);
      let object = inputs.image!;
      if (inputs.mask) {
        // The object's own pixels, then the mask as their alpha (sharp drops a joined channel
        // if removeAlpha runs in the same pipeline, hence two steps).
        const { data, info } = await sharp(object).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        const alpha = await alphaOf(inputs.mask, info.width, info.height, false);
        object = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
          .joinChannel(alpha, { raw: { width: info.width, height: info.height, channels: 1 } })
          .png()
          .toBuffer();
      }
      const background = inputs.style ? sharp(inputs.style).resize(size.width, size.height, { fit: 'cover' }).tint(colour) : solid(size.width, size.height, colour);
      return background
        .composite([await place(object, size, body.placement, 0.6)])
        .jpeg({ quality: 85 })
        .toBuffer();
    },
  );

  app.get<{ Params: { jobId: string } }>('/v3/status/:jobId', async (request, reply) => {
    const job = jobs.get(request.params.jobId);
    if (!job) return fail(reply, 404, 'unknown_job_id', 'Job not found', { jobId: request.params.jobId });
    const state = stateOf(job);
    switch (state) {
      case 'pending':
      case 'canceled':
        return { jobId: job.id, status: state };
      case 'running':
        return { jobId: job.id, status: 'running', progress: Math.min(99, Math.round(100 * phaseOf(job).progress)) };
      case 'failed': {
        const outcome = job.outcome as { error_code: string; message: string };
        return { jobId: job.id, status: 'failed', error_code: outcome.error_code, message: outcome.message };
      }
      case 'succeeded': {
        const outcome = job.outcome as Extract<Outcome, { outputs: unknown }>;
        return {
          jobId: job.id,
          status: 'succeeded',
          result: {
            size: outcome.size,
            outputs: outcome.outputs.map((o) => ({ seed: o.seed, image: { url: presign(request, o.name) } })),
            ...(outcome.contentClass ? { contentClass: outcome.contentClass } : {}),
          },
        };
      }
    }
  });

  app.put<{ Params: { jobId: string } }>('/v3/cancel/:jobId', async (request, reply) => {
    const job = jobs.get(request.params.jobId);
    if (!job) return fail(reply, 404, 'unknown_job_id', 'Job not found', { jobId: request.params.jobId });
    const state = stateOf(job);
    if (state === 'canceled') return fail(reply, 409, 'job_already_canceled', 'The job is already canceled', { jobId: job.id, status: state });
    if (state === 'succeeded' || state === 'failed') return fail(reply, 409, 'job_completed', 'The job has already completed', { jobId: job.id, status: state });
    job.canceledAt = Date.now();
    return {};
  });

  app.get<{ Params: { name: string }; Querystring: Record<string, string> }>('/files/:name', async (request, reply) => {
    const { name } = request.params;
    const date = Number(request.query['X-Amz-Date']);
    const expires = Number(request.query['X-Amz-Expires']);
    const expected = createHmac('sha256', urlSecret).update(`${name}:${date}:${expires}`).digest('hex');
    const file = files.get(name);
    const denied = request.query['X-Amz-Signature'] !== expected || !(Date.now() / 1000 < date + expires);
    if (denied || !file) {
      return denied ? storageError(reply, 403, 'AccessDenied') : storageError(reply, 404, 'NoSuchKey');
    }
    return reply.type('image/jpeg').send(file);
  });

  return {
    app,
    calls,
    jobs,
    uploads,
    issuedTokens,
    expireTokens() {
      for (const token of tokens.values()) token.expiresAt = 0;
    },
    state(id) {
      const job = jobs.get(id);
      return job ? stateOf(job) : undefined;
    },
  };
}
