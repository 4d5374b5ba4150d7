// Reading a caller's video for captioning, with the ffmpeg binary of @ffmpeg-installer/ffmpeg:
// its duration, and frames sampled evenly through it (for models that take images, not video).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface Frame {
  seconds: number;
  jpeg: Buffer;
}

let ffmpeg: Promise<string> | undefined;

/** The binary's path; @ffmpeg-installer looks for its platform package when loaded, so only on first use. */
const ffmpegPath = () => (ffmpeg ??= import('@ffmpeg-installer/ffmpeg').then(({ default: installer }) => installer.path));

async function run(args: string[], signal?: AbortSignal): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  const binary = await ffmpegPath();
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], signal });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      if (err.length < 200_000) err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out), stderr: err }));
  });
}

const clock = (h: string, m: string, s: string) => Number(h) * 3600 + Number(m) * 60 + Number(s);

/** A video file on disk for the length of `work` (ffmpeg seeks in files, not pipes). */
export async function withVideoFile<T>(bytes: Buffer, ext: string, work: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-video-'));
  const file = path.join(dir, `input.${ext.replace(/[^a-z0-9]/gi, '') || 'mp4'}`);
  try {
    await writeFile(file, bytes);
    return await work(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Duration in seconds from the container; undefined when the file has no readable video stream. */
export async function probeDuration(file: string, signal?: AbortSignal): Promise<number | undefined> {
  const { stderr } = await run(['-hide_banner', '-i', file], signal);
  if (!/Stream #\d+:\d+.*Video:/.test(stderr)) return undefined;
  const header = /Duration:\s*(\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
  if (header) return clock(header[1], header[2], header[3]);
  // No duration in the header (some WEBM files): decode and read the last timestamp.
  const decoded = await run(['-hide_banner', '-i', file, '-map', '0:v:0', '-f', 'null', '-'], signal);
  const times = [...decoded.stderr.matchAll(/time=(\d+):(\d+):(\d+(?:\.\d+)?)/g)];
  const last = times[times.length - 1];
  return last ? clock(last[1], last[2], last[3]) : undefined;
}

/** How many frames to sample: about one per 2 s, between 4 and 16. */
export const frameCount = (duration: number) => Math.min(16, Math.max(4, Math.ceil(duration / 2)));

/** `count` JPEG frames (at most 512 px wide) at the middles of equal slices of the video. */
export async function sampleFrames(file: string, duration: number, count: number, signal?: AbortSignal): Promise<Frame[]> {
  const times = Array.from({ length: count }, (_, i) => Math.round(((i + 0.5) * duration * 1000) / count) / 1000);
  const frames: Frame[] = [];
  for (const seconds of times) {
    const { code, stdout } = await run(
      ['-hide_banner', '-loglevel', 'error', '-ss', seconds.toFixed(3), '-i', file, '-frames:v', '1', '-vf', "scale='min(512,iw)':-2", '-f', 'image2pipe', '-vcodec', 'mjpeg', '-q:v', '4', 'pipe:1'],
      signal,
    );
    if (code === 0 && stdout.length > 0) frames.push({ seconds, jpeg: stdout });
  }
  return frames;
}
