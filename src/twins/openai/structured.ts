// The OpenAI twin's chat completions content: what the input says (text, images' sizes and
// colours, frame timestamps), answers that describe it, JSON that conforms to a requested schema,
// and OpenAI's strict-mode schema rules. Deterministic from the input.
import sharp from 'sharp';
import { digest } from '../kit/media.js';
import { invalid } from './errors.js';

interface InputFacts {
  text: string;
  images: { width: number; height: number; colour: string; brightness: number }[];
  /** Frame timestamps mentioned in the input ("t=1.5s"). */
  timestamps: number[];
  duration?: number;
}

const COLOUR_NAMES: [string, [number, number, number]][] = [
  ['white', [255, 255, 255]],
  ['black', [0, 0, 0]],
  ['grey', [128, 128, 128]],
  ['red', [210, 30, 30]],
  ['orange', [240, 140, 20]],
  ['yellow', [240, 220, 40]],
  ['green', [40, 160, 60]],
  ['teal', [20, 140, 140]],
  ['blue', [40, 80, 200]],
  ['purple', [120, 50, 160]],
  ['pink', [240, 130, 180]],
  ['brown', [120, 80, 40]],
];

function colourName(r: number, g: number, b: number): string {
  let best = COLOUR_NAMES[0];
  let distance = Infinity;
  for (const entry of COLOUR_NAMES) {
    const [cr, cg, cb] = entry[1];
    const d = (r - cr) ** 2 + (g - cg) ** 2 + (b - cb) ** 2;
    if (d < distance) {
      distance = d;
      best = entry;
    }
  }
  return best[0];
}

/** What the "model" sees in an image: its size, main colour and brightness. */
async function imageFacts(bytes: Buffer): Promise<InputFacts['images'][number]> {
  const meta = await sharp(bytes).metadata();
  const stats = await sharp(bytes).stats();
  const [r, g, b] = stats.channels.map((c) => c.mean);
  return { width: meta.width ?? 0, height: meta.height ?? 0, colour: colourName(r, g, b ?? r), brightness: (r + g + (b ?? r)) / 3 };
}

/** The facts the twin's "model" answers from. */
function inputFacts(text: string, images: InputFacts['images']): InputFacts {
  const timestamps = [...text.matchAll(/t=(\d+(?:\.\d+)?)s/g)].map((m) => Number(m[1]));
  const duration = Number(/duration[^\d]{0,20}(\d+(?:\.\d+)?)\s*s/i.exec(text)?.[1] ?? NaN);
  return { text, images, timestamps, duration: Number.isFinite(duration) ? duration : undefined };
}

export async function facts(messages: unknown[]): Promise<InputFacts> {
  const texts: string[] = [];
  const images: InputFacts['images'] = [];
  for (const message of messages) {
    const { role, content } = message as { role?: string; content?: unknown };
    if (role === 'system' || role === 'developer') continue;
    const parts = typeof content === 'string' ? [{ type: 'text', text: content }] : Array.isArray(content) ? content : [];
    for (const part of parts as { type?: string; text?: string; image_url?: { url?: string } }[]) {
      if (part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
      if (part.type === 'image_url') {
        const url = part.image_url?.url ?? '';
        const match = /^data:[^;,]+;base64,(.*)$/s.exec(url);
        if (!match) throw invalid('Only base64 data URLs are supported by this emulator for image inputs.', 'messages', 'invalid_image_url');
        try {
          images.push(await imageFacts(Buffer.from(match[1], 'base64')));
        } catch {
          throw invalid('You uploaded an unsupported image. Please make sure your image is valid.', 'messages', 'invalid_image_format');
        }
      }
    }
  }
  return inputFacts(texts.join('\n'), images);
}

/** The gist of the user's text: the quoted part if any, else its first line. */
function gist(text: string): string {
  const quotedPart = /"([^"]{3,300})"/.exec(text)?.[1];
  return (quotedPart ?? text.split('\n').find((l) => l.trim().length > 0) ?? 'the subject').trim();
}

function pick<T>(items: T[], seed: string, count: number): T[] {
  const order = items.map((item, i) => ({ item, key: digest(`${seed}:${i}`).readUInt32BE(0) }));
  order.sort((a, b) => a.key - b.key);
  return order.slice(0, Math.min(count, items.length)).map((o) => o.item);
}

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  additionalProperties?: unknown;
  anyOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  description?: string;
};

export function describe(facts: InputFacts): string {
  const image = facts.images[0];
  if (!image) return gist(facts.text);
  const shape = image.width > image.height ? 'landscape' : image.width < image.height ? 'portrait' : 'square';
  const frames = facts.images.length > 1 ? ` across ${facts.images.length} frames` : '';
  return `A ${shape} ${image.width}x${image.height} image dominated by ${image.colour} tones${frames}, ${image.brightness > 128 ? 'brightly lit' : 'in low light'}`;
}

/** A value that conforms to `schema`, made deterministically from the input. */
export function generate(schema: JsonSchema, name: string, input: InputFacts, path: string): unknown {
  if (schema.anyOf?.length) return generate(schema.anyOf[0], name, input, path);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if (schema.enum?.length) return pick(schema.enum, `${input.text}${path}`, 1)[0];
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, sub] of Object.entries(schema.properties ?? {})) out[key] = generate(sub, key, input, `${path}.${key}`);
      return out;
    }
    case 'array': {
      const items = schema.items ?? { type: 'string' };
      const wanted = Number(/exactly (\d+)/i.exec(input.text)?.[1] ?? 3);
      if (items.enum?.length) return pick(items.enum, `${input.text}${path}`, wanted);
      if (items.type === 'object' && items.properties && Object.keys(items.properties).some((k) => /start/i.test(k))) {
        // Segments: between the frame timestamps the input named (or thirds of its duration).
        const end = input.duration ?? (input.timestamps.length ? Math.max(...input.timestamps) + 1 : 3);
        const cuts = [0, end / 3, (2 * end) / 3, end].map((t) => Math.round(t * 10) / 10);
        return [0, 1, 2].map((i) => {
          const segment = generate(items, name, { ...input, text: `${input.text} segment ${i + 1}` }, `${path}[${i}]`) as Record<string, unknown>;
          for (const key of Object.keys(items.properties!)) {
            if (/start/i.test(key)) segment[key] = cuts[i];
            if (/end/i.test(key)) segment[key] = cuts[i + 1];
          }
          return segment;
        });
      }
      if (items.type === 'string' && /tag|keyword|label/i.test(name)) {
        const words = `${describe(input)} ${gist(input.text)}`.toLowerCase().match(/[a-z]{3,}/g) ?? ['image'];
        const unique = [...new Set(words.filter((w) => !['the', 'and', 'with', 'image', 'tones', 'dominated', 'across'].includes(w)))];
        while (unique.length < wanted) unique.push(`tag${unique.length + 1}`);
        return unique.slice(0, wanted);
      }
      return Array.from({ length: wanted }, (_, i) => generate(items, name, input, `${path}[${i}]`));
    }
    case 'number':
    case 'integer': {
      const min = schema.minimum ?? 0;
      const max = schema.maximum ?? min + 100;
      const value = min + ((digest(`${input.text}${path}`).readUInt16BE(0) % 1000) / 1000) * (max - min);
      return type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
    }
    case 'boolean':
      return digest(`${input.text}${path}`)[0] % 2 === 0;
    case 'null':
      return null;
    default: {
      if (/prompt/i.test(name)) {
        return `${gist(input.text)}, rendered as a professional photograph with rich detail, soft natural light, balanced composition and a shallow depth of field`;
      }
      if (/caption|description|summary|text/i.test(name)) return describe(input);
      return `${name}: ${gist(input.text)}`;
    }
  }
}

/** OpenAI's strict-mode schema rules (the part the twin checks): closed objects, every key required. */
export function strictProblem(schema: JsonSchema, context: string[] = []): string | undefined {
  const where = `In context=(${context.map((c) => `'${c}'`).join(', ')})`;
  if (schema.anyOf) {
    for (const [i, sub] of schema.anyOf.entries()) {
      const p = strictProblem(sub, [...context, 'anyOf', String(i)]);
      if (p) return p;
    }
  }
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (type.includes('object')) {
    if (schema.additionalProperties !== false) return `${where}, 'additionalProperties' is required to be supplied and to be false.`;
    const keys = Object.keys(schema.properties ?? {});
    const missing = keys.find((k) => !(schema.required ?? []).includes(k));
    if (missing) return `${where}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing}'.`;
    for (const key of keys) {
      const p = strictProblem(schema.properties![key], [...context, 'properties', key]);
      if (p) return p;
    }
  }
  if (type.includes('array') && schema.items) return strictProblem(schema.items, [...context, 'items']);
  return undefined;
}
