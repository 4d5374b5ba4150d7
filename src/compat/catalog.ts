// Every model the OpenAI-compatible API can route, `<provider>/<model>`, and how each OpenAI
// request becomes the body of one of the reference operations, whose job spec (prepare +
// adapter) then carries it out through the job engine like any other job. Model lists are
// read off the providers' own model enums and maps, so a model added there appears here.
import type { TSchema } from '@sinclair/typebox';
import { assetRef, type Asset } from '../assets/assets.js';
import { CustomModel, GPTImageQuality, ImageAspectRatio } from '../contract/components.js';
import { customSizeProblem, GPT_IMAGE_MODEL_NAMES, GPT_IMAGE_MODELS, STANDARD_SIZES, type GptImageModelSpec } from '../providers/openai/client.js';
import { SIZE_FOR_ASPECT } from '../providers/openai/jobs.js';
import { GEMINI_IMAGE_MODEL, IMAGEN_GENERATE_MODELS, RETIRED_GEMINI_IMAGE_MODELS, SINGLE_IMAGE_MODELS, VEO_MODELS } from '../providers/google/models.js';
import { BriaGenerateImageFastRequest, BriaGenerateImageHDRequest, BriaGenerateImageRequest } from '../providers/bria/schemas.js';
import { RunwayGenerateImageRequest, RunwayGenerateVideoFromImageRequest, RunwayTextToSpeechRequest } from '../providers/runway/schemas.js';
import { ImagenGenerateImageRequest } from '../providers/google/schemas.js';
import { badParam, OpenAIError } from './errors.js';
import { formatSize, nearest, sizeOf, type Size } from './sizes.js';

export type Capability = 'images.generations' | 'images.edits' | 'videos' | 'audio.speech';
export const CAPABILITIES: Capability[] = ['images.generations', 'images.edits', 'videos', 'audio.speech'];
export type CompatProvider = 'openai' | 'google' | 'bria' | 'firefly' | 'runway';

/**
 * An input file of an edit or a video, kept as the caller's asset: its `asset://` reference, which
 * the reference operations' media intake reads from the store (the bytes are stored once, and
 * never turned into a data URI and back).
 */
export interface InputFile {
  ref: string;
  assetId: string;
}

export const inputFileOf = (asset: Pick<Asset, 'id'>): InputFile => ({ ref: assetRef(asset), assetId: asset.id });

export interface ImageParams {
  prompt: string;
  n: number;
  size?: Size;
  quality?: string;
  background?: string;
  output_format?: string;
  /** 0–99 (100, the default, is never set): only where `options.output_compression`. */
  output_compression?: number;
  /** Edits: `high` (`low`, the default, is never set): only where `options.input_fidelity`. */
  input_fidelity?: 'high';
  /** Edits: the image(s), and the mask in OpenAI's form (transparent = change) and as black (keep) / white (change). */
  images?: InputFile[];
  mask?: InputFile;
  maskBlackWhite?: InputFile;
}

export interface VideoParams {
  prompt: string;
  seconds?: number;
  size?: Size;
  input_reference?: InputFile;
}

export interface SpeechParams {
  input: string;
  voice: string;
  response_format: string;
}

/** One OpenAI request as a reference operation: its path, its body and where the answer's facts come from. */
export interface Translation {
  path: string;
  body: Record<string, unknown>;
  /** Reference field → OpenAI parameter, so that a refusal names the caller's parameter. */
  params?: Record<string, string>;
  /** Set on the prepared body after the reference schema's check (values the provider takes but the reference cannot express). */
  override?: Record<string, unknown>;
  /**
   * Set on the job's stored request once its operation has prepared it: a choice the reference
   * operation leaves to the gateway (which OpenAI model), out of reach of reference callers.
   */
  jobRequest?: Record<string, unknown>;
  /** What the caller will get, for the video object (seconds, size). */
  reports?: { seconds?: number; size?: string };
}

export interface ModelEntry {
  id: string;
  provider: CompatProvider;
  /** The values OpenAI's options may take with this model (absent: only their default). */
  options?: { quality?: string[]; background?: string[]; output_format?: string[]; output_compression?: boolean; input_fidelity?: boolean };
  maxImages?: number;
  generate?: (p: ImageParams) => Translation;
  edit?: (p: ImageParams) => Translation;
  video?: (p: VideoParams) => Translation;
  speech?: (p: SpeechParams) => Translation;
}

export const capabilitiesOf = (model: ModelEntry): Capability[] =>
  [model.generate && 'images.generations', model.edit && 'images.edits', model.video && 'videos', model.speech && 'audio.speech'].filter(Boolean) as Capability[];

const enumOf = (schema: TSchema | undefined): string[] => {
  const s = schema as { enum?: string[]; const?: string; anyOf?: TSchema[] } | undefined;
  if (!s) return [];
  if (s.enum) return s.enum;
  if (s.const !== undefined) return [s.const];
  return (s.anyOf ?? []).flatMap(enumOf);
};
const propertyEnum = (schema: TSchema, name: string) => enumOf((schema as unknown as { properties: Record<string, TSchema> }).properties[name]);

const aspect = (size: Size | undefined, choices: readonly string[]) => (size ? nearest(size, choices) : undefined);
const only = (param: string, model: string, what: string) => badParam(param, `${model} ${what}`);
const oneImage = (model: string, n: number) => {
  if (n > 1) throw only('n', model, 'makes one image per request: send n=1');
};
const noMask = (model: string, p: ImageParams) => {
  if (p.mask) throw only('mask', model, 'edits without a mask: leave mask out, or use a model that takes one (GET /v1/models)');
};
const seeds = (n: number) => Array.from({ length: n }, (_, i) => Math.floor(Math.random() * 100_000) * 4 + i);

// ---- OpenAI ----------------------------------------------------------------------------------

const OPENAI_ASPECTS = Object.keys(SIZE_FOR_ASPECT) as (keyof typeof SIZE_FOR_ASPECT)[];
const nearestAspect = (size: Size) => nearest(size, OPENAI_ASPECTS, (a) => sizeOf(SIZE_FOR_ASPECT[a]));

/** The reference generate body's qualities (GPTImageQuality): others go on the job's request. */
const REFERENCE_QUALITIES = enumOf(GPTImageQuality);

/** A size for a model that takes custom ones: as asked when it is one it takes (else a 400 naming `size`), undefined for a standard size. */
function customSize(id: string, p: ImageParams): string | undefined {
  if (!p.size) return undefined;
  const asked = formatSize(p.size);
  if ((STANDARD_SIZES as readonly string[]).includes(asked)) return undefined;
  const problem = customSizeProblem(p.size.width, p.size.height);
  if (problem) throw badParam('size', `${id} takes ${STANDARD_SIZES.join(', ')} or a custom WIDTHxHEIGHT, and ${asked} is not one: ${problem}`);
  return asked;
}

/**
 * One entry per GPT image model OpenAI still serves. What the reference bodies cannot say rides
 * on the job's request: the model, a custom size, an output format other than png, and for
 * edits the quality, background, input fidelity, several images, and a masked edit's size and
 * count, which the reference's edit bodies lack.
 */
const openaiImageModels: ModelEntry[] = GPT_IMAGE_MODEL_NAMES.filter((upstream) => !GPT_IMAGE_MODELS[upstream].shutDown).map((upstream) => {
  const id = `openai/${upstream}`;
  const spec: GptImageModelSpec = GPT_IMAGE_MODELS[upstream];
  // A custom size takes the place of the reference's aspect ratio; otherwise the nearest standard one.
  const sizeFields = (p: ImageParams, nearestWhenStandard: boolean) => {
    const custom = spec.customSizes ? customSize(id, p) : undefined;
    if (custom) return { size: custom };
    return nearestWhenStandard && p.size ? { size: SIZE_FOR_ASPECT[nearestAspect(p.size)] } : {};
  };
  const jobRequest = (p: ImageParams, nearestSize = false) => ({
    model: upstream,
    ...sizeFields(p, nearestSize),
    ...(p.output_format ? { outputFormat: p.output_format } : {}),
    ...(p.output_compression === undefined ? {} : { outputCompression: p.output_compression }),
  });
  const editRequest = (p: ImageParams, nearestSize = false) => ({
    ...jobRequest(p, nearestSize),
    ...(p.quality ? { quality: p.quality } : {}),
    ...(p.background ? { background: p.background } : {}),
    ...(p.input_fidelity ? { inputFidelity: p.input_fidelity } : {}),
  });
  const aspectRatio = (p: ImageParams) => (p.size ? { aspect_ratio: nearestAspect(p.size) } : {});
  return {
    id,
    provider: 'openai',
    options: {
      quality: [...spec.qualities],
      background: spec.transparent ? ['transparent', 'opaque', 'auto'] : ['opaque', 'auto'],
      output_format: ['png', 'jpeg', 'webp'],
      output_compression: true,
      input_fidelity: spec.inputFidelity.includes('high'),
    },
    maxImages: 10,
    generate: (p) => ({
      path: '/api/v1/openai/image/generation/generate-image',
      body: {
        prompt: p.prompt,
        number_of_images: p.n,
        ...aspectRatio(p),
        // The reference's qualities are fewer than the 2.5 models' (`xhigh`, `max` ride on the job's request).
        ...(p.quality && REFERENCE_QUALITIES.includes(p.quality) ? { quality: p.quality } : {}),
        ...(p.background ? { background: p.background } : {}),
      },
      params: { number_of_images: 'n', aspect_ratio: 'size' },
      jobRequest: { ...jobRequest(p), ...(p.quality && !REFERENCE_QUALITIES.includes(p.quality) ? { quality: p.quality } : {}) },
    }),
    edit: (p): Translation => {
      const [image, ...more] = p.images!;
      if (p.mask) {
        if (more.length > 0) throw only('image', id, 'applies a mask to one image through this gateway: send one image with the mask');
        return {
          path: '/api/v1/openai/image/editing-generation/inpaint',
          body: { prompt: p.prompt, image_file: image.ref, mask_file: p.mask.ref },
          params: { image_file: 'image', mask_file: 'mask' },
          // The reference's inpaint makes one image, at the input's proportions.
          jobRequest: { ...editRequest(p, true), n: p.n },
        };
      }
      return {
        path: '/api/v1/openai/image/editing-generation/edit-image',
        body: { prompt: p.prompt, image_url: image.ref, number_of_images: p.n, ...aspectRatio(p) },
        params: { image_url: 'image', number_of_images: 'n', aspect_ratio: 'size' },
        // The reference body takes one image; OpenAI takes up to 16, sent as `image[]`.
        jobRequest: { ...editRequest(p), ...(more.length > 0 ? { images: p.images!.map((i) => i.ref) } : {}) },
      };
    },
  };
});

/** A model id's own name, without its provider: `openai/gpt-image-2` → `gpt-image-2`. */
const nameOf = (id: string) => id.slice(id.indexOf('/') + 1);

/** Models their provider shut down, by id: when, and the model it names instead. */
type Retirement = { on: string; use: string };
const RETIRED = new Map<string, Retirement>([
  ...GPT_IMAGE_MODEL_NAMES.flatMap((name): [string, Retirement][] => {
    const shutDown = GPT_IMAGE_MODELS[name].shutDown;
    return shutDown ? [[`openai/${name}`, { on: shutDown.on, use: `openai/${shutDown.use}` }]] : [];
  }),
  ...Object.entries(RETIRED_GEMINI_IMAGE_MODELS).map(([name, { on, use }]): [string, Retirement] => [`google/${name}`, { on, use: `google/${use}` }]),
]);

/**
 * A model its provider shut down, by its id or its own name: OpenAI's 404 for a model that is
 * gone, naming the one the provider points to instead. Not listed by GET /v1/models.
 */
export function retiredModel(name: string): OpenAIError | undefined {
  const id = RETIRED.has(name) ? name : [...RETIRED.keys()].find((known) => nameOf(known) === name);
  const retired = id && RETIRED.get(id);
  if (!retired) return undefined;
  return new OpenAIError(404, `${id} was shut down by its provider on ${retired.on}: use ${retired.use} (GET /v1/models lists the models)`, 'model', 'model_not_found');
}

// ---- Google ----------------------------------------------------------------------------------

const IMAGEN_ASPECTS = propertyEnum(ImagenGenerateImageRequest, 'aspect_ratio');

/** Imagen: one entry per upstream model, called through the reference name that reaches it. */
const imagenModels: ModelEntry[] = [...new Set(Object.values(IMAGEN_GENERATE_MODELS))].map((upstream) => {
  const referenceName = Object.keys(IMAGEN_GENERATE_MODELS)
    .filter((name) => IMAGEN_GENERATE_MODELS[name] === upstream)
    .at(-1)!;
  const id = `google/${upstream}`;
  return {
    id,
    provider: 'google',
    maxImages: SINGLE_IMAGE_MODELS.has(upstream) ? 1 : 4,
    generate: (p) => ({
      path: '/api/v1/google-vision/image/generation/generate-image',
      body: {
        prompt: p.prompt,
        model_name: referenceName,
        // The reference's default (true) would ignore model_name.
        use_fast_model: false,
        number_of_images: p.n,
        ...(p.size ? { aspect_ratio: aspect(p.size, IMAGEN_ASPECTS) } : {}),
      },
      params: { number_of_images: 'n', aspect_ratio: 'size', model_name: 'model' },
    }),
  };
});

const GEMINI = `google/${GEMINI_IMAGE_MODEL}`;
const noSize = (model: string, p: { size?: Size }) => {
  if (p.size) throw only('size', model, 'chooses its own size: leave size out or send "auto"');
};

const geminiImage: ModelEntry = {
  id: GEMINI,
  provider: 'google',
  maxImages: 1,
  generate: (p) => {
    noSize(GEMINI, p);
    return { path: '/api/v1/google-vision/image/generation/gemini-generate-image', body: { prompt: p.prompt } };
  },
  edit: (p): Translation => {
    noSize(GEMINI, p);
    noMask(GEMINI, p);
    const images = p.images!;
    // Several images are composed (Gemini's generate with input images); one is edited.
    return images.length > 1
      ? {
          path: '/api/v1/google-vision/image/generation/gemini-generate-image',
          body: { prompt: p.prompt, image_urls: images.map((i) => i.ref) },
          params: { image_urls: 'image' },
        }
      : {
          path: '/api/v1/google-vision/image/editing-generation/edit-image',
          body: { image_url: images[0].ref, edit_prompt: p.prompt },
          params: { image_url: 'image', edit_prompt: 'prompt' },
        };
  },
};

/** Veo: one entry per upstream model, called through a reference name that reaches it. */
const veoModels: ModelEntry[] = [...new Set(Object.values(VEO_MODELS))].map((target) => {
  const referenceName = Object.keys(VEO_MODELS)
    .filter((name) => VEO_MODELS[name] === target)
    .at(-1)!;
  const id = `google/${target.model}`;
  const seconds = (s: number | undefined) => s ?? target.durations[0];
  return {
    id,
    provider: 'google',
    video: (p) => {
      const ratio = p.size ? nearest(p.size, ['16:9', '9:16']) : '16:9';
      return {
        path: '/api/v1/google-vision/video/generation/generate-video',
        body: {
          model: referenceName,
          prompt: p.prompt,
          aspect_ratio: ratio,
          ...(p.input_reference ? { start_image_url: p.input_reference.ref } : {}),
        },
        // The reference offers 5 or 10 s; Veo 3.1 makes 4, 6 or 8 (the job spec picks the nearest longer one).
        override: { duration: seconds(p.seconds) },
        params: { duration: 'seconds', aspect_ratio: 'size', start_image_url: 'input_reference' },
        reports: { seconds: seconds(p.seconds), size: ratio === '16:9' ? '1280x720' : '720x1280' },
      };
    },
  };
});

// ---- BRIA ------------------------------------------------------------------------------------

const BRIA_ASPECTS = propertyEnum(BriaGenerateImageRequest, 'aspect_ratio');

/** BRIA text-to-image: base (each model version), fast and HD, from the reference's version enums. */
const briaModels: ModelEntry[] = (
  [
    ['base', '/api/v1/bria/image/generation/generate-image', BriaGenerateImageRequest],
    ['fast', '/api/v1/bria/image/generation/generate-image-fast', BriaGenerateImageFastRequest],
    ['hd', '/api/v1/bria/image/generation/generate-image-hd', BriaGenerateImageHDRequest],
  ] as const
).flatMap(([kind, path, schema]) =>
  propertyEnum(schema, 'bria_model_version').map(
    (version): ModelEntry => ({
      id: `bria/image-${kind}-${version}`,
      provider: 'bria',
      maxImages: 4,
      generate: (p) => ({
        path,
        body: { prompt: p.prompt, bria_model_version: version, num_results: p.n, ...(p.size ? { aspect_ratio: aspect(p.size, BRIA_ASPECTS) } : {}) },
        params: { num_results: 'n', aspect_ratio: 'size', bria_model_version: 'model' },
      }),
    }),
  ),
);

/** What a fill (inpainting) model needs: one image and a mask marking the area; returns the mask. */
function fillInputs(id: string, p: Parameters<NonNullable<ModelEntry['edit']>>[0]) {
  if (!p.maskBlackWhite) throw badParam('mask', `${id} fills the area a mask marks: send a mask`, 'missing');
  if (p.images!.length > 1) throw only('image', id, 'edits one image per request');
  return p.maskBlackWhite;
}

const BRIA_FILL = 'bria/gen-fill';
const briaFill: ModelEntry = {
  id: BRIA_FILL,
  provider: 'bria',
  maxImages: 1,
  edit: (p) => {
    const mask = fillInputs(BRIA_FILL, p);
    noSize(BRIA_FILL, p);
    return {
      path: '/api/v1/bria/image/editing-generation/inpaint',
      body: { image: p.images![0].ref, mask: mask.ref, prompt: p.prompt, mask_type: 'manual' },
      params: { image: 'image' },
    };
  },
};

// ---- Firefly ---------------------------------------------------------------------------------

/** Firefly v3's documented output sizes (1:1, 4:3, 3:4, 16:9). */
const FIREFLY_SIZES = ['2048x2048', '2304x1792', '1792x2304', '2688x1536'];

/** Firefly models that need a custom model id have no place in a model-agnostic call. */
const fireflyModels: ModelEntry[] = enumOf(CustomModel)
  .filter((m) => !m.endsWith('_custom'))
  .map((version) => ({
    id: `firefly/${version}`,
    provider: 'firefly',
    maxImages: 4,
    generate: (p) => ({
      path: '/api/v1/firefly/image/generation/generate-image',
      body: { x_model_version: version, prompt: p.prompt, seeds: seeds(p.n), ...(p.size ? { size: sizeOf(nearest(p.size, FIREFLY_SIZES)) } : {}) },
      params: { seeds: 'n', x_model_version: 'model' },
    }),
  }));

const FIREFLY_FILL = 'firefly/fill';
const fireflyFill: ModelEntry = {
  id: FIREFLY_FILL,
  provider: 'firefly',
  maxImages: 4,
  edit: (p) => {
    const mask = fillInputs(FIREFLY_FILL, p);
    return {
      path: '/api/v1/firefly/image/editing-generation/inpaint',
      body: {
        prompt: p.prompt,
        image: { source: { upload_id: p.images![0].assetId } },
        mask: { source: { upload_id: mask.assetId } },
        seeds: seeds(p.n),
        ...(p.size ? { size: sizeOf(nearest(p.size, FIREFLY_SIZES)) } : {}),
      },
      params: { image: 'image', mask: 'mask', seeds: 'n' },
    };
  },
};

// ---- Runway ----------------------------------------------------------------------------------

const RUNWAY_IMAGE_RATIOS = enumOf(ImageAspectRatio);

/** gen4_image makes images from a prompt; both take the edit's images as references. */
const runwayImageModels: ModelEntry[] = propertyEnum(RunwayGenerateImageRequest, 'model').map((model) => {
  const id = `runway/${model}`;
  const translation = (p: ImageParams, references: InputFile[]): Translation => {
    oneImage(id, p.n);
    return {
      path: '/api/v1/runway/image/generation/generate-image',
      body: {
        prompt: p.prompt,
        model,
        ...(p.size ? { aspect_ratio: aspect(p.size, RUNWAY_IMAGE_RATIOS) } : {}),
        ...(references.length > 0 ? { reference_images_url: references.map((r) => ({ uri: r.ref })) } : {}),
      },
      params: { aspect_ratio: 'size', reference_images_url: 'image' },
    };
  };
  return {
    id,
    provider: 'runway',
    maxImages: 1,
    // gen4_image_turbo needs reference images: it only edits.
    ...(model === 'gen4_image' ? { generate: (p: ImageParams) => translation(p, []) } : {}),
    edit: (p: ImageParams) => {
      noMask(id, p);
      if (p.images!.length > 3) throw only('image', id, 'takes at most 3 reference images');
      return translation(p, p.images!);
    },
  };
});

/** Runway's image-to-video models (the retired gen3a_turbo left out). veo3 also makes video from text alone. */
const runwayVideoModels: ModelEntry[] = propertyEnum(RunwayGenerateVideoFromImageRequest, 'model')
  .filter((model) => model !== 'gen3a_turbo')
  .map((model) => {
    const id = `runway/${model}`;
    const fixedSeconds = model === 'veo3' ? [8] : [5, 10];
    return {
      id,
      provider: 'runway',
      video: (p): Translation => {
        const asked = p.seconds;
        const seconds = asked === undefined ? fixedSeconds[0] : fixedSeconds.reduce((a, b) => (Math.abs(b - asked) < Math.abs(a - asked) ? b : a));
        if (p.seconds !== undefined && Math.abs(seconds - p.seconds) > 2) {
          throw only('seconds', id, `makes ${fixedSeconds.join(' or ')}-second videos, not ${p.seconds}`);
        }
        const ratios = model === 'veo3' ? ['1280:720', '720:1280'] : ['1280:720', '720:1280', '1104:832', '832:1104', '960:960', '1584:672'];
        const ratio = p.size ? nearest(p.size, ratios) : '1280:720';
        const reports = { seconds, size: ratio.replace(':', 'x') };
        if (!p.input_reference) {
          if (model !== 'veo3') throw badParam('input_reference', `${id} animates a first frame: send input_reference (an image)`, 'missing');
          return {
            path: '/api/v1/runway/video/generation/generate-video-from-text',
            body: { prompt: p.prompt, model, aspect_ratio: ratio, duration: seconds },
            params: { aspect_ratio: 'size', duration: 'seconds' },
            reports,
          };
        }
        return {
          path: '/api/v1/runway/video/generation/generate-video-from-image',
          body: { prompt: p.prompt, model, image_url: p.input_reference.ref, aspect_ratio: ratio, ...(model === 'veo3' ? {} : { duration: seconds }) },
          // The reference's 5 | 10 cannot say veo3's 8 s, which Runway's veo3 requires.
          ...(model === 'veo3' ? { override: { duration: seconds } } : {}),
          params: { aspect_ratio: 'size', duration: 'seconds', image_url: 'input_reference' },
          reports,
        };
      },
    };
  });

const runwaySpeech: ModelEntry[] = propertyEnum(RunwayTextToSpeechRequest, 'model').map((model) => ({
  id: `runway/${model}`,
  provider: 'runway',
  speech: (p) => {
    if (p.response_format !== 'mp3') throw badParam('response_format', `runway/${model} answers mp3 only`);
    return {
      path: '/api/v1/runway/audio/generation/text-to-speech',
      body: { prompt: p.input, voice: { preset_id: p.voice }, model },
      params: { prompt: 'input', 'voice.preset_id': 'voice' },
    };
  },
}));

/** Every routable model, in the order GET /v1/models lists them. */
export const MODELS: ModelEntry[] = [
  ...openaiImageModels,
  ...imagenModels,
  geminiImage,
  ...veoModels,
  ...briaModels,
  briaFill,
  ...fireflyModels,
  fireflyFill,
  ...runwayImageModels,
  ...runwayVideoModels,
  ...runwaySpeech,
];

export const MODELS_BY_ID = new Map(MODELS.map((m) => [m.id, m]));

/**
 * Models by their own name without the provider (`gpt-image-2`), where one provider alone has
 * it: clients and tools that hard-code OpenAI's or Google's model names work unchanged. Models
 * are listed, and recorded as served, under their full id.
 */
const MODELS_BY_NAME = new Map(MODELS.filter((m) => MODELS.filter((other) => nameOf(other.id) === nameOf(m.id)).length === 1).map((m) => [nameOf(m.id), m]));

/** The model a request names: its id, or its own name where that is unambiguous. */
export const modelNamed = (name: string): ModelEntry | undefined => MODELS_BY_ID.get(name) ?? MODELS_BY_NAME.get(name);
