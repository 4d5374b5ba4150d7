// Request cases generated from the served OpenAPI document: a valid sample for every schema,
// and for every field the ways it can be wrong (missing, wrong JSON type, out of range, not
// one of the choices, too short/long), each with the FastAPI 422 entry it must produce.
// Only the document is read, never the TypeBox sources, so what is tested is what is served.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null';
export type Loc = (string | number)[];

/** The JSON Schema (2020-12) subset the served request schemas use. */
export interface JsonSchema {
  $ref?: string;
  type?: JsonType | JsonType[];
  enum?: Json[];
  const?: Json;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
  default?: Json;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  jsonBody?: JsonSchema;
  multipartBody?: JsonSchema;
  public: boolean;
}

export interface OpenApi {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> }; security?: unknown[] }>>;
  components: { schemas: Record<string, JsonSchema> };
}

/**
 * Keywords the generator knows how to satisfy and to break. A request schema using any other
 * keyword (say `pattern`) makes the generator's coverage incomplete: the test checks this list.
 */
export const KNOWN_KEYWORDS = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'anyOf',
  'oneOf',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'format',
  // annotations
  'title',
  'description',
  'examples',
  'default',
]);
const KNOWN_FORMATS = new Set(['uri']);

/** pydantic's error type for a value of the wrong JSON type, by the type the schema expects. */
export const TYPE_ERROR: Record<Exclude<JsonType, 'null'>, string> = {
  string: 'string_type',
  integer: 'int_type',
  number: 'float_type',
  boolean: 'bool_type',
  array: 'list_type',
  object: 'model_attributes_type',
};

const SAMPLE_URI = 'https://example.com/sample.png';
const SAMPLE_TEXT = 'sample text';
const COMPONENT_PREFIX = '#/components/schemas/';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function jsonTypeOf(value: Json): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value as 'string' | 'boolean' | 'object';
}

export class SchemaSampler {
  constructor(readonly components: Record<string, JsonSchema>) {}

  /** Follows `$ref`s to `#/components/schemas/Name`. */
  resolve(schema: JsonSchema): JsonSchema {
    let current = schema;
    for (let hops = 0; current.$ref !== undefined; hops++) {
      if (hops > 32 || !current.$ref.startsWith(COMPONENT_PREFIX)) throw new Error(`cannot resolve $ref ${current.$ref}`);
      const target = this.components[current.$ref.slice(COMPONENT_PREFIX.length)];
      if (!target) throw new Error(`unknown component ${current.$ref}`);
      current = target;
    }
    return current;
  }

  /** The resolved alternatives a non-null value may match (`anyOf`/`oneOf` flattened, `null` dropped). */
  branches(schema: JsonSchema): JsonSchema[] {
    const resolved = this.resolve(schema);
    const alternatives = resolved.anyOf ?? resolved.oneOf;
    if (alternatives) return alternatives.flatMap((branch) => this.branches(branch));
    const types = this.ownTypes(resolved);
    if (types && types.size === 1 && types.has('null')) return [];
    return [resolved];
  }

  /** `T` or `T | null` → T; a real union (or only null) → undefined. */
  single(schema: JsonSchema): JsonSchema | undefined {
    const branches = this.branches(schema);
    return branches.length === 1 ? branches[0] : undefined;
  }

  /** The JSON types one (non-union) schema admits; undefined when it admits any. */
  private ownTypes(schema: JsonSchema): Set<JsonType> | undefined {
    if (schema.type !== undefined) return new Set(Array.isArray(schema.type) ? schema.type : [schema.type]);
    if (schema.const !== undefined) return new Set([jsonTypeOf(schema.const)]);
    if (schema.enum) return new Set(schema.enum.map(jsonTypeOf));
    if (schema.properties) return new Set(['object']);
    return undefined;
  }

  /** Every JSON type the schema admits (null included when it does); undefined when it admits any. */
  types(schema: JsonSchema): Set<JsonType> | undefined {
    const resolved = this.resolve(schema);
    const alternatives = resolved.anyOf ?? resolved.oneOf;
    if (!alternatives) return this.ownTypes(resolved);
    const all = new Set<JsonType>();
    for (const branch of alternatives) {
      const types = this.types(branch);
      if (!types) return undefined;
      for (const t of types) all.add(t);
    }
    return all;
  }

  accepts(types: Set<JsonType>, value: Json): boolean {
    const t = jsonTypeOf(value);
    return types.has(t) || (t === 'integer' && types.has('number'));
  }

  /**
   * A valid value. `full` also fills every optional property (recursively); otherwise only
   * required ones, which gives the smallest valid body.
   */
  sample(schema: JsonSchema, full = false, depth = 0): Json {
    if (depth > 16) throw new Error('schema nests too deep to sample');
    const resolved = this.resolve(schema);
    if (resolved.const !== undefined) return resolved.const;
    if (resolved.enum) return resolved.enum[0];
    const alternatives = resolved.anyOf ?? resolved.oneOf;
    if (alternatives) {
      const branch = this.branches(resolved)[0];
      return branch ? this.sample(branch, full, depth + 1) : null;
    }
    const types = this.ownTypes(resolved);
    if (!types) return SAMPLE_TEXT; // any value will do
    const type = ['object', 'array', 'string', 'integer', 'number', 'boolean', 'null'].find((t) => types.has(t as JsonType)) as JsonType;
    switch (type) {
      case 'object': {
        const out: { [key: string]: Json } = {};
        const required = new Set(resolved.required ?? []);
        for (const [name, property] of Object.entries(resolved.properties ?? {})) {
          if (full || required.has(name)) out[name] = this.sample(property, full, depth + 1);
        }
        return out;
      }
      case 'array': {
        if (resolved.prefixItems) {
          const items = resolved.prefixItems.map((item) => this.sample(item, full, depth + 1));
          const wanted = resolved.minItems ?? items.length;
          while (items.length < wanted) items.push(this.sample(resolved.items ?? {}, full, depth + 1));
          return items;
        }
        const count = Math.min(Math.max(resolved.minItems ?? 0, 1), resolved.maxItems ?? Infinity);
        return Array.from({ length: count }, () => this.sample(resolved.items ?? {}, full, depth + 1));
      }
      case 'string':
        return this.sampleString(resolved);
      case 'integer':
      case 'number':
        return this.sampleNumber(resolved, type === 'integer');
      case 'boolean':
        return true;
      default:
        return null;
    }
  }

  private sampleString(schema: JsonSchema): string {
    if (schema.format !== undefined && !KNOWN_FORMATS.has(schema.format)) throw new Error(`no sample for format ${schema.format}`);
    let text = schema.format === 'uri' ? SAMPLE_URI : SAMPLE_TEXT;
    if (schema.minLength !== undefined && text.length < schema.minLength) text = text.padEnd(schema.minLength, 'x');
    if (schema.maxLength !== undefined && text.length > schema.maxLength) {
      if (schema.format === 'uri') throw new Error(`no URI sample of at most ${schema.maxLength} characters`);
      text = text.slice(0, schema.maxLength);
    }
    return text;
  }

  private sampleNumber(schema: JsonSchema, integer: boolean): number {
    const step = integer ? 1 : 0.5;
    let low = schema.minimum;
    if (schema.exclusiveMinimum !== undefined) low = Math.max(low ?? -Infinity, schema.exclusiveMinimum + step);
    let high = schema.maximum;
    if (schema.exclusiveMaximum !== undefined) high = Math.min(high ?? Infinity, schema.exclusiveMaximum - step);
    const value = low ?? Math.min(1, high ?? 1);
    if (high !== undefined && value > high) throw new Error('empty numeric range');
    return integer ? Math.ceil(value) : value;
  }

  /** A value of a JSON type the schema does not admit; undefined when it admits every type. */
  wrongType(schema: JsonSchema): { value: Json; expected: string[] } | undefined {
    const types = this.types(schema);
    if (!types) return undefined;
    // A number for a string; a string for everything else (never coercible: not "1", not "true").
    const candidates: Json[] = [12345, 'not-a-valid-value', true, { unexpected: 'object' }, ['unexpected', 'list']];
    const value = candidates.find((candidate) => !this.accepts(types, candidate));
    if (value === undefined) return undefined;
    const expected = [...types].filter((t): t is Exclude<JsonType, 'null'> => t !== 'null').map((t) => TYPE_ERROR[t]);
    return { value, expected };
  }
}

// ---- cases --------------------------------------------------------------------------------

export type Category =
  | 'valid minimal body'
  | 'valid full body'
  | 'valid request'
  | 'missing field'
  | 'wrong type'
  | 'out of range'
  | 'invalid choice'
  | 'string length'
  | 'array length'
  | 'body framing'
  | 'query parameter'
  | 'path parameter'
  | 'multipart';

export type Expectation =
  | { status: 200 | 404 | 503 }
  /** 422; `loc`+`types`: some entry at exactly `loc` has one of `types` (any type if omitted), and every entry lies under `within`. */
  | { status: 422; loc?: Loc; types?: string[]; within?: Loc; firstType?: string };

export interface RequestCase {
  category: Category;
  name: string;
  /** The body field the case is about, if any (more than one part: a field of a nested object). */
  field?: string[];
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  expect: Expectation;
}

/** Every operation of the document, with the parts that shape its requests. */
export function listOperations(document: OpenApi): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        jsonBody: content['application/json']?.schema,
        multipartBody: content['multipart/form-data']?.schema,
        public: !op.security || op.security.length === 0,
      });
    }
  }
  return operations;
}

/** Keywords used by a schema (and the components it refers to) that the generator does not know. */
export function unknownKeywords(sampler: SchemaSampler, schema: JsonSchema, seen = new Set<JsonSchema>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const unknown: string[] = [];
  for (const [keyword, value] of Object.entries(schema)) {
    if (!KNOWN_KEYWORDS.has(keyword)) unknown.push(keyword);
    if (keyword === 'format' && !KNOWN_FORMATS.has(String(value))) unknown.push(`format:${String(value)}`);
  }
  const children: JsonSchema[] = [
    ...Object.values(schema.properties ?? {}),
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.prefixItems ?? []),
    ...(schema.items ? [schema.items] : []),
    ...(isObject(schema.additionalProperties) ? [schema.additionalProperties as JsonSchema] : []),
  ];
  if (schema.$ref) children.push(sampler.resolve(schema));
  return [...new Set(children.flatMap((child) => unknownKeywords(sampler, child, seen)).concat(unknown))];
}

function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}

function getAt(body: Json, path: string[]): Json | undefined {
  let current: Json | undefined = body;
  for (const key of path) current = isObject(current) ? (current as Record<string, Json>)[key] : undefined;
  return current;
}

function setAt(body: Json, path: string[], value: Json): Json {
  const out = clone(body);
  let current = out as Record<string, Json>;
  for (const key of path.slice(0, -1)) current = current[key] as Record<string, Json>;
  current[path[path.length - 1]] = value;
  return out;
}

function deleteAt(body: Json, path: string[]): Json {
  const out = clone(body);
  let current = out as Record<string, Json>;
  for (const key of path.slice(0, -1)) current = current[key] as Record<string, Json>;
  delete current[path[path.length - 1]];
  return out;
}

interface Field {
  path: string[];
  schema: JsonSchema;
  required: boolean;
  /** A valid body in which this field's parent object is present. */
  base: Json;
}

/** Every property of the body, and of the objects nested in it (also optional ones, also behind `T | null`). */
function* fields(sampler: SchemaSampler, objectSchema: JsonSchema, base: Json, prefix: string[] = []): Generator<Field> {
  const object = sampler.single(objectSchema);
  if (!object?.properties) return;
  const required = new Set(object.required ?? []);
  for (const [name, schema] of Object.entries(object.properties)) {
    const path = [...prefix, name];
    yield { path, schema, required: required.has(name), base };
    const inner = sampler.single(schema);
    if (inner?.properties && prefix.length < 4) {
      const present = getAt(base, path);
      const nestedBase = isObject(present) ? base : setAt(base, path, sampler.sample(inner));
      yield* fields(sampler, inner, nestedBase, path);
    }
  }
}

/** Stands in for 1e400 in a body until it is written as JSON text (JSON.stringify cannot write it). */
const OVERFLOW = 'overflow-1e400-placeholder';

function outOfRange(schema: JsonSchema): { value: number; type: string; why: string }[] {
  const integer = schema.type === 'integer';
  const step = integer ? 1 : 0.001;
  const cases: { value: number; type: string; why: string }[] = [];
  if (schema.minimum !== undefined) cases.push({ value: schema.minimum - step, type: 'greater_than_equal', why: `below minimum ${schema.minimum}` });
  if (schema.maximum !== undefined) cases.push({ value: schema.maximum + step, type: 'less_than_equal', why: `above maximum ${schema.maximum}` });
  if (schema.exclusiveMinimum !== undefined) cases.push({ value: schema.exclusiveMinimum, type: 'greater_than', why: `at exclusive minimum ${schema.exclusiveMinimum}` });
  if (schema.exclusiveMaximum !== undefined) cases.push({ value: schema.exclusiveMaximum, type: 'less_than', why: `at exclusive maximum ${schema.exclusiveMaximum}` });
  return cases;
}

function invalidChoice(schema: JsonSchema): { value: Json; type: string } | undefined {
  const values = schema.enum ?? (schema.const !== undefined ? [schema.const] : undefined);
  if (!values) return undefined;
  const type = schema.enum ? 'enum' : 'literal_error';
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (numbers.length === values.length) return { value: Math.max(...numbers) + 1, type };
  return { value: 'not-a-valid-choice', type };
}

function stringLength(schema: JsonSchema): { value: string; type: string; why: string }[] {
  const cases: { value: string; type: string; why: string }[] = [];
  if (schema.minLength !== undefined && schema.minLength > 0) {
    cases.push({ value: 'x'.repeat(schema.minLength - 1), type: 'string_too_short', why: `shorter than ${schema.minLength}` });
  }
  if (schema.maxLength !== undefined) {
    const base = schema.format === 'uri' ? 'https://example.com/' : '';
    cases.push({ value: base.padEnd(schema.maxLength + 1, 'x'), type: 'string_too_long', why: `longer than ${schema.maxLength}` });
  }
  return cases;
}

function arrayLength(sampler: SchemaSampler, schema: JsonSchema): { value: Json[]; type: string; why: string }[] {
  const valid = sampler.sample(schema, false) as Json[];
  const filler = (i: number) => sampler.sample(schema.prefixItems?.[i] ?? schema.items ?? {}, false);
  const cases: { value: Json[]; type: string; why: string }[] = [];
  if (schema.minItems !== undefined && schema.minItems > 0) {
    cases.push({ value: valid.slice(0, schema.minItems - 1), type: 'too_short', why: `fewer than ${schema.minItems} items` });
  }
  if (schema.maxItems !== undefined) {
    const long = [...valid];
    while (long.length <= schema.maxItems) long.push(filler(long.length));
    cases.push({ value: long, type: 'too_long', why: `more than ${schema.maxItems} items` });
  }
  return cases;
}

/** A path parameter value that its schema accepts. */
function paramSample(schema: JsonSchema): string {
  switch (schema.type) {
    case 'integer':
    case 'number':
      return '7';
    case 'boolean':
      return 'true';
    default:
      return 'sample-id';
  }
}

/** A query/path string its (coerced) schema rejects. */
function paramInvalid(schema: JsonSchema): string | undefined {
  switch (schema.type) {
    case 'integer':
    case 'number':
      return 'not-a-number';
    case 'boolean':
      return 'maybe';
    default:
      return undefined;
  }
}

function multipartPayload(fields: Record<string, { filename: string; type: string; data: Buffer } | string>) {
  const boundary = '----vision-studio-test-boundary';
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    } else {
      chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${value.filename}"\r\nContent-Type: ${value.type}\r\n\r\n`));
      chunks.push(value.data, Buffer.from('\r\n'));
    }
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Every generated request for one operation. `authHeaders` go on every request of a non-public operation. */
export function casesFor(sampler: SchemaSampler, op: Operation, authHeaders: Record<string, string>): RequestCase[] {
  const cases: RequestCase[] = [];
  const title = `${op.method} ${op.path}`;
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const pathWith = (overrides: Record<string, string> = {}) =>
    op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const param = pathParams.find((p) => p.name === name);
      return encodeURIComponent(overrides[name] ?? paramSample(param?.schema ?? {}));
    });
  const url = pathWith();
  const headers = op.public ? {} : { ...authHeaders };
  // Public → 200; a task lookup works without provider credentials and finds no such task
  // (404); anything else reaches the unconfigured provider (503).
  const validStatus = op.public ? 200 : op.path.includes('{task_id}') ? 404 : 503;
  const json = (category: Category, name: string, body: Json | undefined, expect: Expectation, field?: string[]): RequestCase => ({
    category,
    name: `${title} ${name}`,
    ...(field ? { field } : {}),
    method: op.method,
    url,
    headers: { ...headers, 'content-type': 'application/json' },
    payload: body === undefined ? '' : JSON.stringify(body),
    expect,
  });

  // Parameters (also for operations without a body).
  for (const param of pathParams) {
    const bad = paramInvalid(param.schema);
    if (bad === undefined) continue;
    cases.push({
      category: 'path parameter',
      name: `${title} path ${param.name}=${bad}`,
      method: op.method,
      url: pathWith({ [param.name]: bad }),
      headers,
      ...(op.jsonBody ? { headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(sampler.sample(op.jsonBody)) } : {}),
      expect: { status: 422, loc: ['path', param.name], types: [TYPE_ERROR[param.schema.type as 'integer']], within: ['path', param.name] },
    });
  }
  if (queryParams.length > 0) {
    const query = (pairs: [string, string][]) => `${url}?${new URLSearchParams(pairs)}`;
    const valid = queryParams.map((p): [string, string] => [p.name, p.schema.type === 'boolean' ? 'true' : paramSample(p.schema)]);
    cases.push({
      category: 'query parameter',
      name: `${title} query ${new URLSearchParams(valid)}`,
      method: op.method,
      url: query(valid),
      headers,
      expect: { status: validStatus },
    });
    for (const param of queryParams) {
      const type = param.schema.type as 'boolean' | 'integer' | 'number' | 'string';
      // pydantic reads these strings as booleans (in any case); anything else is a bool_type error.
      const spellings = type === 'boolean' ? ['false', '1', '0', 'yes', 'no', 'on', 'off', 't', 'f', 'y', 'n', 'True', 'FALSE'] : [];
      for (const spelling of spellings) {
        cases.push({
          category: 'query parameter',
          name: `${title} query ${param.name}=${spelling}`,
          method: op.method,
          url: query([[param.name, spelling]]),
          headers,
          expect: { status: validStatus },
        });
      }
      const bad = paramInvalid(param.schema);
      if (bad === undefined) continue;
      for (const value of type === 'boolean' ? [bad, '', '2', 'truthy'] : [bad]) {
        cases.push({
          category: 'query parameter',
          name: `${title} query ${param.name}=${JSON.stringify(value)}`,
          method: op.method,
          url: query([[param.name, value]]),
          headers,
          expect: { status: 422, loc: ['query', param.name], types: [TYPE_ERROR[type as 'boolean']], within: ['query', param.name] },
        });
      }
    }
  }

  if (op.multipartBody) {
    const form = multipartPayload({ file: { filename: 'pixel.png', type: 'image/png', data: PNG } });
    cases.push({
      category: 'multipart',
      name: `${title} valid upload`,
      method: op.method,
      url,
      headers: { ...headers, 'content-type': form.contentType },
      payload: form.payload,
      expect: { status: validStatus },
    });
    for (const name of op.multipartBody.required ?? []) {
      const without = multipartPayload({ other: 'value' });
      cases.push({
        category: 'multipart',
        name: `${title} upload without ${name}`,
        method: op.method,
        url,
        headers: { ...headers, 'content-type': without.contentType },
        payload: without.payload,
        expect: { status: 422, loc: ['body', name], types: ['missing'] },
      });
      cases.push(json('multipart', `JSON instead of multipart (no ${name})`, {}, { status: 422, loc: ['body', name], types: ['missing'] }));
    }
  }

  if (!op.jsonBody) {
    if (!op.multipartBody) cases.push({ category: 'valid request', name: `${title} valid request`, method: op.method, url, headers, expect: { status: validStatus } });
    return cases;
  }

  const body = op.jsonBody;
  const minimal = sampler.sample(body);
  cases.push(json('valid minimal body', 'minimal valid body', minimal, { status: validStatus }));
  cases.push(json('valid full body', 'valid body with every field', sampler.sample(body, true), { status: validStatus }));

  // Framing: what is not a JSON object at all.
  const raw = (name: string, payload: string, contentType: string, expect: Expectation): RequestCase => ({
    category: 'body framing',
    name: `${title} ${name}`,
    method: op.method,
    url,
    headers: { ...headers, 'content-type': contentType },
    payload,
    expect,
  });
  cases.push(raw('malformed JSON', '{"prompt": ', 'application/json', { status: 422, firstType: 'json_invalid' }));
  cases.push(raw('empty JSON body', '', 'application/json', { status: 422, loc: ['body'], types: ['missing'], within: ['body'] }));
  cases.push(raw('JSON null body', 'null', 'application/json', { status: 422, loc: ['body'], types: ['missing'], within: ['body'] }));
  cases.push(raw('JSON array body', '[]', 'application/json', { status: 422, loc: ['body'], types: ['model_attributes_type'] }));
  cases.push(raw('JSON string body', '"text"', 'application/json', { status: 422, loc: ['body'], types: ['model_attributes_type'] }));
  cases.push(raw('JSON number body', '42', 'application/json', { status: 422, loc: ['body'], types: ['model_attributes_type'] }));
  cases.push(raw('text/plain body', JSON.stringify(minimal), 'text/plain', { status: 422, loc: ['body'], types: ['model_attributes_type'] }));
  cases.push({
    category: 'body framing',
    name: `${title} no body at all`,
    method: op.method,
    url,
    headers,
    expect: { status: 422, loc: ['body'], types: ['missing'], within: ['body'] },
  });

  for (const field of fields(sampler, body, minimal)) {
    const loc: Loc = ['body', ...field.path];
    const dotted = field.path.join('.');
    const base = field.base;
    const expectAt = (types: string[]): Expectation => ({ status: 422, loc, types, within: loc });

    if (field.required) {
      cases.push(json('missing field', `missing ${dotted}`, deleteAt(base, field.path), expectAt(['missing']), field.path));
    }

    const wrong = sampler.wrongType(field.schema);
    if (wrong) {
      cases.push(json('wrong type', `wrong type ${dotted}=${JSON.stringify(wrong.value)}`, setAt(base, field.path, wrong.value), expectAt(wrong.expected), field.path));
    }

    // Constraints are only unambiguous when the field is `T` or `T | null`.
    const schema = sampler.single(field.schema);
    if (!schema) continue;
    if (schema.type === 'integer' || schema.type === 'number') {
      for (const c of outOfRange(schema)) {
        cases.push(json('out of range', `${dotted}=${c.value} (${c.why})`, setAt(base, field.path, c.value), expectAt([c.type]), field.path));
      }
      // Numbers JavaScript cannot hold: never accepted and stored as something else (null, a rounded integer).
      const infinite = json(
        'out of range',
        `${dotted}=1e400 (not a finite number)`,
        setAt(base, field.path, OVERFLOW),
        expectAt([TYPE_ERROR[schema.type], 'less_than_equal']),
        field.path,
      );
      cases.push({ ...infinite, payload: String(infinite.payload).replace(JSON.stringify(OVERFLOW), '1e400') });
      if (schema.type === 'integer') {
        cases.push(json('out of range', `${dotted}=2**60 (not a safe integer)`, setAt(base, field.path, 2 ** 60), expectAt(['int_out_of_range', 'less_than_equal']), field.path));
      }
    }
    const choice = invalidChoice(schema);
    if (choice) {
      cases.push(json('invalid choice', `${dotted}=${JSON.stringify(choice.value)} (not a choice)`, setAt(base, field.path, choice.value), expectAt([choice.type]), field.path));
    }
    if (schema.type === 'string') {
      for (const c of stringLength(schema)) {
        cases.push(json('string length', `${dotted} ${c.why}`, setAt(base, field.path, c.value), expectAt([c.type]), field.path));
      }
    }
    if (schema.type === 'array') {
      for (const c of arrayLength(sampler, schema)) {
        cases.push(json('array length', `${dotted} with ${c.why}`, setAt(base, field.path, c.value), expectAt([c.type]), field.path));
      }
    }
  }
  return cases;
}
