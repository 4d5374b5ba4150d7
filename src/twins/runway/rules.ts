// Runway's request rules as the Runway twin checks them (@runwayml/sdk 4.20.1 request types;
// docs.dev.runwayml.com): per-model ratios, durations and voices, retired models, unknown keys,
// and how an input is read (data URI, runway:// upload, or an https URL on a named host). A
// broken rule throws `Invalid`, answered 400 {"error": message} like Runway.
import { isIP } from 'node:net';
import { fileTypeFromBuffer } from 'file-type';
import type { TwinFetch } from '../kit/fetch.js';

/** An input or output file of a task. */
export interface TwinFile {
  bytes: Buffer;
  type: string;
  ext: string;
}

export class Invalid extends Error {}
export const bad = (message: string): never => {
  throw new Invalid(message);
};

export const IMAGE_RATIOS = [
  '1024:1024',
  '1080:1080',
  '1168:880',
  '1360:768',
  '1440:1080',
  '1080:1440',
  '1808:768',
  '1920:1080',
  '1080:1920',
  '2112:912',
  '1280:720',
  '720:1280',
  '720:720',
  '960:720',
  '720:960',
  '1680:720',
];
export const GEN4_RATIOS = ['1280:720', '720:1280', '1104:832', '832:1104', '960:960', '1584:672'];
export const VEO31_RATIOS = ['1280:720', '720:1280', '1080:1920', '1920:1080'];
export const PRESETS = new Set([
  'Maya',
  'Arjun',
  'Serene',
  'Bernard',
  'Billy',
  'Mark',
  'Clint',
  'Mabel',
  'Chad',
  'Leslie',
  'Eleanor',
  'Elias',
  'Elliot',
  'Grungle',
  'Brodie',
  'Sandra',
  'Kirk',
  'Kylie',
  'Lara',
  'Lisa',
  'Malachi',
  'Marlene',
  'Martin',
  'Miriam',
  'Monster',
  'Paula',
  'Pip',
  'Rusty',
  'Ragnar',
  'Xylar',
  'Maggie',
  'Jack',
  'Katie',
  'Noah',
  'James',
  'Rina',
  'Ella',
  'Mariah',
  'Frank',
  'Claudia',
  'Niki',
  'Vincent',
  'Kendrick',
  'Myrna',
  'Tom',
  'Wanda',
  'Benjamin',
  'Kiana',
  'Rachel',
]);
/** Models Runway has retired: asking for them is a 400. */
const RETIRED = new Set(['gen3a_turbo', 'gen4_aleph', 'veo3', 'upscale_v1']);
/** Data-URI limits on the whole URI; URL fetch limits (docs.dev.runwayml.com/assets/inputs). */
const DATA_URI_LIMIT = { image: 5_000_000, video: 16_000_000 };
const URL_LIMIT = { image: 16_000_000, video: 32_000_000 };
/** How long an upload's presigned form works. */
export const UPLOAD_TTL_MS = 10 * 60_000;

export type Body = Record<string, unknown>;

export function onlyKeys(body: Body, allowed: string[]): void {
  for (const key of Object.keys(body)) if (!allowed.includes(key)) bad(`Unrecognized key in body: "${key}"`);
}

export function text(body: Body, key: string, required: boolean): string | undefined {
  const value = body[key];
  if (value === undefined) return required ? bad(`${key}: Required`) : undefined;
  if (typeof value !== 'string' || value.length === 0) return bad(`${key}: Expected a non-empty string`);
  if (value.length > 1000) bad(`${key}: String must contain at most 1000 character(s)`);
  return value;
}

export function choice<T>(body: Body, key: string, values: readonly T[], required: boolean): T | undefined {
  const value = body[key];
  if (value === undefined) return required ? bad(`${key}: Required`) : undefined;
  if (!values.includes(value as T)) bad(`${key}: Invalid value ${JSON.stringify(value)}; expected one of ${values.join(', ')}`);
  return value as T;
}

export function integer(body: Body, key: string, min: number, max: number): number | undefined {
  const value = body[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) bad(`${key}: Expected an integer from ${min} to ${max}`);
  return value as number;
}

export function moderation(body: Body, allowed: boolean): void {
  const value = body.contentModeration;
  if (value === undefined) return;
  if (!allowed) bad('contentModeration: This model does not support content moderation settings');
  const threshold = (value as { publicFigureThreshold?: unknown })?.publicFigureThreshold;
  if (typeof value !== 'object' || value === null || (threshold !== undefined && threshold !== 'auto' && threshold !== 'low')) {
    bad('contentModeration.publicFigureThreshold: Expected "auto" or "low"');
  }
}

export function modelOf(body: Body, offered: string[]): string {
  const model = body.model;
  if (typeof model !== 'string') return bad('model: Required');
  if (RETIRED.has(model)) bad(`model: The model ${model} has been retired and is no longer available`);
  if (!offered.includes(model)) bad(`model: Invalid model "${model}" for this endpoint (the twin emulates ${offered.join(', ')})`);
  return model;
}

/** An input the way Runway reads it: a data URI (decoded), a `runway://` upload, or an https URL on a named host (fetched). */
export async function readRunwayInput(fetchUrl: TwinFetch, value: unknown, kind: 'image' | 'video', field: string, uploads: Map<string, Buffer>): Promise<TwinFile> {
  if (typeof value !== 'string' || value.length === 0) return bad(`${field}: Required`);
  let bytes: Buffer;
  if (value.startsWith('data:')) {
    if (value.length > DATA_URI_LIMIT[kind]) bad(`${field}: Data URIs for ${kind}s may be at most ${DATA_URI_LIMIT[kind] / 1_000_000}MB`);
    const match = /^data:([^;,]*)(;[^,]*)?,(.*)$/s.exec(value);
    if (!match || !(match[2] ?? '').includes('base64')) return bad(`${field}: Invalid data URI`);
    bytes = Buffer.from(match[3], 'base64');
  } else if (value.startsWith('runway://')) {
    const uploaded = uploads.get(value);
    if (!uploaded) return bad(`${field}: Unknown or expired upload URI`);
    bytes = uploaded;
  } else if (/^https:\/\//i.test(value)) {
    if (value.length > 2048) bad(`${field}: URLs may be at most 2048 characters`);
    const host = new URL(value).hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) !== 0) bad(`${field}: URLs must reference a domain name, not an IP address`);
    const response = await fetchUrl(value);
    if (!response) return bad(`${field}: Failed to fetch the asset at the URL (redirects are not followed)`);
    const type = response.contentType ?? '';
    if (!type.startsWith(`${kind}/`)) bad(`${field}: The URL answered Content-Type "${type}", not an ${kind} type`);
    bytes = response.bytes;
    if (bytes.length > URL_LIMIT[kind]) bad(`${field}: ${kind}s fetched from a URL may be at most ${URL_LIMIT[kind] / 1_000_000}MB`);
  } else {
    return bad(`${field}: Expected an HTTPS URL, a runway:// upload URI or a data URI`);
  }
  const sniffed = await fileTypeFromBuffer(bytes);
  if (!sniffed || !sniffed.mime.startsWith(`${kind}/`)) bad(`${field}: The asset is not a valid ${kind}`);
  return { bytes, type: sniffed!.mime, ext: sniffed!.ext };
}
