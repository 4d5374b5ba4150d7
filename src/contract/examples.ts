// Examples in the served document that work as they are ("Try it out" in /docs, generated
// clients' samples) in sandbox mode: the reference's examples point at third-party images (and
// some do not fit their own schema), so the document gives media fields the sample media a
// sandbox gateway ships as assets (assets/samples.ts: `asset_sample_image`, …, readable by every
// key), each JSON body an example made of its required fields, and the operations that need a
// choice between fields (or ids that exist) a body written out below. The LoRA examples follow
// one another: in a fresh sandbox, creating the project, its dataset, image and model in the
// order below gives them the ids the later examples name (the BRIA twin numbers from 1100,
// 2200, 3300, 4400); generating needs the model trained first (POST …/models/4400/training/start).
// test/examples.test.ts runs every one in sandbox mode.
import type { SAMPLE_ASSETS } from '../assets/samples.js';

const IMAGE = 'asset_sample_image' satisfies keyof typeof SAMPLE_ASSETS;
const MASK = 'asset_sample_mask' satisfies keyof typeof SAMPLE_ASSETS;
const VIDEO = 'asset_sample_video' satisfies keyof typeof SAMPLE_ASSETS;
/** The same, as a URI (`asset://…`), for fields whose schema takes only URIs. */
const asUri = (id: string) => `asset://${id}`;

/** The sandbox's sample LoRA ids, as the BRIA twin hands them out to the examples below in order. */
export const SAMPLE_LORA = { project: 1100, dataset: 2200, image: 3300, model: 4400 };

/** Bodies written out, by path: a choice between fields, or ids that exist. */
const BODY_EXAMPLES: Record<string, Record<string, unknown>> = {
  '/api/v1/bria/image/editing-generation/inpaint': { image: IMAGE, mask: MASK, prompt: 'A red balloon in the sky' },
  '/api/v1/bria/image/editing-generation/expand-image': { image: IMAGE, aspect_ratio: '16:9', prompt: 'A calm sea under a clear sky' },
  '/api/v1/google-vision/image/generation/generate-with-image-guidance': {
    guidance_type: 'style',
    ref_image_1_url: asUri(IMAGE),
    ref_image_1_description: 'flat colours',
    prompt: 'A lighthouse at dusk in the style of [1]',
  },
  '/api/v1/google-vision/image/editing-generation/inpaint': {
    operation_type: 'insert',
    image_url: asUri(IMAGE),
    mask_mode: 'MASK_MODE_BACKGROUND',
    prompt: 'Add a red balloon to the sky',
  },
  '/api/v1/google-vision/image/editing-generation/edit-image': { image_url: asUri(IMAGE), edit_prompt: 'Add a rainbow to the sky' },
  '/api/v1/firefly/image/generation/generate-variation': { x_model_version: 'image4_standard', image: { source: { upload_id: IMAGE } } },
  '/api/v1/firefly/image/editing-generation/generate-product-background': {
    prompt: 'a product on a marble table',
    image: { source: { upload_id: IMAGE } },
    mask: { source: { upload_id: MASK } },
  },
  '/api/v1/firefly/image/editing-generation/expand-image': {
    image: { source: { upload_id: IMAGE } },
    mask: { source: { upload_id: MASK } },
    prompt: 'a calm sea under a clear sky',
  },
  '/api/v1/firefly/image/editing-generation/inpaint': {
    image: { source: { upload_id: IMAGE } },
    mask: { source: { upload_id: MASK } },
    prompt: 'a red balloon',
  },
  '/api/v1/runway/video/generation/generate-video-from-motion': { character: { type: 'image', uri: asUri(IMAGE) }, reference_url: asUri(VIDEO) },
  '/api/v1/runway/video/generation/generate-video-from-video': { prompt: 'The sun sets slowly', video_uri: asUri(VIDEO), reference_image_url: asUri(IMAGE) },
  '/api/v1/runway/video/editing-generation/video-upscale': { video_url: asUri(VIDEO) },
  '/v1/images/generations': { model: 'openai/gpt-image-2', prompt: 'a paper boat on a pond' },
  '/v1/audio/speech': { model: 'runway/eleven_multilingual_v2', input: 'Hello from the sandbox.', voice: 'Maya' },
  // LoRA, in the order a newcomer follows (see the top of this file).
  '/api/v1/bria-lora/projects': { project_name: 'Sample illustrations', ip_medium: 'illustration', ip_type: 'style' },
  '/api/v1/bria-lora/projects/{project_id}': { project_id: SAMPLE_LORA.project, project_description: 'Flat-colour illustrations' },
  '/api/v1/bria-lora/datasets': { project_id: SAMPLE_LORA.project, name: 'Sample dataset' },
  '/api/v1/bria-lora/datasets/{dataset_id}/images': { dataset_id: SAMPLE_LORA.dataset, image_url: asUri(IMAGE), image_name: 'sun.png' },
  '/api/v1/bria-lora/datasets/{dataset_id}/images/{image_id}/caption': {
    dataset_id: SAMPLE_LORA.dataset,
    image_id: SAMPLE_LORA.image,
    caption: 'an orange sun over a green field',
  },
  '/api/v1/bria-lora/datasets/{dataset_id}': { dataset_id: SAMPLE_LORA.dataset, status: 'completed' },
  '/api/v1/bria-lora/models': { name: 'Sample style', dataset_id: SAMPLE_LORA.dataset, training_version: 'light' },
  '/api/v1/bria-lora/models/{model_id}': { model_id: SAMPLE_LORA.model, description: 'Flat colours, trained on the sample image' },
  '/api/v1/bria-lora/image/generation/generate-image': { model_id: String(SAMPLE_LORA.model), prompt: 'A fox in the mountains' },
  '/api/v1/bria-lora/image/generation/generate-vector': { model_id: String(SAMPLE_LORA.model), prompt: 'A fox in the mountains' },
};

type Schema = Record<string, any>;

const branches = (schema: Schema): Schema[] => schema.anyOf ?? schema.oneOf ?? [schema];
/** Whether every string the schema takes is a URI (then a sample is named `asset://…`). */
const onlyUris = (schema: Schema) =>
  branches(schema)
    .filter((b) => b.type === 'string')
    .every((b) => b.format === 'uri');

const isUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);
const withSamples = (value: unknown, sample: (url: string) => string): unknown => {
  if (isUrl(value)) return sample(value);
  if (Array.isArray(value)) return value.map((v) => withSamples(v, sample));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSamples(v, sample)]));
  return value;
};
const takesArray = (schema: Schema) => branches(schema).some((b) => b.type === 'array');
const maxLength = (schema: Schema) => branches(schema).find((b) => b.type === 'string')?.maxLength as number | undefined;

/**
 * One schema's `examples`, made to fit it: third-party URLs become sample media; the items of an
 * array written as separate examples become one array; texts over the schema's length are dropped.
 */
function fitExamples(schema: Schema, media: WeakSet<Schema>, masks: WeakSet<Schema>): void {
  if (JSON.stringify(schema.examples).includes('"http')) media.add(schema);
  const sample = (url: string) => {
    const id = masks.has(schema) ? MASK : /\.(mp4|mov|webm|mkv|avi)(\?|$)/i.test(url) ? VIDEO : IMAGE;
    return onlyUris(schema) ? asUri(id) : id;
  };
  let examples: unknown[] = schema.examples.map((e: unknown) => withSamples(e, sample));
  if (takesArray(schema) && !examples.some(Array.isArray)) examples = [examples];
  const limit = maxLength(schema);
  if (limit !== undefined) examples = examples.filter((e) => typeof e !== 'string' || e.length <= limit);
  if (examples.length > 0) schema.examples = examples;
  else delete schema.examples;
}

function walk(value: unknown, visit: (schema: Schema) => void): void {
  if (Array.isArray(value)) return value.forEach((v) => walk(v, visit));
  if (!value || typeof value !== 'object') return;
  visit(value as Schema);
  for (const v of Object.values(value)) walk(v, visit);
}

/**
 * A body made of an object schema's required properties (their first example, else their
 * default) and its media fields that have an example (operations that need one of several).
 */
function bodyExample(schema: Schema, media: WeakSet<Schema>): Record<string, unknown> | undefined {
  if (schema.type !== 'object' || !schema.properties) return undefined;
  const body: Record<string, unknown> = {};
  for (const [name, property] of Object.entries<Schema>(schema.properties)) {
    // A guidance image goes with its guidance method: left out, as the method is.
    if (media.has(property) && property.examples?.length && !name.startsWith('guidance_method_')) body[name] = property.examples[0];
  }
  for (const name of schema.required ?? []) {
    const property = schema.properties[name] ?? {};
    if (property.examples?.length) body[name] = property.examples[0];
    else if ('default' in property) body[name] = property.default;
    else return undefined;
  }
  return body;
}

/** Makes every example of a built document work (in place; see the top of this file). */
export function makeExamplesWork(document: { paths: Record<string, Record<string, Schema>>; components: { schemas: Record<string, unknown> } }): void {
  const media = new WeakSet<Schema>();
  const masks = new WeakSet<Schema>();
  walk(document, (schema) => {
    for (const [name, property] of Object.entries<Schema>(schema.properties ?? {})) if (/mask/i.test(name)) masks.add(property);
  });
  walk(document, (schema) => {
    if (Array.isArray(schema.examples)) fitExamples(schema, media, masks);
  });
  for (const [path, item] of Object.entries(document.paths)) {
    for (const operation of Object.values(item)) {
      const content = operation.requestBody?.content?.['application/json'];
      const example = content && (content.example ?? BODY_EXAMPLES[path] ?? bodyExample(content.schema, media));
      if (example) content.example = example;
    }
  }
}
