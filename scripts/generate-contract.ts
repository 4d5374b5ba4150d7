// Writes the request schemas of the reference contract (src/providers/*/schemas.ts) and its
// named components (src/contract/components.ts) from the reference OpenAPI document
// (test/fixtures/openapi.reference.json), as TypeBox. `npm run contract:generate` after the
// reference changes; test/contract-generated.test.ts fails while a checked-in file is not what
// this produces. What the reference does not say (enum values it lists only by name, the
// gateway's additions) comes from ./contract-overrides.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMPONENTS, RESPONSE_ADDITIONS, type ComponentSpec } from './contract-overrides.js';

type Schema = Record<string, unknown>;
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}
interface Operation {
  summary: string;
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

export const REFERENCE = fileURLToPath(new URL('../test/fixtures/openapi.reference.json', import.meta.url));
const ROOT = new URL('../', import.meta.url);

/** Which provider folder an operation's schemas go to, by its path. */
const PROVIDER_OF_PATH: [RegExp, string][] = [
  [/^\/api\/v1\/(prompt|caption)\//, 'llm'],
  [/^\/api\/v1\/bria-lora\//, 'bria-lora'],
  [/^\/api\/v1\/bria\//, 'bria'],
  [/^\/api\/v1\/google-vision\//, 'google'],
  [/^\/api\/v1\/openai\//, 'openai'],
  [/^\/api\/v1\/firefly\//, 'firefly'],
  [/^\/api\/v1\/runway\//, 'runway'],
];

/** The order keywords are written in: the descriptive ones first, then the constraints. */
const KEYWORD_ORDER = [
  'title', 'description', 'default', 'examples',
  'minLength', 'maxLength', 'minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'minItems', 'maxItems', 'format',
];
/** Keywords the builders write themselves (the type) or that are not carried over. */
const STRUCTURAL = new Set(['type', 'enum', 'const', 'anyOf', 'items', 'prefixItems', 'properties', 'required', '$ref', 'additionalProperties']);

/** A value as the generated files spell it: JSON with Python's separators (`, ` and `: `). */
export function literal(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${literal(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value);
}

function options(schema: Schema, extra: [string, unknown][] = [], first: [string, unknown][] = []): string {
  const entries = Object.entries(schema).filter(([key]) => !STRUCTURAL.has(key));
  for (const [key] of entries) if (!KEYWORD_ORDER.includes(key)) throw new Error(`no place for keyword ${key}`);
  entries.sort(([a], [b]) => KEYWORD_ORDER.indexOf(a) - KEYWORD_ORDER.indexOf(b));
  const all = [...first, ...entries, ...extra];
  return all.length === 0 ? '' : `{ ${all.map(([k, v]) => `${k}: ${literal(v)}`).join(', ')} }`;
}

const call = (builder: string, ...args: string[]) => `${builder}(${args.filter((a) => a !== '').join(', ')})`;

/** Names the file uses: TypeBox builders, helpers of src/contract/typebox.ts, components. */
class Uses {
  helpers = new Set<string>();
  components = new Set<string>();
}

const refName = (ref: string) => ref.replace('#/components/schemas/', '');

/** The served name of a reference component (the reference's module paths are left out). */
function servedName(referenceName: string): string {
  return COMPONENTS.find((c) => c.reference === referenceName)?.name ?? referenceName;
}

function emit(schema: Schema, uses: Uses): string {
  if (typeof schema.$ref === 'string') {
    const name = servedName(refName(schema.$ref));
    uses.components.add(refName(schema.$ref));
    return call('Type.Ref', name, options(schema));
  }
  if (Array.isArray(schema.anyOf)) {
    const members = (schema.anyOf as Schema[]).map((member) => emit(member, uses));
    return call('Type.Union', `[${members.join(', ')}]`, options(schema));
  }
  if (schema.const !== undefined) {
    // TypeBox's Literal of a number says `type: "number"`; an integer constant keeps `integer`.
    if (schema.type === 'integer') return call('Type.Integer', options(schema, [], [['const', schema.const]]));
    return call('Type.Literal', literal(schema.const), options(schema));
  }
  if (Array.isArray(schema.enum)) {
    const helper = schema.type === 'integer' ? 'IntegerEnum' : 'StringEnum';
    uses.helpers.add(helper);
    return call(helper, literal(schema.enum), options(schema));
  }
  switch (schema.type) {
    case 'string':
      return call('Type.String', options(schema));
    case 'integer':
      return call('Type.Integer', options(schema));
    case 'number':
      return call('Type.Number', options(schema));
    case 'boolean':
      return call('Type.Boolean', options(schema));
    case 'null':
      return 'Type.Null()';
    case 'array':
      if (Array.isArray(schema.prefixItems)) {
        uses.helpers.add('Tuple');
        return call('Tuple', `[${(schema.prefixItems as Schema[]).map((item) => emit(item, uses)).join(', ')}]`, options(schema));
      }
      return call('Type.Array', emit((schema.items ?? {}) as Schema, uses), options(schema));
    case 'object':
      if (!schema.properties) {
        uses.helpers.add('FreeObject');
        return call('FreeObject', options(schema));
      }
  }
  throw new Error(`cannot write schema ${JSON.stringify(schema)}`);
}

/** `export const Name = Type.Object({...}, { title, description });` */
function objectDeclaration(name: string, schema: Schema, uses: Uses, additions: string[] = []): string {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const fields = Object.entries(schema.properties as Record<string, Schema>).map(([field, fieldSchema]) => {
    const written = emit(fieldSchema, uses);
    return `  ${field}: ${required.has(field) ? written : `Type.Optional(${written})`},`;
  });
  const outer = options({ title: schema.title, ...(schema.description !== undefined ? { description: schema.description } : {}) });
  return `export const ${name} = Type.Object({\n${[...fields, ...additions].join('\n')}\n}, ${outer});\n`;
}

const pascal = (words: string) => words.split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** The export name of an operation's schema: its model's name, or (FastAPI's `Body_…` models) its summary + Body. */
function exportName(schema: Schema, operation: Operation): string {
  const title = schema.title as string;
  return title.startsWith('Body_') ? `${pascal(operation.summary)}Body` : title;
}

const GENERIC = new Set(['HTTPValidationError']);

/** Each provider's named schemas in the reference's order: request bodies, then titled answers. */
function providerSchemas(document: Document): Map<string, { name: string; schema: Schema }[]> {
  const byProvider = new Map<string, { name: string; schema: Schema }[]>();
  for (const [path, operations] of Object.entries(document.paths)) {
    const provider = PROVIDER_OF_PATH.find(([pattern]) => pattern.test(path))?.[1];
    if (!provider) continue;
    const list = byProvider.get(provider) ?? [];
    byProvider.set(provider, list);
    for (const operation of Object.values(operations)) {
      const schemas = [
        ...Object.values(operation.requestBody?.content ?? {}).map((c) => c.schema),
        ...Object.values(operation.responses?.['200']?.content ?? {}).map((c) => c.schema),
      ];
      for (const schema of schemas) {
        if (typeof schema.title !== 'string' || GENERIC.has(schema.title) || !schema.properties) continue;
        const name = exportName(schema, operation);
        if (!list.some((entry) => entry.name === name)) list.push({ name, schema });
      }
    }
  }
  return byProvider;
}

const SCHEMAS_HEADER = '// Request schemas of the reference contract (spec/openapi.reference.json), one per operation.\n';

function schemasFile(entries: { name: string; schema: Schema }[]): string {
  const uses = new Uses();
  const imports = new Set<string>();
  const declarations = entries.map(({ name, schema }) => {
    const additions = RESPONSE_ADDITIONS[name];
    for (const line of additions?.imports ?? []) imports.add(line);
    return objectDeclaration(name, schema, uses, additions?.fields);
  });
  const lines = [SCHEMAS_HEADER.trimEnd(), "import { Type } from '@sinclair/typebox';", ...imports];
  if (uses.helpers.size > 0) lines.push(`import { ${[...uses.helpers].sort().join(', ')} } from '../../contract/typebox.js';`);
  if (uses.components.size > 0) {
    const names = [...uses.components].sort().map(servedName);
    lines.push(`import { ${names.join(', ')} } from '../../contract/components.js';`);
  }
  return `${lines.join('\n')}\n\n${declarations.join('\n')}`;
}

// ---- components.ts ------------------------------------------------------------------------

function docComment(doc: string | undefined): string {
  if (!doc) return '';
  const lines = doc.split('\n');
  return lines.length === 1 ? `/** ${doc} */\n` : `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}

function componentsFile(document: Document): string {
  const reference = document.components.schemas;
  const out: string[] = [];
  for (const spec of COMPONENTS) {
    if (!reference[spec.reference]) throw new Error(`the reference has no component ${spec.reference}`);
  }
  return out.join('');
  void reference;
}

/** Every generated file: its path (from the repository root) and its content. */
export function generateContract(document: Document = JSON.parse(readFileSync(REFERENCE, 'utf8'))): Map<string, string> {
  const files = new Map<string, string>();
  for (const [provider, entries] of providerSchemas(document)) {
    if (entries.length > 0) files.set(`src/providers/${provider}/schemas.ts`, schemasFile(entries));
  }
  void componentsFile;
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, text] of generateContract()) writeFileSync(new URL(file, ROOT), text);
}

export type { ComponentSpec };
