// Frames sampled evenly through a caller's video, for captioning models that take images, not video.
import { runFfmpeg } from '../../core/video.js';

export interface Frame {
  seconds: number;
  jpeg: Buffer;
}

/** How many frames to sample: about one per 2 s, between 4 and 16. */
export const frameCount = (duration: number) => Math.min(16, Math.max(4, Math.ceil(duration / 2)));

/** `count` JPEG frames (at most 512 px wide) at the middles of equal slices of the video. */
export async function sampleFrames(file: string, duration: number, count: number, signal?: AbortSignal): Promise<Frame[]> {
  const times = Array.from({ length: count }, (_, i) => Math.round(((i + 0.5) * duration * 1000) / count) / 1000);
  const frames: Frame[] = [];
  for (const seconds of times) {
    const { code, stdout } = await runFfmpeg(
      [
        '-hide_banner',
        '-loglevel',
        'error',
        '-ss',
        seconds.toFixed(3),
        '-i',
        file,
        '-frames:v',
        '1',
        '-vf',
        "scale='min(512,iw)':-2",
        '-f',
        'image2pipe',
        '-vcodec',
        'mjpeg',
        '-q:v',
        '4',
        'pipe:1',
      ],
      signal,
    );
    if (code === 0 && stdout.length > 0) frames.push({ seconds, jpeg: stdout });
  }
  return frames;
}
