// Structured output for the Google twin: JSON that conforms to a response schema (Gemini's
// OpenAPI subset, upper-case types, or JSON Schema with $ref/$defs, anyOf, enum, const, bounds).
export type Schema = Record<string, unknown>;

function resolveRef(ref: string, root: Schema): Schema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Record<string, unknown> | undefined)?.[key];
  }
  return node && typeof node === 'object' ? (node as Schema) : undefined;
}

export function phrase(words: string[], rng: () => number, hint: string, min = 0, max = Infinity): string {
  const picked = words.length ? Array.from({ length: 3 + Math.floor(rng() * 6) }, () => words[Math.floor(rng() * words.length)]) : ['twin', 'answer'];
  let text = `${hint ? `${hint.replace(/_/g, ' ')}: ` : ''}${picked.join(' ')}`;
  while (text.length < min) text += ` ${words[Math.floor(rng() * Math.max(1, words.length))] ?? 'more'}`;
  if (text.length > max) text = text.slice(0, max).trimEnd() || 'x'.repeat(Math.max(min, 1));
  return text;
}

/** A value valid under `schema` (JSON Schema, or Gemini's OpenAPI-subset Schema). */
export function valueFor(schema: unknown, root: Schema, rng: () => number, words: string[], name = '', depth = 0): unknown {
  if (!schema || typeof schema !== 'object') return phrase(words, rng, name);
  let s = schema as Schema;
  if (typeof s.$ref === 'string') {
    const target = resolveRef(s.$ref, root);
    if (!target || depth > 12) return null;
    return valueFor(target, root, rng, words, name, depth + 1);
  }
  if ('const' in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    const options = s.enum.filter((v) => v !== null);
    return options.length ? options[Math.floor(rng() * options.length)] : null;
  }
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[key])) {
      const variants = (s[key] as Schema[]).filter((v) => v && String(v.type).toLowerCase() !== 'null');
      return variants.length ? valueFor(variants[0], root, rng, words, name, depth + 1) : null;
    }
  }
  if (Array.isArray(s.allOf)) {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    for (const part of s.allOf as Schema[]) {
      const resolved = typeof part.$ref === 'string' ? (resolveRef(part.$ref, root) ?? {}) : part;
      Object.assign(merged.properties as Schema, resolved.properties ?? {});
      (merged.required as string[]).push(...((resolved.required as string[]) ?? []));
    }
    s = { ...s, ...merged, allOf: undefined };
  }
  let type = s.type;
  if (Array.isArray(type)) type = type.find((t) => String(t).toLowerCase() !== 'null') ?? 'string';
  const kind = typeof type === 'string' ? type.toLowerCase() : s.properties ? 'object' : s.items ? 'array' : 'string';
  switch (kind) {
    case 'object': {
      const properties = (s.properties ?? {}) as Record<string, unknown>;
      const order = Array.isArray(s.propertyOrdering) ? (s.propertyOrdering as string[]) : Object.keys(properties);
      const out: Record<string, unknown> = {};
      for (const key of order) if (key in properties) out[key] = valueFor(properties[key], root, rng, words, key, depth + 1);
      for (const key of (s.required as string[] | undefined) ?? []) if (!(key in out)) out[key] = phrase(words, rng, key);
      return out;
    }
    case 'array': {
      const min = Number(s.minItems ?? 1);
      const max = Math.max(min, Math.min(Number(s.maxItems ?? 3), min + 3));
      const count = min + Math.floor(rng() * (max - min + 1));
      const prefix = Array.isArray(s.prefixItems) ? (s.prefixItems as unknown[]) : [];
      return Array.from({ length: count }, (_, i) => valueFor(prefix[i] ?? s.items, root, rng, words, name, depth + 1));
    }
    case 'integer':
    case 'number': {
      const lo = Number(s.minimum ?? (s.exclusiveMinimum !== undefined ? Number(s.exclusiveMinimum) + 1 : 0));
      const hi = Number(s.maximum ?? (s.exclusiveMaximum !== undefined ? Number(s.exclusiveMaximum) - 1 : lo + 100));
      const value = lo + rng() * Math.max(0, hi - lo);
      return kind === 'integer' ? Math.min(hi, Math.max(lo, Math.round(value))) : Math.round(value * 100) / 100;
    }
    case 'boolean':
      return rng() < 0.5;
    case 'null':
      return null;
    default: {
      switch (s.format) {
        case 'date-time':
          return '2026-01-01T00:00:00Z';
        case 'date':
          return '2026-01-01';
        case 'time':
          return '12:00:00';
        case 'email':
          return 'twin@example.com';
        case 'uri':
          return 'https://example.com/twin';
        case 'uuid':
          return '00000000-0000-4000-8000-000000000000';
        default:
          return phrase(words, rng, '', Number(s.minLength ?? 0), Number(s.maxLength ?? Infinity));
      }
    }
  }
}
