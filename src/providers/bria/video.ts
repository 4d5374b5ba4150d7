// BRIA video editing: POST /v2/video/edit/remove_background {video, background_color,
// output_container_and_codec}, asynchronous only (202, then /v2/status; the result is
// `result.video_url`). Field names and choices: docs.bria.ai Video API /remove_background and
// Bria-AI/bria-client video_apis/video_editing.py RemoveBackgroundRequestPayload, VideoOutputPreset.
import type { Static } from '@sinclair/typebox';
import { mediaAsLink } from '../../jobs/adapter.js';
import type { JobSpec } from '../../core/operation.js';
import { invalid } from './inputs.js';
import type { BriaSettings } from './client.js';
import { briaStatusPath } from './jobs.js';
import type { BriaVideoRemoveBackgroundRequest } from './schemas.js';
import { briaV2Job } from './v2.js';

/** Output presets BRIA takes today (VideoOutputPreset). The reference's `mkv_raw` and `avi_h264` are not among them. */
export const BRIA_VIDEO_PRESETS = ['mp4_h264', 'mp4_h265', 'webm_vp9', 'mov_h265', 'mov_proresks', 'mkv_h264', 'mkv_h265', 'mkv_vp9', 'gif'];

interface VideoRemoveBackground {
  /** The caller's public URL (BRIA fetches it), or the gateway's checked copy (`asset://…`, sent as a signed link). */
  video: string;
  /** Jobs accepted before intake stored the video itself kept their checked copy here. */
  checked?: string;
  background_color?: string | null;
  output_container_and_codec?: string | null;
}

/** BRIA's input limit (the reference: "Input resolution supported up to 16000x16000 (16K)"). */
const BRIA_VIDEO_LIMITS = { provider: 'BRIA', maxSide: 16_000 };

/**
 * BRIA fetches the video itself ("Publicly accessible URL of the input video"). A public URL is
 * fetched and checked by the gateway (a real MP4/WEBM/MOV within the size and resolution
 * limits) and passed on as it is; anything else (an upload, an output of the caller's, a data
 * URI) is checked and kept, and BRIA gets a short-lived signed link to it — which needs the
 * gateway reachable by BRIA (VISION_STUDIO_PUBLIC_URL; 422 saying so otherwise). A preset BRIA
 * no longer offers is a 422 naming the conflict before any upstream call.
 */
export const videoRemoveBackground: JobSpec<Static<typeof BriaVideoRemoveBackgroundRequest>, VideoRemoveBackground, BriaSettings> = {
  key: 'bria.video-remove-background',
  statusPath: briaStatusPath,
  async prepare(body, ctx) {
    const preset = body.output_container_and_codec;
    if (preset && !BRIA_VIDEO_PRESETS.includes(preset)) {
      throw invalid(['body', 'output_container_and_codec'], `BRIA no longer offers ${preset}; choose one of ${BRIA_VIDEO_PRESETS.join(', ')}`);
    }
    const video = await ctx.media(body.video, { kind: 'video', loc: ['body', 'video'], passUrl: true, checkUrl: true, link: true, video: BRIA_VIDEO_LIMITS });
    return { video, background_color: body.background_color, output_container_and_codec: preset };
  },
  adapter: briaV2Job<VideoRemoveBackground>({
    path: '/v2/video/edit/remove_background',
    asyncOnly: true,
    outputKey: 'video_url',
    async toUpstream({ video, checked: _checked, ...fields }, ctx) {
      return { video: await mediaAsLink(ctx, video), ...fields };
    },
  }),
};
