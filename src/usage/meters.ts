// How each job operation is billed: the provider's billing unit, the model it is priced under,
// and how many units a job asks for (before it runs: the budget's estimate) or used (once it
// ended). One entry per job operation key; test/usage.test.ts checks that every operation has
// one and that pricing/prices.json lists every (provider, model, unit) it can produce.

import { GPT_IMAGE_MODEL_NAMES, referenceModel } from '../providers/openai/client.js';
import { GEMINI_IMAGE_MODEL, RETIRED_GEMINI_IMAGE_MODELS } from '../providers/google/models.js';

/** The providers' own billing units. */
export type Unit = 'image' | 'video_second' | 'character' | 'request' | 'input_text_token' | 'input_image_token' | 'output_image_token';

/** What a job that succeeded produced, as the meters need it (a job that did not costs nothing). */
export interface Finish {
  /** Outputs kept (images, videos). */
  outputs: number;
  /** The provider's own usage figures, when it reports them (e.g. OpenAI's tokens). */
  providerUsage?: Record<string, unknown>;
  /**
   * The model that made the outputs, as the job's result names it: the one asked for, or the one
   * that served in its place (core/upstream.ts withModelFallback; Gemini for a switched-off Imagen).
   */
  model?: string;
}

export interface Measured {
  model: string;
  /** null quantity = the gateway cannot tell (e.g. the length of a video only the provider read). */
  units: Partial<Record<Unit, number | null>>;
}

export interface Meter {
  /** Every model this operation can be priced under. */
  models: readonly string[];
  units: readonly Unit[];
  /** Units asked for (no `finish`: the estimate) or used (with it). */
  measure(request: any, finish?: Finish): Measured;
}

type Request = Record<string, any>;

/** Images asked for, whichever field the stored request names the count with. */
function requestedImages(request: Request): number {
  for (const value of [request.num_results, request.number_of_images, request.n, request.body?.numVariations]) {
    if (typeof value === 'number' && value > 0) return value;
  }
  return 1;
}

/** Priced per image made: asked for before it runs, kept once it ended. */
function perImage(models: readonly string[], model: (request: Request) => string = () => models[0]): Meter {
  return {
    models,
    units: ['image'],
    measure: (request, finish) => ({ model: model(request), units: { image: finish ? finish.outputs : requestedImages(request) } }),
  };
}

/** Priced per second of video whose length the gateway does not learn (the input video's). */
function perUnknownSecond(model: string): Meter {
  return { models: [model], units: ['video_second'], measure: () => ({ model, units: { video_second: null } }) };
}

// ---- BRIA: one price per endpoint ----------------------------------------------------------

const bria = (model: string) => perImage([model]);

const BRIA: Record<string, Meter> = {
  'bria.generate-image': bria('text-to-image-base'),
  'bria.generate-image-fast': bria('text-to-image-fast'),
  'bria.generate-image-hd': bria('text-to-image-hd'),
  'bria.generate-vector-base': bria('text-to-vector-base'),
  'bria.generate-vector-fast': bria('text-to-vector-fast'),
  'bria.enhance-prompt': { models: ['enhance-prompt'], units: ['request'], measure: () => ({ model: 'enhance-prompt', units: { request: 1 } }) },
  'bria.video-remove-background': perUnknownSecond('video-remove-background'),
  'bria-lora.generate-image': bria('tailored-generation'),
  'bria-lora.generate-vector': bria('tailored-vector'),
};
for (const name of [
  'generate-variation',
  'get-masks',
  'remove-background',
  'product-cutout',
  'crop-foreground',
  'erase',
  'erase-foreground',
  'inpaint',
  'expand-image',
  'blur-background',
  'generate-solid-background',
  'generate-background',
  'generate-product-shadow',
  'generate-product-background-by-text',
  'generate-product-background-by-image',
  'enhance-image',
  'upscale-image',
]) {
  BRIA[`bria.${name}`] = bria(name);
}

// ---- Google --------------------------------------------------------------------------------

const IMAGEN_MODELS = ['imagen-4.0-generate-001', 'imagen-4.0-ultra-generate-001', 'imagen-4.0-fast-generate-001'];
const IMAGEN_CAPABILITY = perImage(['imagen-3.0-capability-001']);
const GEMINI_IMAGE = perImage([GEMINI_IMAGE_MODEL, ...Object.keys(RETIRED_GEMINI_IMAGE_MODELS)], (r) => r.model);
const VEO_MODELS = ['veo-3.1-generate-001', 'veo-3.1-fast-generate-001'];

const GOOGLE: Record<string, Meter> = {
  'google.imagen.generate-image': perImage(IMAGEN_MODELS, (r) => r.model),
  'google.imagen.generate-with-image-guidance': IMAGEN_CAPABILITY,
  'google.imagen.generate-variation': IMAGEN_CAPABILITY,
  'google.imagen.inpaint': IMAGEN_CAPABILITY,
  'google.imagen.expand-image': IMAGEN_CAPABILITY,
  'google.imagen.generate-background': IMAGEN_CAPABILITY,
  'google.gemini.generate-image': GEMINI_IMAGE,
  'google.gemini.generate-image-sequence': GEMINI_IMAGE,
  'google.gemini.edit-image': GEMINI_IMAGE,
  'google.veo.generate-video': {
    models: VEO_MODELS,
    units: ['video_second'],
    measure: (r) => ({ model: r.model, units: { video_second: r.duration_seconds } }),
  },
};

// ---- OpenAI GPT Image: billed in tokens, which OpenAI reports in `usage` ---------------------

/**
 * Output tokens per image by quality and size, OpenAI's image generation guide ("Cost and
 * latency"); `auto` is counted as high (the most it can cost).
 */
const OUTPUT_TOKENS: Record<string, Record<string, number>> = {
  low: { '1024x1024': 272, '1024x1536': 408, '1536x1024': 400 },
  medium: { '1024x1024': 1056, '1024x1536': 1584, '1536x1024': 1568 },
  high: { '1024x1024': 4160, '1024x1536': 6240, '1536x1024': 6208 },
};

/**
 * A custom size (gpt-image-2 and later) is counted in proportion to its pixels against 1024²;
 * `xhigh` and `max` (2.5 models) have no published counts and are held at twice `high`.
 */
function estimatedOutputTokens(r: Request): number {
  const aboveHigh = r.quality === 'xhigh' || r.quality === 'max';
  const table = OUTPUT_TOKENS[aboveHigh ? 'high' : r.quality] ?? OUTPUT_TOKENS.high;
  const factor = aboveHigh ? 2 : 1;
  const listed = table[r.size];
  if (listed !== undefined) return listed * factor;
  const custom = /^(\d+)x(\d+)$/.exec(String(r.size ?? ''));
  const pixels = custom ? Number(custom[1]) * Number(custom[2]) : 1024 * 1536;
  return Math.ceil((table['1024x1024'] * pixels) / (1024 * 1024)) * factor;
}

const gptImage: Meter = {
  models: GPT_IMAGE_MODEL_NAMES,
  units: ['input_text_token', 'input_image_token', 'output_image_token'],
  measure(r, finish) {
    const model = r.model ?? referenceModel(r.background);
    const usage = finish?.providerUsage as { input_tokens_details?: { text_tokens?: number; image_tokens?: number }; output_tokens?: number } | undefined;
    if (typeof usage?.output_tokens === 'number') {
      return {
        model,
        units: {
          input_text_token: usage.input_tokens_details?.text_tokens ?? 0,
          input_image_token: usage.input_tokens_details?.image_tokens ?? 0,
          output_image_token: usage.output_tokens,
        },
      };
    }
    // Before the call (or when OpenAI did not report): the prompt at ~4 characters a token,
    // the output by OpenAI's table; the tokens of input images are not known in advance.
    const images = finish ? finish.outputs : (r.n ?? 1);
    return {
      model,
      units: {
        input_text_token: Math.ceil(String(r.prompt ?? '').length / 4),
        input_image_token: r.images?.length ? null : 0,
        output_image_token: images * estimatedOutputTokens(r),
      },
    };
  },
};

const OPENAI: Record<string, Meter> = {
  'openai.generate-image': gptImage,
  'openai.edit-image': gptImage,
  'openai.inpaint': gptImage,
};

// ---- Firefly: per image, by model version (fill, expand and object-composite have none) ------

const FIREFLY_VERSIONS = ['image3', 'image4_standard', 'image4_ultra', 'image3_custom', 'image4_custom'];

const FIREFLY: Record<string, Meter> = {
  'firefly.generate-image': perImage(FIREFLY_VERSIONS, (r) => r.modelVersion ?? 'image3'),
  'firefly.generate-variation': perImage(FIREFLY_VERSIONS, (r) => r.modelVersion ?? 'image3'),
  'firefly.generate-product-background': perImage(['object-composite']),
  'firefly.expand-image': perImage(['expand']),
  'firefly.inpaint': perImage(['fill']),
};

// ---- Runway: credits per image, per second of video, per character of speech -----------------

const runwayVideo = (models: string[]): Meter => ({
  models,
  units: ['video_second'],
  measure: (r) => ({ model: r.body.model, units: { video_second: r.body.duration } }),
});

const RUNWAY: Record<string, Meter> = {
  'runway.generate-image': perImage(['gen4_image', 'gen4_image_turbo'], (r) => r.body.model),
  'runway.generate-video-from-text': runwayVideo(['veo3.1']),
  'runway.generate-video-from-image': runwayVideo(['gen4_turbo']),
  // Billed by the length of the caller's input video, which Runway reads and the gateway does not.
  'runway.generate-video-from-motion': perUnknownSecond('act_two'),
  'runway.generate-video-from-video': perUnknownSecond('aleph2'),
  'runway.video-upscale': perUnknownSecond('magnific_video_upscaler_creative'),
  'runway.text-to-speech': {
    models: ['eleven_multilingual_v2'],
    units: ['character'],
    measure: (r) => ({ model: r.body.model, units: { character: String(r.body.promptText).length } }),
  },
};

export const METERS: Record<string, Meter> = { ...BRIA, ...GOOGLE, ...OPENAI, ...FIREFLY, ...RUNWAY };
