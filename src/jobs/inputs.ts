// What a job was asked to work on, as its record shows it (`inputs` on GET /api/v1/jobs/{id}):
// its prompt and its input assets, each named by the request field it came in (`image`,
// `ref_images[1]`, `source.upload_id`). The field is the location the media intake checked the
// value at, so it is right for every provider without provider code; the stored request cannot
// tell it (it is the upstream's body, whose names differ).
import { Type } from '@sinclair/typebox';
import { Nullable } from '../contract/envelope.js';
import { ASSET_REF, assetRefsIn } from '../assets/assets.js';

/** One input asset and the request field it was sent in. */
export interface InputAsset {
  field: string;
  asset_id: string;
}

/** What the job's row keeps (jobs.inputs, JSON). */
export interface JobInputRecord {
  assets: InputAsset[];
  prompt?: string;
  /** The caller's other body fields as sent (not those `assets` names, not inline media: too long). Absent in older records. */
  parameters?: Record<string, unknown>;
}

/** Longest a field kept in `parameters` may be as JSON: longer ones (inline media) are left out. */
export const MAX_PARAMETER_CHARS = 4_096;
/** Longest all of `parameters` may be as JSON: fields past it (a body padded with unknown ones) are left out. */
export const MAX_PARAMETERS_CHARS = 16_384;

/** About how long `value` is as JSON, or undefined past `limit`: found without writing out a long value. */
function jsonLength(value: unknown, limit: number): number | undefined {
  let length = 0;
  const walk = (v: unknown): boolean => {
    // Bytes (a multipart file the intake did not read) are media, not a parameter.
    if (ArrayBuffer.isView(v)) return false;
    if (typeof v === 'string') length += v.length + 2;
    else if (Array.isArray(v)) {
      length += v.length + 1;
      for (const item of v) if (length > limit || !walk(item)) return false;
    } else if (v && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        length += key.length + 4;
        if (length > limit || !walk(item)) return false;
      }
    } else length += String(v).length;
    return length <= limit;
  };
  return walk(value) ? length : undefined;
}

/** A 422 location as the request body's path: ['body', 'ref_images', 1] → `ref_images[1]`, ['body', 'source', 'upload_id'] → `source.upload_id`. */
export function fieldPath(loc: readonly (string | number)[]): string {
  const path = loc[0] === 'body' ? loc.slice(1) : loc;
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

/**
 * The input assets a job's `prepare` reads through the media intake, by field. Fields read in
 * parallel keep the order they were asked for in (each takes its place when asked); values that
 * are not assets (a URL passed on to the provider) take none.
 */
export class InputRecorder {
  private readonly places: (InputAsset | undefined)[] = [];

  /** The place of the next field read. */
  reserve(): number {
    return this.places.push(undefined) - 1;
  }

  /** The value the intake answered for the field at `loc`: recorded when it is an asset. */
  fill(place: number, loc: readonly (string | number)[], value: string): void {
    if (value.startsWith(ASSET_REF)) this.places[place] = { field: fieldPath(loc), asset_id: value.slice(ASSET_REF.length) };
  }

  /**
   * The record: the input assets, the prompt the caller sent (a string `prompt` field of the body)
   * and the body's other fields (`parameters`: what running the job again puts back besides them).
   */
  record(body: unknown): JobInputRecord {
    const fields = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    const assets = this.places.filter((a): a is InputAsset => a !== undefined);
    // A field that was one asset is named in `assets`. One that holds assets inside (an array, an
    // object) is kept as sent when short: besides its media it may hold more (a reference's `tag`).
    const asAssets = new Set(assets.map((asset) => asset.field));
    const kept: [string, unknown][] = [];
    let left = MAX_PARAMETERS_CHARS;
    for (const [name, value] of Object.entries(fields)) {
      if (name === 'prompt' || asAssets.has(name) || value === undefined) continue;
      const length = jsonLength(value, Math.min(MAX_PARAMETER_CHARS, left - name.length - 4));
      if (length === undefined) continue;
      kept.push([name, value]);
      left -= name.length + 4 + length;
    }
    const { prompt } = fields;
    // fromEntries: every name, `__proto__` too, becomes a field of its own.
    return { assets, ...(typeof prompt === 'string' ? { prompt } : {}), parameters: Object.fromEntries(kept) };
  }
}

/**
 * A job's inputs as answered. `asset_ids` come from the stored request as they always have (so
 * jobs recorded before `assets` existed still list theirs); `assets` names the field of each,
 * null for those older jobs; `prompt` is the one the caller sent (older jobs: the stored request's).
 */
export function inputsView(request: unknown, recorded: JobInputRecord | null) {
  const sent = request && typeof request === 'object' ? (request as { prompt?: unknown }).prompt : undefined;
  const prompt = recorded?.prompt ?? (typeof sent === 'string' ? sent : null);
  return { asset_ids: assetRefsIn(request), prompt, assets: recorded?.assets ?? null, parameters: recorded?.parameters ?? null };
}

export const JobInputsSchema = Type.Object(
  {
    asset_ids: Type.Array(Type.String(), { description: "The input media, kept as the caller's assets" }),
    prompt: Nullable(Type.String()),
    assets: Type.Union(
      [
        Type.Array(
          Type.Object({
            field: Type.String({
              description: 'The request body field it was sent in, as a path: `image`, `ref_images[1]` (an array item), `image.source.upload_id` (a nested field)',
              examples: ['image_file'],
            }),
            asset_id: Type.String({ pattern: '^asset_' }),
          }),
        ),
        Type.Null(),
      ],
      {
        description:
          'The input assets by the request field each came in, in the order the fields were read: what running the job again puts back. ' +
          "URLs the provider fetched itself are not assets, and masks the gateway made (border modes) are not the caller's: neither is listed. " +
          'null for jobs recorded before fields were kept.',
      },
    ),
    parameters: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()], {
      description:
        "The request body's other fields as the caller sent them, e.g. `seed`, `aspect_ratio`: with the prompt and the input assets, what running the job again puts back. " +
        'Not `prompt`, not a field `assets` names whole; a field with assets inside (an array of references) is kept as sent. ' +
        `A field longer than ${MAX_PARAMETER_CHARS} characters as JSON (inline media) is left out, and so are fields past about ${MAX_PARAMETERS_CHARS} characters in all. ` +
        'null for jobs recorded before parameters were kept.',
      examples: [{ seed: 7, aspect_ratio: '16:9' }],
    }),
  },
  { description: 'What the job was asked to work on' },
);
