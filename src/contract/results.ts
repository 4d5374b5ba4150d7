// The provider's own fields of each job's finished result, by job key: what each adapter's
// `result()` (src/providers/*/jobs.ts and friends) really returns, in the shapes the reference
// documents (BRIA's `image_url`/`seed`, Firefly's `outputs[{seed, image: {url}}]`, Runway's
// `output` list, …). Media in them are gateway asset links. The served document puts them beside
// the uniform part (`task_id`, `outputs`) as a closed object (openapi.ts `jobResponse`); none is
// required, since an answer given before the job finished has only the uniform part.
// test/examples.test.ts checks every job's finished result against its schema.
import { Type, type TObject, type TProperties } from '@sinclair/typebox';

const Link = (description: string) => Type.String({ format: 'uri', description });
const Links = (description: string) => Type.Array(Type.String({ format: 'uri' }), { description });
const Seed = Type.Union([Type.Integer(), Type.Null()]);
const closed = (properties: TProperties, description: string) => Type.Object(properties, { additionalProperties: false, description });

/** BRIA v1 generation: the first image, all of them, their seeds (and how many moderation blocked). */
const briaImages = closed(
  {
    image_url: Link('The first image'),
    image_urls: Links('Every image, in order'),
    seeds: Type.Array(Seed, { description: "Each image's seed" }),
    blocked: Type.Optional(Type.Integer({ minimum: 1, description: 'Results content moderation withheld' })),
  },
  "BRIA's images and their seeds",
);

/** BRIA v2 edits: one image (or several) and what BRIA says beside it. */
const briaEdit = closed(
  {
    image_url: Type.Optional(Link('The image')),
    image_urls: Type.Optional(Links('The images, when there are several')),
    seed: Type.Optional(Type.Integer()),
    prompt: Type.Optional(Type.String()),
    refined_prompt: Type.Optional(Type.String()),
    structured_prompt: Type.Optional(Type.String()),
  },
  "BRIA's result: the image, and the seed and prompt it used where it says",
);

const one = (key: string, what: string) => closed({ [key]: Link(what) }, `BRIA's result: ${what.toLowerCase()}`);

const briaLora = (key: 'image_url' | 'vector_url', what: string) =>
  closed(
    {
      [key]: Type.Optional(Link(`The ${what}`)),
      seed: Type.Optional(Seed),
      [`${key}s`]: Type.Optional(Links(`The ${what}s, when there are several`)),
      seeds: Type.Optional(Type.Array(Seed)),
    },
    `BRIA tailored generation: the ${what} and its seed`,
  );

const imagen = closed(
  {
    image_urls: Links('The images'),
    model: Type.String({ description: 'The model that made them: the Imagen model, or the Gemini one that made them in its place (instead_of)' }),
    filtered: Type.Optional(Type.Integer({ minimum: 1, description: 'Images the safety filter withheld' })),
    filtered_reasons: Type.Optional(Type.Array(Type.String())),
    instead_of: Type.Optional(Type.String({ description: 'The Imagen model Google no longer has, when Gemini made the images in its place' })),
    synthid_watermark: Type.Optional(Type.Boolean({ description: 'Present (true) when Gemini made the images: it marks every image with SynthID' })),
  },
  "Imagen's images",
);

const gemini = closed(
  {
    image_urls: Links('The images'),
    model: Type.String(),
    text: Type.Union([Type.String(), Type.Null()], { description: 'What the model wrote beside the images' }),
  },
  "Gemini's images and text",
);

const openai = closed(
  {
    image_urls: Links('The images'),
    model: Type.Optional(Type.String({ description: 'The GPT image model that made them' })),
    size: Type.String(),
    quality: Type.String(),
    background: Type.String(),
    output_format: Type.String(),
    revised_prompts: Type.Optional(Type.Array(Type.String())),
  },
  "GPT Image's images and the settings it used",
);

/** Firefly's result; `outputs` items also carry the uniform fields (asset_id, url, …). */
const firefly = closed(
  {
    size: Type.Object({ width: Type.Integer(), height: Type.Integer() }),
    contentClass: Type.Optional(Type.String()),
    promptHasDeniedWords: Type.Optional(Type.Boolean()),
    promptHasBlockedArtists: Type.Optional(Type.Boolean()),
    outputs: Type.Array(Type.Object({ seed: Seed, image: Type.Object({ url: Link('The image') }) })),
  },
  "Firefly's result, as its async API gives it",
);

const runway = closed({ output: Links('The outputs, in order') }, "Runway's task output");

export const resultSchemas: Record<string, TObject> = {
  'bria.enhance-prompt': closed({ 'prompt variations': Type.String({ description: "BRIA's enhanced prompt (the key has a space, as BRIA sends it)" }) }, "BRIA's enhanced prompt"),
  'bria.generate-image': briaImages,
  'bria.generate-image-fast': briaImages,
  'bria.generate-image-hd': briaImages,
  'bria.generate-vector-base': briaImages,
  'bria.generate-vector-fast': briaImages,
  'bria.generate-variation': briaImages,
  'bria.generate-product-background-by-text': briaImages,
  'bria.generate-product-background-by-image': briaImages,
  'bria.get-masks': one('masks_url', 'A ZIP of the masks'),
  'bria.product-cutout': one('image_url', 'The cut-out product'),
  'bria.generate-solid-background': one('image_url', 'The packshot'),
  'bria.generate-product-shadow': one('image_url', 'The image with its shadow'),
  'bria.remove-background': briaEdit,
  'bria.crop-foreground': briaEdit,
  'bria.erase': briaEdit,
  'bria.erase-foreground': briaEdit,
  'bria.inpaint': briaEdit,
  'bria.expand-image': briaEdit,
  'bria.blur-background': briaEdit,
  'bria.generate-background': briaEdit,
  'bria.enhance-image': briaEdit,
  'bria.upscale-image': briaEdit,
  'bria.video-remove-background': closed({ video_url: Link('The video without its background') }, "BRIA's video"),
  'bria-lora.generate-image': briaLora('image_url', 'image'),
  'bria-lora.generate-vector': briaLora('vector_url', 'vector'),
  'google.imagen.generate-image': imagen,
  'google.imagen.generate-with-image-guidance': imagen,
  'google.imagen.generate-variation': imagen,
  'google.imagen.inpaint': imagen,
  'google.imagen.expand-image': imagen,
  'google.imagen.generate-background': imagen,
  'google.gemini.generate-image': gemini,
  'google.gemini.generate-image-sequence': closed(
    {
      model: Type.String(),
      sequence: Type.Array(
        Type.Union([
          Type.Object({ type: Type.Literal('text'), text: Type.String() }, { additionalProperties: false }),
          Type.Object({ type: Type.Literal('image'), image_url: Link('The image') }, { additionalProperties: false }),
        ]),
        { description: 'The story: text and images in the order the model gave them' },
      ),
      image_urls: Links('The images'),
      text: Type.Union([Type.String(), Type.Null()]),
    },
    "Gemini's illustrated sequence",
  ),
  'google.gemini.edit-image': closed(
    {
      model: Type.String(),
      image_urls: Links('The images (of every step, with edit_steps)'),
      text: Type.Optional(Type.Union([Type.String(), Type.Null()])),
      steps: Type.Optional(
        Type.Array(
          Type.Object(
            {
              step: Type.Integer({ minimum: 1 }),
              prompt: Type.String(),
              image_urls: Links("This step's images"),
              text: Type.Union([Type.String(), Type.Null()]),
            },
            { additionalProperties: false },
          ),
          { description: 'With edit_steps: each edit in turn' },
        ),
      ),
    },
    "Gemini's edited image(s)",
  ),
  'google.veo.generate-video': closed(
    {
      video_urls: Links('The videos'),
      model: Type.String(),
      duration_seconds: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
      aspect_ratio: Type.Optional(Type.Union([Type.String(), Type.Null()])),
    },
    "Veo's videos",
  ),
  'openai.generate-image': openai,
  'openai.edit-image': openai,
  'openai.inpaint': openai,
  'firefly.generate-image': firefly,
  'firefly.generate-variation': firefly,
  'firefly.generate-product-background': firefly,
  'firefly.expand-image': firefly,
  'firefly.inpaint': firefly,
  'runway.generate-image': runway,
  'runway.generate-video-from-text': runway,
  'runway.generate-video-from-image': runway,
  'runway.generate-video-from-motion': runway,
  'runway.generate-video-from-video': runway,
  'runway.video-upscale': runway,
  'runway.text-to-speech': runway,
};
