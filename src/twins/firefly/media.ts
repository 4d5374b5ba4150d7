// Real output media for the Firefly twin (tests, `vision-studio emulate firefly` and the labelled
// sandbox only), made with sharp from the inputs: colours from the prompt and seed, masks applied
// as alpha, placed images aligned and inset as Firefly's placement says.
import { createHash } from 'node:crypto';
import sharp from 'sharp';

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function colourOf(text: string, seed: number): { r: number; g: number; b: number } {
  const h = createHash('sha256').update(`${text}\0${seed}`).digest();
  return { r: 40 + (h[0] % 180), g: 40 + (h[1] % 180), b: 40 + (h[2] % 180) };
}

export const solid = (width: number, height: number, colour: { r: number; g: number; b: number }) => sharp({ create: { width, height, channels: 3, background: colour } });

/** A mark whose place depends on the seed, so variations differ visibly. */
export async function mark(width: number, height: number, seed: number, colour: { r: number; g: number; b: number }) {
  const w = Math.max(1, Math.floor(width / 4));
  const h = Math.max(1, Math.floor(height / 4));
  const input = await solid(w, h, { r: 255 - colour.r, g: 255 - colour.g, b: 255 - colour.b })
    .png()
    .toBuffer();
  return { input, left: seed % Math.max(1, width - w), top: Math.floor(seed / 7) % Math.max(1, height - h) };
}

/** A mask as one alpha channel of the given size (white = where Firefly may change the image). */
export async function alphaOf(mask: Buffer, width: number, height: number, invert: boolean): Promise<Buffer> {
  const alpha = await sharp(mask).resize(width, height, { fit: 'fill' }).greyscale().extractChannel(0).raw().toBuffer();
  if (invert) for (let i = 0; i < alpha.length; i++) alpha[i] = 255 - alpha[i];
  return alpha;
}

export async function layerThrough(alpha: Buffer, width: number, height: number, colour: { r: number; g: number; b: number }): Promise<Buffer> {
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = colour.r;
    rgba[i * 4 + 1] = colour.g;
    rgba[i * 4 + 2] = colour.b;
    rgba[i * 4 + 3] = alpha[i];
  }
  return sharp(rgba, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

/** Where a placed image goes inside the frame: Firefly's alignment and inset (pixels). */
export async function place(input: Buffer, frame: { width: number; height: number }, placement: unknown, share: number) {
  const p = isObject(placement) ? placement : {};
  const inset = isObject(p.inset) ? p.inset : {};
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.round(v)) : 0);
  const [l, t, r, b] = [n(inset.left), n(inset.top), n(inset.right), n(inset.bottom)];
  const boxW = Math.max(1, isObject(p.inset) ? frame.width - l - r : Math.round(frame.width * share));
  const boxH = Math.max(1, isObject(p.inset) ? frame.height - t - b : Math.round(frame.height * share));
  const placed = await sharp(input).resize(boxW, boxH, { fit: 'inside' }).png().toBuffer();
  const meta = await sharp(placed).metadata();
  const w = meta.width ?? boxW;
  const h = meta.height ?? boxH;
  const alignment = isObject(p.alignment) ? p.alignment : {};
  const across = (a: unknown, start: number, room: number) => (a === 'left' || a === 'top' ? start : a === 'right' || a === 'bottom' ? start + room : start + Math.floor(room / 2));
  const left = isObject(p.inset) ? across(alignment.horizontal, l, boxW - w) : across(alignment.horizontal, 0, frame.width - w);
  const top = isObject(p.inset) ? across(alignment.vertical, t, boxH - h) : across(alignment.vertical, 0, frame.height - h);
  return { input: placed, left: Math.min(left, frame.width - w), top: Math.min(top, frame.height - h) };
}
