// From the served OpenAPI document to forms: each operation's path, query and body fields as
// controls (kind, choices, default, description), the form's starting values, and the request
// a filled form makes. Pure: the Studio renders it, the unit tests check it over every operation.

export type Schema = Record<string, any>;

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
}

interface OperationObject {
  summary?: string;
  description?: string;
  tags?: string[];
  operationId?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  /** The `operation` its jobs record (e.g. `bria.remove-background`). */
  'x-job-operation'?: string;
}

export type Location = 'path' | 'query' | 'body';
export type FieldKind = 'text' | 'textarea' | 'integer' | 'number' | 'boolean' | 'choice' | 'json' | 'media' | 'file';

export interface Field {
  name: string;
  in: Location;
  kind: FieldKind;
  required: boolean;
  /** null is an accepted value (the field may be left empty even with a default). */
  nullable: boolean;
  title?: string;
  description?: string;
  default?: unknown;
  /** The values of a `choice` field. */
  choices?: unknown[];
  /** A media field that accepts only a URL (format uri): an upload fills it with the asset's link. */
  urlOnly?: boolean;
  /** A value the schema accepts: its example, else the smallest valid value (required fields start with it). */
  sample: unknown;
  schema: Schema;
}

export interface Operation {
  /** `POST /api/v1/bria/image/editing/remove-background` */
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string;
  tags: string[];
  provider: string;
  /** Runs as a job (the gateway documents X-Webhook-Url on those). */
  jobBacked: boolean;
  /** The `operation` its jobs record, when it runs as one (`bria.remove-background`). */
  jobOperation?: string;
  multipart: boolean;
  fields: Field[];
}

/** Field values as the controls hold them: text for inputs and selects (a choice's index), booleans for checkboxes. */
export type FormValues = Record<string, string | boolean>;

export interface BuiltRequest {
  method: string;
  /** The path with its parameters filled in, plus the query string. */
  url: string;
  body?: Record<string, unknown>;
  /** The multipart parts that carry files (multipart operations have no JSON body). */
  files?: string[];
}

/** A problem with one field, in the gateway's 422 shape. */
export interface FieldError {
  loc: (string | number)[];
  msg: string;
}

const PROVIDERS: Record<string, string> = {
  bria: 'BRIA',
  'bria-lora': 'BRIA tailored (LoRA)',
  'google-vision': 'Google',
  openai: 'OpenAI',
  firefly: 'Adobe Firefly',
  runway: 'Runway',
  prompt: 'Prompts and captions',
  caption: 'Prompts and captions',
};

/** Which provider an operation belongs to, from its path (`/api/v1/<provider>/…`). */
export function providerOf(path: string): string {
  const segment = path.split('/')[3] ?? '';
  return PROVIDERS[segment] ?? 'Gateway';
}

export const fieldKey = (field: Pick<Field, 'in' | 'name'>) => `${field.in}.${field.name}`;

/** Media inputs, by the reference's names: image, mask, video, file, *_url, …; not names or descriptions of them. */
const MEDIA_NAME = /(^|_)(image|images|mask|video|audio|file|url|uri|reference)(_|$)/;
const NOT_MEDIA_NAME = /(name|description|prompt|type|mode)$/;

export function resolve(document: OpenApiDocument, schema: Schema | undefined, seen = new Set<string>()): Schema {
  if (!schema || typeof schema.$ref !== 'string') return schema ?? {};
  const name = schema.$ref.replace('#/components/schemas/', '');
  if (seen.has(name)) return {};
  const { $ref: _ref, ...rest } = schema;
  return { ...resolve(document, document.components?.schemas?.[name], new Set([...seen, name])), ...rest };
}

/** Every operation of the document, in its order. */
export function listOperations(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => operationOf(document, path, method, op)));
}

function operationOf(document: OpenApiDocument, path: string, method: string, op: OperationObject): Operation {
  const fields: Field[] = [];
  for (const p of op.parameters ?? []) {
    if (p.in !== 'path' && p.in !== 'query') continue;
    fields.push(
      fieldOf(document, p.name, p.in, { ...resolve(document, p.schema), ...(p.description ? { description: p.description } : {}) }, p.in === 'path' || Boolean(p.required)),
    );
  }
  const [contentType, media] = Object.entries(op.requestBody?.content ?? {})[0] ?? [];
  const body = resolve(document, media?.schema);
  const required = new Set<string>(body.required ?? []);
  for (const [name, property] of Object.entries<Schema>(body.properties ?? {})) {
    fields.push(fieldOf(document, name, 'body', property, required.has(name)));
  }
  return {
    id: `${method.toUpperCase()} ${path}`,
    method: method.toUpperCase(),
    path,
    summary: op.summary ?? path,
    description: op.description ?? '',
    tags: op.tags ?? [],
    provider: providerOf(path),
    jobBacked: (op.parameters ?? []).some((p) => p.name === 'X-Webhook-Url'),
    ...(op['x-job-operation'] ? { jobOperation: op['x-job-operation'] } : {}),
    multipart: contentType === 'multipart/form-data',
    fields,
  };
}

function fieldOf(document: OpenApiDocument, name: string, location: Location, raw: Schema, required: boolean): Field {
  const schema = resolve(document, raw);
  const variants = (schema.anyOf ?? schema.oneOf ?? [schema]).map((v: Schema) => resolve(document, v));
  const nullable = variants.some((v: Schema) => v.type === 'null');
  const values = variants.filter((v: Schema) => v.type !== 'null');
  const base = {
    name,
    in: location,
    required,
    nullable,
    title: schema.title,
    description: schema.description,
    default: schema.default,
    sample: sampleOf(document, values.length === 1 ? values[0] : schema),
    schema,
  };
  const choices = values.every((v: Schema) => Array.isArray(v.enum) || v.const !== undefined)
    ? values.flatMap((v: Schema) => (Array.isArray(v.enum) ? v.enum : [v.const]))
    : undefined;
  if (values.length > 0 && choices) return { ...base, kind: 'choice', choices };
  const types = new Set(values.map((v: Schema) => v.type));
  if (types.size !== 1) return { ...base, kind: 'json' };
  const [type] = types;
  if (type === 'boolean') return nullable || (!required && schema.default === undefined) ? { ...base, kind: 'choice', choices: [true, false] } : { ...base, kind: 'boolean' };
  if (type === 'integer' || type === 'number') return { ...base, kind: type };
  if (type !== 'string') return { ...base, kind: 'json' };
  if (values.some((v: Schema) => v.format === 'binary')) return { ...base, kind: 'file' };
  if (MEDIA_NAME.test(name) && !NOT_MEDIA_NAME.test(name)) {
    return { ...base, kind: 'media', urlOnly: values.every((v: Schema) => v.format === 'uri') };
  }
  const long = values.some((v: Schema) => (v.maxLength ?? Infinity) > 200) && /prompt|text|caption|description/.test(name);
  return { ...base, kind: long ? 'textarea' : 'text' };
}

/** How a value is shown in its control. */
function toControl(field: Field, value: unknown): string | boolean {
  if (field.kind === 'boolean') return value === true;
  if (field.kind === 'choice') {
    const index = (field.choices ?? []).indexOf(value);
    return index < 0 ? '' : String(index);
  }
  if (value === undefined || value === null) return '';
  return field.kind === 'json' ? JSON.stringify(value, null, 1) : String(value);
}

/**
 * The form as it first shows: each field's default; required fields without one get the
 * schema's example, else the smallest value the schema accepts, so the form can be sent as it is.
 */
export function initialValues(operation: Operation): FormValues {
  const values: FormValues = {};
  for (const field of operation.fields) {
    const start = field.default !== undefined ? field.default : field.required ? field.sample : undefined;
    values[fieldKey(field)] = toControl(field, start);
  }
  return values;
}

function sampleOf(document: OpenApiDocument, raw: Schema): unknown {
  const schema = resolve(document, raw);
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (Array.isArray(schema.enum)) return schema.enum[0];
  if (schema.const !== undefined) return schema.const;
  const variant = schema.anyOf?.find((v: Schema) => v.type !== 'null') ?? schema.oneOf?.[0];
  if (variant) return sampleOf(document, variant);
  switch (schema.type) {
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      return schema.type === 'integer' ? Math.ceil(min) : min;
    }
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sampleOf(document, schema.items ?? {}));
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const name of schema.required ?? []) object[name] = sampleOf(document, schema.properties?.[name] ?? {});
      return object;
    }
    default:
      if (schema.format === 'uri') return 'https://example.com/image.png';
      return 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  }
}

/** One control's value as sent; undefined leaves the field out. Throws a FieldError for JSON that does not parse. */
function fromControl(field: Field, value: string | boolean | undefined): unknown {
  if (field.kind === 'boolean') return value === true;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  switch (field.kind) {
    case 'choice':
      return field.choices?.[Number(value)];
    case 'integer':
    case 'number': {
      const number = Number(value);
      // Sent as typed when it is not a number: the gateway answers which field is wrong.
      return Number.isFinite(number) ? number : value;
    }
    case 'json':
      try {
        return JSON.parse(value);
      } catch {
        throw { loc: [field.in, field.name], msg: 'Not valid JSON' } satisfies FieldError;
      }
    default:
      return value;
  }
}

/** The request a filled form makes (multipart forms are sent by the caller from the file itself). */
export function buildRequest(operation: Operation, values: FormValues): BuiltRequest {
  let path = operation.path;
  const query = new URLSearchParams();
  const body: Record<string, unknown> = {};
  for (const field of operation.fields) {
    const value = fromControl(field, values[fieldKey(field)]);
    if (value === undefined) continue;
    if (field.in === 'path') path = path.replace(`{${field.name}}`, encodeURIComponent(String(value)));
    else if (field.in === 'query') query.set(field.name, String(value));
    else body[field.name] = value;
  }
  // Multipart parts are the picked files, sent apart (see BuiltRequest.files).
  const hasBody = !operation.multipart && operation.fields.some((f) => f.in === 'body');
  const search = query.toString();
  const files = operation.multipart ? operation.fields.filter((f) => f.kind === 'file').map((f) => f.name) : [];
  return { method: operation.method, url: search ? `${path}?${search}` : path, ...(hasBody ? { body } : {}), ...(files.length ? { files } : {}) };
}

/** What a job's record tells of its request (`inputs` on GET /api/v1/jobs/{id}). */
export interface JobInputs {
  asset_ids: string[];
  prompt: string | null;
  /** Each input asset by the body field it came in: `image`, `ref_images[1]`, `image.source.upload_id` (null for older jobs). */
  assets: { field: string; asset_id: string }[] | null;
  /** The other body fields as sent: not the prompt, not a field `assets` names whole, not inline media (null for older jobs). */
  parameters?: Record<string, unknown> | null;
}

/** The operation a job ran: the one under /api/v1 whose jobs record its name. */
export const operationOfJob = (operations: Operation[], jobOperation: string) => operations.find((op) => op.jobOperation === jobOperation && op.path.startsWith('/api/v1/'));

/** A recorded field path as its parts: `ref_images[1]` → ['ref_images', 1], `image.source.upload_id` → ['image', 'source', 'upload_id']. */
export function pathParts(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

type Tree = Record<string | number, unknown>;

/** `value` with `id` put at `path` inside it; arrays and objects made where missing. */
function putAt(value: unknown, path: (string | number)[], id: string): unknown {
  if (path.length === 0) return id;
  const [part, ...rest] = path;
  const fits = typeof part === 'number' ? Array.isArray(value) : value !== null && typeof value === 'object' && !Array.isArray(value);
  const into = (fits ? value : typeof part === 'number' ? [] : {}) as Tree;
  into[part!] = putAt(into[part!], rest, id);
  return into;
}

/** Whether an array inside `value` misses an item (an input that was not an asset, e.g. a URL the provider fetched). */
function hasGaps(value: unknown): boolean {
  if (Array.isArray(value)) return Array.from({ length: value.length }, (_, i) => i in value).includes(false) || value.some(hasGaps);
  return value !== null && typeof value === 'object' && Object.values(value).some(hasGaps);
}

/** Control kinds an asset id can go into: as the value itself, or (json) inside the field's value. */
const TAKES_ID = new Set<FieldKind>(['media', 'text', 'textarea']);

/**
 * The recorded input assets put into their own fields: a field's asset as its value, an array
 * item at its index, a nested one at its place in the field's JSON (over the field's starting
 * value). What cannot go in whole — an unknown field, a file part, an array with an item missing
 * — is answered as `unplaced`.
 */
function placeAssets(operation: Operation, values: FormValues, assets: { field: string; asset_id: string }[], parameters: Record<string, unknown>): string[] {
  const unplaced: string[] = [];
  const byField = new Map<Field, { parts: (string | number)[]; asset_id: string }[]>();
  for (const { field: path, asset_id } of assets) {
    const [name, ...parts] = pathParts(path);
    const field = operation.fields.find((f) => f.in === 'body' && f.name === name);
    const fits = field && (parts.length === 0 ? TAKES_ID.has(field.kind) || field.kind === 'json' : field.kind === 'json');
    if (!fits) unplaced.push(asset_id);
    else byField.set(field, [...(byField.get(field) ?? []), { parts, asset_id }]);
  }
  for (const [field, placed] of byField) {
    if (TAKES_ID.has(field.kind)) {
      values[fieldKey(field)] = placed[0]!.asset_id;
      continue;
    }
    let start: unknown;
    try {
      start = JSON.parse(String(values[fieldKey(field)] || 'null'));
    } catch {
      start = null;
    }
    // Arrays are built from the record alone (the array as sent, else the assets): a starting
    // example item would stand in for an input the record does not hold.
    const sent = parameters[field.name];
    let value: unknown = Array.isArray(sent) ? structuredClone(sent) : Array.isArray(start) ? undefined : start;
    for (const { parts, asset_id } of placed) value = putAt(value, parts, asset_id);
    if (hasGaps(value)) unplaced.push(...placed.map((p) => p.asset_id));
    else values[fieldKey(field)] = toControl(field, value);
  }
  return unplaced;
}

/**
 * The form for running a job again, over the starting values: its other fields as sent
 * (`inputs.parameters`), its prompt, and each input asset in the field the record names
 * (`inputs.assets`); what cannot go in whole is answered as `unplaced`, not guessed. Jobs
 * recorded before fields were kept: their assets fill the required media fields in order, the
 * rest are `unplaced`. Where the request itself is known (a run from this browser session),
 * every body field is as it was sent.
 */
export function valuesFromJob(operation: Operation, inputs: JobInputs, sent?: BuiltRequest): { values: FormValues; unplaced: string[] } {
  const values = initialValues(operation);
  const body = operation.fields.filter((f) => f.in === 'body');
  const fill = (given: Record<string, unknown>) => {
    for (const field of body) if (given[field.name] !== undefined) values[fieldKey(field)] = toControl(field, given[field.name]);
  };
  if (sent?.body) {
    fill(sent.body);
    return { values, unplaced: [] };
  }
  const parameters = inputs.parameters ?? {};
  fill(parameters);
  const unplaced = inputs.assets ? placeAssets(operation, values, inputs.assets, parameters) : placeInOrder(body, values, inputs.asset_ids);
  const prompt = body.find((f) => f.name === 'prompt');
  if (prompt && inputs.prompt !== null) values[fieldKey(prompt)] = inputs.prompt;
  return { values, unplaced: [...new Set(unplaced)] };
}

/** Older records (no fields): the assets in the required media fields, in order; the rest unplaced. */
function placeInOrder(body: Field[], values: FormValues, ids: string[]): string[] {
  const media = body.filter((f) => f.kind === 'media' && f.required);
  // URL-only fields take an asset id too (the gateway's `uri` format admits them).
  media.forEach((field, i) => ids[i] && (values[fieldKey(field)] = ids[i]));
  return ids.slice(media.length);
}

/** The gateway's 422 details by field key (`body.prompt`); details for the request as a whole under ''. */
export function errorsByField(detail: unknown): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  if (!Array.isArray(detail)) return byField;
  for (const item of detail as FieldError[]) {
    const [where, name, ...rest] = item.loc ?? [];
    const key = where === 'body' || where === 'path' || where === 'query' ? (name === undefined ? '' : `${where}.${name}`) : '';
    const message = rest.length > 0 ? `${rest.join('.')}: ${item.msg}` : item.msg;
    (byField[key] ??= []).push(message);
  }
  return byField;
}
