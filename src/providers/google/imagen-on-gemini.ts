// What the Imagen operations do once Google no longer has their Imagen model: Google ended every
// Imagen model (from 2026-08-17) and names Gemini image generation as their successor. Each is
// an Imagen adapter's `instead` (imagen.ts), called on Google's 404 for the model; Gemini is
// reached over Vertex AI, as Imagen was. The mask and control-map operations (inpaint, expand,
// variation) have no Gemini equivalent and have none.
import type { StepContext, StepOutcome } from '../../jobs/adapter.js';
import type { GoogleClient } from './client.js';
import { geminiInsteadOfImagen, type ImagenAsk } from './gemini.js';
import type { BackgroundRequest, GenerateImageRequest, GuidanceRequest } from './imagen.js';
import { geminiForImagen, IMAGEN_CAPABILITY_MODEL } from './models.js';

/**
 * An Imagen operation's images made by Gemini instead, once Google no longer has `imagenModel`
 * (its successor: geminiForImagen); the result says so, and that Gemini marks every image with
 * SynthID, whatever `add_watermark` asked.
 */
async function onGemini(ctx: StepContext, client: GoogleClient, imagenModel: string, ask: ImagenAsk): Promise<StepOutcome> {
  const outcome = await geminiInsteadOfImagen(ctx, client, geminiForImagen(imagenModel), ask);
  return outcome.kind === 'done' ? { ...outcome, data: { ...outcome.data, instead_of: imagenModel, synthid_watermark: true } } : outcome;
}

/**
 * Text to image, which Gemini takes all of but `add_watermark: false`: it marks every image with
 * SynthID (invisible, as Imagen's watermark is). The result says so.
 */
export function generateOnGemini(request: GenerateImageRequest, client: GoogleClient, ctx: StepContext): Promise<StepOutcome> {
  return onGemini(ctx, client, request.model, {
    prompt: request.prompt,
    aspectRatio: request.aspect_ratio ?? undefined,
    personGeneration: request.person_generation,
    safetyLevel: request.safety_filter_level,
    count: request.number_of_images,
  });
}

const SUBJECT_WORDS: Record<string, string> = {
  SUBJECT_TYPE_PERSON: 'person',
  SUBJECT_TYPE_ANIMAL: 'animal',
  SUBJECT_TYPE_PRODUCT: 'product',
  SUBJECT_TYPE_DEFAULT: 'subject',
};

/**
 * Style or subject references on Gemini, which takes reference images as parts of the request
 * (its image generation guide) and reads "image 1" where Imagen's prompt says [1].
 */
export function guidanceOnGemini(request: GuidanceRequest, client: GoogleClient, ctx: StepContext): Promise<StepOutcome> {
  const what = request.guidance_type === 'style' ? 'style' : (SUBJECT_WORDS[request.subject_type ?? 'SUBJECT_TYPE_DEFAULT'] ?? 'subject');
  const listed = request.references.map((r) => `image ${r.id}${r.description ? ` (${r.description})` : ''}`).join(' and ');
  const prompt =
    `${request.guidance_type === 'style' ? `Use the style of ${listed}` : `Feature the ${what} of ${listed}`}, the reference ` +
    `image${request.references.length > 1 ? 's' : ''} below. ${request.prompt.replace(/\[(\d)\]/g, '(image $1)')}`;
  return onGemini(ctx, client, IMAGEN_CAPABILITY_MODEL, {
    prompt,
    images: request.references.map((r) => r.image),
    aspectRatio: request.aspect_ratio ?? undefined,
    personGeneration: request.person_generation,
    safetyLevel: request.safety_filter_level,
    count: 1,
  });
}

/** Background swap: Gemini has no background mask, so it is asked in words to keep the subject and change the rest. */
export function backgroundOnGemini(request: BackgroundRequest, client: GoogleClient, ctx: StepContext): Promise<StepOutcome> {
  return onGemini(ctx, client, IMAGEN_CAPABILITY_MODEL, {
    prompt: `Keep the main subject of this image exactly as it is, in the same place and at the same size, and replace everything behind it with: ${request.prompt}`,
    images: [request.image],
    personGeneration: request.person_generation,
    safetyLevel: request.safety_filter_level,
    count: request.number_of_images,
    ...(request.seed !== null && request.seed !== undefined ? { seed: request.seed } : {}),
  });
}
