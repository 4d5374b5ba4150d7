// An emulator of Runway's developer API (api.dev.runwayml.com), for tests, `vision-studio emulate
// runway` and the labelled sandbox mode only. It speaks the protocol of @runwayml/sdk 4.20:
//   - every /v1 call needs `Authorization: Bearer <secret>` (401 otherwise) and
//     `X-Runway-Version: 2024-11-06` (400 with Runway's {"error": "..."} body when it is missing
//     or different — so a gateway call that succeeds proves the adapter sent it);
//   - create endpoints (/v1/text_to_image, /v1/image_to_video, /v1/text_to_video,
//     /v1/character_performance, /v1/video_to_video, /v1/video_upscale, /v1/text_to_speech)
//     validate per model like Runway (400 {"error": "..."}: unknown or retired models, ratios and
//     durations a model does not take, contentModeration on Veo, missing promptImage, reference
//     image rules, unknown fields, inputs that are not https URLs on a named host or data URIs
//     within Runway's size limits) and answer {id, estimatedCost};
//   - GET /v1/tasks/{id}: PENDING for `pendingMs`, THROTTLED while more than `concurrency` tasks
//     would run at once, RUNNING with progress 0–1 for `runningMs`, then SUCCEEDED with `output`
//     URLs or FAILED with `failure` and `failureCode`;
//   - POST /v1/uploads {filename, type: "ephemeral"} → {uploadUrl, fields, runwayUri}, then a
//     multipart POST of the fields and `file` to uploadUrl (a presigned form, no API secret);
//     create endpoints then take the `runway://` URI as an input;
//   - DELETE /v1/tasks/{id} (204): cancels a task that has not finished (it then reads CANCELLED)
//     or deletes a finished one with its outputs (404 afterwards);
//   - more than `createsPerWindow` creates within `windowMs` → 429 with Retry-After (seconds).
// Outputs are real media made from the inputs (media.ts; `videoFrames` frames per video); the
// request rules live in rules.ts. Output URLs are signed and expire after `outputTtlMs`, like
// Runway's.
//
// Twin-only triggers (so tests can reach every branch):
//   - a prompt containing "fail-upstream" → the task ends FAILED with failureCode
//     SAFETY.INPUT.TEXT ("The prompt was flagged by content moderation.");
//   - a prompt containing "fail-internal" → FAILED with failureCode INTERNAL.BAD_OUTPUT.CODE01.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import multipart from '@fastify/multipart';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { ExpiringMap } from '../kit/expiring.js';
import { recordCalls, type Recording, type TwinCall } from '../kit/calls.js';
import { twinFetch, type TwinFetchPolicy } from '../kit/fetch.js';
import { originOf, storageError } from '../kit/http.js';
import { retryAfterSeconds, slidingWindow } from '../kit/rate-limit.js';
import { phaseAt } from '../kit/timeline.js';
import { dims, image, makeVideo, probe, restyle, speech, upscale } from './media.js';
import {
  bad,
  choice,
  GEN4_RATIOS,
  IMAGE_RATIOS,
  integer,
  Invalid,
  modelOf,
  moderation,
  onlyKeys,
  PRESETS,
  readRunwayInput,
  text,
  UPLOAD_TTL_MS,
  VEO31_RATIOS,
  type Body,
  type TwinFile,
} from './rules.js';

export const RUNWAY_TWIN_VERSION = '2024-11-06';

export interface RunwayTwinOptions extends Recording {
  /** The API secret the twin accepts as `Authorization: Bearer <secret>`. */
  secret: string;
  /** How long a new task stays PENDING. */
  pendingMs?: number;
  /** How long a task RUNs (progress goes 0 → 1 over it). */
  runningMs?: number;
  /** Tasks RUNNING at once; the rest wait THROTTLED (Runway's per-tier concurrency). */
  concurrency?: number;
  /** Creates accepted per `windowMs` before 429. */
  createsPerWindow?: number;
  windowMs?: number;
  /** How long an output URL works (Runway: 24–48 h). */
  outputTtlMs?: number;
  /** Frames per output video (at 4 fps). */
  videoFrames?: number;
  /** What the twin's URL fetches may reach: the gateway's policy (default: public addresses only). */
  fetchPolicy?: TwinFetchPolicy;
}

export type TwinTaskStatus = 'PENDING' | 'THROTTLED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';

export interface TwinTask {
  id: string;
  endpoint: string;
  model: string;
  createdAt: number;
  status: TwinTaskStatus;
  startedAt?: number;
  /** Set when the task is decided to fail (twin triggers, or producing the output failed). */
  failure?: { failure: string; failureCode: string };
  /** The outputs, once made. */
  files?: TwinFile[];
  /** Settles when the outputs are made (or making them failed). */
  production: Promise<void>;
  /** Past PENDING: waiting for a free slot (THROTTLED) or running. */
  queued: boolean;
  timer?: NodeJS.Timeout;
  credits: number;
  /** Every status a GET answered, in order (tests read THROTTLED and CANCELLED from here). */
  seen: TwinTaskStatus[];
}

export interface RunwayTwin {
  app: FastifyInstance;
  /** Requests received, in order, for tests that check what the gateway sent. */
  calls: TwinCall[];
  tasks: Map<string, TwinTask>;
}

const runwayError = (reply: FastifyReply, status: number, error: string) => reply.code(status).send({ error });

interface Plan {
  model: string;
  prompt?: string;
  credits: number;
  make: () => Promise<TwinFile[]>;
}

export function createRunwayTwin(options: RunwayTwinOptions): RunwayTwin {
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
  void app.register(multipart, { limits: { fileSize: 200 * 1024 * 1024, files: 1 } });
  const limiter = slidingWindow();
  const urlKey = randomBytes(32);
  const pendingMs = options.pendingMs ?? 100;
  const runningMs = options.runningMs ?? 400;
  const concurrency = options.concurrency ?? 2;
  const createsPerWindow = options.createsPerWindow ?? 600;
  const windowMs = options.windowMs ?? 60_000;
  const outputTtlMs = options.outputTtlMs ?? 24 * 3_600_000;
  // A task goes with its outputs' links (a task fetched again gets fresh ones until then).
  const tasks = new ExpiringMap<string, TwinTask>(outputTtlMs);
  const frames = options.videoFrames ?? 4;

  /** Bytes uploaded through /v1/uploads, by runway:// URI. */
  const uploads = new ExpiringMap<string, Buffer>(UPLOAD_TTL_MS);
  // Runway fetches https URLs itself and does not follow redirects.
  const fetchUrl = twinFetch(options.fetchPolicy, { maxRedirects: 0 });
  const readInput = (value: unknown, kind: 'image' | 'video', field: string) => readRunwayInput(fetchUrl, value, kind, field, uploads);
  const sign = (pathname: string, exp: number) => createHmac('sha256', urlKey).update(`${pathname}\n${exp}`).digest('base64url');

  const later = (ms: number, work: () => void) => {
    const timer = setTimeout(work, ms);
    timer.unref();
    return timer;
  };

  /** Gives free slots to waiting tasks, oldest first; the others wait THROTTLED. */
  const admit = () => {
    let running = [...tasks.values()].filter((t) => t.status === 'RUNNING').length;
    for (const task of tasks.values()) {
      if (!task.queued || (task.status !== 'PENDING' && task.status !== 'THROTTLED')) continue;
      if (running >= concurrency) {
        task.status = 'THROTTLED';
        continue;
      }
      running++;
      task.status = 'RUNNING';
      task.startedAt = Date.now();
      // Done after `runningMs`, or when the output is ready if making it takes longer.
      task.timer = later(runningMs, () => {
        void task.production.then(() => {
          if (task.status !== 'RUNNING') return;
          task.status = task.failure ? 'FAILED' : 'SUCCEEDED';
          admit();
        });
      });
    }
  };

  const { calls } = recordCalls(app, { only: (url) => url.startsWith('/v1/'), enabled: options.recordCalls !== false });
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/v1/')) return;
    if (request.headers.authorization !== `Bearer ${options.secret}`) {
      return runwayError(reply, 401, 'Unauthorized: provide a valid API secret as "Authorization: Bearer <secret>"');
    }
    const version = request.headers['x-runway-version'];
    if (version === undefined) {
      return runwayError(reply, 400, 'The X-Runway-Version header is required. Set it to 2024-11-06.');
    }
    if (version !== RUNWAY_TWIN_VERSION) {
      return runwayError(reply, 400, `Invalid X-Runway-Version "${String(version)}". Supported versions: ${RUNWAY_TWIN_VERSION}.`);
    }
    if (request.method === 'POST' && request.url !== '/v1/uploads') {
      const refused = limiter.take('creates', { requests: createsPerWindow, windowMs });
      if (refused) {
        reply.header('retry-after', String(retryAfterSeconds(refused)));
        return runwayError(reply, 429, 'You have exceeded the rate limit for task creation. Please retry after the time given in Retry-After.');
      }
    }
  });
  app.setErrorHandler((error: { statusCode?: number; message: string }, _request, reply) =>
    runwayError(reply, error.statusCode && error.statusCode < 500 ? error.statusCode : 500, error.message),
  );
  app.setNotFoundHandler((_request, reply) => runwayError(reply, 404, 'Not found'));

  /** One create endpoint: validate like Runway, start making the output, answer {id}. */
  const endpoint = (url: string, plan: (body: Body) => Promise<Plan>) => {
    app.post(url, async (request, reply) => {
      const body = request.body;
      if (!body || typeof body !== 'object' || Array.isArray(body)) return runwayError(reply, 400, 'Expected a JSON object body');
      let p: Plan;
      try {
        p = await plan(body as Body);
      } catch (error) {
        if (error instanceof Invalid) return runwayError(reply, 400, error.message);
        throw error;
      }
      const task: TwinTask = {
        id: randomUUID(),
        endpoint: url,
        model: p.model,
        createdAt: Date.now(),
        status: 'PENDING',
        production: Promise.resolve(),
        queued: false,
        credits: p.credits,
        seen: [],
      };
      if (p.prompt?.includes('fail-upstream')) {
        task.failure = { failure: 'The prompt was flagged by content moderation.', failureCode: 'SAFETY.INPUT.TEXT' };
      } else if (p.prompt?.includes('fail-internal')) {
        task.failure = { failure: 'An internal error occurred while generating the output.', failureCode: 'INTERNAL.BAD_OUTPUT.CODE01' };
      } else {
        task.production = p.make().then(
          (files) => {
            task.files = files;
          },
          () => {
            task.failure = { failure: 'An internal error occurred while generating the output.', failureCode: 'INTERNAL' };
          },
        );
      }
      tasks.set(task.id, task);
      task.timer = later(pendingMs, () => {
        task.queued = true;
        admit();
      });
      return { id: task.id, estimatedCost: { credits: p.credits } };
    });
  };

  endpoint('/v1/text_to_image', async (body) => {
    onlyKeys(body, ['model', 'promptText', 'ratio', 'referenceImages', 'seed', 'contentModeration']);
    const model = modelOf(body, ['gen4_image', 'gen4_image_turbo']);
    const prompt = text(body, 'promptText', true)!;
    const ratio = choice(body, 'ratio', IMAGE_RATIOS, true)!;
    integer(body, 'seed', 0, 4294967295);
    moderation(body, true);
    const refs = body.referenceImages;
    if (refs !== undefined && !Array.isArray(refs)) bad('referenceImages: Expected an array');
    const list = (refs ?? []) as { uri?: unknown; tag?: unknown }[];
    if (list.length > 3) bad('referenceImages: Array must contain at most 3 element(s)');
    if (model === 'gen4_image_turbo' && list.length === 0) bad('referenceImages: gen4_image_turbo requires between 1 and 3 reference images');
    list.forEach((ref, i) => {
      if (ref.tag !== undefined && (typeof ref.tag !== 'string' || !/^[A-Za-z][A-Za-z0-9_]{2,15}$/.test(ref.tag))) {
        bad(`referenceImages.${i}.tag: Tags must be 3-16 characters, start with a letter and use only letters, digits and underscores`);
      }
    });
    const inputs = await Promise.all(list.map((ref, i) => readInput(ref.uri, 'image', `referenceImages.${i}.uri`)));
    return { model, prompt, credits: model === 'gen4_image' ? 5 : 2, make: async () => [await image(ratio, prompt, inputs)] };
  });

  endpoint('/v1/image_to_video', async (body) => {
    onlyKeys(body, ['model', 'promptImage', 'promptText', 'ratio', 'duration', 'seed', 'contentModeration']);
    const model = modelOf(body, ['gen4_turbo', 'veo3.1', 'veo3.1_fast']);
    const veo = model.startsWith('veo');
    const prompt = text(body, 'promptText', false);
    const ratio = choice(body, 'ratio', veo ? VEO31_RATIOS : GEN4_RATIOS, true)!;
    const duration = veo ? (choice(body, 'duration', [4, 6, 8], false) ?? 8) : (integer(body, 'duration', 2, 10) ?? 10);
    integer(body, 'seed', 0, 4294967295);
    moderation(body, !veo);
    let first: unknown = body.promptImage;
    if (Array.isArray(first)) {
      const entry = first.find((p: { position?: unknown }) => p?.position === 'first') as { uri?: unknown } | undefined;
      first = entry?.uri;
    }
    if (first === undefined) bad('promptImage: Required');
    const still = await readInput(first, 'image', 'promptImage');
    const [w, h] = dims(ratio);
    return { model, prompt, credits: 5 * duration, make: async () => [await makeVideo(frames, w, h, still)] };
  });

  endpoint('/v1/text_to_video', async (body) => {
    onlyKeys(body, ['model', 'promptText', 'ratio', 'duration', 'seed', 'audio', 'negativePrompt']);
    const model = modelOf(body, ['veo3.1', 'veo3.1_fast']);
    const prompt = text(body, 'promptText', true)!;
    const ratio = choice(body, 'ratio', VEO31_RATIOS, true)!;
    const duration = choice(body, 'duration', [4, 6, 8], false) ?? 8;
    integer(body, 'seed', 0, 4294967295);
    const [w, h] = dims(ratio);
    return { model, prompt, credits: 40 * duration, make: async () => [await makeVideo(frames, w, h)] };
  });

  endpoint('/v1/character_performance', async (body) => {
    onlyKeys(body, ['model', 'character', 'reference', 'ratio', 'bodyControl', 'expressionIntensity', 'seed', 'contentModeration']);
    const model = modelOf(body, ['act_two']);
    const ratio = choice(body, 'ratio', GEN4_RATIOS, false) ?? '1280:720';
    integer(body, 'expressionIntensity', 1, 5);
    integer(body, 'seed', 0, 4294967295);
    if (body.bodyControl !== undefined && typeof body.bodyControl !== 'boolean') bad('bodyControl: Expected a boolean');
    moderation(body, true);
    const character = body.character as { type?: unknown; uri?: unknown } | undefined;
    if (!character || (character.type !== 'image' && character.type !== 'video')) return bad('character.type: Expected "image" or "video"');
    const reference = body.reference as { type?: unknown; uri?: unknown } | undefined;
    if (!reference || reference.type !== 'video') return bad('reference.type: Expected "video"');
    const [who, performance] = await Promise.all([readInput(character.uri, character.type, 'character.uri'), readInput(reference.uri, 'video', 'reference.uri')]);
    // "The video must be between 3 and 30 seconds in duration" (SDK CharacterPerformanceCreateParams.reference).
    const { seconds } = await probe(performance).catch(() => bad('reference.uri: The video could not be read'));
    if (seconds < 3 || seconds > 30) bad(`reference.uri: The reference video must be between 3 and 30 seconds long (it is ${seconds.toFixed(1)} s)`);
    const [w, h] = dims(ratio);
    return { model, credits: 5 * Math.ceil(seconds), make: async () => [await makeVideo(frames, w, h, who)] };
  });

  endpoint('/v1/video_to_video', async (body) => {
    onlyKeys(body, ['model', 'videoUri', 'promptText', 'keyframes', 'seed', 'contentModeration', 'ratio', 'targetAspectRatio', 'outputFormat']);
    const model = modelOf(body, ['aleph2']);
    const prompt = text(body, 'promptText', false);
    integer(body, 'seed', 0, 4294967295);
    moderation(body, true);
    const keyframes = (body.keyframes ?? []) as { uri?: unknown; at?: unknown; seconds?: unknown }[];
    if (!Array.isArray(keyframes) || keyframes.length > 5) bad('keyframes: Expected an array of at most 5 keyframes');
    keyframes.forEach((k, i) => {
      const atOk = typeof k.at === 'number' && k.at >= 0 && k.at <= 1;
      const secondsOk = typeof k.seconds === 'number' && k.seconds >= 0;
      if (atOk === secondsOk) bad(`keyframes.${i}: Give either "at" (0-1) or "seconds" (>= 0)`);
    });
    const [video] = await Promise.all([readInput(body.videoUri, 'video', 'videoUri'), ...keyframes.map((k, i) => readInput(k.uri, 'image', `keyframes.${i}.uri`))]);
    return { model, prompt, credits: 15, make: async () => [await restyle(frames, video)] };
  });

  endpoint('/v1/video_upscale', async (body) => {
    onlyKeys(body, ['model', 'videoUri', 'resolution', 'creativity', 'flavor', 'fpsBoost', 'sharpen', 'smartGrain']);
    const model = modelOf(body, ['magnific_video_upscaler_creative']);
    const resolution = choice(body, 'resolution', ['720p', '1k', '2k', '4k'] as const, false) ?? '2k';
    const video = await readInput(body.videoUri, 'video', 'videoUri');
    const shortSide = { '720p': 720, '1k': 1080, '2k': 1440, '4k': 2160 }[resolution];
    return { model, credits: 10, make: async () => [await upscale(frames, video, shortSide)] };
  });

  endpoint('/v1/text_to_speech', async (body) => {
    onlyKeys(body, ['model', 'promptText', 'voice']);
    const model = modelOf(body, ['eleven_multilingual_v2']);
    const prompt = text(body, 'promptText', true)!;
    const voice = body.voice as { type?: unknown; presetId?: unknown } | undefined;
    if (!voice || voice.type !== 'runway-preset') return bad('voice.type: Expected "runway-preset"');
    if (typeof voice.presetId !== 'string' || !PRESETS.has(voice.presetId)) bad(`voice.presetId: Invalid preset ${JSON.stringify(voice.presetId)}`);
    return { model, prompt, credits: 1, make: async () => [await speech(prompt, voice.presetId as string)] };
  });

  // Ephemeral uploads (@runwayml/sdk uploads.createEphemeral): POST /v1/uploads {filename,
  // type: "ephemeral"} answers a presigned form upload {uploadUrl, fields, runwayUri}; the
  // client then POSTs multipart/form-data (the fields, then `file`) to uploadUrl — outside the
  // API, without the API secret, like S3's presigned POST — and uses runwayUri in generations.
  app.post('/v1/uploads', async (request, reply) => {
    const body = request.body as { filename?: unknown; type?: unknown } | undefined;
    if (typeof body?.filename !== 'string' || body.filename.length === 0) return runwayError(reply, 400, 'filename: Required');
    if (body.type !== 'ephemeral') return runwayError(reply, 400, 'type: Invalid literal value, expected "ephemeral"');
    const id = randomUUID();
    const key = `uploads/${id}/${body.filename}`;
    const expires = Date.now() + UPLOAD_TTL_MS;
    return {
      uploadUrl: `${originOf(request)}/upload-storage`,
      fields: { key, expires: String(expires), signature: sign(key, expires) },
      runwayUri: `runway://${id}`,
    };
  });

  app.post('/upload-storage', async (request, reply) => {
    if (!request.isMultipart()) return storageError(reply, 400, 'InvalidRequest', 'multipart/form-data expected');
    const fields: Record<string, string> = {};
    let file: Buffer | undefined;
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        // S3 reads the fields before the file: a file part before the policy is refused.
        if (!fields.key) return storageError(reply, 400, 'InvalidArgument', 'the key field must come before the file');
        file = await part.toBuffer();
      } else {
        fields[part.fieldname] = String(part.value);
      }
    }
    const expires = Number(fields.expires);
    if (!fields.key || !fields.signature || fields.signature !== sign(fields.key, expires)) {
      return storageError(reply, 403, 'AccessDenied', 'Invalid policy signature');
    }
    if (expires < Date.now()) return storageError(reply, 403, 'AccessDenied', 'Policy expired');
    if (!file || file.length === 0) return storageError(reply, 400, 'InvalidArgument', 'file is required');
    uploads.set(`runway://${fields.key.split('/')[1]}`, file);
    return reply.code(204).send();
  });

  app.get<{ Params: { id: string } }>('/v1/tasks/:id', async (request, reply) => {
    const task = tasks.get(request.params.id);
    if (!task) return runwayError(reply, 404, 'Task not found');
    task.seen.push(task.status);
    const base = { id: task.id, createdAt: new Date(task.createdAt).toISOString(), status: task.status };
    switch (task.status) {
      case 'PENDING':
      case 'THROTTLED':
        return { ...base, estimatedCost: { credits: task.credits } };
      case 'RUNNING': {
        const progress = Math.min(0.99, phaseAt(task.startedAt ?? Date.now(), [['running', runningMs]]).progress);
        return { ...base, estimatedCost: { credits: task.credits }, progress: Math.round(progress * 100) / 100 };
      }
      case 'SUCCEEDED': {
        // Fresh links on every read, like Runway ("fetch the task again to get fresh URLs").
        const exp = Math.floor((Date.now() + outputTtlMs) / 1000);
        const output = (task.files ?? []).map((file, i) => {
          const pathname = `/outputs/${task.id}/${i}.${file.ext}`;
          return `${originOf(request)}${pathname}?exp=${exp}&sig=${sign(pathname, exp)}`;
        });
        return { ...base, output, cost: { credits: task.credits } };
      }
      case 'FAILED':
        return { ...base, ...task.failure, cost: { credits: 0 } };
      default:
        return { ...base, cost: { credits: 0 } };
    }
  });

  app.delete<{ Params: { id: string } }>('/v1/tasks/:id', async (request, reply) => {
    const task = tasks.get(request.params.id);
    if (!task) return runwayError(reply, 404, 'Task not found');
    if (task.status === 'PENDING' || task.status === 'THROTTLED' || task.status === 'RUNNING') {
      clearTimeout(task.timer);
      task.status = 'CANCELLED';
      task.files = undefined;
      admit();
    } else {
      tasks.delete(task.id);
    }
    return reply.code(204).send();
  });

  app.get<{ Params: { id: string; name: string }; Querystring: { exp?: string; sig?: string } }>('/outputs/:id/:name', async (request, reply) => {
    const pathname = `/outputs/${request.params.id}/${request.params.name}`;
    const exp = Number(request.query.exp);
    const given = Buffer.from(request.query.sig ?? '');
    const expected = Buffer.from(Number.isFinite(exp) ? sign(pathname, exp) : '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return storageError(reply, 403, 'AccessDenied', 'Invalid signature');
    if (exp * 1000 < Date.now()) return storageError(reply, 403, 'AccessDenied', 'Request has expired');
    const index = Number(request.params.name.split('.')[0]);
    const file = tasks.get(request.params.id)?.files?.[index];
    if (!file) return storageError(reply, 404, 'NoSuchKey', 'The specified key does not exist.');
    return reply.type(file.type).header('content-length', file.bytes.length).send(file.bytes);
  });

  return { app, calls, tasks };
}
