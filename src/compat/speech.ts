// POST /v1/audio/speech over Runway's text to speech: waits for the job and answers the audio
// bytes, as OpenAI does.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { finished, outputAssetIds, TASK_ID_HEADER } from './answers.js';
import { badParam } from './errors.js';
import { submitCompat } from './submit.js';

export async function createSpeech(request: FastifyRequest, reply: FastifyReply) {
  const raw = (request.body ?? {}) as Record<string, unknown>;
  const submitted = await submitCompat(
    request,
    'audio.speech',
    raw,
    (model, params) => {
      if (typeof params.input !== 'string' || params.input.trim() === '') throw badParam('input', 'input is required: the text to speak', 'missing');
      if (typeof params.voice !== 'string' || params.voice === '') throw badParam('voice', 'voice is required', 'missing');
      if (params.speed !== undefined && params.speed !== null && Number(params.speed) !== 1) throw badParam('speed', `${model.id} speaks at one speed: leave speed out`);
      if (params.instructions !== undefined && params.instructions !== null) throw badParam('instructions', `${model.id} takes no instructions`);
      if (params.stream_format !== undefined && params.stream_format !== null && params.stream_format !== 'audio') {
        throw badParam('stream_format', `${model.id} answers the audio itself: stream_format audio, or leave it out`);
      }
      const format = params.response_format ?? 'mp3';
      return model.speech!({ input: params.input, voice: params.voice, response_format: String(format) });
    },
    'stored',
  );
  reply.header(TASK_ID_HEADER, submitted.job.id);
  const { job } = await finished(request, submitted);
  const id = outputAssetIds(job)[0];
  const { data, contentType } = await request.server.assets.load(id);
  return reply.type(contentType).header('content-length', data.length).send(data);
}
