// Which upstream model each reference value reaches. The reference contract keeps its model
// names (its enums must not change); Google retires model ids on a schedule, so the gateway
// maps a retired id to Google's documented replacement here, in one place. Each entry cites
// where Google announced it. Change this file (and the README table) when Google retires more.

/**
 * Imagen text-to-image. Google retired the `imagen-4.0-*-preview-06-06` ids on 2025-11-30 and
 * named the GA ids as their replacement (Vertex AI "Generative AI deprecations":
 * https://cloud.google.com/vertex-ai/generative-ai/docs/deprecations — "Imagen 4 preview
 * models … migrate to imagen-4.0-generate-001, imagen-4.0-ultra-generate-001,
 * imagen-4.0-fast-generate-001"). `imagen-3.0-generate-002` is listed as discontinued
 * (docs.cloud.google.com/vertex-ai/generative-ai/docs/image/set-output-resolution, caution
 * table); the nearest model on the same `:predict` protocol is Imagen 4 Standard.
 *
 * NOTE: the same caution table lists every Imagen id (the GA Imagen 4 ones included) as
 * discontinued with `gemini-2.5-flash-image` as the migration target, and Google's Firebase
 * Imagen migration page gives 2026-08-17 as the earliest shutdown on both backends, naming
 * gemini-3.1-flash-image (and gemini-3-pro-image for Ultra). Text-to-image, style and subject
 * guidance and background swap go there when Google answers 404 for the Imagen model
 * (geminiForImagen); inpainting, outpainting and controlled variation need a mask or a control
 * map Gemini does not take, and report that 404 as a 502 naming the model.
 */
export const IMAGEN_GENERATE_MODELS: Record<string, string> = {
  'imagen-3.0-generate-002': 'imagen-4.0-generate-001',
  'imagen-4.0-generate-preview-06-06': 'imagen-4.0-generate-001',
  'imagen-4.0-ultra-generate-preview-06-06': 'imagen-4.0-ultra-generate-001',
  'imagen-4.0-fast-generate-preview-06-06': 'imagen-4.0-fast-generate-001',
};

/** `use_fast_model: true` (the reference default) ignores `model_name` and uses this one. */
export const IMAGEN_FAST_MODEL = 'imagen-4.0-fast-generate-preview-06-06';

/** Imagen 4 Ultra makes one image per request (docs/provider-facts.md §5: "numberOfImages 1–4 (Ultra: 1)"). */
export const SINGLE_IMAGE_MODELS = new Set(['imagen-4.0-ultra-generate-001']);

/**
 * Imagen editing and customization (`models.editImage`): mask editing, outpainting, background
 * swap, controlled editing, style and subject references. js-genai's editImage example uses
 * this id; no later Imagen capability model exists (see the NOTE above).
 */
export const IMAGEN_CAPABILITY_MODEL = 'imagen-3.0-capability-001';

/**
 * Gemini native image generation ("Nano Banana"). The reference names Gemini 2.0 Flash
 * (`gemini-2.0-flash-preview-image-generation`, retired). Its GA successor
 * `gemini-2.5-flash-image` was shut down on 2026-10-02 (Gemini API "Deprecations",
 * https://ai.google.dev/gemini-api/docs/deprecations, naming gemini-3.1-flash-image-preview,
 * whose own replacement is the GA `gemini-3.1-flash-image`, released 2026-05-28; @google/genai
 * 3.3.0 lists it). Same generateContent protocol, image and text parts in, image parts out.
 */
export const GEMINI_IMAGE_MODEL = 'gemini-3.1-flash-image';

/**
 * The models a Gemini image job tries, in order, while the one before is unknown where the gateway
 * calls (withModelFallback): gemini-2.5-flash-image, shut down on the Gemini API, is what a
 * deployment or a compatible server older than its successor may still serve.
 */
export const geminiImageModels = (model: string): [string, ...string[]] => (model === GEMINI_IMAGE_MODEL ? [model, 'gemini-2.5-flash-image'] : [model]);

/**
 * The Gemini image models Imagen text-to-image goes to once Google no longer has its Imagen model
 * (Firebase "Migrate from Imagen": standard and fast → gemini-3.1-flash-image, Ultra →
 * gemini-3-pro-image), each followed by those it falls back to.
 */
export const geminiForImagen = (imagenModel: string): [string, ...string[]] =>
  SINGLE_IMAGE_MODELS.has(imagenModel) ? ['gemini-3-pro-image', ...geminiImageModels(GEMINI_IMAGE_MODEL)] : geminiImageModels(GEMINI_IMAGE_MODEL);

/** Gemini image models Google has shut down, with the date, for jobs and usage recorded with them. */
export const RETIRED_GEMINI_IMAGE_MODELS: Record<string, { on: string; use: string }> = {
  'gemini-2.5-flash-image': { on: '2026-10-02', use: GEMINI_IMAGE_MODEL },
};

export interface VeoTarget {
  /** The upstream model id. */
  model: string;
  /** Clip lengths it accepts, in seconds. */
  durations: readonly number[];
  /**
   * Veo 3 models make sound and Vertex wants `generateAudio` set for them ("generateAudio:
   * required in 3.0", (3p) @aj-archipelago/cortex pathways/video_veo.js); Veo 2 has no audio.
   */
  audio: boolean;
  /**
   * Veo 3.1 always rewrites prompts ("enhancePrompt: only true is supported", (3p) Veo 3.1
   * API mirrors at docs.jiekou.ai and docs.myrouter.ai), so the flag is not sent to it.
   */
  alwaysEnhances: boolean;
}

const VEO_3_1: VeoTarget = { model: 'veo-3.1-generate-001', durations: [4, 6, 8], audio: true, alwaysEnhances: true };
const VEO_3_1_FAST: VeoTarget = { model: 'veo-3.1-fast-generate-001', durations: [4, 6, 8], audio: true, alwaysEnhances: true };

/**
 * Veo. Vertex AI's Veo 2 and Veo 3 model pages (docs.cloud.google.com/gemini-enterprise-agent-
 * platform/models/veo/2-0-generate, …/3-0-generate) list veo-2.0-generate-001,
 * veo-3.0-generate-001 and veo-3.0-fast-generate-001 as discontinued (retirement date
 * 2026-06-30) with the migrations below, and the preview Veo endpoints as removed on
 * 2026-04-02 in favour of the GA ones. Durations: Veo 2 accepts 5–8 s, Veo 3/3.1 accept 4, 6
 * or 8 s (docs/provider-facts.md §5; Vertex AI Veo API reference `durationSeconds`).
 */
export const VEO_MODELS: Record<string, VeoTarget> = {
  'veo-2.0-generate-001': VEO_3_1,
  'veo-3.0-generate-001': VEO_3_1,
  'veo-3.0-fast-generate-001': VEO_3_1_FAST,
  'veo-3.1-generate-preview': VEO_3_1,
  'veo-3.1-fast-generate-preview': VEO_3_1_FAST,
};

/**
 * The clip length sent upstream for the reference's `duration`: the requested one when the
 * model makes it, else the shortest longer one it makes (the caller gets at least what they
 * asked for; the result reports the real length); none → the caller hears a 422.
 */
export function veoDuration(target: VeoTarget, requested: number): number | undefined {
  if (target.durations.includes(requested)) return requested;
  return [...target.durations].sort((a, b) => a - b).find((d) => d > requested);
}
