// The OpenAI-compatible surface under /v1: its operations (documented in the gateway's OpenAPI
// document, aliases included) and the models endpoints.
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { OperationSpec } from '../core/operation.js';
import { CAPABILITIES, capabilitiesOf, MODELS, modelNamed, retiredModel } from './catalog.js';
import { modelNotFound } from './errors.js';
import { editImages, generateImages } from './images.js';
import type { Alias } from './routing.js';
import { createSpeech } from './speech.js';
import { createVideo, deleteVideo, listVideos, retrieveVideo, videoContent } from './videos.js';

/** When the gateway started: the `created` of its models (they are not created by anyone here). */
const STARTED = Math.floor(Date.now() / 1000);

function modelObject(id: string, request: FastifyRequest) {
  const alias = request.server.modelAliases.get(id);
  const model = modelNamed(id);
  if (alias) {
    return {
      id,
      object: 'model',
      created: STARTED,
      owned_by: 'vision-studio',
      capabilities: alias.capabilities,
      targets: alias.targets.map((t) => t.model),
      ...(alias.description ? { description: alias.description } : {}),
    };
  }
  if (model) return { id: model.id, object: 'model', created: STARTED, owned_by: model.provider, capabilities: capabilitiesOf(model) };
  throw retiredModel(id) ?? modelNotFound(id);
}

const ModelObject = Type.Object({
  id: Type.String(),
  object: Type.Literal('model'),
  created: Type.Integer(),
  owned_by: Type.String({ description: 'The provider, or `vision-studio` for an alias' }),
  capabilities: Type.Array(Type.Unsafe({ type: 'string', enum: CAPABILITIES })),
  targets: Type.Optional(Type.Array(Type.String(), { description: "An alias's targets, tried in this order (or by weight)" })),
});

const Image = Type.Object({ url: Type.Optional(Type.String({ format: 'uri' })), b64_json: Type.Optional(Type.String()), revised_prompt: Type.Optional(Type.String()) });
const ImagesResponse = Type.Object({ created: Type.Integer(), data: Type.Array(Image) });
const Video = Type.Object({
  id: Type.String(),
  object: Type.Literal('video'),
  model: Type.String(),
  status: Type.Unsafe({ type: 'string', enum: ['queued', 'in_progress', 'completed', 'failed'] }),
  progress: Type.Integer(),
  created_at: Type.Integer(),
  completed_at: Type.Union([Type.Integer(), Type.Null()]),
  expires_at: Type.Union([Type.Integer(), Type.Null()]),
  seconds: Type.Union([Type.String(), Type.Null()]),
  size: Type.Union([Type.String(), Type.Null()]),
  error: Type.Union([Type.Object({ code: Type.String(), message: Type.String() }), Type.Null()]),
});
const VideoParams = Type.Object({ video_id: Type.String() });

export function compatOperations(aliases: Map<string, Alias>): OperationSpec[] {
  const modelField = (capability: string) => {
    const ids = [
      ...MODELS.filter((m) => capabilitiesOf(m).includes(capability as never)).map((m) => m.id),
      ...[...aliases.values()].filter((a) => a.capabilities.includes(capability as never)).map((a) => a.id),
    ];
    return Type.String({ description: `A model id or alias serving ${capability}`, examples: ids, 'x-enum-values': ids } as never);
  };
  const tags = ['OpenAI-compatible'];
  const op = (spec: Omit<OperationSpec, 'tags'>): OperationSpec => ({ tags, ...spec });
  const images = (extra: Record<string, TSchema>) => ({
    prompt: Type.String({ minLength: 1 }),
    n: Type.Optional(Type.Integer({ minimum: 1, maximum: 10, default: 1 })),
    size: Type.Optional(
      Type.String({
        description:
          '`auto` or WIDTHxHEIGHT: the nearest size or aspect ratio the model offers; `openai/gpt-image-2` and the 2.5 models make the size asked ' +
          '(multiples of 16, 1:3 to 3:1, up to 3840x2160)',
      }),
    ),
    response_format: Type.Optional(Type.Unsafe({ type: 'string', enum: ['url', 'b64_json'], default: 'b64_json' })),
    stream: Type.Optional(
      Type.Union([Type.Boolean(), Type.Null()], {
        description:
          'true: the images as server-sent events (`text/event-stream`), one `image_generation.completed` (edits: `image_edit.completed`) event per image, with `b64_json`',
      }),
    ),
    partial_images: Type.Optional(
      Type.Union([Type.Integer({ minimum: 0, maximum: 3 }), Type.Null()], {
        description: "Accepted for OpenAI's clients; no partial image is sent (the providers answer with finished images, which OpenAI allows)",
      }),
    ),
    quality: Type.Optional(
      Type.String({ description: "The model's quality (OpenAI's: `low`, `medium`, `high`, `auto`, and `xhigh`, `max` on the 2.5 models); others take `auto` only" }),
    ),
    background: Type.Optional(Type.String({ description: "`transparent`, `opaque` or `auto` (OpenAI's models); others take `auto` only" })),
    output_format: Type.Optional(Type.String({ description: "`png`, `jpeg` or `webp` (OpenAI's models); other models answer their own format" })),
    output_compression: Type.Optional(Type.Integer({ minimum: 0, maximum: 100, description: "0–100 for `jpeg` and `webp` (OpenAI's models); 100 elsewhere" })),
    ...extra,
  });
  return [
    op({
      method: 'GET',
      path: '/v1/models',
      summary: 'List Models',
      description: 'Every model (`<provider>/<model>`) and alias the gateway can route, with what each can do.',
      response: Type.Object({ object: Type.Literal('list'), data: Type.Array(ModelObject) }),
      handle: async (request) => ({
        object: 'list',
        data: [...MODELS.map((m) => m.id), ...request.server.modelAliases.keys()].map((id) => modelObject(id, request)),
      }),
    }),
    op({
      method: 'GET',
      path: '/v1/models/{model}',
      summary: 'Retrieve Model',
      description: 'One model or alias; 404 when unknown.',
      params: Type.Object({ model: Type.String() }),
      lastParamTakesRest: true,
      response: ModelObject,
      handle: async (request) => modelObject((request.params as { model: string }).model, request),
    }),
    op({
      method: 'POST',
      path: '/v1/images/generations',
      summary: 'Create Image',
      description: "OpenAI's image generation over every provider: waits for the job and answers its images.",
      body: Type.Object(
        images({
          model: modelField('images.generations'),
          moderation: Type.Optional(Type.String({ description: "`auto` only: moderation is the provider's own" })),
        }),
      ),
      response: ImagesResponse,
      handle: generateImages,
    }),
    op({
      method: 'POST',
      path: '/v1/images/edits',
      summary: 'Create Image Edit',
      description: "OpenAI's image edit (multipart: `image`, one or several, and an optional `mask`, transparent where the image should change).",
      multipart: Type.Object(
        images({
          model: modelField('images.edits'),
          image: Type.String({ format: 'binary' }),
          mask: Type.Optional(Type.String({ format: 'binary' })),
          input_fidelity: Type.Optional(
            Type.String({ description: '`low` (the default) or `high`, which no GPT image model OpenAI still serves takes (gpt-image-2 and later: leave it out)' }),
          ),
        }),
      ),
      response: ImagesResponse,
      readsOwnParts: true,
      handle: editImages,
    }),
    op({
      method: 'POST',
      path: '/v1/videos',
      summary: 'Create Video',
      description: "OpenAI's Videos API over Veo and Runway (JSON, or multipart with an `input_reference` image as the first frame). Answers at once; the video is a job.",
      multipart: Type.Object({
        model: modelField('videos'),
        prompt: Type.String(),
        seconds: Type.Optional(Type.String()),
        size: Type.Optional(Type.String()),
        input_reference: Type.Optional(Type.String({ format: 'binary' })),
      }),
      response: Video,
      readsOwnParts: true,
      handle: createVideo,
    }),
    op({
      method: 'GET',
      path: '/v1/videos',
      summary: 'List Videos',
      description: 'Your videos, newest first (`order=asc`: oldest first); `after` = the last id of the previous page.',
      query: Type.Object({
        limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        after: Type.Optional(Type.String()),
        order: Type.Optional(Type.Unsafe({ type: 'string', enum: ['asc', 'desc'], default: 'desc' })),
      }),
      response: Type.Object({ object: Type.Literal('list'), data: Type.Array(Video), has_more: Type.Boolean() }),
      handle: listVideos,
    }),
    op({
      method: 'GET',
      path: '/v1/videos/{video_id}',
      summary: 'Retrieve Video',
      description: 'Status and progress of a video.',
      params: VideoParams,
      response: Video,
      handle: retrieveVideo,
    }),
    op({
      method: 'GET',
      path: '/v1/videos/{video_id}/content',
      summary: 'Download Video Content',
      description:
        'The MP4 of a completed video (`variant=video`, the default), or a preview made from it: `thumbnail`, one representative frame as WebP, ' +
        '`spritesheet`, 16 frames spread over the video in a 4 × 4 grid, each 256 pixels wide, as JPEG.',
      params: VideoParams,
      query: Type.Object({ variant: Type.Optional(Type.Unsafe({ type: 'string', enum: ['video', 'thumbnail', 'spritesheet'], default: 'video' })) }),
      response: Type.String({ format: 'binary' }),
      responseContentType: ['video/mp4', 'image/webp', 'image/jpeg'],
      handle: videoContent,
    }),
    op({
      method: 'DELETE',
      path: '/v1/videos/{video_id}',
      summary: 'Delete Video',
      description: 'Cancels the video if still being made (upstream too) and deletes its record.',
      params: VideoParams,
      response: Type.Object({ id: Type.String(), object: Type.Literal('video.deleted'), deleted: Type.Boolean() }),
      handle: deleteVideo,
    }),
    op({
      method: 'POST',
      path: '/v1/audio/speech',
      summary: 'Create Speech',
      description: "OpenAI's text to speech over Runway (`voice` is one of Runway's voice presets); answers the audio.",
      body: Type.Object({ model: modelField('audio.speech'), input: Type.String({ minLength: 1 }), voice: Type.String(), response_format: Type.Optional(Type.Literal('mp3')) }),
      response: Type.String({ format: 'binary' }),
      responseContentType: 'audio/mpeg',
      handle: createSpeech,
    }),
  ];
}
