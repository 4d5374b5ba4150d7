// An emulator of Google's generative AI APIs, for tests, `vision-studio emulate google` and
// the labelled sandbox mode only. It serves the REST paths @google/genai 2.x really calls
// (read from node_modules/@google/genai/dist/node/index.mjs: ApiClient.constructUrl and the
// Models/Operations methods), on one origin that stands for GOOGLE_GENAI_BASE_URL:
//
//   Gemini API   POST /v1beta/models/{model}:generateContent           x-goog-api-key: <key>
//   Vertex AI    POST /v1beta1/projects/{p}/locations/{l}/publishers/google/models/{m}:predict
//                POST …/{m}:predictLongRunning   → {name: "projects/…/models/{m}/operations/{id}"}
//                POST …/{m}:fetchPredictOperation {operationName} → {name, done, response|error}
//                POST …/{m}:generateContent
//                GET  /v1beta1/{operation name}
//                Authorization: Bearer <token issued by this twin's STS>
//   STS          POST /v1/token (RFC 8693 token exchange, form-encoded), the `token_url` of the
//                `external_account` credential the twin writes (google-auth-library honours
//                `token_url` for that credential type; it reads the subject token from
//                `credential_source.file`).
//
// Like Google: error bodies {"error":{code, message, status, details?}}; a wrong API key is
// 400 INVALID_ARGUMENT with reason API_KEY_INVALID, a missing one 403 PERMISSION_DENIED, a bad
// Bearer token 401 UNAUTHENTICATED, another project 403; 429 RESOURCE_EXHAUSTED (with
// google.rpc.RetryInfo) past `ratePerMinute` per credential; retired model ids 404 NOT_FOUND;
// Imagen parameters checked as Vertex documents them (safetySetting/personGeneration case-
// insensitive; no seed with the watermark on); Veo durations per model (Veo 3.1: 4, 6, 8);
// Veo operations that finish after `operationMs`. Outputs are real media: PNGs made with
// sharp (edits are made from the input pixels), MP4s made with ffmpeg (media.ts).
//
// This file holds the STS, auth, rate limits and routing; imagen.ts, veo.ts and gemini.ts the
// three API families, catalog.ts the models, structured.ts JSON answers that fit a schema.
//
// generateContent also answers text requests (no IMAGE modality), including structured output:
// with `responseMimeType: "application/json"` and `responseSchema` (Gemini's OpenAPI subset,
// upper-case types) or `responseJsonSchema` (JSON Schema: $ref/$defs, anyOf, enum, const,
// bounds) the text is JSON that conforms to the schema, deterministic from the request's text.
// `text/x.enum` answers one of the enum values. Inline image, video (mp4/webm/mov) and audio
// parts are accepted (checked by their bytes).
//
// Twin-only triggers (in the prompt / the user's text), so tests reach every branch:
//   "blocked-by-safety"   Imagen: every image filtered (raiFilteredReason); Gemini: promptFeedback
//                         blockReason SAFETY, no candidates; Veo: the operation finishes with
//                         raiMediaFilteredCount and no video.
//   "image-safety-block"  Gemini: finishReason IMAGE_SAFETY and no image.
//   "gemini-no-image"     Gemini: a text-only answer to an image request (finishReason STOP).
//   "veo-operation-fails" Veo: the operation finishes with error {code: 13 INTERNAL}.
//   "twin-server-error"   500 INTERNAL on the create call.
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { ExpiringMap } from '../kit/expiring.js';
import { recordCalls, type Recording, type TwinCall } from '../kit/calls.js';
import { retryAfterSeconds, slidingWindow } from '../kit/rate-limit.js';
import { IMAGEN_CAPABILITY, IMAGEN_GENERATE, RETIRED_GEMINI, VEO } from './catalog.js';
import { fail, GoogleFailure, sendError } from './errors.js';
import { generateContent } from './gemini.js';
import { imagenPredict } from './imagen.js';
import { veo, type VeoOperation } from './veo.js';

export interface GoogleTwinOptions extends Recording {
  /** The Gemini API key the twin accepts. */
  apiKey: string;
  /** The Vertex AI project and location the twin serves. */
  project: string;
  location: string;
  /** The external credential its STS accepts (the content of `credential_source.file`). */
  subjectToken: string;
  /** The workload identity audience of the credential. */
  audience?: string;
  /** How long a Veo operation runs before it is done. */
  operationMs?: number;
  /** Calls per minute per credential before 429 RESOURCE_EXHAUSTED. */
  ratePerMinute?: number;
  /** Lifetime of the access tokens the STS issues. */
  tokenTtlSeconds?: number;
  /** Model ids answered 404, as by a project or region without them (or after Google switched them off). */
  withoutModels?: string[];
  /** Retired Gemini model ids still served, as by an older deployment or a compatible server. */
  withRetiredModels?: string[];
}

export interface GoogleTwin {
  app: FastifyInstance;
  /** API calls received (not the STS), for tests that check what the gateway sent. */
  calls: TwinCall[];
  /** Access tokens the STS issued, with their expiry (ms). */
  issuedTokens: Map<string, number>;
  /** STS exchanges answered (successful or not). */
  tokenExchanges: { ok: boolean; audience?: string; scope?: string }[];
  operations: Map<string, VeoOperation>;
  /** The `external_account` credential JSON pointing google-auth-library at this twin's STS. */
  credential(twinUrl: string, subjectTokenFile: string): Record<string, unknown>;
  /** Writes the subject token and the credential into `dir`; returns the credential's path. */
  writeCredentials(twinUrl: string, dir: string): Promise<string>;
}

// ---- The twin ----

export function createGoogleTwin(options: GoogleTwinOptions): GoogleTwin {
  const app = Fastify({ logger: false, bodyLimit: 128 * 1024 * 1024 });
  const issuedTokens = new Map<string, number>();
  const tokenExchanges: GoogleTwin['tokenExchanges'] = [];
  // Google keeps generated videos for 2 days (Gemini API video docs), and the operation with them.
  const operations = new ExpiringMap<string, VeoOperation>(2 * 24 * 3_600_000);
  const limiter = slidingWindow();
  const operationMs = options.operationMs ?? 2_000;
  const ratePerMinute = options.ratePerMinute ?? 1_000;
  const ttl = options.tokenTtlSeconds ?? 3_600;
  const audience = options.audience ?? '//iam.googleapis.com/projects/000000000000/locations/global/workloadIdentityPools/vision-studio-twin/providers/twin';
  const SUBJECT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
  const { start: veoStart, status: veoStatus } = veo(operations, operationMs);
  // The API calls, not the STS exchanges (those are in tokenExchanges).
  const { calls } = recordCalls(app, { only: (url) => !url.startsWith('/v1/token'), enabled: options.recordCalls !== false });

  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  // -- STS: RFC 8693 token exchange, as sts.googleapis.com/v1/token answers it --
  app.post('/v1/token', async (request, reply) => {
    const form = (request.body ?? {}) as Record<string, string>;
    const refuse = (error: string, description: string) => {
      tokenExchanges.push({ ok: false, audience: form.audience, scope: form.scope });
      return reply.code(400).send({ error, error_description: description });
    };
    if (form.grant_type !== 'urn:ietf:params:oauth:grant-type:token-exchange')
      return refuse('unsupported_grant_type', 'grant_type must be urn:ietf:params:oauth:grant-type:token-exchange');
    if (form.requested_token_type !== 'urn:ietf:params:oauth:token-type:access_token')
      return refuse('invalid_request', 'requested_token_type must be urn:ietf:params:oauth:token-type:access_token');
    if (form.subject_token_type !== SUBJECT_TOKEN_TYPE) return refuse('invalid_request', `subject_token_type must be ${SUBJECT_TOKEN_TYPE}`);
    if (form.audience !== audience) return refuse('invalid_target', 'The target service indicated by the "audience" parameters is invalid.');
    if (form.subject_token !== options.subjectToken) return refuse('invalid_grant', 'The subject token is invalid or expired.');
    if (
      !String(form.scope ?? '')
        .split(' ')
        .includes('https://www.googleapis.com/auth/cloud-platform')
    )
      return refuse('invalid_scope', 'The cloud-platform scope is required.');
    const token = `ya29.twin-${randomUUID()}`;
    issuedTokens.set(token, Date.now() + ttl * 1000);
    tokenExchanges.push({ ok: true, audience: form.audience, scope: form.scope });
    return { access_token: token, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: ttl };
  });

  // -- Auth and rate limits --

  /** The caller's identity for this API family, or the Google error that refuses it. */
  function authenticate(request: FastifyRequest, family: 'gemini-api' | 'vertex', project?: string, location?: string): string {
    if (family === 'gemini-api') {
      const header = request.headers['x-goog-api-key'];
      const key = (Array.isArray(header) ? header[0] : header) ?? new URL(request.url, 'http://twin').searchParams.get('key') ?? undefined;
      if (!key)
        throw fail(
          403,
          "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
        );
      if (key !== options.apiKey) {
        throw fail(400, 'API key not valid. Please pass a valid API key.', [
          { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } },
        ]);
      }
      return `key:${key}`;
    }
    const auth = String(request.headers.authorization ?? '');
    const token = /^Bearer (\S+)$/.exec(auth)?.[1];
    const expiry = token ? issuedTokens.get(token) : undefined;
    if (!token || expiry === undefined || expiry < Date.now()) {
      throw fail(
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
        [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: token ? 'ACCESS_TOKEN_EXPIRED' : 'CREDENTIALS_MISSING', domain: 'googleapis.com' }],
      );
    }
    if (project !== options.project) {
      throw fail(
        403,
        `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/${project}/locations/${location}' (or it may not exist).`,
      );
    }
    if (location !== options.location) throw fail(400, `Location ${location} is not supported for this project; use ${options.location}.`);
    return `vertex:${project}`;
  }

  function rateLimit(identity: string): void {
    const refused = limiter.take(identity, { requests: ratePerMinute, windowMs: 60_000 });
    if (refused) {
      const seconds = retryAfterSeconds(refused);
      throw fail(429, 'Resource exhausted. Please try again later. Please refer to https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.', [
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${seconds}s` },
      ]);
    }
  }

  const notFoundModel = (family: 'gemini-api' | 'vertex', model: string, project?: string, location?: string) =>
    family === 'gemini-api'
      ? fail(
          404,
          `models/${model} is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.`,
        )
      : fail(
          404,
          `Publisher Model \`projects/${project}/locations/${location}/publishers/google/models/${model}\` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions`,
        );

  const servesGemini = (model: string) =>
    /^gemini-/.test(model) && !options.withoutModels?.includes(model) && (!RETIRED_GEMINI.test(model) || Boolean(options.withRetiredModels?.includes(model)));

  // -- Routing --

  const VERTEX = /^\/(v1|v1beta1)\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/([^/:]+):(predict|predictLongRunning|fetchPredictOperation|generateContent)$/;
  const VERTEX_OPERATION = /^\/(v1|v1beta1)\/(projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/[^/]+\/operations\/[^/]+)$/;
  const GEMINI = /^\/(v1|v1beta)\/models\/([^/:]+):(generateContent)$/;

  app.route({
    method: ['GET', 'POST'],
    url: '/*',
    handler: async (request, reply) => {
      const pathname = new URL(request.url, 'http://twin').pathname;
      const body = (request.body ?? {}) as Record<string, unknown>;
      try {
        let match: RegExpExecArray | null;
        if (request.method === 'POST' && (match = VERTEX.exec(pathname))) {
          const [, , project, location, model, method] = match;
          rateLimit(authenticate(request, 'vertex', project, location));
          if (method === 'predict') {
            if ((!IMAGEN_GENERATE.has(model) && !IMAGEN_CAPABILITY.has(model)) || options.withoutModels?.includes(model)) throw notFoundModel('vertex', model, project, location);
            return await imagenPredict(model, body);
          }
          if (method === 'predictLongRunning') {
            if (!VEO.has(model)) throw notFoundModel('vertex', model, project, location);
            return await veoStart(model, project, location, body);
          }
          if (method === 'fetchPredictOperation') {
            const name = String(body.operationName ?? '');
            if (!name.startsWith(`projects/${project}/locations/${location}/publishers/google/models/${model}/operations/`)) {
              throw fail(400, `operationName ${name} does not belong to models/${model}.`);
            }
            return await veoStatus(name);
          }
          if (!servesGemini(model)) throw notFoundModel('vertex', model, project, location);
          return await generateContent('vertex', model, body);
        }
        if (request.method === 'GET' && (match = VERTEX_OPERATION.exec(pathname))) {
          const [, , name, project, location] = match;
          rateLimit(authenticate(request, 'vertex', project, location));
          return await veoStatus(name);
        }
        if (request.method === 'POST' && (match = GEMINI.exec(pathname))) {
          const model = match[2];
          rateLimit(authenticate(request, 'gemini-api'));
          if (!servesGemini(model)) throw notFoundModel('gemini-api', model);
          return await generateContent('gemini-api', model, body);
        }
        throw fail(404, `The requested URL ${pathname} was not found on this server.`);
      } catch (error) {
        if (error instanceof GoogleFailure) return sendError(reply, error);
        throw error;
      }
    },
  });

  function credential(twinUrl: string, subjectTokenFile: string) {
    return {
      type: 'external_account',
      audience,
      subject_token_type: SUBJECT_TOKEN_TYPE,
      token_url: `${twinUrl.replace(/\/+$/, '')}/v1/token`,
      credential_source: { file: subjectTokenFile },
    };
  }

  return {
    app,
    calls,
    issuedTokens,
    tokenExchanges,
    operations,
    credential,
    async writeCredentials(twinUrl, dir) {
      const tokenFile = path.join(dir, 'subject-token.txt');
      await writeFile(tokenFile, options.subjectToken, { mode: 0o600 });
      const file = path.join(dir, 'google-credentials.json');
      await writeFile(file, JSON.stringify(credential(twinUrl, tokenFile), null, 2), { mode: 0o600 });
      return file;
    },
  };
}
