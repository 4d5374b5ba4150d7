// POST /api/v1/assets: a file of the caller's kept as an input asset owned by their key, to be
// used by id (or link) in any media field of any operation. Multipart with one part named
// `file`, or the raw bytes with their media Content-Type (image/*, video/*, audio/*). The bytes
// get the same checks as inline media (type sniffed from the bytes, never the declared one;
// size and pixel limits; videos and audio measured with ffmpeg).
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { HttpError } from '../core/errors.js';
import { ACCEPTED_TYPES, normalizeMedia, sniffType, type MediaKind, type NormalizedMedia } from '../core/media.js';
import type { OperationSpec } from '../core/operation.js';
import { readUpload } from '../core/upload.js';
import { RequestValidationError } from '../core/validation.js';
import { probeAudioDuration, type VideoInfo } from '../core/video.js';
import { baseUrl, readMedia } from './intake.js';

const UploadForm = Type.Object({ file: Type.String({ format: 'binary', description: 'The file (an image, a video or an audio file)' }) });

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

const UploadedAsset = Type.Object({
  status: Type.Literal('success'),
  result: Type.Object({
    asset_id: Type.String({ pattern: '^asset_', description: 'Use it in any media field of any operation (also as `asset://<id>`)' }),
    url: Type.String({ format: 'uri', description: 'Signed gateway link, usable without a key until it expires (and in media fields by this key)' }),
    content_type: Type.String({ description: 'Sniffed from the bytes' }),
    size_bytes: Type.Integer(),
    width: nullable(Type.Integer()),
    height: nullable(Type.Integer()),
    duration_seconds: nullable(Type.Number()),
    created_at: Type.String({ format: 'date-time' }),
    expires_at: nullable(Type.String({ format: 'date-time', description: 'When the gateway deletes it; null: kept until deleted' })),
  }),
});

const kindOf = (mime: string): MediaKind | undefined => (['image', 'video', 'audio'] as const).find((kind) => ACCEPTED_TYPES[kind].includes(mime));

/** The uploaded bytes: the `file` part of a multipart body, or the raw body. */
async function uploadedBytes(request: FastifyRequest): Promise<Buffer> {
  if (request.isMultipart()) {
    const { file } = await readUpload(request, UploadForm);
    if (typeof file === 'string')
      throw new RequestValidationError([{ loc: ['body', 'file'], msg: 'Expected a file, got a text field: send the file as a file part', type: 'value_error' }]);
    return file.data;
  }
  if (!Buffer.isBuffer(request.body)) {
    throw new HttpError(415, 'Send the file as multipart/form-data (one part named `file`) or as the raw body with its media Content-Type (image/*, video/*, audio/*)');
  }
  return request.body;
}

async function uploadAsset(request: FastifyRequest) {
  const bytes = await uploadedBytes(request);
  const loc = ['body', 'file'];
  const sniffed = bytes.length > 0 ? await sniffType(bytes) : undefined;
  const kind = (sniffed && kindOf(sniffed.mime)) ?? 'image';
  // The same checks as inline media of that kind; an unsupported type is answered as an image's would be.
  const media: NormalizedMedia & { video?: VideoInfo } =
    kind === 'audio' ? await normalizeMedia(bytes, { kind, field: 'file', loc }) : await readMedia(request, bytes, { kind, loc });
  const video = media.video;
  const durationSeconds = video ? video.durationSeconds : kind === 'audio' ? await probeAudioDuration(media.bytes, media.ext) : undefined;
  if (kind === 'audio' && durationSeconds === undefined) {
    throw new RequestValidationError([{ loc, msg: 'the audio file could not be decoded: no readable audio stream', type: 'value_error' }]);
  }
  const asset = await request.server.assets.store(request.owner, media.bytes, {
    known: { ...media, width: media.width ?? video?.width, height: media.height ?? video?.height, durationSeconds },
  });
  request.log.info({ assetId: asset.id, contentType: asset.content_type, size: asset.size }, 'asset uploaded');
  return {
    status: 'success',
    result: {
      asset_id: asset.id,
      url: request.server.assets.signedUrl(asset.id, baseUrl(request)),
      content_type: asset.content_type,
      size_bytes: asset.size,
      width: asset.width,
      height: asset.height,
      duration_seconds: asset.duration_seconds === null ? null : Math.round(asset.duration_seconds * 1000) / 1000,
      created_at: new Date(asset.created_at).toISOString(),
      expires_at: null,
    },
  };
}

export const uploadOperation: OperationSpec = {
  method: 'POST',
  path: '/api/v1/assets',
  tags: ['Assets'],
  summary: 'Upload Asset',
  description:
    'Keeps a file as an input asset owned by this API key. Send `multipart/form-data` with one part named `file`, ' +
    'or the raw bytes with their media `Content-Type` (image/*, video/*, audio/*). The type is read from the bytes; ' +
    'images (PNG, JPEG, WEBP) up to 25 MB and 50 megapixels, videos (MP4, WEBM, MOV) up to 200 MB, audio (MP3, WAV, OGG, FLAC, M4A/AAC) up to 100 MB. ' +
    "Use the answer's `asset_id` (or `asset://<id>`, or its `url`) in any media field of any operation; only this key can.",
  multipart: UploadForm,
  rawMediaBody: true,
  response: UploadedAsset,
  withoutCredentials: true,
  handle: uploadAsset,
};
