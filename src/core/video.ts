// What a video is, read with the ffmpeg binary of @ffmpeg-installer/ffmpeg (which ships no
// ffprobe: `ffmpeg -i` prints the same container, stream and duration lines, parsed here):
// container, codec, duration and resolution, to check a provider's limits before calling it.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

let ffmpeg: Promise<string> | undefined;

/** The binary's path; @ffmpeg-installer looks for its platform package when loaded, so only on first use. */
const ffmpegPath = () => (ffmpeg ??= import('@ffmpeg-installer/ffmpeg').then(({ default: installer }) => installer.path));

export async function runFfmpeg(args: string[], signal?: AbortSignal): Promise<{ code: number; stdout: Buffer; stderr: string }> {
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

export interface VideoInfo {
  /** ffmpeg's demuxer names, e.g. `mov,mp4,m4a,3gp,3g2,mj2` or `matroska,webm`. */
  container: string;
  /** The first video stream's codec, e.g. `h264`, `vp9`. */
  codec: string;
  durationSeconds: number;
  width: number;
  height: number;
}

/** The first video stream of a file; undefined when it has none ffmpeg can read. */
export async function probeVideoFile(file: string, signal?: AbortSignal): Promise<VideoInfo | undefined> {
  const { stderr } = await runFfmpeg(['-hide_banner', '-i', file], signal);
  const stream = /Stream #\d+:\d+.*?: Video: (\w+)[^\n]*?, (\d{1,5})x(\d{1,5})[\s,[]/.exec(stderr);
  if (!stream) return undefined;
  const container = /Input #0, (.+?), from /.exec(stderr)?.[1] ?? 'unknown';
  const duration = await durationOf(file, stderr, signal);
  if (duration === undefined) return undefined;
  return { container, codec: stream[1], durationSeconds: duration, width: Number(stream[2]), height: Number(stream[3]) };
}

/** Duration from the header, else (some WEBM files have none) the last decoded timestamp. */
async function durationOf(file: string, header: string, signal?: AbortSignal): Promise<number | undefined> {
  const said = /Duration:\s*(\d+):(\d+):(\d+(?:\.\d+)?)/.exec(header);
  if (said) return clock(said[1], said[2], said[3]);
  const decoded = await runFfmpeg(['-hide_banner', '-i', file, '-map', '0:v:0', '-f', 'null', '-'], signal);
  const times = [...decoded.stderr.matchAll(/time=(\d+):(\d+):(\d+(?:\.\d+)?)/g)];
  const last = times[times.length - 1];
  return last ? clock(last[1], last[2], last[3]) : undefined;
}

/** `probeVideoFile` of some bytes. */
export const probeVideo = (bytes: Buffer, ext: string, signal?: AbortSignal) => withVideoFile(bytes, ext, (file) => probeVideoFile(file, signal));

/** Duration in seconds; undefined when the file has no readable video stream. */
export async function probeDuration(file: string, signal?: AbortSignal): Promise<number | undefined> {
  return (await probeVideoFile(file, signal))?.durationSeconds;
}

/** An audio file's duration from its header; undefined when ffmpeg finds no audio stream or no duration. */
export async function probeAudioDuration(bytes: Buffer, ext: string, signal?: AbortSignal): Promise<number | undefined> {
  return withVideoFile(bytes, ext, async (file) => {
    const { stderr } = await runFfmpeg(['-hide_banner', '-i', file], signal);
    const said = /Stream #\d+:\d+.*?: Audio:/.test(stderr) ? /Duration:\s*(\d+):(\d+):(\d+(?:\.\d+)?)/.exec(stderr) : null;
    return said ? clock(said[1], said[2], said[3]) : undefined;
  });
}

/** ffmpeg's first output frame as PNG bytes on stdout; a file it cannot decode rejects. */
async function stillOf(file: string, filter: string, signal?: AbortSignal): Promise<Buffer> {
  const { code, stdout, stderr } = await runFfmpeg(['-hide_banner', '-v', 'error', '-i', file, '-vf', filter, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-'], signal);
  if (code !== 0 || stdout.length === 0) throw new Error(`ffmpeg made no frame (exit ${code}): ${stderr.trim().slice(-300)}`);
  return stdout;
}

/** A representative frame of the video's first seconds (ffmpeg's `thumbnail` filter: the frame closest to the average of 48), as PNG. */
export const representativeFrame = (file: string, signal?: AbortSignal) => stillOf(file, 'thumbnail=n=48', signal);

/** `columns` × `rows` frames spread evenly over the video, each `tileWidth` pixels wide, in one PNG (row by row). */
export function frameGrid(file: string, durationSeconds: number, grid: { columns: number; rows: number; tileWidth: number }, signal?: AbortSignal): Promise<Buffer> {
  const rate = (grid.columns * grid.rows) / Math.max(durationSeconds, 0.1);
  return stillOf(file, `fps=${rate.toFixed(4)},scale=${grid.tileWidth}:-2,tile=${grid.columns}x${grid.rows}`, signal);
}
