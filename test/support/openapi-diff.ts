// Compares the served OpenAPI document with the reference, operation by operation, and lists
// every difference (an empty list means the contract is served exactly).
//
// The reference spells request bodies out in full but lists most named components only by
// property type (`x-listed-type`) and leaves some enums without values
// (`x-enum-values-unknown`); for those, the served schema must agree with what is listed.
import { isDeepStrictEqual } from 'node:util';
import { REFERENCE_COMPONENT_NAMES } from '../../src/contract/components.js';

type Schema = Record<string, any>;
type Doc = { paths: Record<string, Record<string, Schema>>; components: { schemas: Record<string, Schema> } };

const COMPARED_KEYWORDS = [
  'type',
  'enum',
  'const',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'default',
  'format',
  'title',
  'description',
  'additionalProperties',
];
// `examples` are not compared: the reference's point at third-party hosts (and some do not fit
// their schema); the gateway serves ones that work (src/contract/examples.ts, test/examples.test.ts).

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

const componentName = (ref: string) => ref.replace('#/components/schemas/', '');

class Differ {
  readonly differences: string[] = [];
  constructor(
    private readonly reference: Doc,
    private readonly served: Doc,
  ) {}

  private report(where: string, what: string) {
    this.differences.push(`${where}: ${what}`);
  }

  private component(doc: Doc, ref: string, where: string): Schema | undefined {
    const schema = doc.components?.schemas?.[componentName(ref)];
    if (!schema) this.report(where, `$ref ${ref} does not resolve`);
    return schema;
  }

  /** Follows `$ref` (keeping the keywords written next to it, such as `default`). */
  private resolve(doc: Doc, schema: Schema, where: string): { schema: Schema; name?: string } {
    if (!schema || typeof schema.$ref !== 'string') return { schema };
    const { $ref, ...siblings } = schema;
    const target = this.component(doc, $ref, where) ?? {};
    return { schema: { ...target, ...siblings }, name: componentName($ref) };
  }

  schema(ref: Schema, served: Schema, where: string): void {
    if (served === undefined) return this.report(where, 'missing in the served document');
    // Keywords written next to a $ref at this site (default, description, title) must survive.
    for (const key of COMPARED_KEYWORDS) {
      if (ref.$ref && key in ref && !isDeepStrictEqual(ref[key], served[key])) {
        this.report(where, `${key} is ${JSON.stringify(served[key])}, reference has ${JSON.stringify(ref[key])}`);
      }
    }
    const r = this.resolve(this.reference, ref, where);
    const s = this.resolve(this.served, served, where);
    // Served names drop the reference's internal module paths (google__genai__types__X → a clean name).
    const servedAs = s.name && (REFERENCE_COMPONENT_NAMES[s.name] ?? s.name);
    if (r.name && servedAs && r.name !== servedAs) this.report(where, `refers to ${s.name}, reference refers to ${r.name}`);
    const refSchema = r.schema;
    const servedSchema = s.schema;
    if (refSchema['x-enum-values-unknown']) return this.unlistedEnum(refSchema, servedSchema, where);
    if (refSchema.properties && Object.values(refSchema.properties).some((p: any) => p && 'x-listed-type' in p)) {
      return this.listedObject(refSchema, servedSchema, where);
    }
    this.full(refSchema, servedSchema, where);
  }

  private full(ref: Schema, served: Schema, where: string): void {
    for (const key of COMPARED_KEYWORDS) {
      if (!isDeepStrictEqual(ref[key], served[key])) {
        this.report(where, `${key} is ${JSON.stringify(served[key])}, reference has ${JSON.stringify(ref[key])}`);
      }
    }
    const refRequired = [...(ref.required ?? [])].sort();
    const servedRequired = [...(served.required ?? [])].sort();
    if (!isDeepStrictEqual(refRequired, servedRequired)) {
      this.report(where, `required is ${JSON.stringify(servedRequired)}, reference has ${JSON.stringify(refRequired)}`);
    }
    if (ref.properties || served.properties) {
      const names = new Set([...Object.keys(ref.properties ?? {}), ...Object.keys(served.properties ?? {})]);
      for (const name of names) {
        const at = `${where}.${name}`;
        if (!ref.properties?.[name]) this.report(at, 'served but not in the reference');
        else this.schema(ref.properties[name], served.properties?.[name], at);
      }
    }
    if (ref.items || served.items) {
      if (!ref.items || !served.items) this.report(where, 'items differ');
      else this.schema(ref.items, served.items, `${where}[]`);
    }
    for (const list of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
      if (!ref[list] && !served[list]) continue;
      if (ref[list]?.length !== served[list]?.length) {
        this.report(where, `${list} has ${served[list]?.length ?? 0} entries, reference has ${ref[list]?.length ?? 0}`);
        continue;
      }
      ref[list].forEach((branch: Schema, i: number) => this.schema(branch, served[list][i], `${where}.${list}[${i}]`));
    }
  }

  /** The reference names the type only: the served enum must have that type and some values. */
  private unlistedEnum(ref: Schema, served: Schema, where: string): void {
    if (served.type !== ref.type) this.report(where, `type is ${served.type}, reference has ${ref.type}`);
    if (!Array.isArray(served.enum) || served.enum.length === 0) this.report(where, 'enum values are missing');
    else if ('default' in served && !served.enum.includes(served.default)) {
      this.report(where, `default ${JSON.stringify(served.default)} is not one of the enum values`);
    }
  }

  /** The reference lists each property's type (`integer`, `string(uri)`, `Array<X>`, a component name). */
  private listedObject(ref: Schema, served: Schema, where: string): void {
    if (served.type !== 'object') this.report(where, `type is ${served.type}, reference has object`);
    const refNames = Object.keys(ref.properties).sort();
    const servedNames = Object.keys(served.properties ?? {}).sort();
    if (!isDeepStrictEqual(refNames, servedNames)) {
      this.report(where, `properties are ${servedNames.join(',')}, reference has ${refNames.join(',')}`);
    }
    for (const name of refNames) {
      const listed: string | null = ref.properties[name]['x-listed-type'];
      const property = served.properties?.[name];
      if (property !== undefined && listed !== null) this.listed(listed, property, `${where}.${name}`);
    }
  }

  private listed(listed: string, served: Schema, where: string): void {
    // An optional (nullable) property is listed by its non-null type.
    const nonNull = served.anyOf ? served.anyOf.find((b: Schema) => b.type !== 'null') : served;
    const array = /^Array<(.*)>$/.exec(listed);
    const resolved = this.resolve(this.served, nonNull, where).schema;
    if (array) {
      if (resolved.type !== 'array') return this.report(where, `type is ${resolved.type}, reference lists ${listed}`);
      if (array[1]) this.listed(array[1], resolved.items, `${where}[]`);
      return;
    }
    const primitive = /^(string|integer|number|boolean)(?:\((\w+)\))?$/.exec(listed);
    if (primitive) {
      if (resolved.type !== primitive[1]) this.report(where, `type is ${resolved.type}, reference lists ${listed}`);
      if (primitive[2] && resolved.format !== primitive[2]) this.report(where, `format is ${resolved.format}, reference lists ${listed}`);
      return;
    }
    if (typeof nonNull?.$ref !== 'string' || componentName(nonNull.$ref) !== listed) {
      return this.report(where, `is not a reference to ${listed}`);
    }
    this.schema({ $ref: `#/components/schemas/${listed}` }, { $ref: nonNull.$ref }, where);
  }

  parameters(ref: Schema[] = [], served: Schema[] = [], where: string): void {
    const key = (p: Schema) => `${p.in}:${p.name}`;
    const servedByKey = new Map(served.map((p) => [key(p), p]));
    for (const p of ref) {
      const s = servedByKey.get(key(p));
      const at = `${where} parameter ${key(p)}`;
      if (!s) {
        this.report(at, 'missing');
        continue;
      }
      if (Boolean(p.required) !== Boolean(s.required)) this.report(at, `required is ${s.required}, reference has ${p.required}`);
      this.schema(p.schema, s.schema, at);
      servedByKey.delete(key(p));
    }
    // Gateway headers (Idempotency-Key, X-Webhook-Url) are additions the reference has no place for.
    for (const extra of servedByKey.keys()) {
      if (!extra.startsWith('header:')) this.report(`${where} parameter ${extra}`, 'served but not in the reference');
    }
  }

  operation(path: string, method: string): void {
    const where = `${method.toUpperCase()} ${path}`;
    const ref = this.reference.paths[path][method];
    const served = this.served.paths?.[path]?.[method];
    if (!served) return this.report(where, 'operation is not served');
    for (const key of ['tags', 'summary', 'description', 'security']) {
      // No security requirement written, or `security: []`, both mean none (the document has no global one).
      const [r, s] = key === 'security' ? [ref[key] ?? [], served[key] ?? []] : [ref[key], served[key]];
      if (!isDeepStrictEqual(r, s)) {
        this.report(where, `${key} is ${JSON.stringify(served[key])}, reference has ${JSON.stringify(ref[key])}`);
      }
    }
    this.parameters(ref.parameters, served.parameters, where);
    const refBody = ref.requestBody;
    const servedBody = served.requestBody;
    if (Boolean(refBody) !== Boolean(servedBody)) this.report(where, 'request body presence differs');
    if (refBody && servedBody) {
      if (Boolean(refBody.required) !== Boolean(servedBody.required)) this.report(where, 'request body required differs');
      const refTypes = Object.keys(refBody.content).sort();
      const servedTypes = Object.keys(servedBody.content ?? {}).sort();
      if (!isDeepStrictEqual(refTypes, servedTypes)) {
        this.report(where, `content types are ${servedTypes.join(',')}, reference has ${refTypes.join(',')}`);
      }
      for (const type of refTypes) {
        this.schema(refBody.content[type].schema, servedBody.content?.[type]?.schema, `${where} body`);
      }
    }
    const refOk = ref.responses?.['200']?.content?.['application/json']?.schema;
    const servedOk = served.responses?.['200']?.content?.['application/json']?.schema;
    if (refOk) this.response(refOk, servedOk, `${where} response 200`);
  }

  /**
   * The served 200 body refines the reference's: every property the reference names is there as
   * the reference has it (and required where it is), except the envelope's open `result`, which
   * the gateway gives a real schema; properties the gateway adds (task_id, outputs) are allowed.
   */
  private response(ref: Schema, served: Schema, where: string): void {
    if (served === undefined) return this.report(where, 'missing in the served document');
    const r = this.resolve(this.reference, ref, where).schema;
    const s = this.resolve(this.served, served, where).schema;
    if (r.type !== s.type) this.report(where, `type is ${s.type}, reference has ${r.type}`);
    for (const name of r.required ?? []) {
      if (!(s.required ?? []).includes(name)) this.report(`${where}.${name}`, 'not required, reference requires it');
    }
    for (const [name, property] of Object.entries<Schema>(r.properties ?? {})) {
      const open = name === 'result' && Array.isArray(property.oneOf) && property.oneOf.length === 6;
      if (!s.properties?.[name]) this.report(`${where}.${name}`, 'missing in the served document');
      else if (!open) this.schema(property, s.properties[name], `${where}.${name}`);
    }
  }
}

export function listOperations(doc: Doc): { path: string; method: string }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => METHODS.includes(m))
      .map((method) => ({ path, method })),
  );
}

/** Every difference between the served document and the reference, for one operation or all. */
export function diffOperation(reference: Doc, served: Doc, path: string, method: string): string[] {
  const differ = new Differ(reference, served);
  differ.operation(path, method);
  return differ.differences;
}

export function diffDocuments(reference: Doc, served: Doc): string[] {
  return listOperations(reference).flatMap(({ path, method }) => diffOperation(reference, served, path, method));
}
