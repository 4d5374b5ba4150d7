// Real media for the Runway twin (tests, `vision-studio emulate runway` and the labelled sandbox
// only): PNG images (sharp), short H.264 MP4 videos at the requested ratio (ffmpeg; `frames`
// frames at 4 fps, not the requested duration, to stay fast) and MP3 speech stand-ins (a sine
// tone about as long as the text would take to read).
import { createHmac } from 'node:crypto';
import sharp from 'sharp';
import { probeVideo, transcode, withTempDir } from '../kit/ffmpeg.js';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TwinFile } from './rules.js';

const FPS = 4;
const H264 = ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', '-an'];
const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);
export const dims = (ratio: string) => ratio.split(':').map(Number) as [number, number];
const mp4 = (bytes: Buffer): TwinFile => ({ bytes, type: 'video/mp4', ext: 'mp4' });

/** Duration (s) and size of a video. */
export const probe = (video: TwinFile) =>
  withTempDir(async (dir) => {
    const file = path.join(dir, `reference.${video.ext}`);
    await writeFile(file, video.bytes);
    return probeVideo(file);
  });

/** `source` as `frames` H.264 frames at 4 fps through the video filter `vf` (a still image is looped). */
async function reencode(source: TwinFile, frames: number, vf: string): Promise<TwinFile> {
  const input = `in.${source.ext}`;
  const loop = source.type.startsWith('image/') ? ['-loop', '1'] : [];
  const args = (p: Record<string, string>) => [...loop, '-i', p[input], '-vf', `${vf},fps=${FPS}`, '-frames:v', String(frames), ...H264, p.output];
  return mp4(await transcode({ [input]: source.bytes }, 'out.mp4', args));
}

/** A video of `frames` frames at W×H: from a still image, from a video, or a test pattern. */
export async function makeVideo(frames: number, width: number, height: number, source?: TwinFile): Promise<TwinFile> {
  if (source) return reencode(source, frames, `scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height}`);
  const pattern = `testsrc2=size=${width}x${height}:rate=${FPS}`;
  return mp4(await transcode({}, 'out.mp4', ({ output }) => ['-f', 'lavfi', '-i', pattern, '-frames:v', String(frames), ...H264, output]));
}

/** The input video with a colour change, at its own size (Runway's video_to_video keeps the input's resolution). */
export const restyle = (frames: number, video: TwinFile) => reencode(video, frames, 'scale=trunc(iw/2)*2:trunc(ih/2)*2,hue=h=150:s=1.4');

/** Upscaled to the target resolution's short side, keeping the aspect ratio. */
export async function upscale(frames: number, video: TwinFile, shortSide: number): Promise<TwinFile> {
  const { width, height } = await probe(video);
  const [w, h] = width >= height ? [even((width * shortSide) / height), shortSide] : [shortSide, even((height * shortSide) / width)];
  return reencode(video, frames, `scale=${w}:${h}:flags=lanczos`);
}

/** A tone about as long as the text takes to say (~15 characters a second), as MP3. */
export async function speech(textToSay: string, presetId: string): Promise<TwinFile> {
  const seconds = Math.min(10, Math.max(0.5, textToSay.length / 15)).toFixed(2);
  const frequency = 150 + ([...presetId].reduce((a, c) => a + c.charCodeAt(0), 0) % 200);
  const bytes = await transcode({}, 'speech.mp3', ({ output }) => [
    '-f',
    'lavfi',
    '-i',
    `sine=frequency=${frequency}:duration=${seconds}`,
    '-c:a',
    'libmp3lame',
    '-b:a',
    '64k',
    output,
  ]);
  return { bytes, type: 'audio/mpeg', ext: 'mp3' };
}

/** A PNG of the ratio's size, its colour from the prompt, with the reference images laid in. */
export async function image(ratio: string, prompt: string, references: TwinFile[]): Promise<TwinFile> {
  const [width, height] = dims(ratio);
  const hash = createHmac('sha256', 'runway-twin').update(prompt).digest();
  const side = Math.floor(height / 3);
  const tiles = await Promise.all(references.map((r) => sharp(r.bytes).resize(side, side, { fit: 'cover' }).png().toBuffer()));
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: hash[0], g: hash[1], b: hash[2] } } })
    .composite(tiles.map((input, i) => ({ input, left: 16 + i * (side + 16), top: height - side - 16 })))
    .png()
    .toBuffer();
  return { bytes, type: 'image/png', ext: 'png' };
}
