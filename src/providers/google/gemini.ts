// Gemini image operations (generateContent on the Gemini API or Vertex AI) as gateway jobs: the map
// from each reference body to the @google/genai call and from Google's answer to the caller's
// result. Gemini answers synchronously upstream, so each adapter finishes in `start`; a safety
// block (promptFeedback.blockReason, a SAFETY finish) ends the job with `content_moderation`,
// which the caller hears as a 422 naming Google's reason.
import type { Content, HarmBlockMethod, HarmBlockThreshold, HarmCategory, Part, SafetySetting } from '@google/genai';
import { assetRef } from '../../assets/assets.js';
import { defineJob, type Validated } from '../../core/operation.js';
import type { JobAdapter, StepContext, StepOutcome, UpstreamOutput } from '../../jobs/adapter.js';
import {
  genaiModule,
  GoogleClient,
  geminiApiConfigured,
  vertexConfigured,
  type Backend,
  type ContentResponse,
  type GenaiModule,
  type GoogleConfig,
  type GoogleSettings,
} from './client.js';
import { GEMINI_IMAGE_MODEL, geminiImageModels } from './models.js';
import type { GeminiEditImageRequest, GeminiGenerateImageRequest, GeminiGenerateImageSequenceRequest } from './schemas.js';
import { imageField, invalid, moderation, sdkEnum, sdkImage, waitForResult } from './shared.js';

const HARM_CATEGORY = sdkEnum<HarmCategory>([
  'HARM_CATEGORY_HATE_SPEECH',
  'HARM_CATEGORY_DANGEROUS_CONTENT',
  'HARM_CATEGORY_HARASSMENT',
  'HARM_CATEGORY_SEXUALLY_EXPLICIT',
  'HARM_CATEGORY_CIVIC_INTEGRITY',
]);
const HARM_THRESHOLD = sdkEnum<HarmBlockThreshold>(['BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE', 'OFF']);
const HARM_METHOD = sdkEnum<HarmBlockMethod>(['SEVERITY', 'PROBABILITY']);
/** The categories a threshold applies to when no (or the UNSPECIFIED) category is named. */
const ALL_HARM_CATEGORIES = ['HARM_CATEGORY_HATE_SPEECH', 'HARM_CATEGORY_DANGEROUS_CONTENT', 'HARM_CATEGORY_HARASSMENT', 'HARM_CATEGORY_SEXUALLY_EXPLICIT'];

/** Finish/block reasons that mean Google's content policy stopped the answer (js-genai FinishReason, BlockedReason). */
const POLICY_REASONS = new Set([
  'SAFETY',
  'IMAGE_SAFETY',
  'PROHIBITED_CONTENT',
  'IMAGE_PROHIBITED_CONTENT',
  'BLOCKLIST',
  'SPII',
  'RECITATION',
  'IMAGE_RECITATION',
  'JAILBREAK',
  'MODEL_ARMOR',
  'OTHER',
]);

interface SafetyFields {
  safety_method?: string | null;
  safety_category?: string | null;
  safety_threshold?: string | null;
}

const methodGiven = (body: SafetyFields) => Boolean(body.safety_method && body.safety_method !== 'HARM_BLOCK_METHOD_UNSPECIFIED');

/**
 * Which backend serves a Gemini request: the Gemini API when GEMINI_API_KEY is set, else
 * Vertex AI — unless the request needs Vertex (HarmBlockMethod and gs:// inputs exist there
 * only), then Vertex, or a 422 naming the conflict when it is not configured.
 */
function geminiBackend(google: GoogleConfig, needsVertex: { loc: (string | number)[]; why: string } | undefined): Backend {
  if (needsVertex) {
    if (vertexConfigured(google)) return 'vertex';
    throw invalid(
      needsVertex.loc,
      `${needsVertex.why} is supported only on Vertex AI, and this gateway reaches Gemini through the Gemini API (GEMINI_API_KEY); omit it, or configure Vertex AI (GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION)`,
    );
  }
  return geminiApiConfigured(google) ? 'gemini-api' : 'vertex';
}

/**
 * The reference's one category/threshold/method triple as Gemini `safetySettings`. A threshold
 * without a category (or with HARM_CATEGORY_UNSPECIFIED) applies to every category; the
 * UNSPECIFIED threshold and method mean "Google's default" and are not sent.
 */
function safetySettings(body: SafetyFields): SafetySetting[] | undefined {
  const threshold = body.safety_threshold && body.safety_threshold !== 'HARM_BLOCK_THRESHOLD_UNSPECIFIED' ? body.safety_threshold : undefined;
  const category = body.safety_category && body.safety_category !== 'HARM_CATEGORY_UNSPECIFIED' ? body.safety_category : undefined;
  if (!threshold) {
    if (category) throw invalid(['body', 'safety_threshold'], 'Field required when safety_category is set: a safety setting needs a threshold', 'missing');
    if (methodGiven(body)) throw invalid(['body', 'safety_threshold'], 'Field required when safety_method is set: a safety setting needs a threshold', 'missing');
    return undefined;
  }
  const method = methodGiven(body) ? HARM_METHOD[body.safety_method!] : undefined;
  return (category ? [category] : ALL_HARM_CATEGORIES).map((c) => ({
    category: HARM_CATEGORY[c],
    threshold: HARM_THRESHOLD[threshold],
    ...(method ? { method } : {}),
  }));
}

async function sdkPart(ctx: StepContext, ref: string): Promise<Part> {
  const image = await sdkImage(ctx, ref);
  return image.gcsUri ? { fileData: { fileUri: image.gcsUri, mimeType: image.mimeType } } : { inlineData: { data: image.imageBytes!, mimeType: image.mimeType } };
}

const geminiConfig = ({ Modality }: GenaiModule, safety: SafetySetting[] | undefined) => ({
  responseModalities: [Modality.TEXT, Modality.IMAGE],
  ...(safety ? { safetySettings: safety } : {}),
});

/** Why Gemini gave no answer, when its content policy is the reason. */
function geminiBlock(answer: ContentResponse): string | undefined {
  const feedback = answer.promptFeedback;
  if (feedback?.blockReason && feedback.blockReason !== 'BLOCKED_REASON_UNSPECIFIED') {
    return `Google blocked the prompt (${feedback.blockReason}${feedback.blockReasonMessage ? `: ${feedback.blockReasonMessage}` : ''})`;
  }
  const candidate = answer.candidates?.[0];
  if (candidate?.finishReason && POLICY_REASONS.has(candidate.finishReason)) {
    const hasImage = candidate.content?.parts?.some((p) => p.inlineData?.data && !p.thought);
    if (!hasImage) return `Google's safety filters blocked the answer (${candidate.finishReason}${candidate.finishMessage ? `: ${candidate.finishMessage}` : ''})`;
  }
  return undefined;
}

type SequenceItem = { type: 'text'; text: string } | { type: 'image'; output: number };

/** The answer's parts in order (thoughts left out): text, and images as outputs. */
function readParts(answer: ContentResponse, outputs: UpstreamOutput[]): SequenceItem[] {
  const items: SequenceItem[] = [];
  for (const part of answer.candidates?.[0]?.content?.parts ?? []) {
    if (part.thought) continue;
    if (part.inlineData?.data && part.inlineData.mimeType?.startsWith('image/')) {
      outputs.push({ data: Buffer.from(part.inlineData.data, 'base64'), contentType: part.inlineData.mimeType });
      items.push({ type: 'image', output: outputs.length - 1 });
    } else if (typeof part.text === 'string' && part.text.trim()) {
      items.push({ type: 'text', text: part.text });
    }
  }
  return items;
}

function noImage(answer: ContentResponse, text: string): StepOutcome {
  const reason = answer.candidates?.[0]?.finishReason;
  return {
    kind: 'failed',
    error: {
      code: 'no_image',
      message: `Gemini answered without an image${reason ? ` (finish reason ${reason})` : ''}${text ? `: "${text.slice(0, 300)}"` : ''}`,
    },
  };
}

const textOf = (items: SequenceItem[]) =>
  items
    .filter((i): i is { type: 'text'; text: string } => i.type === 'text')
    .map((i) => i.text)
    .join('\n')
    .trim();

interface GeminiRequest {
  backend: Backend;
  model: string;
  prompt: string;
  images: string[];
  safety: SafetySetting[] | null;
}

function geminiAdapter(shape: 'images' | 'sequence'): JobAdapter<GeminiRequest, GoogleSettings> {
  return {
    async start(request, ctx) {
      const parts: Part[] = [{ text: request.prompt }];
      for (const ref of request.images) parts.push(await sdkPart(ctx, ref));
      const { model, answer } = await new GoogleClient(ctx.settings.google, request.backend).generateContentWith(
        geminiImageModels(request.model),
        { contents: [{ role: 'user', parts }], config: geminiConfig(await genaiModule(), request.safety ?? undefined) },
        ctx.signal,
      );
      const blocked = geminiBlock(answer);
      if (blocked) return moderation(blocked);
      const outputs: UpstreamOutput[] = [];
      const items = readParts(answer, outputs);
      if (outputs.length === 0) return noImage(answer, textOf(items));
      const data = shape === 'sequence' ? { model, sequence: items } : { model, text: textOf(items) || null };
      return { kind: 'done', outputs, data };
    },
    async poll() {
      throw new Error('Gemini answers synchronously; there is nothing to poll');
    },
    result(assets, data) {
      if (shape === 'images') return { image_urls: assets.map(assetRef), ...data };
      const sequence = (data.sequence as SequenceItem[]).map((item) => (item.type === 'image' ? { type: 'image', image_url: assetRef(assets[item.output]) } : item));
      return { model: data.model, sequence, image_urls: assets.map(assetRef), text: textOf(data.sequence as SequenceItem[]) || null };
    },
  };
}

/** What an Imagen operation asks for, in Gemini's terms (geminiInsteadOfImagen). */
export interface ImagenAsk {
  /** The instruction, then any input images (`asset://` references), in the order the text names them. */
  prompt: string;
  images?: string[];
  /** Imagen's ratios (1:1, 3:4, 4:3, 9:16, 16:9) are all Gemini's too. */
  aspectRatio?: string;
  /** Imagen's person generation: DONT_ALLOW, ALLOW_ADULT or ALLOW_ALL. */
  personGeneration: string;
  /** Imagen's safety filter level, a threshold Gemini names the same way. */
  safetyLevel: string;
  count: number;
  seed?: number;
}

/**
 * Images on Gemini, one call per image: what an Imagen operation does once Google no longer has
 * its Imagen model (Google's Imagen migration guide: generateContent with a Gemini image model).
 * Imagen's settings map onto Gemini's own: aspect ratio and person generation (imageConfig), the
 * safety filter level as the threshold of every harm category, the seed.
 */
export async function geminiInsteadOfImagen(ctx: StepContext, client: GoogleClient, models: [string, ...string[]], ask: ImagenAsk): Promise<StepOutcome> {
  const genai = await genaiModule();
  const parts: Part[] = [{ text: ask.prompt }];
  for (const ref of ask.images ?? []) parts.push(await sdkPart(ctx, ref));
  const contents = [{ role: 'user', parts }];
  const config = {
    ...geminiConfig(
      genai,
      ALL_HARM_CATEGORIES.map((c) => ({ category: HARM_CATEGORY[c], threshold: HARM_THRESHOLD[ask.safetyLevel] })),
    ),
    imageConfig: {
      ...(ask.aspectRatio ? { aspectRatio: ask.aspectRatio } : {}),
      personGeneration: ask.personGeneration === 'DONT_ALLOW' ? 'ALLOW_NONE' : ask.personGeneration,
      outputMimeType: 'image/png',
    },
    ...(ask.seed === undefined ? {} : { seed: ask.seed }),
  };
  // The first call finds the model that serves; the others go to it.
  const first = await client.generateContentWith(models, { contents, config }, ctx.signal);
  const rest = await Promise.all(Array.from({ length: ask.count - 1 }, () => client.generateContent({ model: first.model, contents, config }, ctx.signal)));
  const outputs: UpstreamOutput[] = [];
  for (const answer of [first.answer, ...rest]) {
    const blocked = geminiBlock(answer);
    if (blocked) return moderation(blocked);
    const before = outputs.length;
    const items = readParts(answer, outputs);
    if (outputs.length === before) return noImage(answer, textOf(items));
  }
  return { kind: 'done', outputs, data: { model: first.model } };
}

type GeminiGenerateBody = Validated<typeof GeminiGenerateImageRequest>;

/** POST …/models/{GEMINI_IMAGE_MODEL}:generateContent {contents:[{parts:[{text}, {inlineData}…]}], generationConfig:{responseModalities:[TEXT, IMAGE]}, safetySettings}. */
export const geminiGenerateImage = defineJob<GeminiGenerateBody, GoogleSettings>()({
  key: 'google.gemini.generate-image',
  async prepare(body, ctx) {
    const urls = body.image_urls ?? [];
    const gcs = urls.findIndex((u) => u.trim().startsWith('gs://'));
    const backend = geminiBackend(
      ctx.settings.google,
      methodGiven(body)
        ? { loc: ['body', 'safety_method'], why: 'safety_method (HarmBlockMethod)' }
        : gcs >= 0
          ? { loc: ['body', 'image_urls', gcs], why: 'Reading gs:// URIs' }
          : undefined,
    );
    const safety = safetySettings(body) ?? null;
    const images: string[] = [];
    for (const [i, url] of urls.entries()) images.push(await imageField(ctx, url, ['body', 'image_urls', i], backend));
    return { backend, model: GEMINI_IMAGE_MODEL, prompt: body.prompt, images, safety };
  },
  sync: waitForResult,
  adapter: geminiAdapter('images'),
});

/** The same call; the answer's interleaved text and image parts are returned in order. */
export const geminiGenerateImageSequence = defineJob<Validated<typeof GeminiGenerateImageSequenceRequest>, GoogleSettings>()({
  key: 'google.gemini.generate-image-sequence',
  async prepare(body, ctx) {
    const backend = geminiBackend(ctx.settings.google, methodGiven(body) ? { loc: ['body', 'safety_method'], why: 'safety_method (HarmBlockMethod)' } : undefined);
    return { backend, model: GEMINI_IMAGE_MODEL, prompt: body.prompt, images: [], safety: safetySettings(body) ?? null };
  },
  sync: waitForResult,
  adapter: geminiAdapter('sequence'),
});

// -- edit-image -------------------------------------------------------------------------------

type EditBody = Validated<typeof GeminiEditImageRequest>;

/**
 * Gemini image editing: the source image and the instruction in one user turn. Multi-turn
 * (`edit_steps`, comma-separated) is one conversation: each step is a new user turn after the
 * model's previous answer (its image included), as Gemini's multi-turn editing guide does with
 * a chat. All steps run in one job step: an intermediate image is not kept between steps.
 */
export const geminiEditImage = defineJob<EditBody, GoogleSettings>()({
  key: 'google.gemini.edit-image',
  async prepare(body, ctx) {
    const hasPrompt = Boolean(body.edit_prompt);
    const hasSteps = body.edit_steps !== undefined && body.edit_steps !== null;
    if (hasPrompt && hasSteps) throw invalid(['body', 'edit_steps'], 'Provide either edit_prompt or edit_steps, not both');
    if (!hasPrompt && !hasSteps) throw invalid(['body', 'edit_prompt'], 'Field required: provide edit_prompt (one edit) or edit_steps (comma-separated edits)', 'missing');
    const steps = hasPrompt
      ? [body.edit_prompt!]
      : body
          .edit_steps!.split(',')
          .map((s) => s.trim())
          .filter(Boolean);
    if (steps.length === 0) throw invalid(['body', 'edit_steps'], 'edit_steps holds no edit: give comma-separated edit prompts');
    const gcs = body.image_url.trim().startsWith('gs://');
    const backend = geminiBackend(
      ctx.settings.google,
      methodGiven(body) ? { loc: ['body', 'safety_method'], why: 'safety_method (HarmBlockMethod)' } : gcs ? { loc: ['body', 'image_url'], why: 'Reading gs:// URIs' } : undefined,
    );
    const safety = safetySettings(body) ?? null;
    return {
      backend,
      model: GEMINI_IMAGE_MODEL,
      image: await imageField(ctx, body.image_url, ['body', 'image_url'], backend),
      steps,
      multi_turn: hasSteps,
      safety,
    };
  },
  sync: waitForResult,
  adapter: {
    async start(request, ctx) {
      const client = new GoogleClient(ctx.settings.google, request.backend);
      const history: Content[] = [];
      const outputs: UpstreamOutput[] = [];
      const steps: { prompt: string; outputs: number[]; text: string | null }[] = [];
      // The first step finds the model that serves; the conversation stays with it.
      let models = geminiImageModels(request.model);
      for (const [i, prompt] of request.steps.entries()) {
        const parts: Part[] = i === 0 ? [await sdkPart(ctx, request.image), { text: prompt }] : [{ text: prompt }];
        history.push({ role: 'user', parts });
        const { model, answer } = await client.generateContentWith(
          models,
          { contents: history, config: geminiConfig(await genaiModule(), request.safety ?? undefined) },
          ctx.signal,
        );
        models = [model];
        const blocked = geminiBlock(answer);
        if (blocked) return moderation(request.steps.length > 1 ? `step ${i + 1} ("${prompt}"): ${blocked}` : blocked);
        const before = outputs.length;
        const items = readParts(answer, outputs);
        if (outputs.length === before) {
          const failed = noImage(answer, textOf(items));
          if (failed.kind === 'failed' && request.steps.length > 1) failed.error.message = `step ${i + 1} ("${prompt}"): ${failed.error.message}`;
          return failed;
        }
        steps.push({ prompt, outputs: outputs.slice(before).map((_, k) => before + k), text: textOf(items) || null });
        // The model's turn as Google sent it (thought signatures included) carries the image on.
        const content = answer.candidates?.[0]?.content as Content | undefined;
        if (content) history.push({ ...content, role: 'model' });
      }
      return { kind: 'done', outputs, data: { model: models[0], multi_turn: request.multi_turn, steps } };
    },
    async poll() {
      throw new Error('Gemini answers synchronously; there is nothing to poll');
    },
    result(assets, data) {
      const steps = data.steps as { prompt: string; outputs: number[]; text: string | null }[];
      if (!data.multi_turn) return { model: data.model, image_urls: assets.map(assetRef), text: steps[0]?.text ?? null };
      return {
        model: data.model,
        image_urls: assets.map(assetRef),
        steps: steps.map((s, i) => ({ step: i + 1, prompt: s.prompt, image_urls: s.outputs.map((o) => assetRef(assets[o])), text: s.text })),
      };
    },
  },
});
