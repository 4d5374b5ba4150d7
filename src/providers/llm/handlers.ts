// The LLM operations (prompt writing, image and video captioning) as direct handlers, not jobs.
//
// Why direct: each is one short synchronous upstream call whose whole result is a few hundred
// bytes of JSON, with no media output to store and no upstream job to poll or cancel; the
// reference answers them inline. A job would add a database write, a queue hop and a polling
// wait to every call (and a `sync` choice the reference does not have) to protect work that
// costs one retry to redo. Durability buys nothing here: a call lost with its process is simply
// sent again by the caller. Failures keep the gateway's shapes: bad input 422, missing
// credentials 503 naming the variable; upstream failures are thrown as UpstreamError and
// answered by the one shared mapping (core/errors.ts upstreamHttpError: 429 with Retry-After,
// 504 on timeout, 422 for input the provider refused, 502 otherwise, {detail, provider, code,
// upstream_status}).
import sharp from 'sharp';
import type { TObject } from '@sinclair/typebox';
import type { NormalizedMedia } from '../../core/media.js';
import type { TypedHandler, Validated } from '../../core/operation.js';
import { RequestValidationError } from '../../core/validation.js';
import { backendFor, isConfigured, structured, type LlmPart, type LlmProviderName, type LlmSettings } from './client.js';
import {
  frameLabel,
  IMAGE_CAPTION_SYSTEM,
  imageCaptionUser,
  PROMPT_SYSTEM,
  promptUser,
  VIDEO_CAPTION_SYSTEM,
  videoCaptionUser,
  type PromptBodies,
  type PromptPurpose,
  type VideoCaptionMode,
} from './prompts.js';
import { CaptionOutput, PromptOutput, segmentsOutput, tagsOutput } from './structured.js';
import { withVideoFile } from '../../core/video.js';
import type { ImageCaptionRequest, VideoCaptionRequest } from './schemas.js';
import { frameCount, sampleFrames } from './video.js';

/** Whole-call deadline (the gateway closes requests after 120 s). */
const DEADLINE_MS = 100_000;
/** Gemini API inline data limit per request ("use inline data for files under 20 MB" — ai.google.dev, video understanding). */
const GEMINI_INLINE_VIDEO_BYTES = 20 * 1024 * 1024;
/** Captioning does not need more pixels than this; larger images are scaled down before sending. */
const MAX_IMAGE_SIDE = 2048;
/** Temperature for captions (the reference has no field for it): close to deterministic. */
const CAPTION_TEMPERATURE = 0.2;

const providerOf = (body: { model_provider?: string }): LlmProviderName => (body.model_provider === 'gemini' ? 'gemini' : 'openai');

// ---- prompts ---------------------------------------------------------------------------------

/** The caller's texts a prompt answer repeats in its metadata, those its body has. */
type PromptInputs = Partial<Record<'prompt' | 'subject' | 'audience' | 'location', string>>;

/** One of the six /api/v1/prompt/... operations, its body typed from that operation's schema. */
export function promptHandler<P extends PromptPurpose>(purpose: P): TypedHandler<PromptBodies[P], LlmSettings> {
  return async (request, _reply, ctx) => {
    // Fastify's body type does not resolve for a generic P; the route validated it as PromptBodies[P].
    const typed = request.body as PromptBodies[P];
    const body: PromptInputs & { temperature?: number; model_provider?: LlmProviderName } = typed;
    const provider = providerOf(body);
    const backend = backendFor(provider, ctx.settings);
    const temperature = body.temperature ?? 0.7;
    const out = await structured(
      backend,
      {
        name: purpose,
        system: PROMPT_SYSTEM[purpose],
        parts: [{ kind: 'text', text: promptUser[purpose](typed) }],
        schema: PromptOutput,
        temperature,
        signal: AbortSignal.timeout(DEADLINE_MS),
        check: (value) => (value.prompt.trim().length < 3 ? 'the prompt is empty' : undefined),
      },
      ctx.guarded,
    );
    const inputs = Object.fromEntries(
      (['prompt', 'subject', 'audience', 'location'] as const).filter((k) => body[k] !== undefined).map((k) => [k === 'prompt' ? 'original_prompt' : k, body[k]]),
    );
    return {
      status: 'success',
      result: {
        prompt: out.value.prompt.trim(),
        metadata: { ...inputs, model_provider: provider, model: out.model, temperature },
      },
    };
  };
}

// ---- image captions --------------------------------------------------------------------------

type ImageCaptionBody = Validated<typeof ImageCaptionRequest>;

/** The image as the models take it: PNG/JPEG/WEBP, at most MAX_IMAGE_SIDE on its longer side. */
async function imagePart(media: NormalizedMedia): Promise<LlmPart> {
  if ((media.width ?? 0) <= MAX_IMAGE_SIDE && (media.height ?? 0) <= MAX_IMAGE_SIDE) {
    return { kind: 'media', data: media.bytes, mimeType: media.mime };
  }
  const resized = sharp(media.bytes).rotate().resize(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE, { fit: 'inside' });
  const alpha = (await sharp(media.bytes).metadata()).hasAlpha;
  return alpha
    ? { kind: 'media', data: await resized.png().toBuffer(), mimeType: 'image/png' }
    : { kind: 'media', data: await resized.jpeg({ quality: 90 }).toBuffer(), mimeType: 'image/jpeg' };
}

/** Tags as returned, cleaned: trimmed, no duplicates, at most `count`. */
function cleanTags(tags: string[], count: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out.slice(0, count);
}

export const captionImage: TypedHandler<ImageCaptionBody, LlmSettings> = async (request, _reply, ctx) => {
  const body = request.body;
  const provider = providerOf(body);
  const backend = backendFor(provider, ctx.settings);
  const mode = body.mode ?? 'simple';
  const nbrTags = body.nbr_tags ?? 5;
  const possible = (body.possible_tags ?? []).map((t) => t.trim()).filter(Boolean);
  const media = await ctx.read(body.image_url, { kind: 'image', loc: ['body', 'image_url'] });
  const parts: LlmPart[] = [await imagePart(media), { kind: 'text', text: imageCaptionUser(mode, nbrTags, possible.length > 0 ? possible : null) }];
  const about = { mode, model_provider: provider, width: media.width, height: media.height };
  if (mode === 'image_tagging') {
    const out = await structured(
      backend,
      {
        name: 'image_tags',
        system: IMAGE_CAPTION_SYSTEM.image_tagging,
        parts,
        schema: tagsOutput(possible.length > 0 ? possible : null),
        temperature: CAPTION_TEMPERATURE,
        signal: AbortSignal.timeout(DEADLINE_MS),
        check: (value) => (cleanTags(value.tags as string[], nbrTags).length === 0 ? 'no tags' : undefined),
      },
      ctx.guarded,
    );
    return {
      status: 'success',
      result: {
        tags: cleanTags(out.value.tags as string[], nbrTags),
        metadata: { ...about, model: out.model, nbr_tags: nbrTags, ...(possible.length > 0 ? { possible_tags: possible } : {}) },
      },
    };
  }
  const out = await structured(
    backend,
    {
      name: 'image_caption',
      system: IMAGE_CAPTION_SYSTEM[mode],
      parts,
      schema: CaptionOutput,
      temperature: CAPTION_TEMPERATURE,
      signal: AbortSignal.timeout(DEADLINE_MS),
      check: (value) => (value.caption.trim() === '' ? 'the caption is empty' : undefined),
    },
    ctx.guarded,
  );
  return { status: 'success', result: { caption: out.value.caption.trim(), metadata: { ...about, model: out.model } } };
};

// ---- video captions --------------------------------------------------------------------------

type VideoCaptionBody = Validated<typeof VideoCaptionRequest>;

interface Segment {
  start_seconds: number;
  end_seconds: number;
  caption?: string;
  description?: string;
  tags?: string[];
}

/** "00:01:02.500" */
export function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = (ms % 60_000) / 1000;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${s.toFixed(3).padStart(6, '0')}`;
}

/** Segments within the video, in order, with readable timestamps next to the seconds. */
function cleanSegments(segments: Segment[], duration: number, nbrTags: number) {
  const round = (t: number) => Math.round(Math.min(Math.max(t, 0), duration) * 100) / 100;
  return segments
    .map((s) => ({ ...s, start_seconds: round(Math.min(s.start_seconds, s.end_seconds)), end_seconds: round(Math.max(s.start_seconds, s.end_seconds)) }))
    .filter((s) => s.start_seconds < duration || duration === 0)
    .sort((a, b) => a.start_seconds - b.start_seconds)
    .map((s) => ({
      start_seconds: s.start_seconds,
      end_seconds: s.end_seconds,
      start_time: timestamp(s.start_seconds),
      end_time: timestamp(s.end_seconds),
      ...(s.caption !== undefined ? { caption: s.caption.trim() } : {}),
      ...(s.description !== undefined ? { description: s.description.trim() } : {}),
      ...(s.tags !== undefined ? { tags: cleanTags(s.tags, nbrTags) } : {}),
    }));
}

function videoSchema(mode: VideoCaptionMode, provider: LlmProviderName, duration: number): TObject {
  const max = provider === 'gemini' ? Math.round(duration * 100) / 100 : undefined;
  switch (mode) {
    case 'tagging':
      return tagsOutput(null);
    case 'segment_timestamps':
      return segmentsOutput('caption', max);
    case 'segment_timestamps_descriptive':
      return segmentsOutput('description', max);
    case 'segment_timestamps_tags':
      return segmentsOutput('tags', max);
    default:
      return CaptionOutput;
  }
}

/** Gemini's names for the container types the gateway accepts. */
const GEMINI_VIDEO_TYPES: Record<string, string> = { 'video/mp4': 'video/mp4', 'video/webm': 'video/webm', 'video/quicktime': 'video/mov' };

/**
 * POST /api/v1/caption/video. The reference's body has no provider field and says it captions
 * "using Google Gemini": Gemini is used when GEMINI_API_KEY is set (the video itself, inline,
 * when under 20 MB; else frames), otherwise OpenAI with frames sampled by ffmpeg (OpenAI's
 * chat models take images, not video). Timestamps in segment modes are seconds from the start.
 */
export const captionVideo: TypedHandler<VideoCaptionBody, LlmSettings> = async (request, _reply, ctx) => {
  const body = request.body;
  const provider: LlmProviderName = isConfigured('gemini', ctx.settings) ? 'gemini' : 'openai';
  const backend = backendFor(provider, ctx.settings);
  const mode = body.mode ?? 'simple';
  const nbrTags = body.nbr_tags ?? 5;
  const signal = AbortSignal.timeout(DEADLINE_MS);
  // Read, owner-checked when it is an asset, and probed (a video stream ffmpeg can read, its duration).
  const media = await ctx.read(body.video_url, { kind: 'video', loc: ['body', 'video_url'] });
  const duration = media.video!.durationSeconds;
  const unreadable = () => new RequestValidationError([{ loc: ['body', 'video_url'], msg: 'the video could not be decoded: no readable video stream', type: 'value_error' }]);

  const { parts, input } = await withVideoFile(media.bytes, media.ext, async (file) => {
    if (provider === 'gemini' && media.bytes.length <= GEMINI_INLINE_VIDEO_BYTES && GEMINI_VIDEO_TYPES[media.mime]) {
      const parts: LlmPart[] = [
        { kind: 'media', data: media.bytes, mimeType: GEMINI_VIDEO_TYPES[media.mime] },
        { kind: 'text', text: videoCaptionUser(mode, nbrTags, duration, false) },
      ];
      return { parts, input: 'video' as const };
    }
    const frames = await sampleFrames(file, duration, frameCount(duration), signal);
    if (frames.length === 0) throw unreadable();
    const parts: LlmPart[] = [{ kind: 'text', text: videoCaptionUser(mode, nbrTags, duration, true) }];
    frames.forEach((frame, i) => {
      parts.push({ kind: 'text', text: frameLabel(i, frame.seconds) });
      parts.push({ kind: 'media', data: frame.jpeg, mimeType: 'image/jpeg', detail: 'low' });
    });
    return { parts, input: 'frames' as const };
  });

  const out = await structured(
    backend,
    {
      name: `video_${mode}`,
      system: VIDEO_CAPTION_SYSTEM[mode],
      parts,
      schema: videoSchema(mode, provider, duration),
      temperature: CAPTION_TEMPERATURE,
      signal,
      check: (value) => {
        const v = value as { caption?: string; tags?: string[]; segments?: Segment[] };
        if (v.caption !== undefined && v.caption.trim() === '') return 'the caption is empty';
        if (v.tags !== undefined && cleanTags(v.tags, nbrTags).length === 0) return 'no tags';
        if (v.segments !== undefined && cleanSegments(v.segments, duration, nbrTags).length === 0) return 'no segment within the video';
        return undefined;
      },
    },
    ctx.guarded,
  );
  const value = out.value as { caption?: string; tags?: string[]; segments?: Segment[] };
  const metadata = {
    mode,
    model_provider: provider,
    model: out.model,
    duration_seconds: Math.round(duration * 100) / 100,
    input,
    ...(input === 'frames' ? { frames: parts.filter((p) => p.kind === 'media').length } : {}),
    ...(mode === 'tagging' || mode === 'segment_timestamps_tags' ? { nbr_tags: nbrTags } : {}),
  };
  if (value.segments) return { status: 'success', result: { segments: cleanSegments(value.segments, duration, nbrTags), metadata } };
  if (value.tags) return { status: 'success', result: { tags: cleanTags(value.tags, nbrTags), metadata } };
  return { status: 'success', result: { caption: (value.caption ?? '').trim(), metadata } };
};
