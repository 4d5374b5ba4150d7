// Veo (Vertex AI) video generation as a gateway job. Veo is a long-running operation: `start` =
// generateVideos (→ pending with the operation name), `poll` = operations.getVideosOperation
// (→ :fetchPredictOperation); videos filtered for safety end the job with `content_moderation`.
import { assetRef } from '../../assets/assets.js';
import { defineJob, type Validated } from '../../core/operation.js';
import type { StepOutcome, UpstreamOutput } from '../../jobs/adapter.js';
import { GoogleClient, type VideosOperation, type GoogleSettings } from './client.js';
import { VEO_MODELS, veoDuration } from './models.js';
import type { VeoGenerateVideoRequest } from './schemas.js';
import { imageField, invalid, MAX_SEED, moderation, requireVertex, sdkImage, waitForResult } from './shared.js';

type VeoBody = Validated<typeof VeoGenerateVideoRequest, 'model' | 'aspect_ratio' | 'duration'>;
interface VeoRequest {
  reference_model: string;
  model: string;
  prompt: string;
  aspect_ratio: string;
  duration_seconds: number;
  image: string | null;
  person_generation: string;
  enhance_prompt: boolean | null;
  generate_audio: boolean | null;
  negative_prompt: string | null;
  seed: number | null;
}

/** The reference's person_generation words → Vertex AI Veo REST `personGeneration` (docs/provider-facts.md §6). */
const VEO_PERSON: Record<string, string> = { allow: 'allow_all', allow_adult: 'allow_adult', dont_allow: 'dont_allow' };

/** google.rpc.Code (an operation's `error.code`) → the HTTP status Google maps it to (google.rpc code.proto). */
const RPC_HTTP: Record<number, [string, number]> = {
  1: ['CANCELLED', 499],
  2: ['UNKNOWN', 500],
  3: ['INVALID_ARGUMENT', 400],
  4: ['DEADLINE_EXCEEDED', 504],
  5: ['NOT_FOUND', 404],
  6: ['ALREADY_EXISTS', 409],
  7: ['PERMISSION_DENIED', 403],
  8: ['RESOURCE_EXHAUSTED', 429],
  9: ['FAILED_PRECONDITION', 400],
  10: ['ABORTED', 409],
  11: ['OUT_OF_RANGE', 400],
  12: ['UNIMPLEMENTED', 501],
  13: ['INTERNAL', 500],
  14: ['UNAVAILABLE', 503],
  15: ['DATA_LOSS', 500],
  16: ['UNAUTHENTICATED', 401],
};

function videosOutcome(operation: VideosOperation, name: string, request: VeoRequest): StepOutcome {
  if (!operation.done) return { kind: 'pending', upstreamId: name, upstreamStatus: 'RUNNING' };
  if (operation.error) {
    const [status, http] = RPC_HTTP[operation.error.code ?? 2] ?? ['UNKNOWN', 500];
    return {
      kind: 'failed',
      upstreamId: name,
      upstreamStatus: 'FAILED',
      error: {
        code: http === 400 ? 'invalid_request' : http === 429 ? 'rate_limited' : 'upstream_failed',
        message: `Veo could not make the video: ${operation.error.message ?? 'no reason given'} (${status})`,
        upstream_status: http,
      },
    };
  }
  const videos = operation.response?.generatedVideos ?? [];
  const outputs: UpstreamOutput[] = [];
  for (const { video } of videos) {
    if (video?.videoBytes) outputs.push({ data: Buffer.from(video.videoBytes, 'base64'), contentType: video.mimeType ?? 'video/mp4' });
  }
  if (outputs.length === 0) {
    const reasons = operation.response?.raiMediaFilteredReasons ?? [];
    if ((operation.response?.raiMediaFilteredCount ?? 0) > 0 || reasons.length > 0) {
      return {
        ...moderation(`Google's safety filters blocked the video${reasons.length ? `: ${reasons.join('; ')}` : ''}`),
        upstreamId: name,
        upstreamStatus: 'DONE',
      } as StepOutcome;
    }
    // Only a Cloud Storage URI (an output bucket configured upstream): not readable with the gateway's links.
    const uri = videos.find((v) => v.video?.uri)?.video?.uri;
    return {
      kind: 'failed',
      upstreamId: name,
      upstreamStatus: 'DONE',
      error: { code: 'no_output', message: uri ? 'Veo wrote the video to Cloud Storage instead of answering with it' : 'Veo finished without a video' },
    };
  }
  return {
    kind: 'done',
    outputs,
    upstreamId: name,
    upstreamStatus: 'DONE',
    data: { model: request.model, duration_seconds: request.duration_seconds, aspect_ratio: request.aspect_ratio },
  };
}

/**
 * Veo: generateVideos → `{name}` (pending); getVideosOperation → `{done, response.videos[]
 * (bytesBase64Encoded)}` or `{done, error}`. Durations the model cannot make are refused
 * with a 422 before any upstream call (the reference's 10 s exists on no Veo model).
 */
export const veoGenerateVideo = defineJob<VeoBody, GoogleSettings>()({
  key: 'google.veo.generate-video',
  async prepare(body, ctx) {
    requireVertex(ctx.settings.google, 'Veo');
    const target = VEO_MODELS[body.model] ?? { model: body.model, durations: [5, 6, 7, 8], audio: false, alwaysEnhances: false };
    const seconds = veoDuration(target, body.duration);
    if (seconds === undefined) {
      throw invalid(
        ['body', 'duration'],
        `duration ${body.duration} conflicts with Veo: ${body.model} (upstream ${target.model}) makes ${target.durations.join(', ')}-second clips ` +
          "(Veo 2: 5–8 s; Veo 3 and 3.1: 4, 6 or 8 s), so the reference's 10 s has no upstream equivalent; use duration 5",
      );
    }
    if (body.seed !== undefined && body.seed !== null && (body.seed < 0 || body.seed > MAX_SEED)) {
      throw invalid(['body', 'seed'], `Veo seeds are 0–${MAX_SEED}`);
    }
    return {
      reference_model: body.model,
      model: target.model,
      prompt: body.prompt,
      aspect_ratio: body.aspect_ratio,
      duration_seconds: seconds,
      image: body.start_image_url ? await imageField(ctx, body.start_image_url, ['body', 'start_image_url'], 'vertex') : null,
      person_generation: VEO_PERSON[body.person_generation ?? 'allow'],
      enhance_prompt: target.alwaysEnhances ? null : (body.enhance_prompt ?? false),
      generate_audio: target.audio ? true : null,
      negative_prompt: body.negative_prompt || null,
      seed: body.seed ?? null,
    };
  },
  sync: waitForResult,
  adapter: {
    async start(request, ctx) {
      const client = new GoogleClient(ctx.settings.google, 'vertex');
      const operation = await client.generateVideos(
        {
          model: request.model,
          source: { prompt: request.prompt, ...(request.image ? { image: await sdkImage(ctx, request.image) } : {}) },
          config: {
            numberOfVideos: 1,
            durationSeconds: request.duration_seconds,
            aspectRatio: request.aspect_ratio,
            personGeneration: request.person_generation,
            ...(request.enhance_prompt !== null ? { enhancePrompt: request.enhance_prompt } : {}),
            ...(request.generate_audio !== null ? { generateAudio: request.generate_audio } : {}),
            ...(request.negative_prompt ? { negativePrompt: request.negative_prompt } : {}),
            ...(request.seed !== null ? { seed: request.seed } : {}),
          },
        },
        ctx.signal,
      );
      if (!operation.name) throw new Error('Veo accepted a request without an operation name');
      return videosOutcome(operation, operation.name, request);
    },
    async poll(name, request, ctx) {
      return videosOutcome(await new GoogleClient(ctx.settings.google, 'vertex').getVideosOperation(name), name, request);
    },
    result: (assets, data) => ({ video_urls: assets.map(assetRef), ...data }),
  },
});
