// Veo on Vertex AI (:predictLongRunning, then :fetchPredictOperation or GET of the operation) in
// the Google twin: durations per model, operations that finish after `operationMs` with real MP4s.
import { randomUUID } from 'node:crypto';
import { PERSON_LEVELS, VEO } from './catalog.js';
import { fail } from './errors.js';
import { refImage } from './imagen.js';
import { makeVideo } from './media.js';

export interface VeoOperation {
  name: string;
  model: string;
  readyAt: number;
  outcome: Promise<{ response: Record<string, unknown> } | { error: { code: number; message: string } }>;
}

/** Veo's two calls over one table of operations. */
export function veo(operations: Map<string, VeoOperation>, operationMs: number) {
  async function veoStart(model: string, project: string, location: string, body: Record<string, unknown>): Promise<unknown> {
    const spec = VEO.get(model)!;
    const instances = body.instances as Record<string, unknown>[] | undefined;
    if (!Array.isArray(instances) || instances.length !== 1) throw fail(400, 'Exactly one instance is required.');
    const instance = instances[0];
    const prompt = typeof instance.prompt === 'string' ? instance.prompt : '';
    const p = (body.parameters ?? {}) as Record<string, unknown>;
    if (!prompt.trim() && !instance.image) throw fail(400, 'A prompt or an image is required.');
    const duration = p.durationSeconds ?? 8;
    if (!spec.durations.includes(duration as number)) {
      throw fail(400, `Unsupported video duration ${String(duration)} seconds for ${model}. Supported durations: ${spec.durations.join(', ')}.`);
    }
    const ratio = String(p.aspectRatio ?? '16:9');
    if (!['16:9', '9:16'].includes(ratio)) throw fail(400, `Unsupported aspect ratio: ${ratio}. Supported: 16:9, 9:16.`);
    const count = p.sampleCount ?? 1;
    if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > 4) throw fail(400, 'sampleCount must be between 1 and 4.');
    if (p.personGeneration !== undefined && !PERSON_LEVELS.includes(String(p.personGeneration))) {
      throw fail(400, `Invalid personGeneration: ${String(p.personGeneration)}. Supported: ${PERSON_LEVELS.join(', ')}.`);
    }
    if (p.seed !== undefined && (!Number.isInteger(p.seed) || (p.seed as number) < 0 || (p.seed as number) > 4_294_967_295))
      throw fail(400, 'seed must be between 0 and 4294967295.');
    if (spec.alwaysEnhances && p.enhancePrompt === false) throw fail(400, `enhancePrompt cannot be disabled for ${model}.`);
    const resolution = String(p.resolution ?? '720p');
    if (!['720p', '1080p'].includes(resolution)) throw fail(400, `Unsupported resolution: ${resolution}.`);
    if (prompt.includes('twin-server-error')) throw fail(500, 'Internal error encountered.');
    const image = instance.image ? await refImage(instance.image, 'instances[0].image') : undefined;
    const [w, h] = resolution === '1080p' ? (ratio === '16:9' ? [1920, 1080] : [1080, 1920]) : ratio === '16:9' ? [1280, 720] : [720, 1280];
    const name = `projects/${project}/locations/${location}/publishers/google/models/${model}/operations/${randomUUID()}`;
    let outcome: VeoOperation['outcome'];
    if (prompt.includes('veo-operation-fails')) {
      outcome = Promise.resolve({ error: { code: 13, message: 'Video generation failed due to an internal error. Please try again later. Support code: 29310472' } });
    } else if (prompt.includes('blocked-by-safety')) {
      outcome = Promise.resolve({
        response: {
          '@type': 'type.googleapis.com/cloud.ai.large_models.vision.GenerateVideoResponse',
          raiMediaFilteredCount: count as number,
          raiMediaFilteredReasons: ["The prompt could not be submitted. This prompt contains words that violate Vertex AI's usage guidelines. Support codes: 64151117"],
        },
      });
    } else {
      const audio = p.generateAudio === true;
      outcome = Promise.all(
        Array.from({ length: count as number }, (_, i) => makeVideo({ width: w, height: h, seconds: duration as number, audio, seed: `${prompt}#${i}`, image })),
      ).then((videos) => ({
        response: {
          '@type': 'type.googleapis.com/cloud.ai.large_models.vision.GenerateVideoResponse',
          videos: videos.map((v) => ({ bytesBase64Encoded: v.toString('base64'), mimeType: 'video/mp4' })),
        },
      }));
    }
    outcome.catch(() => undefined);
    operations.set(name, { name, model, readyAt: Date.now() + operationMs, outcome });
    return { name };
  }

  async function veoStatus(name: string): Promise<unknown> {
    const op = operations.get(name);
    if (!op) throw fail(404, `Operation ${name} not found.`);
    if (Date.now() < op.readyAt) return { name };
    let outcome;
    try {
      outcome = await op.outcome;
    } catch {
      outcome = { error: { code: 13, message: 'Video generation failed due to an internal error.' } };
    }
    return { name, done: true, ...outcome };
  }

  return { start: veoStart, status: veoStatus };
}
