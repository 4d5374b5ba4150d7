// Examples in the served document that work as they are ("Try it out" in /docs, generated
// clients' samples): the reference's examples point at third-party images (and some do not fit
// their own schema), so the document gives media fields the sample media the gateway ships
// (samples/, as data URIs: no host to reach, no asset to own) and each JSON body an example
// made of its required fields. test/examples.test.ts runs every one in sandbox mode.
import { readFileSync } from 'node:fs';

const sample = (file: string, mime: string) =>
  `data:${mime};base64,${readFileSync(new URL(`../../samples/${file}`, import.meta.url)).toString('base64')}`;

/** A 256×192 PNG and a 4 s 160×96 H.264 MP4. */
export const SAMPLE_MEDIA = { image: sample('sample.png', 'image/png'), video: sample('sample.mp4', 'video/mp4') };

type Schema = Record<string, any>;

const isUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//i.test(value);
const sampleFor = (url: string) => (/\.(mp4|mov|webm|mkv|avi)(\?|$)/i.test(url) ? SAMPLE_MEDIA.video : SAMPLE_MEDIA.image);
const withSamples = (value: unknown): unknown => {
  if (isUrl(value)) return sampleFor(value);
  if (Array.isArray(value)) return value.map(withSamples);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSamples(v)]));
  return value;
};

const branches = (schema: Schema): Schema[] => schema.anyOf ?? schema.oneOf ?? [schema];
const takesArray = (schema: Schema) => branches(schema).some((b) => b.type === 'array');
const maxLength = (schema: Schema) => branches(schema).find((b) => b.type === 'string')?.maxLength as number | undefined;

/**
 * One schema's `examples`, made to fit it: third-party URLs become sample media; the items of an
 * array written as separate examples become one array; texts over the schema's length are dropped.
 */
function fitExamples(schema: Schema, media: WeakSet<Schema>): void {
  if (JSON.stringify(schema.examples).includes('"http')) media.add(schema);
  let examples: unknown[] = schema.examples.map(withSamples);
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
  walk(document, (schema) => {
    if (Array.isArray(schema.examples)) fitExamples(schema, media);
  });
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item)) {
      const content = operation.requestBody?.content?.['application/json'];
      const example = content && (content.example ?? bodyExample(content.schema, media));
      if (example) content.example = example;
    }
  }
}
