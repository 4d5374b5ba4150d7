// BRIA video editing: POST /v2/video/edit/remove_background {video, background_color,
// output_container_and_codec}, asynchronous only (202, then /v2/status; the result is
// `result.video_url`). Field names and choices: docs.bria.ai Video API /remove_background and
// Bria-AI/bria-client video_apis/video_editing.py RemoveBackgroundRequestPayload, VideoOutputPreset.
import type { Static } from '@sinclair/typebox';
import type { JobSpec } from '../../core/operation.js';
import { invalid } from './inputs.js';
import { briaStatusPath } from './jobs.js';
import type { BriaVideoRemoveBackgroundRequest } from './schemas.js';
import { briaV2Job } from './v2.js';

/** Output presets BRIA takes today (VideoOutputPreset). The reference's `mkv_raw` and `avi_h264` are not among them. */
export const BRIA_VIDEO_PRESETS = ['mp4_h264', 'mp4_h265', 'webm_vp9', 'mov_h265', 'mov_proresks', 'mkv_h264', 'mkv_h265', 'mkv_vp9', 'gif'];

interface VideoRemoveBackground {
  video: string;
  /** The gateway's checked copy (`asset://…`), kept with the job; BRIA gets `video`. */
  checked: string;
  background_color?: string | null;
  output_container_and_codec?: string | null;
}

/**
 * BRIA fetches the video itself ("Publicly accessible URL of the input video"), so the request
 * takes an http(s) URL only. The gateway still fetches and checks it (a real MP4/WEBM/MOV, within
 * the size limit) and keeps a copy, then sends BRIA the caller's URL. A preset BRIA no longer
 * offers is a 422 naming the conflict before any upstream call.
 */
export const videoRemoveBackground: JobSpec<Static<typeof BriaVideoRemoveBackgroundRequest>, VideoRemoveBackground> = {
  key: 'bria.video-remove-background',
  statusPath: briaStatusPath,
  async prepare(body, ctx) {
    const video = body.video.trim();
    if (!/^https?:\/\//i.test(video)) throw invalid(['body', 'video'], 'BRIA fetches the video itself: give a publicly accessible http(s) URL');
    const preset = body.output_container_and_codec;
    if (preset && !BRIA_VIDEO_PRESETS.includes(preset)) {
      throw invalid(['body', 'output_container_and_codec'], `BRIA no longer offers ${preset}; choose one of ${BRIA_VIDEO_PRESETS.join(', ')}`);
    }
    const checked = await ctx.media(video, { kind: 'video', loc: ['body', 'video'] });
    return { video, checked, background_color: body.background_color, output_container_and_codec: preset };
  },
  adapter: briaV2Job<VideoRemoveBackground>({
    path: '/v2/video/edit/remove_background',
    asyncOnly: true,
    outputKey: 'video_url',
    async toUpstream({ checked: _checked, ...fields }) {
      return fields;
    },
  }),
};
