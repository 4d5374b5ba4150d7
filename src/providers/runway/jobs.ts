// Runway operations carried out as gateway jobs: each reference body is checked against what
// Runway accepts for the chosen model (422 before any upstream call), mapped field by field to
// Runway's camelCase body, and run as a task (create → GET /v1/tasks/{id} → outputs copied into
// the asset store). The engine owns polling, retries and cancel; the adapter makes one call.
//
// Sources: the request types of @runwayml/sdk 4.20.1 (node_modules/@runwayml/sdk/src/resources/*,
// generated from Runway's OpenAPI document) and the sdk-node history for models it dropped;
// input rules from docs.dev.runwayml.com/assets/inputs. Where the reference and today's Runway
// disagree (see the README table), the decision is written next to the mapping.
import type RunwayML from '@runwayml/sdk';
import { assetRef } from '../../assets/assets.js';
import type { JobSpec, PrepareContext, Validated, VideoLimits } from '../../core/operation.js';
import { RequestValidationError, type ValidationDetail } from '../../core/validation.js';
import type { JobAdapter, StepContext, StepOutcome } from '../../jobs/adapter.js';
import { RunwayClient, type RunwayCreateParams, type RunwayEndpoint, type RunwaySettings, type RunwayTask } from './client.js';
import type {
  RunwayGenerateImageRequest,
  RunwayGenerateVideoFromImageRequest,
  RunwayGenerateVideoFromMotionRequest,
  RunwayGenerateVideoFromTextRequest,
  RunwayGenerateVideoFromVideoRequest,
  RunwayTextToSpeechRequest,
  RunwayVideoUpscaleRequest,
} from './schemas.js';
import { deliverAssets, mediaInput } from './inputs.js';
import { runwayStatusPath } from './status.js';

/** What a Runway job stores: the upstream endpoint and body; media are https URLs or `asset://` refs. */
export interface RunwayJobRequest<E extends RunwayEndpoint = RunwayEndpoint> {
  endpoint: E;
  body: RunwayCreateParams[E];
}

/** Runway's video upscale input: "less than 4096px on each side", at most 40 s (the reference's field description). */
const UPSCALE_LIMITS: VideoLimits = { maxSeconds: 40, maxSide: 4095 };

// ---------------------------------------------------------------------------------------------
// Per-model rules (what Runway rejects), checked before any upstream call.

/** gen4_turbo image_to_video and act_two ratios (SDK 4.20.1 Gen4Turbo.ratio, CharacterPerformanceCreateParams.ratio). */
const GEN4_VIDEO_RATIOS = ['1280:720', '720:1280', '1104:832', '832:1104', '960:960', '1584:672'];
/** Veo 3 ratios the reference offers (sdk-node 4.12.0 Veo3.ratio; the SDK's veo3.1 accepts them too). */
const VEO_RATIOS = ['1280:720', '720:1280'];
/** gen4_aleph's ratio list (sdk-node 3.x Gen4Aleph.ratio), deprecated there and ignored by Runway. */
const ALEPH_RATIOS = [...GEN4_VIDEO_RATIOS, '848:480', '640:480'];

/** eleven_multilingual_v2 voice presets (SDK 4.20.1 TextToSpeechCreateParams.ElevenMultilingualV2.Voice.presetId). */
export const RUNWAY_VOICE_PRESETS = [
  'Maya',
  'Arjun',
  'Serene',
  'Bernard',
  'Billy',
  'Mark',
  'Clint',
  'Mabel',
  'Chad',
  'Leslie',
  'Eleanor',
  'Elias',
  'Elliot',
  'Grungle',
  'Brodie',
  'Sandra',
  'Kirk',
  'Kylie',
  'Lara',
  'Lisa',
  'Malachi',
  'Marlene',
  'Martin',
  'Miriam',
  'Monster',
  'Paula',
  'Pip',
  'Rusty',
  'Ragnar',
  'Xylar',
  'Maggie',
  'Jack',
  'Katie',
  'Noah',
  'James',
  'Rina',
  'Ella',
  'Mariah',
  'Frank',
  'Claudia',
  'Niki',
  'Vincent',
  'Kendrick',
  'Myrna',
  'Tom',
  'Wanda',
  'Benjamin',
  'Kiana',
  'Rachel',
] as const;

/** Reference-image tags: 3–16 characters, a letter first, then letters, digits, underscores (SDK ReferenceImage.tag). */
const TAG = /^[A-Za-z][A-Za-z0-9_]{2,15}$/;

class Problems {
  readonly list: ValidationDetail[] = [];
  add(loc: (string | number)[], msg: string, type = 'value_error'): void {
    this.list.push({ loc: ['body', ...loc], msg, type });
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new RequestValidationError(this.list);
  }
}

/** Runway measures prompts in UTF-16 code units (the schema's maxLength counts code points). */
function checkPrompt(problems: Problems, prompt: string, field = 'prompt'): void {
  if (prompt.length > 1000) {
    problems.add(
      [field],
      `Runway allows 1000 UTF-16 code units of text; this text has ${prompt.length} (characters outside the Basic Multilingual Plane count twice)`,
      'string_too_long',
    );
  }
}

function checkRatio(problems: Problems, model: string, ratio: string, allowed: string[], field = 'aspect_ratio'): void {
  if (!allowed.includes(ratio)) {
    problems.add([field], `Runway's ${model} does not support aspect ratio ${ratio}; use one of ${allowed.join(', ')}`, 'enum');
  }
}

type ContentModerationBody = { public_figure_threshold?: 'auto' | 'low' } | null | undefined;

function contentModeration(value: ContentModerationBody) {
  return value ? { contentModeration: { publicFigureThreshold: value.public_figure_threshold ?? 'auto' } } : {};
}

const seedOf = (seed: number | null | undefined) => (typeof seed === 'number' ? { seed } : {});

// ---------------------------------------------------------------------------------------------
// The adapter: one create, one task read, one delete.

/** Runway: "Consumers of this API should not expect updates more frequent than once every five seconds" (SDK Tasks.retrieve). */
const RUNWAY_UPDATE_MS = 5_000;

function outcomeOf(task: RunwayTask, ctx: StepContext<RunwaySettings>): StepOutcome {
  switch (task.status) {
    case 'SUCCEEDED': {
      const outputs = (task.output ?? []).map((url) => ({ url }));
      if (outputs.length === 0) {
        return { kind: 'failed', upstreamId: task.id, upstreamStatus: task.status, error: { code: 'no_output', message: 'Runway reported success without any output' } };
      }
      return { kind: 'done', outputs, upstreamId: task.id, upstreamStatus: task.status };
    }
    case 'FAILED':
      return {
        kind: 'failed',
        upstreamId: task.id,
        upstreamStatus: task.status,
        // failureCode is Runway's dotted reason (e.g. SAFETY.INPUT.TEXT; docs.dev.runwayml.com/errors/task-failures).
        error: { code: task.failureCode || 'upstream_failed', message: `Runway could not complete the task: ${task.failure || 'no reason given'}` },
      };
    case 'CANCELLED':
      return { kind: 'failed', upstreamId: task.id, upstreamStatus: task.status, error: { code: 'canceled_upstream', message: 'the task was cancelled at Runway' } };
    default:
      // PENDING, THROTTLED (queued behind the account's concurrency limit), RUNNING, or a word
      // Runway adds later: not finished, so ask again (the engine's job deadline bounds the wait).
      return {
        kind: 'pending',
        upstreamId: task.id,
        upstreamStatus: task.status,
        ...(task.status === 'RUNNING' && typeof task.progress === 'number' ? { progress: task.progress } : {}),
        pollAfterMs: Math.min(RUNWAY_UPDATE_MS, ctx.settings.pollMaxMs),
      };
  }
}

export const runwayAdapter: JobAdapter<RunwayJobRequest, RunwaySettings> = {
  async start(request, ctx) {
    const client = RunwayClient.fromSettings(ctx.settings.runway);
    const body = (await deliverAssets(request.body, ctx, client)) as RunwayCreateParams[RunwayEndpoint];
    const id = await client.create(request.endpoint, body, ctx.signal);
    return { kind: 'pending', upstreamId: id, upstreamStatus: 'PENDING', pollAfterMs: Math.min(RUNWAY_UPDATE_MS, ctx.settings.pollMaxMs) };
  },
  async poll(upstreamId, _request, ctx) {
    return outcomeOf(await RunwayClient.fromSettings(ctx.settings.runway).task(upstreamId, ctx.signal), ctx);
  },
  async cancel(upstreamId, ctx) {
    try {
      await RunwayClient.fromSettings(ctx.settings.runway).deleteTask(upstreamId, ctx.signal);
    } catch (error) {
      // Already gone upstream: nothing left to cancel.
      if ((error as { status?: number }).status === 404) return;
      throw error;
    }
  },
  result(assets) {
    return { output: assets.map(assetRef) };
  },
};

function runwayJob<Body, E extends RunwayEndpoint>(
  key: string,
  prepare: (body: Body, ctx: PrepareContext) => Promise<RunwayJobRequest<E>>,
): JobSpec<Body, RunwayJobRequest<E>, RunwaySettings> {
  return { key, statusPath: runwayStatusPath, prepare, adapter: runwayAdapter as JobAdapter<RunwayJobRequest<E>, RunwaySettings>, sync: () => false };
}

// ---------------------------------------------------------------------------------------------
// The operations.

type GenerateImageBody = Validated<typeof RunwayGenerateImageRequest>;

/** POST /v1/text_to_image {model, promptText, ratio, referenceImages?, seed?, contentModeration?}. */
export const generateImage = runwayJob('runway.generate-image', async (body: GenerateImageBody, ctx) => {
  const problems = new Problems();
  const model = body.model ?? 'gen4_image';
  const references = body.reference_images_url ?? [];
  checkPrompt(problems, body.prompt);
  // gen4_image_turbo: "An array of one to three images to be used as references" — required (SDK Gen4ImageTurbo.referenceImages).
  if (model === 'gen4_image_turbo' && references.length === 0) {
    problems.add(['reference_images_url'], "Runway's gen4_image_turbo needs 1 to 3 reference images; send reference_images_url or use gen4_image", 'missing');
  }
  references.forEach((ref, i) => {
    if (ref.tag != null && !TAG.test(ref.tag)) {
      problems.add(
        ['reference_images_url', i, 'tag'],
        'Runway tags are 3-16 characters: a letter first, then letters, digits or underscores (no hyphens or other punctuation)',
        'string_pattern_mismatch',
      );
    }
  });
  problems.throwIfAny();
  const referenceImages = await Promise.all(
    references.map(async (ref, i) => ({
      uri: await mediaInput(ctx, ref.uri, 'image', ['body', 'reference_images_url', i, 'uri']),
      ...(ref.tag ? { tag: ref.tag } : {}),
    })),
  );
  const common = {
    promptText: body.prompt,
    ratio: body.aspect_ratio ?? '1920:1080',
    ...seedOf(body.seed),
    ...contentModeration(body.content_moderation),
  };
  return {
    endpoint: '/v1/text_to_image' as const,
    body: model === 'gen4_image_turbo' ? { model, ...common, referenceImages } : { model, ...common, ...(referenceImages.length > 0 ? { referenceImages } : {}) },
  };
});

type TextToVideoBody = Validated<typeof RunwayGenerateVideoFromTextRequest>;

/**
 * POST /v1/text_to_video {model, promptText, ratio, duration, seed?}. The reference's only model,
 * `veo3`, is no longer accepted by text_to_video (present in sdk-node 4.12.0, 2026-07-23; gone from
 * 4.20.1): it is sent as `veo3.1`, Runway's current Veo 3 model, which takes the same ratios
 * (1280:720, 720:1280), the 8-second duration and a seed (SDK 4.20.1 TextToVideoCreateParams.Veo3_1).
 */
export const generateVideoFromText = runwayJob('runway.generate-video-from-text', async (body: TextToVideoBody) => {
  const problems = new Problems();
  checkPrompt(problems, body.prompt);
  problems.throwIfAny();
  return {
    endpoint: '/v1/text_to_video' as const,
    body: { model: 'veo3.1', promptText: body.prompt, ratio: body.aspect_ratio ?? '1280:720', duration: 8 as const, ...seedOf(body.seed) },
  };
});

type ImageToVideoBody = Validated<typeof RunwayGenerateVideoFromImageRequest>;

/** image_to_video per reference model: what Runway accepts today, or why the model cannot be used. */
const IMAGE_TO_VIDEO_MODELS: Record<
  NonNullable<ImageToVideoBody['model']>,
  { ratios: string[]; durations: (d: number) => boolean; durationRule: string; contentModeration: boolean; retired?: string }
> = {
  // SDK 4.20.1 ImageToVideoCreateParams.Gen4Turbo: "duration?: number" (2–10 s, docs), ratio as GEN4_VIDEO_RATIOS.
  gen4_turbo: { ratios: GEN4_VIDEO_RATIOS, durations: (d) => d >= 2 && d <= 10, durationRule: '2 to 10 seconds', contentModeration: true },
  // Removed from the SDK's image_to_video in 4.0.0 (sdk-node 72f96f2, 2026-06-10): Runway no longer offers it.
  gen3a_turbo: {
    ratios: ['1280:768', '768:1280'],
    durations: (d) => d === 5 || d === 10,
    durationRule: '5 or 10 seconds',
    contentModeration: true,
    retired: 'Runway no longer offers gen3a_turbo (removed from its API and SDK in 2026); use gen4_turbo',
  },
  // Veo 3 makes 8-second videos only (sdk-node 4.12.0 Veo3.duration: 8), which the reference's 5 | 10 cannot express;
  // Veo models take no contentModeration.
  veo3: { ratios: VEO_RATIOS, durations: (d) => d === 8, durationRule: '8 seconds only', contentModeration: false },
};

/** POST /v1/image_to_video {model, promptImage, promptText, ratio, duration, seed?, contentModeration?}. */
export const generateVideoFromImage = runwayJob('runway.generate-video-from-image', async (body: ImageToVideoBody, ctx) => {
  const problems = new Problems();
  const model = body.model ?? 'gen4_turbo';
  const rules = IMAGE_TO_VIDEO_MODELS[model];
  const ratio = body.aspect_ratio ?? '1280:720';
  const duration = body.duration ?? 10;
  checkPrompt(problems, body.prompt);
  if (rules.retired) {
    problems.add(['model'], rules.retired, 'enum');
  } else {
    checkRatio(problems, model, ratio, rules.ratios);
    if (!rules.durations(duration)) {
      problems.add(
        ['duration'],
        `Runway's ${model} makes videos of ${rules.durationRule}; ${duration} is not possible${model === 'veo3' ? ' (the reference offers only 5 or 10, so use gen4_turbo)' : ''}`,
        'enum',
      );
    }
    if (!rules.contentModeration && body.content_moderation) {
      problems.add(['content_moderation'], `Runway's ${model} takes no content_moderation settings (only gen4_turbo does)`, 'extra_forbidden');
    }
  }
  // promptImage is required upstream (SDK Gen4Turbo.promptImage), though optional in the reference.
  if (!body.image_url) problems.add(['image_url'], "Runway's image_to_video needs a first-frame image: send image_url (an https URL or a data URI)", 'missing');
  problems.throwIfAny();
  const promptImage = await mediaInput(ctx, body.image_url!, 'image', ['body', 'image_url']);
  return {
    endpoint: '/v1/image_to_video' as const,
    body: {
      // Only gen4_turbo passes the checks above: gen3a_turbo is retired and veo3 cannot make 5 or 10 s.
      model: 'gen4_turbo' as const,
      promptImage,
      promptText: body.prompt,
      ratio: ratio as RunwayML.ImageToVideoCreateParams.Gen4Turbo['ratio'],
      duration,
      ...seedOf(body.seed),
      ...contentModeration(body.content_moderation),
    },
  };
});

type MotionBody = Validated<typeof RunwayGenerateVideoFromMotionRequest>;

/**
 * POST /v1/character_performance {model: "act_two", character: {type, uri}, reference: {type: "video", uri},
 * ratio, bodyControl, expressionIntensity, seed?, contentModeration?} (SDK CharacterPerformanceCreateParams).
 * The reference video must last 3–30 s; Runway checks that when it reads the video.
 */
export const generateVideoFromMotion = runwayJob('runway.generate-video-from-motion', async (body: MotionBody, ctx) => {
  const problems = new Problems();
  const ratio = body.aspect_ratio ?? '1280:720';
  checkRatio(problems, 'act_two', ratio, GEN4_VIDEO_RATIOS);
  problems.throwIfAny();
  const [characterUri, referenceUri] = await Promise.all([
    mediaInput(ctx, body.character.uri, body.character.type, ['body', 'character', 'uri']),
    mediaInput(ctx, body.reference_url, 'video', ['body', 'reference_url'], { minSeconds: 3, maxSeconds: 30 }),
  ]);
  return {
    endpoint: '/v1/character_performance' as const,
    body: {
      model: 'act_two' as const,
      character: { type: body.character.type, uri: characterUri },
      reference: { type: 'video' as const, uri: referenceUri },
      ratio: ratio as NonNullable<RunwayCreateParams['/v1/character_performance']['ratio']>,
      bodyControl: body.body_control ?? true,
      expressionIntensity: body.expression_intensity ?? 3,
      ...seedOf(body.seed),
      ...contentModeration(body.content_moderation),
    },
  };
});

type VideoToVideoBody = Validated<typeof RunwayGenerateVideoFromVideoRequest>;

/**
 * POST /v1/video_to_video. The reference describes gen4_aleph {videoUri, promptText, ratio,
 * references: [{type: "image", uri}]}; Runway replaced it with `aleph2` (sdk-node 4.0.0 dropped
 * Gen4Aleph, 2026-06-10), which has no `references` but "timed guidance images placed at specific
 * points in the input video" (`keyframes`). The style reference becomes the keyframe at the start
 * of the video ({at: 0, uri}). `ratio` was already deprecated and ignored for gen4_aleph (the output
 * follows the input video) and is deprecated for aleph2, so it is checked against gen4_aleph's list
 * and not sent.
 */
export const generateVideoFromVideo = runwayJob('runway.generate-video-from-video', async (body: VideoToVideoBody, ctx) => {
  const problems = new Problems();
  checkPrompt(problems, body.prompt);
  checkRatio(problems, 'gen4_aleph', body.aspect_ratio ?? '1280:720', ALEPH_RATIOS);
  problems.throwIfAny();
  const [videoUri, referenceUri] = await Promise.all([
    mediaInput(ctx, body.video_uri, 'video', ['body', 'video_uri']),
    mediaInput(ctx, body.reference_image_url, 'image', ['body', 'reference_image_url']),
  ]);
  return {
    endpoint: '/v1/video_to_video' as const,
    body: {
      model: 'aleph2' as const,
      videoUri,
      promptText: body.prompt,
      keyframes: [{ at: 0, uri: referenceUri }],
      ...seedOf(body.seed),
      ...contentModeration(body.content_moderation),
    },
  };
});

/**
 * POST /v1/video_upscale. The reference's upscaler was `upscale_v1` (4×, up to 4K); Runway sunset
 * that endpoint (SDK 3.12.0, 2026-01-17) and brought /v1/video_upscale back with the model
 * `magnific_video_upscaler_creative` (SDK 4.4.0, 2026-06-26), whose other fields are optional:
 * they are left at Runway's defaults (resolution 2k).
 */
export const videoUpscale = runwayJob('runway.video-upscale', async (body: Validated<typeof RunwayVideoUpscaleRequest>, ctx) => ({
  endpoint: '/v1/video_upscale' as const,
  body: { model: 'magnific_video_upscaler_creative' as const, videoUri: await mediaInput(ctx, body.video_url, 'video', ['body', 'video_url'], UPSCALE_LIMITS) },
}));

type TextToSpeechBody = Validated<typeof RunwayTextToSpeechRequest>;

/** POST /v1/text_to_speech {model: "eleven_multilingual_v2", promptText, voice: {type: "runway-preset", presetId}}. */
export const textToSpeech = runwayJob('runway.text-to-speech', async (body: TextToSpeechBody) => {
  const problems = new Problems();
  checkPrompt(problems, body.prompt);
  const presetId = body.voice.preset_id;
  if (!(RUNWAY_VOICE_PRESETS as readonly string[]).includes(presetId)) {
    problems.add(['voice', 'preset_id'], `Runway has no voice preset "${presetId}"; use one of ${RUNWAY_VOICE_PRESETS.join(', ')}`, 'enum');
  }
  problems.throwIfAny();
  return {
    endpoint: '/v1/text_to_speech' as const,
    body: {
      model: 'eleven_multilingual_v2' as const,
      promptText: body.prompt,
      voice: { type: 'runway-preset' as const, presetId: presetId as (typeof RUNWAY_VOICE_PRESETS)[number] },
    },
  };
});
