// The job adapter for BRIA's v1 endpoints (/v1/text-to-image, /v1/text-to-vector, /v1/reimagine,
// /v1/prompt_enhancer, /v1/objects/mask_generator, /v1/product/*). They answer with their result
// in the response, so `start` returns `done` straight away; the job layer still records the job
// and copies the outputs into the asset store (v1 product URLs last only 1 h: docs.bria.ai
// asset retention). Upstream answers are checked with TypeBox at the boundary.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { assetRef, type Asset } from '../../assets/assets.js';
import type { JobAdapter, StepContext, StepOutcome, UpstreamOutput } from '../../jobs/adapter.js';
import type { BriaSettings } from './client.js';
import { briaClient } from './v2.js';

export interface BriaV1Operation<Request, T extends TSchema> {
  /** Upstream path, e.g. `/v1/product/cutout` (or one chosen from the request, e.g. a model version). */
  path: string | ((request: Request) => string);
  /** The upstream body from the stored job request (media already checked and kept). */
  toUpstream(request: Request, ctx: StepContext): Promise<Record<string, unknown>>;
  /** Schema of the answer: anything else fails loudly as `bad_upstream_response`. */
  answer: T;
  /** The outputs of one answer (`done`), or why there are none (`failed`). */
  read(answer: Static<T>): StepOutcome;
  result(assets: Asset[], data: Record<string, unknown>, request: Request): unknown;
}

export function briaV1Job<Request, T extends TSchema>(op: BriaV1Operation<Request, T>): JobAdapter<Request, BriaSettings> {
  return {
    async start(request, ctx) {
      const path = typeof op.path === 'function' ? op.path(request) : op.path;
      const answer = await briaClient(ctx).submitV1(path, await op.toUpstream(request, ctx), op.answer, ctx.signal);
      return op.read(answer);
    },
    async poll() {
      // `start` never leaves a v1 job pending, so there is nothing upstream to ask about.
      throw new Error('BRIA v1 requests have no status to poll');
    },
    result: op.result,
  };
}

const moderated = (what: string): StepOutcome => ({
  kind: 'failed',
  upstreamStatus: 'BLOCKED',
  error: { code: 'content_moderation', message: `BRIA's content moderation blocked every ${what}`, upstream_status: 422 },
});

/**
 * /v1/text-to-image/*, /v1/text-to-vector/*, /v1/reimagine (and tailored generation):
 * `{"result": [{"urls": [url], "seed": n, "uuid": s}, …]}`, one entry per result; read
 * `result[i].urls[0]` (Bria-AI/ComfyUI-BRIA-API nodes/text_2_image_base_node.py, reimagine_node.py).
 * With content moderation on, an entry without `urls` is a blocked result.
 */
export const GeneratedAnswer = Type.Object({ result: Type.Array(Type.Unknown()) });

export function readGenerated(answer: Static<typeof GeneratedAnswer>): StepOutcome {
  return readEntries(answer.result, 'result', (item) => {
    const urls = (item as { urls?: unknown })?.urls;
    const url = Array.isArray(urls) ? urls.find((u): u is string => typeof u === 'string' && u.length > 0) : undefined;
    return url ? { url, seed: (item as { seed?: unknown }).seed ?? null } : undefined;
  });
}

/**
 * A v1 answer's entries as the job's outcome: each one `read` gives a link and seed for is an
 * output; one it cannot read was blocked by content moderation (counted; all blocked: moderated).
 */
function readEntries(entries: unknown[], what: string, read: (item: unknown) => { url: string; seed: unknown } | undefined): StepOutcome {
  const outputs: UpstreamOutput[] = [];
  const seeds: unknown[] = [];
  let blocked = 0;
  for (const item of entries) {
    const entry = read(item);
    if (!entry) {
      blocked++;
      continue;
    }
    outputs.push({ url: entry.url });
    seeds.push(entry.seed);
  }
  if (outputs.length === 0) return moderated(what);
  return { kind: 'done', outputs, data: { seeds, ...(blocked ? { blocked } : {}) }, upstreamStatus: 'COMPLETED' };
}

/**
 * /v1/product/lifestyle_shot_by_text and _by_image: `{"result": [[url, seed, session_id], …]}`
 * (docs.bria.ai Product Shot API; ComfyUI-BRIA-API nodes/utils/shot_utils.py reads `result[i][0]`).
 * With content moderation on, a blocked result is an array of "key:value" strings instead — the
 * Product Shot OpenAPI's partial_success example: ["blocked:true", "error_code:422",
 * "description:…"] — or an object: neither has a link to keep.
 */
export const ShotsAnswer = Type.Object({ result: Type.Array(Type.Unknown()) });

export function readShots(answer: Static<typeof ShotsAnswer>): StepOutcome {
  return readEntries(answer.result, 'product shot', (item) => {
    if (!Array.isArray(item) || typeof item[0] !== 'string' || item[0].length === 0 || /^blocked\s*:/i.test(item[0])) return undefined;
    const seed = Number(item[1]);
    return { url: item[0], seed: item[1] === undefined ? null : Number.isFinite(seed) ? seed : item[1] };
  });
}

/** /v1/product/cutout, /packshot, /shadow: `{"result_url": url}`, valid for 1 h (docs.bria.ai Product Shot API). */
export const ResultUrlAnswer = Type.Object({ result_url: Type.String({ minLength: 1 }) });

export function readResultUrl(answer: Static<typeof ResultUrlAnswer>): StepOutcome {
  return { kind: 'done', outputs: [{ url: answer.result_url }], data: {}, upstreamStatus: 'COMPLETED' };
}

/** The caller's result for operations that may give several images: the first, all, and their seeds. */
export function imagesResult(assets: Asset[], data: Record<string, unknown>) {
  const refs = assets.map(assetRef);
  return { image_url: refs[0], image_urls: refs, ...data };
}

/** The caller's result for one output file under `key`. */
export const oneResult = (key: string) => (assets: Asset[], data: Record<string, unknown>) => ({ [key]: assetRef(assets[0]), ...data });
