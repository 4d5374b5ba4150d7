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
  'title',
  'description',
  'default',
  'examples',
  'minLength',
  'maxLength',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'format',
];
/** Keywords the builders write themselves (the type) or that are not carried over. */
const STRUCTURAL = new Set(['type', 'enum', 'const', 'anyOf', 'items', 'prefixItems', 'properties', 'required', '$ref', 'additionalProperties']);

/** A value as the generated files spell it: JSON with Python's separators (`, ` and `: `). */
export function literal(value: unknown, quote: Quote = '"'): string {
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, quote)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${literal(k, quote)}: ${literal(v, quote)}`)
      .join(', ')}}`;
  }
  if (typeof value === 'string' && quote === "'") return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  return JSON.stringify(value);
}

/** The string quote of the file written: the request schemas use JSON's, components.ts single ones. */
type Quote = '"' | "'";

/** How a file is written: its string quote, and whether keywords take KEYWORD_ORDER or stay as given. */
interface Style {
  quote: Quote;
  ordered: boolean;
}
const SCHEMAS_STYLE: Style = { quote: '"', ordered: true };
const COMPONENTS_STYLE: Style = { quote: "'", ordered: false };

function options(schema: Schema, style: Style, first: [string, unknown][] = []): string {
  const entries = Object.entries(schema).filter(([key]) => !STRUCTURAL.has(key));
  for (const [key] of entries) if (!KEYWORD_ORDER.includes(key)) throw new Error(`no place for keyword ${key}`);
  if (style.ordered) entries.sort(([a], [b]) => KEYWORD_ORDER.indexOf(a) - KEYWORD_ORDER.indexOf(b));
  const all = [...first, ...entries];
  return all.length === 0 ? '' : `{ ${all.map(([k, v]) => `${k}: ${literal(v, style.quote)}`).join(', ')} }`;
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

function emit(schema: Schema, uses: Uses, style: Style = SCHEMAS_STYLE): string {
  if (typeof schema.$ref === 'string') {
    const name = servedName(refName(schema.$ref));
    uses.components.add(refName(schema.$ref));
    return call('Type.Ref', name, options(schema, style));
  }
  if (Array.isArray(schema.anyOf)) {
    const members = (schema.anyOf as Schema[]).map((member) => emit(member, uses, style));
    return call('Type.Union', `[${members.join(', ')}]`, options(schema, style));
  }
  if (schema.const !== undefined) {
    // TypeBox's Literal of a number says `type: "number"`; an integer constant keeps `integer`.
    if (schema.type === 'integer') return call('Type.Integer', options(schema, style, [['const', schema.const]]));
    return call('Type.Literal', literal(schema.const, style.quote), options(schema, style));
  }
  if (Array.isArray(schema.enum)) {
    const helper = schema.type === 'integer' ? 'IntegerEnum' : 'StringEnum';
    uses.helpers.add(helper);
    return call(helper, literal(schema.enum, style.quote), options(schema, style));
  }
  switch (schema.type) {
    case 'string':
      return call('Type.String', options(schema, style));
    case 'integer':
      return call('Type.Integer', options(schema, style));
    case 'number':
      return call('Type.Number', options(schema, style));
    case 'boolean':
      return call('Type.Boolean', options(schema, style));
    case 'null':
      return 'Type.Null()';
    case 'array':
      if (Array.isArray(schema.prefixItems)) {
        uses.helpers.add('Tuple');
        return call('Tuple', `[${(schema.prefixItems as Schema[]).map((item) => emit(item, uses, style)).join(', ')}]`, options(schema, style));
      }
      return call('Type.Array', emit((schema.items ?? {}) as Schema, uses, style), options(schema, style));
    case 'object':
      if (!schema.properties) {
        uses.helpers.add('FreeObject');
        return call('FreeObject', options(schema, style));
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
  const outer = options({ title: schema.title, ...(schema.description !== undefined ? { description: schema.description } : {}) }, SCHEMAS_STYLE);
  return `export const ${name} = Type.Object({\n${[...fields, ...additions].join('\n')}\n}, ${outer});\n`;
}

const pascal = (words: string) =>
  words
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');

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

const SCHEMAS_HEADER =
  '// Request schemas of the reference contract (test/fixtures/openapi.reference.json), one per operation.\n' +
  '// Generated by `npm run contract:generate` (scripts/generate-contract.ts): edit that, not this file.\n';

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

const COMPONENTS_HEADER = `// Named schemas that request bodies refer to with \`$ref\` (served under #/components/schemas).
//
// The reference lists most of these only by name and property type; where it gives no enum
// values (\`x-enum-values-unknown\`), the values below come from the field descriptions in the
// reference and from the providers' SDKs/docs, as summarised in docs/provider-facts.md §6. Each
// enum names its source. Object types follow the upstream wire model they are converted to.
// Generated by \`npm run contract:generate\` (scripts/generate-contract.ts) from the reference and
// scripts/contract-overrides.ts: edit those, not this file.
import { Type, type TSchema } from '@sinclair/typebox';
import { IntegerEnum, StringEnum } from './typebox.js';
`;
const SECTION = (title: string) => `// ---- ${title} `.padEnd(92, '-');
/** Longest declaration written on one line; longer ones put the values on a line of their own, of at most ARRAY_LINE, else one per line. */
const LINE = 120;
const ARRAY_LINE = 130;

function docComment(doc: string | undefined): string {
  if (!doc) return '';
  const lines = doc.split('\n');
  return lines.length === 1 ? `/** ${doc} */\n` : `/**\n${lines.map((l) => ` * ${l}`).join('\n')}\n */\n`;
}

function enumDeclaration(spec: ComponentSpec & { values: readonly (string | number)[] }): string {
  const helper = typeof spec.values[0] === 'number' ? 'IntegerEnum' : 'StringEnum';
  const values = spec.values.map((v) => literal(v, "'"));
  const id = `{ $id: '${spec.name}' }`;
  const oneLine = `export const ${spec.name} = ${helper}([${values.join(', ')}], ${id});`;
  if (oneLine.length <= LINE) return `${docComment(spec.doc)}${oneLine}\n`;
  const array = `  [${values.join(', ')}],`;
  const body = array.length <= ARRAY_LINE ? array : `  [\n${values.map((v) => `    ${v},`).join('\n')}\n  ],`;
  return `${docComment(spec.doc)}export const ${spec.name} = ${helper}(\n${body}\n  ${id},\n);\n`;
}

function objectComponent(spec: ComponentSpec & { fields: Record<string, Schema> }, uses: Uses): string {
  const required = new Set(spec.required ?? []);
  const fields = Object.entries(spec.fields).map(([field, schema]) => {
    const written = emit(schema, uses, COMPONENTS_STYLE);
    return `    ${field}: ${required.has(field) ? written : `Type.Optional(${written})`},`;
  });
  const options = `{ $id: '${spec.name}', title: '${spec.name}' }`;
  return `${docComment(spec.doc)}export const ${spec.name} = Type.Object(\n  {\n${fields.join('\n')}\n  },\n  ${options},\n);\n`;
}

/** Names packed into lines of at most `width` characters. */
function packed(names: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const name of names) {
    const next = line ? `${line} ${name},` : `  ${name},`;
    if (next.length > width && line) {
      lines.push(line);
      line = `  ${name},`;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Checks an override against what the reference says of the component: its kind, its properties. */
function checkComponent(spec: ComponentSpec, reference: Schema | undefined): void {
  const where = `component ${spec.reference ?? spec.name}`;
  if (!reference) throw new Error(`the reference has no ${where}`);
  if (spec.values) {
    const type = typeof spec.values[0] === 'number' ? 'integer' : 'string';
    if (reference.type !== type) throw new Error(`${where} is a ${String(reference.type)} in the reference, ${type} in the overrides`);
    return;
  }
  const listed = Object.keys((reference.properties ?? {}) as Schema).sort();
  const given = Object.keys(spec.fields ?? {}).sort();
  if (listed.join() !== given.join()) throw new Error(`${where}: the reference lists ${listed.join(', ')}; the overrides give ${given.join(', ')}`);
  for (const [field, listing] of Object.entries(reference.properties as Record<string, Schema>)) {
    const type = listing['x-listed-type'];
    if (typeof type === 'string' && !fieldIs(spec.fields![field], type)) throw new Error(`${where}.${field}: the reference lists it as ${type}`);
  }
}

/** Whether a field's schema is of the type the reference lists (`integer`, `string(uri)`, `Array<string>`, a component name). */
function fieldIs(schema: Schema, listed: string): boolean {
  const array = /^Array<(.*)>$/.exec(listed);
  if (array) return schema.type === 'array' && (array[1] === '' || fieldIs(schema.items as Schema, array[1]));
  const [, type, format] = /^(\w+)(?:\((\w+)\))?$/.exec(listed) ?? [];
  if (['string', 'integer', 'number', 'boolean'].includes(type)) return schema.type === type && (format === undefined || schema.format === format);
  return schema.$ref === listed;
}

function componentsFile(document: Document): string {
  const reference = document.components.schemas;
  const enums = COMPONENTS.filter((c) => c.values);
  const objects = COMPONENTS.filter((c) => c.fields);
  const given = new Set(COMPONENTS.map((c) => c.reference ?? c.name));
  for (const [name, schema] of Object.entries(reference)) {
    if (schema['x-enum-values-unknown'] && !given.has(name)) throw new Error(`the reference's enum ${name} has no values in the overrides`);
  }
  for (const spec of COMPONENTS) checkComponent(spec, reference[spec.reference ?? spec.name]);
  const aliases = COMPONENTS.filter((c) => c.reference);
  const parts = [COMPONENTS_HEADER, `${SECTION('enums')}\n`];
  for (const spec of enums) {
    if (spec === aliases[0]) {
      parts.push(
        "/**\n * The reference's names of components the gateway names without the reference's internal module\n" +
          ' * paths (served name → reference name).\n */\n' +
          'export const REFERENCE_COMPONENT_NAMES: Record<string, string> = {\n' +
          aliases.map((a) => `  ${a.name}: '${a.reference}',\n`).join('') +
          '};\n',
      );
    }
    parts.push(enumDeclaration(spec as ComponentSpec & { values: (string | number)[] }));
  }
  parts.push(`${SECTION('objects')}\n`);
  const uses = new Uses();
  for (const spec of objects) parts.push(objectComponent(spec as ComponentSpec & { fields: Record<string, Schema> }, uses));
  const list = [
    ...packed(
      enums.map((c) => c.name),
      LINE,
    ),
    ...packed(
      objects.map((c) => c.name),
      LINE,
    ),
  ];
  parts.push(
    '/** Every named schema, in the order they are registered with the validator and the document. */\n' + `export const components: TSchema[] = [\n${list.join('\n')}\n];\n`,
  );
  return parts.join('\n');
}

/** Every generated file: its path (from the repository root) and its content. */
export function generateContract(document: Document = JSON.parse(readFileSync(REFERENCE, 'utf8'))): Map<string, string> {
  const files = new Map<string, string>();
  for (const [provider, entries] of providerSchemas(document)) {
    if (entries.length > 0) files.set(`src/providers/${provider}/schemas.ts`, schemasFile(entries));
  }
  files.set('src/contract/components.ts', componentsFile(document));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, text] of generateContract()) writeFileSync(new URL(file, ROOT), text);
}
