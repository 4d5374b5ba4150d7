// Real media for the Google twin (tests, `vision-studio emulate google` and the labelled sandbox
// only): PNGs made with sharp (pictures for prompts; edits made from the input pixels) and MP4s
// made with ffmpeg, all deterministic from the request's text.
import sharp from 'sharp';
import { transcode } from '../kit/ffmpeg.js';
import { digest } from '../kit/media.js';
import { GEMINI_RATIOS } from './catalog.js';

// ---- Deterministic pseudo-randomness from the request's text ----

export function rngFrom(text: string): () => number {
  let state = digest(text).readUInt32LE(0) || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 1_000_000) / 1_000_000;
  };
}

export const colour = (text: string, salt: number) => `#${digest(`${salt}:${text}`).subarray(0, 3).toString('hex')}`;
const rgb = (hex: string): [number, number, number] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

// ---- Real images ----

/** A picture for a prompt: a gradient with shapes, its colours taken from the prompt. */
export async function synthImage(width: number, height: number, seed: string): Promise<Buffer> {
  const r = rngFrom(seed);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${colour(seed, 1)}"/><stop offset="1" stop-color="${colour(seed, 2)}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#g)"/>
<circle cx="${Math.round(width * (0.25 + r() / 2))}" cy="${Math.round(height * (0.25 + r() / 2))}" r="${Math.round(Math.min(width, height) * (0.1 + r() / 5))}" fill="${colour(seed, 3)}" fill-opacity="0.85"/>
<rect x="${Math.round(width * r() * 0.6)}" y="${Math.round(height * r() * 0.6)}" width="${Math.round(width * 0.3)}" height="${Math.round(height * 0.2)}" fill="${colour(seed, 4)}" fill-opacity="0.7"/>
</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export interface Raw {
  data: Buffer;
  width: number;
  height: number;
}

export async function rawRgb(input: Buffer): Promise<Raw> {
  const { data, info } = await sharp(input).rotate().removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export const pngOf = (raw: Raw) =>
  sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 3 } })
    .png()
    .toBuffer();

/** Pixels unlike the corner colour: the "foreground" of a product shot. */
export function foregroundMask(raw: Raw): Uint8Array {
  const [r, g, b] = [raw.data[0], raw.data[1], raw.data[2]];
  const mask = new Uint8Array(raw.width * raw.height);
  for (let p = 0; p < mask.length; p++) {
    const i = p * 3;
    mask[p] = Math.abs(raw.data[i] - r) + Math.abs(raw.data[i + 1] - g) + Math.abs(raw.data[i + 2] - b) > 48 ? 1 : 0;
  }
  return mask;
}

/** Paints `selected` pixels with a gradient of the prompt's colours (the "generated" content). */
export function paint(raw: Raw, selected: (p: number) => boolean, seed: string): Raw {
  const [a, b] = [rgb(colour(seed, 1)), rgb(colour(seed, 2))];
  const out = Buffer.from(raw.data);
  for (let p = 0; p < raw.width * raw.height; p++) {
    if (!selected(p)) continue;
    const t = ((p % raw.width) / raw.width + Math.floor(p / raw.width) / raw.height) / 2;
    for (let c = 0; c < 3; c++) out[p * 3 + c] = Math.round(a[c] * (1 - t) + b[c] * t);
  }
  return { ...raw, data: out };
}

/** Output size for a ratio or, without one, the source's own size. */
export const sized = (ratio: unknown, table: Record<string, [number, number]>, fallback: [number, number]) => (typeof ratio === 'string' && table[ratio] ? table[ratio] : fallback);

/** Nearest Gemini output size to a source's proportions. */
function nearestGeminiSize(width: number, height: number): [number, number] {
  const target = width / height;
  return Object.values(GEMINI_RATIOS).reduce((best, s) => (Math.abs(s[0] / s[1] - target) < Math.abs(best[0] / best[1] - target) ? s : best));
}

/** Gemini's "edit": the source at Gemini's nearest size, changed the way the instruction says. */
export async function editedImage(source: Buffer, instruction: string, size?: [number, number]): Promise<Buffer> {
  const meta = await sharp(source).metadata();
  const [w, h] = size ?? nearestGeminiSize(meta.width ?? 1024, meta.height ?? 1024);
  let image = sharp(source).rotate().resize(w, h, { fit: 'cover' }).removeAlpha();
  const words = instruction.toLowerCase();
  if (/black and white|grayscale|greyscale|monochrome/.test(words)) image = image.greyscale();
  else if (/saturat|vivid/.test(words)) image = image.modulate({ saturation: 1.8 });
  else if (/blur|soft/.test(words)) image = image.blur(3);
  else image = image.tint(colour(instruction, 5));
  const mark = await synthImage(Math.round(w / 4), Math.round(h / 4), instruction);
  return image
    .composite([{ input: mark, left: Math.round(w / 16), top: Math.round(h / 16) }])
    .png()
    .toBuffer();
}

// ---- Real videos (ffmpeg) ----

export async function makeVideo(options: { width: number; height: number; seconds: number; audio: boolean; seed: string; image?: Buffer }): Promise<Buffer> {
  const { width: w, height: h, seconds } = options;
  const inputs: Record<string, Buffer> = options.image ? { 'start.png': await sharp(options.image).rotate().png().toBuffer() } : {};
  return transcode(
    inputs,
    'out.mp4',
    (paths) => {
      const args: string[] = [];
      if (options.image) {
        args.push('-loop', '1', '-framerate', '24', '-t', String(seconds), '-i', paths['start.png']);
      } else {
        args.push('-f', 'lavfi', '-i', `color=c=${colour(options.seed, 1).replace('#', '0x')}:size=${w}x${h}:rate=24:duration=${seconds}`);
      }
      if (options.audio) args.push('-f', 'lavfi', '-i', `sine=frequency=${220 + (digest(options.seed)[0] % 440)}:duration=${seconds}`);
      const box = colour(options.seed, 3).replace('#', '0x');
      args.push(
        '-vf',
        `scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2,drawbox=x=${Math.round(w / 3)}:y=${Math.round(h / 3)}:w=${Math.round(w / 4)}:h=${Math.round(h / 4)}:color=${box}:t=fill,hue=h=t*40,format=yuv420p`,
        '-c:v',
        'libx264',
        '-preset',
        'ultrafast',
        '-crf',
        '32',
        '-r',
        '24',
      );
      if (options.audio) args.push('-c:a', 'aac', '-b:a', '64k');
      args.push('-t', String(seconds), '-movflags', '+faststart', paths.output);
      return args;
    },
    { timeoutMs: 60_000 },
  );
}
