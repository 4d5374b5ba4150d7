// ffmpeg (from @ffmpeg-installer/ffmpeg) for the twins' real video and audio outputs: one runner,
// one probe, and scratch directories that are always removed.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ffmpegInstaller from '@ffmpeg-installer/ffmpeg';

/** Runs ffmpeg quietly; rejects with the end of its error output when it fails. */
export function ffmpeg(args: string[], { timeoutMs }: { timeoutMs?: number } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegInstaller.path, ['-hide_banner', '-loglevel', 'error', '-y', ...args], { stdio: ['ignore', 'ignore', 'pipe'], timeout: timeoutMs });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ffmpeg exited ${code}: ${stderr.slice(-500)}`))));
  });
}

/** Duration (s) and size of a video file, read from ffmpeg's description of it. */
export function probeVideo(file: string): Promise<{ seconds: number; width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegInstaller.path, ['-hide_banner', '-i', file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', () => {
      const d = /Duration: (\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr);
      const s = /Video: .*?, (\d{2,5})x(\d{2,5})/.exec(stderr);
      if (!d || !s) return reject(new Error('The video could not be read'));
      resolve({ seconds: Number(d[1]) * 3600 + Number(d[2]) * 60 + Number(d[3]), width: Number(s[1]), height: Number(s[2]) });
    });
  });
}

/** Runs `work` in a fresh temporary directory, removed afterwards whatever happens. */
export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'vision-studio-twin-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * ffmpeg from bytes to bytes: writes `inputs` (file name → bytes) into a scratch directory, runs
 * ffmpeg with the arguments `args` builds from their paths and the output's, reads the output.
 */
export function transcode(
  inputs: Record<string, Buffer>,
  output: string,
  args: (paths: Record<string, string> & { output: string }) => string[],
  options: { timeoutMs?: number } = {},
): Promise<Buffer> {
  return withTempDir(async (dir) => {
    const paths: Record<string, string> & { output: string } = { output: path.join(dir, output) };
    for (const [name, bytes] of Object.entries(inputs)) {
      paths[name] = path.join(dir, name);
      await writeFile(paths[name], bytes);
    }
    await ffmpeg(args(paths), options);
    return readFile(paths.output);
  });
}
