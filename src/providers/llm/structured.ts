// The JSON schemas of the LLM slice's structured outputs. Each is sent upstream as it is
// (OpenAI `response_format: {type: "json_schema", json_schema: {name, schema, strict: true}}`;
// Gemini `responseMimeType: "application/json"` + `responseJsonSchema`) and the answer is checked
// against the same schema here. They keep to the subset both accept in strict mode: closed
// objects (`additionalProperties: false`), every property required, no length/count keywords
// (counts are asked for in the prompt and enforced after parsing).
import { Type, type TObject } from '@sinclair/typebox';

const closed = { additionalProperties: false } as const;

export const PromptOutput = Type.Object({ prompt: Type.String({ description: 'The image generation prompt' }) }, closed);

export const CaptionOutput = Type.Object({ caption: Type.String({ description: 'The caption' }) }, closed);

/** Tags, restricted to `possible` when the caller gave a list. */
export function tagsOutput(possible?: string[] | null): TObject {
  const tag = possible && possible.length > 0 ? Type.String({ enum: [...new Set(possible)] }) : Type.String();
  return Type.Object({ tags: Type.Array(tag, { description: 'Tags, most relevant first' }) }, closed);
}

/**
 * Segments of a video, each with `start_seconds`/`end_seconds` and one descriptive field.
 * `maxSeconds` (the video's duration) bounds the timestamps in the schema itself; it is given
 * for Gemini, whose responseJsonSchema supports minimum/maximum (js-genai GenerateContentConfig
 * docs). For OpenAI the bounds are enforced after parsing instead (handlers.ts), keeping to the
 * keywords strict mode is documented to accept everywhere.
 */
export function segmentsOutput(field: 'caption' | 'description' | 'tags', maxSeconds?: number): TObject {
  const seconds = (what: string) =>
    Type.Number({ description: `Segment ${what}, seconds from the start of the video`, ...(maxSeconds !== undefined ? { minimum: 0, maximum: maxSeconds } : {}) });
  const detail = field === 'tags' ? Type.Array(Type.String()) : Type.String();
  return Type.Object({ segments: Type.Array(Type.Object({ start_seconds: seconds('start'), end_seconds: seconds('end'), [field]: detail }, closed)) }, closed);
}

/** The schema as plain JSON (TypeBox's symbol markers dropped). */
export const jsonSchemaOf = (schema: TObject): Record<string, unknown> => JSON.parse(JSON.stringify(schema));
