// Reading and making media in tests: one pixel of an image, ffmpeg for test clips.
import { spawn } from 'node:child_process';
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
