// Real output media for the BRIA twin (tests and the labelled sandbox only): every output is
// made from the request with sharp (images), a store-only ZIP writer (mask archives) or ffmpeg
// (videos). Not AI results: gradients and patterns seeded from the prompt, simple colour-distance
// segmentation, real resizing, blurring and compositing.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { ffmpeg, withTempDir } from '../kit/ffmpeg.js';

export { seedOf } from '../kit/media.js';

const hsl = (seed: number, shift: number) => `hsl(${(seed + shift) % 360}, ${55 + (seed % 30)}%, ${40 + ((seed >> 3) % 30)}%)`;

/** An SVG scene: a two-colour gradient with a few shapes placed from the seed. */
export function sceneSvg(width: number, height: number, seed: number): string {
  const shapes: string[] = [];
  let s = seed;
  for (let i = 0; i < 4; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    const cx = s % width;
    const cy = (s >> 8) % height;
    const r = Math.max(4, Math.round(Math.min(width, height) * (0.08 + ((s >> 16) % 20) / 100)));
    shapes.push(`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${hsl(s, 180)}" fill-opacity="0.7"/>`);
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${hsl(seed, 0)}"/>` +
    `<stop offset="1" stop-color="${hsl(seed, 120)}"/></linearGradient></defs>` +
    `<rect width="${width}" height="${height}" fill="url(#g)"/>${shapes.join('')}</svg>`
  );
}

/** A raster scene of exactly `width`×`height`. */
export async function scene(width: number, height: number, seed: number, format: 'png' | 'jpeg' = 'png'): Promise<Buffer> {
  const image = sharp(Buffer.from(sceneSvg(width, height, seed)), { density: 72 }).resize(width, height, { fit: 'fill' });
  return format === 'png' ? image.png().toBuffer() : image.jpeg({ quality: 85 }).toBuffer();
}

export interface Foreground {
  width: number;
  height: number;
  /** RGBA pixels with the background made transparent. */
  rgba: Buffer;
  /** Background colour (the top-left pixel's). */
  background: [number, number, number];
  /** Bounding box of the opaque pixels (the whole image when there are none). */
  box: { left: number; top: number; width: number; height: number };
}

/**
 * "Segmentation": pixels close to the top-left corner's colour are background. An input that
 * already has transparency keeps its alpha unless `force` is set (BRIA's `force_rmbg`).
 */
export async function foreground(input: Buffer, force = true): Promise<Foreground> {
  const image = sharp(input).ensureAlpha();
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const background: [number, number, number] = [data[0], data[1], data[2]];
  const hasAlpha = (await sharp(input).metadata()).hasAlpha && data.some((_, i) => i % 4 === 3 && data[i] < 255);
  if (force || !hasAlpha) {
    for (let i = 0; i < data.length; i += 4) {
      const distance = Math.abs(data[i] - background[0]) + Math.abs(data[i + 1] - background[1]) + Math.abs(data[i + 2] - background[2]);
      if (distance < 48) data[i + 3] = 0;
    }
  }
  let [minX, minY, maxX, maxY] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[(y * width + x) * 4 + 3] > 0) {
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  const box = maxX < 0 ? { left: 0, top: 0, width, height } : { left: minX, top: minY, width: maxX - minX + 1, height: maxY - minY + 1 };
  return { width, height, rgba: data, background, box };
}

export const rgbaImage = (fg: Foreground) => sharp(fg.rgba, { raw: { width: fg.width, height: fg.height, channels: 4 } });

/** The foreground cut out and cropped to its bounding box, as a PNG with alpha. */
export async function cutout(fg: Foreground): Promise<Buffer> {
  return rgbaImage(fg).extract(fg.box).png().toBuffer();
}

/** The foreground's alpha as a white-on-black mask PNG (one channel). */
export async function alphaMask(fg: Foreground, invert = false): Promise<Buffer> {
  const mask = Buffer.alloc(fg.width * fg.height);
  for (let i = 0; i < mask.length; i++) {
    const a = fg.rgba[i * 4 + 3];
    mask[i] = invert ? 255 - a : a;
  }
  return sharp(mask, { raw: { width: fg.width, height: fg.height, channels: 1 } })
    .png()
    .toBuffer();
}

/** `layer` (with alpha) over `base`, both already the same size. */
export async function over(base: Buffer, layer: Buffer, left = 0, top = 0): Promise<sharp.Sharp> {
  return sharp(base).composite([{ input: layer, left, top }]);
}

/** Width×height of about `megapixels` MP with the aspect ratio of `width`×`height`. */
export function sizeFor(width: number, height: number, megapixels: number): [number, number] {
  const scale = Math.sqrt((megapixels * 1024 * 1024) / (width * height));
  return [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
}

/** `#RRGGBB` / `#RGB` → sharp colour object (undefined when not hex). */
export function hexColor(value: unknown, alpha = 1): { r: number; g: number; b: number; alpha: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
  if (!m) return undefined;
  const hex = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16), alpha };
}

/** A ZIP archive with the files stored uncompressed (PKWARE APPNOTE 4.3: local headers, central directory, end record). */
export function zipStore(entries: { name: string; data: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  // 1980-01-01 00:00, the DOS epoch.
  const [time, date] = [0, (0 << 9) | (1 << 5) | 1];
  for (const { name, data } of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4); // version made by
    header.writeUInt16LE(20, 6); // version needed
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(0, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(date, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(data.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(fileName.length, 28);
    // extra length, comment length, disk, internal and external attributes: 0
    header.writeUInt32LE(offset, 42);
    central.push(header, fileName);
    parts.push(local, fileName, data);
    offset += local.length + fileName.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/** Container, codec arguments and MIME type of each of BRIA's video output presets. */
const PRESETS: Record<string, { ext: string; type: string; video: string[]; alpha?: string; opaque: string; audio: string[] }> = {
  mp4_h264: { ext: 'mp4', type: 'video/mp4', video: ['-c:v', 'libx264', '-preset', 'ultrafast', '-movflags', '+faststart'], opaque: 'yuv420p', audio: ['-c:a', 'aac'] },
  mp4_h265: {
    ext: 'mp4',
    type: 'video/mp4',
    video: ['-c:v', 'libx265', '-preset', 'ultrafast', '-tag:v', 'hvc1', '-x265-params', 'log-level=error'],
    opaque: 'yuv420p',
    audio: ['-c:a', 'aac'],
  },
  webm_vp9: {
    ext: 'webm',
    type: 'video/webm',
    video: ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '500k'],
    alpha: 'yuva420p',
    opaque: 'yuv420p',
    audio: ['-c:a', 'libopus'],
  },
  mov_h265: {
    ext: 'mov',
    type: 'video/quicktime',
    video: ['-c:v', 'libx265', '-preset', 'ultrafast', '-tag:v', 'hvc1', '-x265-params', 'log-level=error'],
    opaque: 'yuv420p',
    audio: ['-c:a', 'aac'],
  },
  mov_proresks: { ext: 'mov', type: 'video/quicktime', video: ['-c:v', 'prores_ks', '-profile:v', '4444'], alpha: 'yuva444p10le', opaque: 'yuv422p10le', audio: ['-c:a', 'aac'] },
  mkv_h264: { ext: 'mkv', type: 'video/x-matroska', video: ['-c:v', 'libx264', '-preset', 'ultrafast'], opaque: 'yuv420p', audio: ['-c:a', 'aac'] },
  mkv_h265: {
    ext: 'mkv',
    type: 'video/x-matroska',
    video: ['-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error'],
    opaque: 'yuv420p',
    audio: ['-c:a', 'aac'],
  },
  mkv_vp9: {
    ext: 'mkv',
    type: 'video/x-matroska',
    video: ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '500k'],
    alpha: 'yuva420p',
    opaque: 'yuv420p',
    audio: ['-c:a', 'libopus'],
  },
  gif: { ext: 'gif', type: 'image/gif', video: [], alpha: 'rgba', opaque: 'rgb24', audio: [] },
};

export const VIDEO_PRESETS = Object.keys(PRESETS);

/**
 * "Video background removal": the first frame's top-left colour is keyed out of every frame
 * (ffmpeg colorkey); the result has alpha where the preset can carry it and the background is
 * Transparent, else it is laid over the background colour (black for Transparent without alpha).
 */
export async function removeVideoBackground(input: Buffer, preset: string, backgroundColor: string): Promise<{ bytes: Buffer; type: string; ext: string }> {
  const spec = PRESETS[preset];
  if (!spec) throw new Error(`unknown preset ${preset}`);
  return withTempDir(async (dir) => {
    const source = path.join(dir, 'input');
    const frame = path.join(dir, 'frame.png');
    const output = path.join(dir, `output.${spec.ext}`);
    await writeFile(source, input);
    await ffmpeg(['-i', source, '-frames:v', '1', '-f', 'image2', '-c:v', 'png', frame]);
    const { data } = await sharp(await readFile(frame))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const key = `0x${[data[0], data[1], data[2]].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    const transparent = backgroundColor.toLowerCase() === 'transparent';
    const even = 'scale=trunc(iw/2)*2:trunc(ih/2)*2';
    const filter =
      transparent && spec.alpha
        ? `[0:v]${even},colorkey=${key}:0.3:0.05,format=${spec.alpha}[out]`
        : `[0:v]${even},colorkey=${key}:0.3:0.05[fg];color=c=${transparent ? 'black' : backgroundColor.toLowerCase()}[bg];` +
          `[bg][fg]scale2ref[bg2][fg2];[bg2][fg2]overlay=shortest=1,format=${spec.opaque}[out]`;
    await ffmpeg(['-i', source, '-filter_complex', filter, '-map', '[out]', ...(spec.audio.length ? ['-map', '0:a?', ...spec.audio] : ['-an']), ...spec.video, output]);
    return { bytes: await readFile(output), type: spec.type, ext: spec.ext };
  });
}
