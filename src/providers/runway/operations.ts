import { Type } from '@sinclair/typebox';
import { defineOperation, type OperationSpec } from '../../core/operation.js';
import type { ProviderSettings } from '../../core/provider-settings.js';
import { SuccessEnvelope } from '../../contract/envelope.js';
import { runwayTask, RunwayTaskResponse } from './status.js';
import { generateImage, generateVideoFromImage, generateVideoFromMotion, generateVideoFromText, generateVideoFromVideo, textToSpeech, videoUpscale } from './jobs.js';
import {
  RunwayGenerateImageRequest,
  RunwayGenerateVideoFromImageRequest,
  RunwayGenerateVideoFromMotionRequest,
  RunwayGenerateVideoFromTextRequest,
  RunwayGenerateVideoFromVideoRequest,
  RunwayTextToSpeechRequest,
  RunwayVideoUpscaleRequest,
} from './schemas.js';

export const operations: OperationSpec<ProviderSettings<'runway'>>[] = [
  defineOperation({
    method: 'POST',
    path: '/api/v1/runway/image/generation/generate-image',
    tags: ['Image Generation'],
    summary: 'Generate Image',
    description:
      'Generate an image from a text prompt or using reference images.\n\nArgs:\n\n  • request (RunwayGenerateImageRequest):\n  • prompt (str): Description of the desired image.\n  • aspect_ratio (ImageAspectRatio): Output resolution ratio.\n  • model ("gen4_image" | "gen4_image_turbo"): Model variant.\n  • reference_images_url (list[ReferenceImage] | None): Optional list of reference images with optional tags.\n  • seed (int | None): Seed for reproducible results.\n  • content_moderation (ContentModeration | None): Moderation settings.\n\nReturns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.',
    body: RunwayGenerateImageRequest,
    response: SuccessEnvelope,
    job: generateImage,
  }),
  defineOperation({
    method: 'GET',
    path: '/api/v1/runway/status/{task_id}',
    tags: ['Status'],
    summary: 'Fetch Task Details',
    description:
      'Fetch the details of a task by its task ID. This endpoint retrieves the current status and metadata of a previously submitted task (e.g., image or video generation) using its unique task ID.\n\nArgs:\n\n  • task_id: The unique identifier of the RunwayML task.\n\nReturns: Json response with success status and the result containing the generated image URLs and metadata.',
    params: Type.Object({ task_id: Type.String() }),
    response: RunwayTaskResponse,
    withoutCredentials: true,
    handle: runwayTask.status,
  }),
  defineOperation({
    method: 'DELETE',
    path: '/api/v1/runway/cancel/{task_id}',
    tags: ['Status'],
    summary: 'Delete Task',
    description:
      'Delete a task by its task ID. This endpoint allows you to cancel or delete a previously submitted task (such as image or video generation) using its unique task ID.\n\nArgs:\n\n  • task_id: The unique identifier of the RunwayML task to be deleted.\n\nReturns: Json response with status message or any error details if the task could not be deleted.',
    params: Type.Object({ task_id: Type.String() }),
    response: RunwayTaskResponse,
    withoutCredentials: true,
    handle: runwayTask.cancel,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/runway/video/generation/generate-video-from-text',
    tags: ['Video Generation'],
    summary: 'Generate Video From Text',
    description:
      'Generate a video from a text prompt. This endpoint uses the VEO3 model to generate a video purely from a text description, without requiring any input images or videos.\n\nArgs:\n\n  • request (RunwayGenerateVideoFromTextRequest):\n  • prompt (str): Description of the desired video.\n  • model ("veo3"): Model variant.\n  • aspect_ratio ("1280:720" | "720:1280"): Output aspect ratio.\n  • duration (8): Video duration in seconds.\n  • seed (int | None): Seed for reproducible results.\n\nReturns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.',
    body: RunwayGenerateVideoFromTextRequest,
    response: SuccessEnvelope,
    job: generateVideoFromText,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/runway/video/generation/generate-video-from-image',
    tags: ['Video Generation'],
    summary: 'Generate Video From Image',
    description:
      'Generate a video from an input image.\n\nArgs:\n\n  • request (RunwayGenerateVideoFromImageRequest):\n  • prompt (str): Description of the desired video.\n  • image_url (HttpUrl | None): Optional first-frame image.\n  • aspect_ratio (VideoAspectRatio): Output aspect ratio.\n  • duration (5 | 10): Video duration in seconds.\n  • model ("gen4_turbo" | "gen3a_turbo" | "veo3"): Model variant.\n  • seed (int | None): Seed for reproducible results.\n  • content_moderation (ContentModeration | None): Moderation settings (not for "veo3").\n\nReturns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.',
    body: RunwayGenerateVideoFromImageRequest,
    response: SuccessEnvelope,
    job: generateVideoFromImage,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/runway/video/generation/generate-video-from-motion',
    tags: ['Video Generation'],
    summary: 'Generate Video From Motion',
    description:
      'Generate a video from a reference video for motion and expression transfer.\n\nArgs:\n\n  • request (RunwayGenerateVideoFromMotionRequest):\n  • character (CharacterInput): {type: "image" | "video", uri: HttpUrl}.\n  • reference_url (HttpUrl): Reference performance video (3–30s).\n  • aspect_ratio (VideoAspectRatio): Output aspect ratio.\n  • body_control (bool): Enable non-facial movement transfer.\n  • expression_intensity (int 1–5): Expression intensity.\n  • seed (int | None): Seed for reproducible results.\n  • content_moderation (ContentModeration | None): Moderation settings.\n\nReturns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.',
    body: RunwayGenerateVideoFromMotionRequest,
    response: SuccessEnvelope,
    job: generateVideoFromMotion,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/runway/video/generation/generate-video-from-video',
    tags: ['Video Generation'],
    summary: 'Generate Video From Video',
    description:
      'Generate a new video based on a given input video and a reference image.\n\nArgs:\n\n  • request (RunwayGenerateVideoFromVideoRequest):\n  • prompt (str): Description of the desired transformation/styling.\n  • video_uri (HttpUrl): Source video (3–30s).\n  • reference_image_url (HttpUrl): Style reference image.\n  • aspect_ratio (VideoAspectRatio): Output aspect ratio.\n  • seed (int | None): Seed for reproducible results.\n  • content_moderation (ContentModeration | None): Moderation settings.\n\nReturns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.',
    body: RunwayGenerateVideoFromVideoRequest,
    response: SuccessEnvelope,
    job: generateVideoFromVideo,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/runway/video/editing-generation/video-upscale',
    tags: ['Video Editing Generation'],
    summary: 'Upscale Video',
    description:
      'Upscale a video using the RunwayML video up-scaling model. This endpoint accepts a video URL and enhances its quality/resolution using the RunwayML up-scaling service.\n\nArgs:\n\n  • request (RunwayVideoUpscaleRequest):\n  • video_url (HttpUrl): Video to upscale (<= 40s; each side < 4096px).\n\nReturns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.',
    body: RunwayVideoUpscaleRequest,
    response: SuccessEnvelope,
    job: videoUpscale,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/runway/audio/generation/text-to-speech',
    example: { prompt: 'The quick brown fox jumps over the lazy dog.', voice: { type: 'runway-preset', preset_id: 'Maya' } },
    tags: ['Audio Generation'],
    summary: 'Text To Speech',
    description:
      'Generate speech from text.\n\nArgs:\n\n  • request (RunwayTextToSpeechRequest):\n  • prompt (str): Text to convert to speech.\n  • voice (RunwayVoice): Voice configuration (type, preset_id).\n  • model ("eleven_multilingual_v2"): TTS model.\n\nReturns: Json response with success status and the result containing the response, including task ID, status, and result URL (if available), or any error details.',
    body: RunwayTextToSpeechRequest,
    response: SuccessEnvelope,
    job: textToSpeech,
  }),
];
