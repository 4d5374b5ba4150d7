// Request validation with the reference's semantics (pydantic v2 behind FastAPI), reported in
// FastAPI's 422 shape: {"detail":[{"loc":["body","prompt"],"msg":"Field required","type":"missing"}]}.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { TSchema } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { ASSET_ID_PATTERN } from './ids.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

export interface ValidationDetail {
  loc: (string | number)[];
  msg: string;
  type: string;
  ctx?: Record<string, unknown>;
}

/** A request that does not match its schema: answered 422 with FastAPI's body. */
export class RequestValidationError extends Error {
  readonly statusCode = 422;
  constructor(readonly detail: ValidationDetail[]) {
    super(detail.map((d) => `${d.loc.join('.')}: ${d.msg}`).join('; '));
    this.name = 'RequestValidationError';
  }
}

type Part = 'body' | 'path' | 'query' | 'header';

const FASTIFY_PART: Record<string, Part> = { body: 'body', params: 'path', querystring: 'query', headers: 'header' };

function makeAjv(coerceTypes: boolean, useDefaults: boolean, components: TSchema[]): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    useDefaults,
    // pydantic does not turn a JSON number into a string or a string into a bool/array/object,
    // so bodies are validated as sent; path and query values are strings and are coerced.
    coerceTypes,
    strict: false,
    // TypeBox marks schemas with symbols; ajv ignores them. `examples` is an annotation.
    discriminator: false,
    // `1e400` parses as Infinity, which Ajv would otherwise take as a number (and an integer) and
    // JSON.stringify would store as null.
    strictNumbers: true,
  });
  addFormats(ajv);
  if (!coerceTypes) acceptMediaReferences(ajv);
  // Only integers JavaScript holds exactly: 2**60 would be kept (and sent upstream) as another number.
  ajv.addKeyword({ keyword: SAFE_INTEGER, type: 'number', schemaType: 'boolean', validate: (_: boolean, data: number) => !Number.isInteger(data) || Number.isSafeInteger(data) });
  // Ajv coerces a query or path value like "1e400" to Infinity and then skips every number check
  // (minimum, maximum, and keywords typed 'number', hence untyped here) for a number not finite.
  ajv.addKeyword({ keyword: FINITE, schemaType: 'boolean', validate: (_: boolean, data: unknown) => typeof data !== 'number' || Number.isFinite(data) });
  for (const schema of components) ajv.addSchema(withSafeIntegers(coerceTypes ? schema : asMediaSchema(schema)));
  return ajv;
}

// Media fields. Every `format: uri` string of a request body is a media field (an image, a mask
// or a video), and intake (src/assets/intake.ts) accepts more there than a URL: the caller's
// asset id (`asset_…`, not a URI) and data URIs longer than the reference's `maxLength` (2048,
// which counts a URL, not a file). The served contract keeps the reference's schemas; only the
// body validator reads them this way, and intake checks every such value for real (type, size,
// owner) before anything is done with it.
const DATA_URI = /^data:/i;
const isUri = fullFormats.uri as (value: string) => boolean;

function acceptMediaReferences(ajv: Ajv2020): void {
  ajv.addFormat('uri', { type: 'string', validate: (value: string) => ASSET_ID_PATTERN.test(value) || isUri(value) });
  ajv.addKeyword({
    keyword: 'mediaMaxLength',
    type: 'string',
    errors: true,
    validate: function check(limit: number, value: string) {
      if (DATA_URI.test(value) || value.length <= limit || [...value].length <= limit) return true;
      (check as unknown as { errors: Partial<ErrorObject>[] }).errors = [{ keyword: 'maxLength', params: { limit }, message: `must NOT have more than ${limit} characters` }];
      return false;
    },
  });
}

/** The schema with each media field's `maxLength` read as `mediaMaxLength` (data URIs exempt). */
function asMediaSchema<T>(schema: T): T {
  if (!JSON.stringify(schema).includes('"uri"')) return schema;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (!node || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = walk(value);
    if (out.format === 'uri' && typeof out.maxLength === 'number') {
      out.mediaMaxLength = out.maxLength;
      delete out.maxLength;
    }
    return out;
  };
  return walk(schema) as T;
}

const SAFE_INTEGER = 'x-safe-integer';
const FINITE = 'x-finite';

/** A copy of `schema` (for Ajv only: the served document is unchanged) in which every number must be finite and every integer a safe one. */
function withSafeIntegers(schema: unknown): any {
  if (Array.isArray(schema)) return schema.map(withSafeIntegers);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'const' || key === 'enum' || key === 'default' || key === 'examples' ? value : withSafeIntegers(value);
  const type = copy.type;
  if (type === 'integer' || (Array.isArray(type) && type.includes('integer'))) copy[SAFE_INTEGER] = true;
  if (type === 'integer' || type === 'number' || (Array.isArray(type) && (type.includes('integer') || type.includes('number')))) copy[FINITE] = true;
  return copy;
}

/**
 * Builds Fastify's validator compiler: a strict Ajv for bodies, a coercing Ajv for path/query.
 * pydantic does not validate defaults (a `prompt` defaulting to "" next to `minLength: 4` is
 * valid when omitted), whereas Ajv's `useDefaults` inserts them before checking; so each schema
 * has a second, filling validator, run only after the request passed (its verdict is ignored).
 *
 * Validators are built on a route's first request, not at start: compiling every schema of the
 * ~100 routes is most of a cold start, and a request pays it once (~3 ms). Every route's schema
 * is compiled by the test suite, so a broken one cannot wait for production to show.
 */
export function validatorCompiler(components: TSchema[]): FastifySchemaCompiler<TSchema> {
  const ajvs = new Map<string, Ajv2020>();
  const ajvFor = (coerce: boolean, defaults: boolean) => {
    const key = `${coerce}:${defaults}`;
    let ajv = ajvs.get(key);
    if (!ajv) ajvs.set(key, (ajv = makeAjv(coerce, defaults, components)));
    return ajv;
  };
  return ({ schema, httpPart }) => {
    const part = FASTIFY_PART[httpPart ?? 'body'] ?? 'body';
    const coerce = part !== 'body';
    let validate: ValidateFunction | undefined;
    let fillDefaults: ValidateFunction | undefined;
    const booleans = coerce ? booleanProperties(schema) : [];
    return (data: unknown) => {
      if (part === 'body' && (data === undefined || data === null) && schemaRequiresValue(schema)) {
        return { error: new RequestValidationError([{ loc: ['body'], msg: 'Field required', type: 'missing' }]) };
      }
      if (booleans.length > 0) normalizeBooleans(data, booleans);
      validate ??= ajvFor(coerce, false).compile(withSafeIntegers(coerce ? schema : asMediaSchema(schema)));
      if (!validate(data)) return { error: new RequestValidationError(toDetails(validate, part)) };
      fillDefaults ??= ajvFor(coerce, true).compile(withSafeIntegers(coerce ? schema : asMediaSchema(schema)));
      fillDefaults(data);
      return { value: data };
    };
  };
}

/** The strings pydantic reads as a boolean in a path or query value (compared lower-cased). */
const BOOLEAN_STRINGS = new Map<string, boolean>([
  ...['1', 'on', 't', 'true', 'y', 'yes'].map((s) => [s, true] as const),
  ...['0', 'off', 'f', 'false', 'n', 'no'].map((s) => [s, false] as const),
]);

function booleanProperties(schema: TSchema): string[] {
  const properties = (schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {};
  return Object.keys(properties).filter((name) => properties[name]?.type === 'boolean');
}

/** Ajv coerces only "true"/"false"; pydantic also takes 1/0, yes/no, on/off, t/f, y/n, in any case. */
function normalizeBooleans(data: unknown, names: string[]): void {
  if (typeof data !== 'object' || data === null) return;
  const values = data as Record<string, unknown>;
  for (const name of names) {
    const value = values[name];
    const parsed = typeof value === 'string' ? BOOLEAN_STRINGS.get(value.toLowerCase()) : undefined;
    if (parsed !== undefined) values[name] = parsed;
  }
}

function schemaRequiresValue(schema: TSchema): boolean {
  return (schema as { type?: unknown }).type === 'object';
}

/** Turns Ajv's errors into FastAPI's list, one entry per offending location. */
export function toDetails(validate: ValidateFunction, part: Part): ValidationDetail[] {
  const seen = new Set<string>();
  const details: ValidationDetail[] = [];
  for (const error of validate.errors ?? []) {
    const detail = describe(error, part);
    if (!detail) continue;
    const key = `${JSON.stringify(detail.loc)}|${detail.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    details.push(detail);
  }
  return details.length > 0 ? details : [{ loc: [part], msg: 'Invalid input', type: 'value_error' }];
}

function pointerToLoc(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const TYPE_ERRORS: Record<string, [string, string]> = {
  string: ['string_type', 'Input should be a valid string'],
  integer: ['int_type', 'Input should be a valid integer'],
  number: ['float_type', 'Input should be a valid number'],
  boolean: ['bool_type', 'Input should be a valid boolean'],
  array: ['list_type', 'Input should be a valid list'],
  object: ['model_attributes_type', 'Input should be a valid dictionary or object to extract fields from'],
};

const quote = (v: unknown) => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v));

/** pydantic's wording for a choice: "'a', 'b' or 'c'". */
function choices(values: unknown[]): string {
  const q = values.map(quote);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describe(error: ErrorObject, part: Part): ValidationDetail | undefined {
  const loc: (string | number)[] = [part, ...pointerToLoc(error.instancePath)];
  const p = error.params as Record<string, any>;
  switch (error.keyword) {
    // A union reports each branch; the `null` branch of an optional field and the union itself say nothing useful.
    case 'anyOf':
    case 'oneOf':
      return undefined;
    case 'type': {
      const expected = Array.isArray(p.type) ? p.type[0] : p.type;
      if (expected === 'null') return undefined;
      const [type, msg] = TYPE_ERRORS[expected] ?? ['type_error', `Input should be of type ${expected}`];
      return { loc, msg, type };
    }
    case 'required':
      return { loc: [...loc, p.missingProperty], msg: 'Field required', type: 'missing' };
    case 'enum':
      return { loc, msg: `Input should be ${choices(p.allowedValues)}`, type: 'enum', ctx: { expected: choices(p.allowedValues) } };
    case 'const':
      return { loc, msg: `Input should be ${quote(p.allowedValue)}`, type: 'literal_error', ctx: { expected: quote(p.allowedValue) } };
    case 'minimum':
      return { loc, msg: `Input should be greater than or equal to ${p.limit}`, type: 'greater_than_equal', ctx: { ge: p.limit } };
    case 'maximum':
      return { loc, msg: `Input should be less than or equal to ${p.limit}`, type: 'less_than_equal', ctx: { le: p.limit } };
    case 'exclusiveMinimum':
      return { loc, msg: `Input should be greater than ${p.limit}`, type: 'greater_than', ctx: { gt: p.limit } };
    case 'exclusiveMaximum':
      return { loc, msg: `Input should be less than ${p.limit}`, type: 'less_than', ctx: { lt: p.limit } };
    case 'minLength':
      return { loc, msg: `String should have at least ${plural(p.limit, 'character')}`, type: 'string_too_short', ctx: { min_length: p.limit } };
    case 'maxLength':
      return { loc, msg: `String should have at most ${plural(p.limit, 'character')}`, type: 'string_too_long', ctx: { max_length: p.limit } };
    case 'minItems':
      return { loc, msg: `List should have at least ${plural(p.limit, 'item')} after validation`, type: 'too_short', ctx: { min_length: p.limit } };
    case 'maxItems':
      return { loc, msg: `List should have at most ${plural(p.limit, 'item')} after validation`, type: 'too_long', ctx: { max_length: p.limit } };
    case FINITE:
      return { loc, msg: 'Input should be a finite number', type: 'finite_number' };
    case SAFE_INTEGER:
      return {
        loc,
        msg: `Input should be an integer from ${-Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}`,
        type: 'int_out_of_range',
        ctx: { ge: -Number.MAX_SAFE_INTEGER, le: Number.MAX_SAFE_INTEGER },
      };
    case 'format':
      return p.format === 'uri'
        ? { loc, msg: 'Input should be a valid URL', type: 'url_parsing' }
        : { loc, msg: `Input should be a valid ${p.format}`, type: `${p.format}_parsing` };
    case 'pattern':
      return { loc, msg: `String should match pattern '${p.pattern}'`, type: 'string_pattern_mismatch', ctx: { pattern: p.pattern } };
    case 'additionalProperties':
      return { loc: [...loc, p.additionalProperty], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' };
    default:
      return { loc, msg: error.message ?? 'Invalid input', type: 'value_error' };
  }
}

/** The answer header naming body fields the operation does not know (accepted and ignored, as FastAPI does). */
export const IGNORED_FIELDS_HEADER = 'x-vision-studio-ignored-fields';
const MAX_IGNORED_NAMED = 20;

/** A field name as visible ASCII: lone surrogates (which encodeURIComponent refuses) become U+FFFD first. */
const headerSafe = (name: string) => encodeURIComponent(name.slice(0, 100).replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));

/** Names `ignored` (body fields or multipart parts) in IGNORED_FIELDS_HEADER, if there are any. */
export function reportIgnored(reply: FastifyReply, ignored: readonly string[]): void {
  // Percent-encoded: a header may carry only visible ASCII, and names may be anything.
  if (ignored.length > 0) reply.header(IGNORED_FIELDS_HEADER, ignored.slice(0, MAX_IGNORED_NAMED).map(headerSafe).join(', '));
}

/**
 * A preHandler that names, in IGNORED_FIELDS_HEADER, the top-level body fields the schema does
 * not have: a misspelled optional field (`aspectratio`) is accepted but has no effect, and the
 * caller should hear so. (Multipart parts are named as they are read: routes.ts.)
 */
export function reportIgnoredFields(body: TSchema) {
  const known = new Set(Object.keys((body as { properties?: object }).properties ?? {}));
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const sent = request.body;
    if (!sent || typeof sent !== 'object' || Array.isArray(sent) || Buffer.isBuffer(sent)) return;
    reportIgnored(
      reply,
      Object.keys(sent).filter((name) => !known.has(name)),
    );
  };
}
