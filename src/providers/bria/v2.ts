// The job adapter for BRIA's v2 endpoints: submit with `sync: false` upstream, then poll
// /v2/status/{request_id}; or, when a caller waits for the job (a sync request), one create with
// `sync: true` that answers with the result. The engine owns waiting, retries and timeouts.
import { assetRef } from '../../assets/assets.js';
import type { JobAdapter, StepContext, StepOutcome, UpstreamOutput } from '../../jobs/adapter.js';
import { BriaClient, statusOf, type BriaSettings, type BriaV2Response } from './client.js';

export const briaClient = (ctx: StepContext<BriaSettings>): BriaClient => BriaClient.fromSettings(ctx.settings.bria);

const OUTPUT_KEYS = ['image_url', 'video_url', 'mask_url', 'url'] as const;

/** Turns one v2 answer (create or status) into the engine's outcome. */
export function outcomeOf(answer: BriaV2Response, knownId?: string): StepOutcome {
  const upstreamId = answer.request_id ?? knownId;
  const status = statusOf(answer);
  switch (status) {
    case 'COMPLETED': {
      const result = answer.result ?? {};
      const outputs: UpstreamOutput[] = [];
      const data: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(result)) {
        if ((OUTPUT_KEYS as readonly string[]).includes(key) && typeof value === 'string') outputs.push({ url: value });
        else if (key.endsWith('_urls') && Array.isArray(value)) outputs.push(...value.filter((v): v is string => typeof v === 'string').map((url) => ({ url })));
        else data[key] = value;
      }
      return { kind: 'done', outputs, data, upstreamId, upstreamStatus: status };
    }
    case 'ERROR': {
      const code = answer.error?.code;
      const upstreamStatus = typeof code === 'number' ? code : Number.isInteger(Number(code)) ? Number(code) : undefined;
      const message = [answer.error?.message, typeof answer.error?.details === 'string' ? answer.error.details : undefined].filter(Boolean).join(': ');
      return {
        kind: 'failed',
        upstreamId,
        upstreamStatus: status,
        error: {
          code: upstreamStatus === 422 ? 'content_moderation' : 'upstream_failed',
          message: `BRIA could not complete the request${message ? `: ${message}` : ''}`,
          ...(upstreamStatus ? { upstream_status: upstreamStatus } : {}),
        },
      };
    }
    case 'IN_PROGRESS':
      if (!upstreamId) throw new Error('BRIA accepted a request without a request_id');
      return { kind: 'pending', upstreamId, upstreamStatus: status };
    default:
      // UNKNOWN: BRIA has no word on it yet; ask again.
      if (!upstreamId) throw new Error('BRIA answered without a request_id');
      return { kind: 'pending', upstreamId, upstreamStatus: status };
  }
}

export interface BriaV2Operation<Request> {
  /** Upstream path, e.g. `/v2/image/edit/remove_background`. */
  path: string;
  /** The upstream body from the stored job request (media already checked and kept). */
  toUpstream(request: Request, ctx: StepContext): Promise<Record<string, unknown>>;
  /** Key of the output in the caller's result (default `image_url`). */
  outputKey?: string;
  /** The endpoint is asynchronous only and takes no `sync` field (BRIA's video endpoints). */
  asyncOnly?: boolean;
}

export function briaV2Job<Request>(op: BriaV2Operation<Request>): JobAdapter<Request, BriaSettings> {
  return {
    async start(request, ctx) {
      // A caller waiting for the result: BRIA's sync mode answers with it in one round trip,
      // instead of a submit and at least one status poll (and the wait before it). Crash-safe
      // like the asynchronous start: the engine holds the job's lease during the call and
      // records nothing of it until it answers, so a process that dies mid-call leaves the job
      // to be started again by the next one (after its lease, or at once on SQLite). That costs
      // a second generation upstream in that rare case — as a crash between an asynchronous
      // submit and recording its request_id always has; only the window is the whole
      // generation instead of the submit's round trip. A sync answer that is still IN_PROGRESS
      // (request_id, no result) is polled like an asynchronous one.
      // (submitV2 decides: an asynchronous-only endpoint is never asked for sync mode.)
      const answer = await briaClient(ctx).submitV2(op.path, await op.toUpstream(request, ctx), ctx.signal, { asyncOnly: op.asyncOnly, sync: ctx.awaited === true });
      return outcomeOf(answer);
    },
    async poll(upstreamId, _request, ctx) {
      return outcomeOf(await briaClient(ctx).status(upstreamId, ctx.signal), upstreamId);
    },
    result(assets, data) {
      const key = op.outputKey ?? 'image_url';
      return assets.length === 1 ? { [key]: assetRef(assets[0]), ...data } : { [`${key}s`]: assets.map(assetRef), ...data };
    },
  };
}
