// BRIA operations carried out as gateway jobs: the map from each reference body to BRIA's
// upstream body, and the BRIA-shaped status endpoint over the gateway's job records.
import { defineJob, type Validated } from '../../core/operation.js';
import { mediaAsBase64 } from '../../jobs/adapter.js';
import { providerTaskRoutes } from '../../jobs/http.js';
import type { JobState } from '../../jobs/state.js';
import type { BriaRemoveBackgroundRequest } from './schemas.js';
import type { BriaSettings } from './client.js';
import { briaV2Job } from './v2.js';

export const briaStatusPath = (id: string) => `/api/v1/bria/status/${id}`;

type RemoveBackgroundBody = Validated<typeof BriaRemoveBackgroundRequest, 'preserve_alpha' | 'sync' | 'visual_input_content_moderation' | 'visual_output_content_moderation'>;
/** What the job stores: BRIA's body, the image as an `asset://` reference or a URL. */
type RemoveBackground = Omit<RemoveBackgroundBody, 'sync'>;

/** POST /v2/image/edit/remove_background {image, preserve_alpha, sync, visual_*_content_moderation}. */
export const removeBackground = defineJob<RemoveBackgroundBody, BriaSettings>()<RemoveBackground>({
  key: 'bria.remove-background',
  statusPath: briaStatusPath,
  async prepare(body, ctx) {
    return {
      image: await ctx.media(body.image, { kind: 'image', loc: ['body', 'image'], passUrl: true }),
      preserve_alpha: body.preserve_alpha,
      visual_input_content_moderation: body.visual_input_content_moderation,
      visual_output_content_moderation: body.visual_output_content_moderation,
    };
  },
  adapter: briaV2Job<RemoveBackground>({
    path: '/v2/image/edit/remove_background',
    async toUpstream(request, ctx) {
      return { ...request, image: await mediaAsBase64(ctx, request.image) };
    },
  }),
});

const BRIA_STATUS: Record<JobState, 'IN_PROGRESS' | 'COMPLETED' | 'ERROR'> = {
  queued: 'IN_PROGRESS',
  running: 'IN_PROGRESS',
  succeeded: 'COMPLETED',
  failed: 'ERROR',
  canceled: 'ERROR',
  expired: 'ERROR',
};

/** GET /api/v1/bria/status/{task_id}: BRIA's status shape, read from the gateway's job record. */
export const briaStatus = providerTaskRoutes('bria', briaStatusPath, (job, view) => ({
  request_id: job.id,
  task_id: view.task_id,
  outputs: view.outputs,
  status: BRIA_STATUS[job.state],
  result: job.state === 'succeeded' ? (view.result as Record<string, unknown>) : null,
  error: view.error ? { code: view.error.upstream_status ?? view.error.code, message: view.error.message } : null,
})).status;
