// What the BRIA twin's endpoints (v1-routes.ts, v2-routes.ts) share: BRIA's refusals, sizes and
// model versions, input decoding and the compositing of product shots. BRIA's real paths,
// sync/async behaviour and 400 checks are in index.ts, the output media in media.ts. Each
// answer's shape is BRIA's:
//   v1 generation  {"result": [{"urls": [url], "seed": n, "uuid": s}]}      (ComfyUI-BRIA-API)
//   v1 lifestyle   {"result": [[url, seed, session_id]]}                      (docs.bria.ai Product Shot API)
//   v1 product     {"result_url": url}                                        (docs.bria.ai Product Shot API)
//   mask_generator {"objects_masks": url of a ZIP of PNG masks}               (3p clients of the live API)
//   prompt_enhancer {"prompt variations": text}                               (3p clients)
//   v2             202 {request_id, status_url} → /v2/status result {image_url|video_url, seed?, …}
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { BriaTwinKit, TwinRefusal } from './index.js';
import { scene, seedOf } from './media.js';

export const refuse = (status: number, message: string, details?: string): TwinRefusal => ({ status, message, details });
const unreadable = () => refuse(460, 'Failed to download image', 'the image could not be read');
const unsupported = () => refuse(415, 'Unsupported Media Type', 'the input is not a supported image (jpeg, png, webp)');
export const forbidden = (text: unknown) => typeof text === 'string' && text.toLowerCase().includes('forbidden');
export const PROMPT_REFUSAL = 'The request could not be completed because the prompt did not pass content moderation.';

export const ASPECTS = ['1:1', '2:3', '3:2', '3:4', '4:3', '16:9', '9:16', '4:5', '5:4'];
/** About 1 MP per aspect ratio (base and fast models), exact ratios. */
export const SIZES: Record<string, [number, number]> = {
  '1:1': [1024, 1024],
  '2:3': [832, 1248],
  '3:2': [1248, 832],
  '3:4': [864, 1152],
  '4:3': [1152, 864],
  '16:9': [1344, 756],
  '9:16': [756, 1344],
  '4:5': [896, 1120],
  '5:4': [1120, 896],
};
/** The HD model's larger sizes (1.5×). */
export const HD_SIZES = Object.fromEntries(Object.entries(SIZES).map(([k, [w, h]]) => [k, [w * 1.5, h * 1.5] as [number, number]]));

/** Model versions each v1 generation route serves (docs/provider-facts.md §1; ComfyUI-BRIA-API nodes). */
export const VERSIONS: Record<string, string[]> = { base: ['2.3', '3.2'], fast: ['2.3'], hd: ['2.2'] };
export const PLACEMENTS = [
  'upper_left',
  'upper_right',
  'bottom_left',
  'bottom_right',
  'right_center',
  'left_center',
  'upper_center',
  'bottom_center',
  'center_vertical',
  'center_horizontal',
];
export const VIDEO_COLORS = ['Transparent', 'Black', 'White', 'Gray', 'Red', 'Green', 'Blue', 'Yellow', 'Cyan', 'Magenta', 'Orange'];

export async function decoded(kit: BriaTwinKit, value: unknown): Promise<Buffer | TwinRefusal> {
  const bytes = await kit.readImage(value);
  if (!bytes) return unreadable();
  try {
    const meta = await sharp(bytes).metadata();
    if (!['png', 'jpeg', 'webp'].includes(meta.format ?? '')) return unsupported();
  } catch {
    return unsupported();
  }
  return bytes;
}
export const refused = (value: unknown): value is TwinRefusal => typeof value === 'object' && value !== null && 'status' in value && 'message' in value;

/** v1 product endpoints read `image_url`, else `file` (base64). */
export const productImage = (kit: BriaTwinKit, body: Record<string, unknown>) =>
  body.image_url || body.file ? decoded(kit, body.image_url || body.file) : Promise.resolve(refuse(400, 'Bad Request', 'image_url or file is required'));

export function count(value: unknown, fallback: number): number | TwinRefusal {
  if (value === undefined || value === null) return fallback;
  return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 4 ? (value as number) : refuse(400, 'Bad Request', 'num_results must be between 1 and 4');
}

export const seedFor = (body: Record<string, unknown>, text: string) => (Number.isInteger(body.seed) ? (body.seed as number) : seedOf(`${text}:${randomUUID()}`) % 1_000_000);

/** Fit `fg` (cut out) into a `W`×`H` scene at `left`,`top` with size `w`×`h`. */
export async function shot(sceneSeed: number, W: number, H: number, product: Buffer, box: { left: number; top: number; width: number; height: number }, format: 'png' | 'jpeg') {
  const layer = await sharp(product).resize(Math.max(1, box.width), Math.max(1, box.height), { fit: 'fill' }).png().toBuffer();
  // Placement may reach past the canvas (BRIA crops): clip the layer to the canvas.
  const left = Math.max(0, box.left);
  const top = Math.max(0, box.top);
  const width = Math.min(W, box.left + box.width) - left;
  const height = Math.min(H, box.top + box.height) - top;
  const base = await scene(W, H, sceneSeed, 'png');
  if (width <= 0 || height <= 0) return format === 'png' ? base : sharp(base).jpeg().toBuffer();
  const clipped = await sharp(layer)
    .extract({ left: left - box.left, top: top - box.top, width, height })
    .png()
    .toBuffer();
  const out = sharp(base).composite([{ input: clipped, left, top }]);
  return format === 'png' ? out.png().toBuffer() : out.flatten().jpeg({ quality: 85 }).toBuffer();
}

export function placeBox(position: string, W: number, H: number, w: number, h: number) {
  const x = position.includes('left') ? 0 : position.includes('right') ? W - w : Math.round((W - w) / 2);
  const y = position.startsWith('upper') ? 0 : position.startsWith('bottom') ? H - h : Math.round((H - h) / 2);
  return { left: x, top: y, width: w, height: h };
}

/** The product scaled to fit `share` of a `W`×`H` canvas. */
export function fitted(W: number, H: number, w: number, h: number, share = 0.6) {
  const s = Math.min((W * share) / w, (H * share) / h);
  return [Math.max(1, Math.round(w * s)), Math.max(1, Math.round(h * s))];
}
