// Hostile request generators (fast-check) for every operation of the served OpenAPI document:
// bodies of the wrong type, huge strings, deep nesting, nasty unicode, prototype-pollution keys
// at every level, numbers JSON.stringify cannot write (1e400, -0), duplicate keys, malformed
// JSON and other content types; hostile path and query values and headers.
// Bodies are built as a small JSON syntax tree and rendered to text, so that what JSON.parse
// would normalise away (duplicate keys, `__proto__` as a key, exotic number literals) reaches
// the gateway as written.
import fc from 'fast-check';
import type { SchemaSampler, Json, JsonSchema, Operation } from '../support/samples.js';

export type Node = { kind: 'raw'; text: string } | { kind: 'value'; value: Json } | { kind: 'array'; items: Node[] } | { kind: 'object'; entries: [string, Node][] };

const raw = (text: string): Node => ({ kind: 'raw', text });
const value = (v: Json): Node => ({ kind: 'value', value: v });

/** JSON text of a tree (deep nesting is always a `raw` node, so recursion here stays shallow). */
export function render(node: Node): string {
  switch (node.kind) {
    case 'raw':
      return node.text;
    case 'value':
      return JSON.stringify(node.value) ?? 'null';
    case 'array':
      return `[${node.items.map(render).join(',')}]`;
    case 'object':
      return `{${node.entries.map(([k, v]) => `${JSON.stringify(k)}:${render(v)}`).join(',')}}`;
  }
}

/** A plain JSON value as a tree. */
export function fromJson(v: Json): Node {
  if (Array.isArray(v)) return { kind: 'array', items: v.map(fromJson) };
  if (v !== null && typeof v === 'object') return { kind: 'object', entries: Object.entries(v).map(([k, x]) => [k, fromJson(x)]) };
  return value(v);
}

export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

export const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\udc00y',
  '\ud83d',
  '\u202eevil\u202c',
  '\u200f\u200e',
  '\ufeff',
  '\u2028\u2029',
  '\u0007\u001b[31m',
  'NaN',
  '-NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e308',
  '1e309',
  '-1e308',
  '0x1F',
  '1_000',
  ' 42 ',
  'true',
  'false',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  'prototype',
  '{}',
  '[]',
  '{"__proto__":{"polluted":"yes"}}',
  '%00',
  '%ud800',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '<script>alert(1)</script>',
  "'; DROP TABLE jobs; --",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a log4j-style payload, sent as written
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}',
  'data:image/png;base64,',
  'data:,',
  'data:image/png;base64,!!!!',
  'data:;base64,AAAA',
  'asset_',
  `asset_${'a'.repeat(250)}`,
  'asset_../../etc',
  'job_AAAAAAAAAAAAAAAAAAAAAA',
  'file:///etc/passwd',
  'gopher://127.0.0.1:1/_x',
  'javascript:alert(1)',
  'http://',
  'https://',
  'http://[::1',
  'http://127.0.0.1:1/x.png',
  'ftp://127.0.0.1/',
  'AAAA',
  '====',
  'iVBORw0KGgo=',
  '😀'.repeat(100),
  'ﷺ'.repeat(50),
  'Z̸̡̛͔̈a̷l̵g̴o̶',
  '\r\nX-Injected: 1',
  'a'.repeat(10_000),
  '\\',
  '"',
  '\\u0000',
];

/** Number literals as written: some are no JSON.stringify output (1e400 parses to Infinity, -0). */
export const NASTY_NUMBERS = [
  '1e400',
  '-1e400',
  '-0',
  '-0.0',
  '0e-400',
  '1e308',
  '-1e308',
  '4.9e-324',
  '123456789012345678901234567890',
  '1E+308',
  '-9007199254740993',
  '9007199254740993',
  '1.5',
  '0',
  '-1',
  '2147483648',
  '1e-7',
  `1${'0'.repeat(400)}`,
  '0.1e1',
];

const nastyString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'é', '\ud800', '😀', '\u0000'), fc.integer({ min: 1_000, max: 200_000 })).map(([c, n]) => c.repeat(n)) },
);

const leaf: fc.Arbitrary<Node> = fc.oneof(
  { weight: 4, arbitrary: nastyString.map(value) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_NUMBERS).map(raw) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => value(n)) },
  { weight: 1, arbitrary: fc.integer().map((n) => value(n)) },
  { weight: 1, arbitrary: fc.constantFrom<Json>(true, false, null).map(value) },
);

const keyArb = (names: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(names.length ? names : ['x'])) },
    { weight: 2, arbitrary: fc.constantFrom(...POLLUTION_KEYS, 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__', '', '\u0000', '\ud800', 'a'.repeat(1000)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  );

/** Hostile trees a few levels deep, with keys from the schema and hostile ones. */
function tree(names: string[]): fc.Arbitrary<Node> {
  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: leaf },
      { weight: 1, arbitrary: fc.array(tie('node'), { maxLength: 5 }).map((items): Node => ({ kind: 'array', items })) },
      { weight: 1, arbitrary: fc.array(fc.tuple(keyArb(names), tie('node')), { maxLength: 5 }).map((entries): Node => ({ kind: 'object', entries })) },
    ),
  }));
  return node;
}

/** Nested arrays or objects, as text (no recursion anywhere). */
export const nested = (depth: number, objects: boolean): string => (objects ? `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`);

/** Puts the pollution keys into every object of the tree. */
function polluteEverywhere(node: Node): Node {
  switch (node.kind) {
    case 'array':
      return { kind: 'array', items: node.items.map(polluteEverywhere) };
    case 'object':
      return {
        kind: 'object',
        entries: [
          ['__proto__', fromJson({ polluted: 'yes', isAdmin: true })],
          ...node.entries.map(([k, v]): [string, Node] => [k, polluteEverywhere(v)]),
          ['constructor', fromJson({ prototype: { polluted: 'yes' } })],
          ['prototype', fromJson({ polluted: 'yes' })],
        ],
      };
    default:
      return node;
  }
}

function withField(base: Node, key: string, replacement: Node): Node {
  if (base.kind !== 'object') return { kind: 'object', entries: [[key, replacement]] };
  const entries = base.entries.filter(([k]) => k !== key);
  return { kind: 'object', entries: [...entries, [key, replacement]] };
}

export interface HostileRequest {
  family: string;
  payload: string | Buffer | undefined;
  contentType?: string;
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/merge-patch+json',
  'APPLICATION/JSON',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'multipart/form-data',
  'application/octet-stream',
  '',
];

/** Ways JSON text can be broken, given a valid text. */
function malformed(valid: string): fc.Arbitrary<string | Buffer> {
  return fc.oneof(
    fc.nat({ max: Math.max(1, valid.length - 1) }).map((n) => valid.slice(0, n)),
    fc.constant(`${valid},`),
    fc.constant(valid.replace(/}$/, ',}')),
    fc.constant(`\ufeff${valid}`),
    fc.constant(`/* comment */${valid}`),
    fc.constant(valid.replace(/"/g, "'")),
    fc.constant(valid.replace(/"(\w+)":/g, '$1:')),
    fc.constantFrom(
      'NaN',
      'Infinity',
      '-',
      '{',
      '}',
      '[',
      '{"a":}',
      '{"a" 1}',
      '{"a":1}}',
      '{"a":"\\x41"}',
      '{"a":"\\u12"}',
      '{"a":"\u0001\u0007"}',
      '{"a":"\\ud800"}',
      '{"a":"\\u0000"}',
      '{"a":01}',
      '{"a":1.}',
      '{"a":.5}',
      '{"a":+1}',
      '{"a":0x10}',
      '{"a":undefined}',
      `{"a":${'1'.repeat(10_000)}}`,
      '\u0000',
      ' ',
      '\n\t\r ',
      'null',
      'true',
      '"string"',
      '[]',
      '12',
    ),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
    fc.constant(Buffer.concat([Buffer.from(valid.slice(0, -1)), Buffer.from(',"bad":"'), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]), Buffer.from('"}')])),
    fc.constant(Buffer.from(valid, 'utf16le')),
  );
}

/** Everything the generator needs to know about one operation. */
export interface FuzzTarget {
  op: Operation;
  /** Property names of its body (top level), for keys and replacements. */
  names: string[];
  /** A valid body (JSON) when the operation has one. */
  sample?: Json;
}

export function fuzzTarget(sampler: SchemaSampler, op: Operation, fixUri: (text: string) => string): FuzzTarget {
  if (!op.jsonBody) return { op, names: [] };
  const schema = sampler.resolve(op.jsonBody) as JsonSchema;
  const names = Object.keys(schema.properties ?? {});
  const sample = JSON.parse(fixUri(JSON.stringify(sampler.sample(op.jsonBody, true)))) as Json;
  return { op, names, sample };
}

/** Hostile JSON-ish bodies for one operation. */
export function hostileBody(target: FuzzTarget): fc.Arbitrary<HostileRequest> {
  const base = fromJson(target.sample ?? {});
  const validText = render(base);
  const names = target.names.length ? target.names : ['x'];
  const anyName = fc.oneof(fc.constantFrom(...names), keyArb(names));
  const json =
    (family: string) =>
    (node: Node): HostileRequest => ({ family, payload: render(node), contentType: 'application/json' });
  const families: fc.Arbitrary<HostileRequest>[] = [
    // the whole body of another type
    fc.oneof(leaf, tree(names)).map(json('wrong top-level type')),
    // one field replaced by something hostile
    fc
      .tuple(anyName, tree(names))
      .map(([k, v]) => withField(base, k, v))
      .map(json('hostile field')),
    // pollution keys at every level, in a valid body and in a hostile one
    fc.constant(polluteEverywhere(base)).map(json('prototype keys everywhere')),
    fc
      .tuple(anyName, tree(names))
      .map(([k, v]) => polluteEverywhere(withField(base, k, v)))
      .map(json('prototype keys in hostile body')),
    // duplicate keys: hostile first, valid last (JSON.parse keeps the last), or the reverse
    fc
      .tuple(fc.constantFrom(...names), leaf, fc.boolean())
      .map(([k, v, first]) => {
        const entries = base.kind === 'object' ? base.entries : [];
        const dup: [string, Node] = [k, v];
        return { kind: 'object', entries: first ? [dup, ...entries] : [...entries, dup] } as Node;
      })
      .map(json('duplicate keys')),
    // deep nesting, in a field or as the body
    fc
      .tuple(fc.constantFrom(...names), fc.constantFrom(65, 1_000, 10_000), fc.boolean(), fc.boolean())
      .map(([k, depth, objects, top]) => (top ? raw(nested(depth, objects)) : withField(base, k, raw(nested(depth, objects)))))
      .map(json('deep nesting')),
    // long strings
    fc
      .tuple(fc.constantFrom(...names), fc.integer({ min: 10_000, max: 2_000_000 }), fc.constantFrom('x', 'é', '\ud800', '\u0000', '"'))
      .map(([k, n, c]) => withField(base, k, value(c.repeat(n))))
      .map(json('huge string')),
    // arbitrary JSON
    fc
      .jsonValue({ maxDepth: 4 })
      .map((v) => fromJson(v as Json))
      .map(json('random JSON')),
    // not JSON at all, or broken JSON
    malformed(validText).map((payload): HostileRequest => ({ family: 'malformed JSON', payload, contentType: 'application/json' })),
    // the right body under another content type, or none
    fc.tuple(fc.constantFrom(...CONTENT_TYPES), fc.oneof(fc.constant(validText), malformed(validText))).map(
      ([contentType, payload]): HostileRequest => ({
        family: 'content type',
        payload,
        contentType: contentType || undefined,
      }),
    ),
  ];
  return fc.oneof(...families);
}

/** Hostile multipart bodies (for upload operations). */
export function hostileMultipart(): fc.Arbitrary<HostileRequest> {
  const boundary = '----fuzz';
  const part = (name: string, filename: string | undefined, content: string | Buffer, type = 'image/png') =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename === undefined ? '' : `; filename="${filename}"`}\r\n` +
          (filename === undefined ? '' : `Content-Type: ${type}\r\n`) +
          '\r\n',
      ),
      Buffer.isBuffer(content) ? content : Buffer.from(content),
      Buffer.from('\r\n'),
    ]);
  const end = Buffer.from(`--${boundary}--\r\n`);
  const form = (parts: Buffer[], closed = true) => Buffer.concat([...parts, ...(closed ? [end] : [])]);
  return fc
    .oneof(
      fc
        .tuple(
          fc.constantFrom('file', '__proto__', 'constructor', '', 'a'.repeat(300)),
          fc.constantFrom('a.png', '../../etc/passwd', 'a\u0000.png', '', '😀.png', 'a'.repeat(1000)),
          fc.uint8Array({ maxLength: 500 }),
        )
        .map(([name, filename, bytes]) => form([part(name, filename, Buffer.from(bytes))])),
      fc.integer({ min: 26, max: 60 }).map((n) => form(Array.from({ length: n }, (_, i) => part(`f${i}`, undefined, 'x')))),
      fc.constant(form([part('file', 'a.png', 'x')], false)),
      fc.constant(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\n\r\n`)),
      fc.constant(form([part('field', undefined, 'x'.repeat(70_000))])),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
    )
    .map((payload): HostileRequest => ({ family: 'multipart', payload, contentType: `multipart/form-data; boundary=${boundary}` }));
}

const encode = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s.replace(/[\ud800-\udfff]/g, '%ED%A0%80'); // a lone surrogate as (invalid) UTF-8 bytes
  }
};

/** A hostile path parameter, as it goes into the URL. */
export const hostileParam: fc.Arbitrary<string> = fc.oneof(
  nastyString.filter((s) => s.length < 2_000).map(encode),
  fc.constantFrom('%', '%zz', '%00', '..', '%2e%2e%2f%2e%2e', '%2F', 'a'.repeat(300), 'job_', 'asset_x', '%C0%AE', '%ED%A0%80', '%FF%FE', '~', '*'),
);

/** A hostile query string for an operation's query parameters. */
export function hostileQuery(names: string[]): fc.Arbitrary<string> {
  const pair = fc
    .tuple(
      fc.oneof(
        fc.constantFrom(...(names.length ? names : ['x'])),
        fc.constantFrom('__proto__', '__proto__[polluted]', 'constructor[prototype][polluted]', 'constructor.prototype.polluted', ''),
      ),
      fc.oneof(hostileParam, fc.constantFrom('1e308', '-0', 'NaN', '1e400', '-1', '0', '101', 'true', 'yes', '')),
    )
    .map(([k, v]) => `${encode(k).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${v}`);
  return fc.array(pair, { minLength: 1, maxLength: 6 }).map((pairs) => `?${pairs.join('&')}`);
}

/** Hostile values for the request headers the gateway reads itself. */
export const hostileHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'x-webhook-url': fc.constantFrom(
      'http://127.0.0.1:1/hook',
      'file:///etc/passwd',
      'http://169.254.169.254/',
      'not a url',
      'https://',
      'http://[::1]/',
      'a'.repeat(5000),
      'javascript:x',
    ),
    'idempotency-key': fc.constantFrom('', ' ', 'a'.repeat(300), 'k\u00e9y', 'key-1', '__proto__'),
    'x-request-id': fc.constantFrom('a'.repeat(500), '../x', '__proto__', 'id with spaces'),
  },
  { requiredKeys: [] },
);
