// Gateway limits on free text (prompts, negative prompts, captions, texts to speak, names…):
// the reference contract leaves most of them unbounded, so an 11 MB prompt would be accepted,
// stored with its job and sent upstream. Every string field of a request body without a
// length limit of its own gets one here — the provider's documented maximum where there is
// one, else DEFAULT_TEXT_LIMIT — checked after schema validation (422 at the field's loc) and
// published in the served document as each operation's `x-gateway-limits`, so the reference's
// schemas stay as they are. Media fields (base64, data URIs, URLs) are limited in bytes
// elsewhere (the body limit, each field's media checks), not here.
import { components } from '../contract/components.js';
import type { OperationSpec, ProviderName, TextLimits } from './operation.js';
import { RequestValidationError, type ValidationDetail } from './validation.js';

export const DEFAULT_TEXT_LIMIT = 10_000;

/** Providers' documented maxima, in characters, by field name. */
const PROVIDER_TEXT_LIMITS: Partial<Record<ProviderName, Record<string, number>>> = {
  // POST /v1/images/generations: `prompt` up to 32,000 characters (gpt-image models).
  openai: { prompt: 32_000 },
  // Firefly's prompts and negative prompts: 1 to 1024 characters.
  firefly: { prompt: 1_024, negative_prompt: 1_024 },
};

/** Names of fields that carry media (inline or by URL), whose size is limited in bytes. */
const MEDIA_FIELD = /(^|_)(image|images|mask|video|file|url|urls|uri)(_|$)/;

const byId = new Map(components.map((schema) => [schema.$id, schema]));

interface Node {
  type?: string | string[];
  $ref?: string;
  anyOf?: Node[];
  items?: Node;
  properties?: Record<string, Node>;
  maxLength?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
}

/** The text limits of one operation's JSON body (empty without one). */
export function textLimitsOf(op: OperationSpec, provider?: ProviderName): TextLimits {
  const limits: TextLimits = {};
  const documented = (provider && PROVIDER_TEXT_LIMITS[provider]) ?? {};
  const walk = (node: Node | undefined, path: string[], name: string, depth: number): void => {
    if (!node || depth > 8) return;
    if (node.$ref) return walk(byId.get(node.$ref.replace(/^#\/components\/schemas\//, '')) as Node, path, name, depth + 1);
    for (const branch of node.anyOf ?? []) walk(branch, path, name, depth + 1);
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (types.includes('string') && node.enum === undefined && node.const === undefined && node.format !== 'uri' && !MEDIA_FIELD.test(name)) {
      const limit = Math.min(node.maxLength ?? Infinity, documented[name] ?? DEFAULT_TEXT_LIMIT);
      if (limit < (node.maxLength ?? Infinity)) limits[path.join('.')] = limit;
    }
    if (types.includes('array')) walk(node.items, [...path.slice(0, -1), `${path[path.length - 1]}[]`], name, depth + 1);
    for (const [key, child] of Object.entries(node.properties ?? {})) walk(child, [...path, key], key, depth + 1);
  };
  if (op.body) walk(op.body as Node, [], '', 0);
  return limits;
}

/** Code points, as pydantic counts a string's length (a surrogate pair is one character). */
function characters(text: string, atLeast: number): number {
  if (text.length <= atLeast) return text.length;
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** 422 for every string in `body` longer than its limit, at its loc. */
export function checkTextLimits(body: unknown, limits: TextLimits): void {
  const details: ValidationDetail[] = [];
  for (const [path, limit] of Object.entries(limits)) {
    const visit = (value: unknown, steps: string[], loc: (string | number)[]): void => {
      if (steps.length === 0) {
        const length = typeof value === 'string' ? characters(value, limit) : 0;
        if (length > limit) {
          details.push({
            loc,
            msg: `String should have at most ${limit} characters (a gateway limit; this one has ${length})`,
            type: 'string_too_long',
            ctx: { max_length: limit },
          });
        }
        return;
      }
      if (value === null || typeof value !== 'object') return;
      const [step, ...rest] = steps;
      const field = step.endsWith('[]') ? step.slice(0, -2) : step;
      const child = (value as Record<string, unknown>)[field];
      if (!step.endsWith('[]')) return visit(child, rest, [...loc, field]);
      if (Array.isArray(child)) child.forEach((item, i) => visit(item, rest, [...loc, field, i]));
    };
    visit(body, path.split('.'), ['body']);
  }
  if (details.length > 0) throw new RequestValidationError(details);
}

/** The operation with its text limits attached (as it is served and documented). */
export function withTextLimits(op: OperationSpec, provider?: ProviderName): OperationSpec {
  const textLimits = textLimitsOf(op, provider);
  return Object.keys(textLimits).length === 0 ? op : { ...op, textLimits };
}
