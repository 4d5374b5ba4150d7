// Reading and making media in tests: one pixel of an image, ffmpeg for test clips.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';
import sharp, { type Sharp } from 'sharp';

/**
 * The channel values at (`x`, `y`). Pass a sharp pipeline to choose the channels:
 * `sharp(bytes).removeAlpha()` for RGB, `sharp(bytes).ensureAlpha()` for RGBA.
 */
export async function pixel(image: Buffer | Sharp, x: number, y: number): Promise<number[]> {
  const { data, info } = await (Buffer.isBuffer(image) ? sharp(image) : image).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [...data.subarray(i, i + info.channels)];
}

/** Runs the bundled ffmpeg quietly (overwriting outputs); rejects unless it exits 0. */
export function ffmpeg(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegInstaller.path, ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited ${code}`))));
  });
}

/** A 64×36 H.264 MP4 test pattern at 4 fps, `frames` long (12 frames: 3 s), as bytes. */
export async function testClip(frames: number): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'test-clip-'));
  try {
    const file = path.join(dir, 'clip.mp4');
    await ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=size=64x36:rate=4', '-frames:v', String(frames), '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', file]);
    return await readFile(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
