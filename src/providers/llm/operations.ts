import { defineOperation, type OperationSpec } from '../../core/operation.js';
import type { ProviderSettings } from '../../core/provider-settings.js';
import { SuccessEnvelope } from '../../contract/envelope.js';
import {
  BackgroundAssetAdaptationRequest,
  BackgroundCreationRequest,
  ImageCaptionRequest,
  ImageCreationRequest,
  PromptEnhancementRequest,
  SubjectEnhancementRequest,
  SubjectPosePromptRequest,
  VideoCaptionRequest,
} from './schemas.js';
import { captionImage, captionVideo, promptHandler } from './handlers.js';

export const operations: OperationSpec<ProviderSettings<'llm'>>[] = [
  defineOperation({
    method: 'POST',
    path: '/api/v1/prompt/enhance-prompt',
    tags: ['Prompt Enhancement'],
    summary: 'Enhance Prompt',
    description:
      'Enhance an existing prompt to create more beautiful and professional image generation results.\n\nThis endpoint takes a basic image generation prompt and transforms it into a detailed, professional photography description with rich visual details, lighting conditions, and atmospheric elements.\n\nArgs:\n\n  • prompt : The original basic prompt to enhance\n  • temperature (float): Temperature for prompt generation (0.0-2.0), controls randomness\n  • model_provider : Model provider to use ("openai" or "gemini")\n\nReturns: Json response with success status and the result containing the generated prompt and metadata.',
    body: PromptEnhancementRequest,
    response: SuccessEnvelope,
    handle: promptHandler('enhance_prompt'),
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/prompt/adapt-background-prompt',
    tags: ['Prompt Enhancement'],
    summary: 'Prompt Background Adapt',
    description:
      'Generate a prompt to adapt an existing background image for specific audience and location.\n\nThis endpoint creates concise prompts that describe how to modify an existing background image with location-specific color palettes, visual elements, and mood that resonates with the target audience.\n\nArgs:\n\n  • audience : Target audience for the image (e.g., "families", "young adults", "professionals")\n  • location : Geographic location for the image (e.g., "Paris", "Tokyo", "Morocco")\n  • temperature (float): Temperature for prompt generation (0.0-2.0), it controls the randomness of the prompt. Higher values create more varied prompts.\n  • model_provider : Model provider to use ("openai" or "gemini")\n\nReturns: Json response with success status and the result containing the generated prompt and metadata.',
    body: BackgroundAssetAdaptationRequest,
    response: SuccessEnvelope,
    handle: promptHandler('adapt_background_prompt'),
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/prompt/generate-background-prompt',
    tags: ['Prompt Enhancement'],
    summary: 'Prompt Generate Background',
    description:
      'Generate a prompt to create a background image from scratch for specific audience and location.\n\nThis endpoint creates detailed prompts for generating background images that capture the essence of a specific location while appealing to the target audience\'s preferences.\n\nArgs:\n\n  • audience : Target audience for the image (e.g., "families", "children", "seniors")\n  • location : Geographic location for the image (e.g., "Southern France", "Japan", "Italy")\n  • temperature (float): Temperature for prompt generation (0.0-2.0), it controls the randomness of the prompt. Higher values create more varied prompts.\n  • model_provider : Model provider to use ("openai" or "gemini")\n\nReturns: Json response with success status and the result containing the generated prompt and metadata.',
    body: BackgroundCreationRequest,
    response: SuccessEnvelope,
    handle: promptHandler('generate_background_prompt'),
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/prompt/generate-image-prompt',
    tags: ['Prompt Enhancement'],
    summary: 'Prompt Generate Image Creation',
    description:
      'Generate a prompt for image creation from scratch for specific audience and location.\n\nThis endpoint creates detailed prompts for generating complete images that resonate with the target audience and capture the essence of a specific location.\n\nArgs:\n\n  • audience : Target audience for the image (e.g., "families", "young adults", "professionals")\n  • location : Geographic location for the image (e.g., "Paris", "Tokyo", "Morocco")\n  • temperature (float): Temperature for prompt generation (0.0-2.0), it controls the randomness of the prompt. Higher values create more varied prompts.\n  • model_provider : Model provider to use ("openai" or "gemini")\n\nReturns: Json response with success status and the result containing the generated prompt and metadata.',
    body: ImageCreationRequest,
    response: SuccessEnvelope,
    handle: promptHandler('generate_image_prompt'),
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/prompt/adapt-subject-prompt',
    tags: ['Prompt Enhancement'],
    summary: 'Prompt Adapt Subject',
    description:
      'Generate a prompt for a custom model based on subject, target audience, and location.\n\nThis endpoint creates image generation prompts specifically tailored to generate images of the specified subject that resonate with the specified audience in the given location context.\n\nArgs:\n\n  • subject : Main subject for the image (e.g., "cat", "dog", "person")\n  • audience : Target audience for the image (e.g., "families", "professionals", "children")\n  • location : Geographic location for the image (e.g., "Paris", "Tokyo", "New York")\n  • model_provider : Model provider to use ("openai" or "gemini")\n  • temperature (float): Temperature for prompt generation (0.0-2.0), it controls the randomness of the prompt. Higher values create more varied prompts.\n\nReturns: Json response with success status and the result containing the generated prompt and metadata.',
    body: SubjectEnhancementRequest,
    response: SuccessEnvelope,
    handle: promptHandler('adapt_subject_prompt'),
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/prompt/generate-subject-pose-prompt',
    tags: ['Prompt Enhancement'],
    summary: 'Prompt Generate Subject Pose',
    description:
      'Generate a detailed image generation prompt for a subject in a specific pose and viewshot.\n\nThis endpoint creates prompts for generating images of subjects with unique poses and viewshot angles, ensuring the subject is complete and fully visible against a pure white background.\n\nArgs:\n\n  • subject : The subject to generate a pose prompt for (e.g., "cat", "dog", "person")\n  • temperature (float): Temperature for prompt generation (0.0-2.0), it controls the randomness of the prompt. Higher values create more varied prompts.\n  • model_provider : Model provider to use ("openai" or "gemini")\n\nReturns: Json response with success status and the result containing the generated prompt and metadata.',
    body: SubjectPosePromptRequest,
    response: SuccessEnvelope,
    handle: promptHandler('generate_subject_pose_prompt'),
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/caption/image',
    tags: ['Media Captioning'],
    summary: 'Caption Image',
    description:
      'Generate a caption for an image from a URL.\n\nArgs:\n\n  • image_url: URL of the image to caption.\n  • Example: https://images.pexels.com/photos/31976103/pexels- photo-31976103.jpeg\n  • mode: Captioning mode (simple, expert, image_tagging)\n  • model_provider: Model provider (openai or gemini)\n  • nbr_tags: Number of tags to generate (only relevant for image tagging mode).\n  • possible_tags: List of possible tags to generate (only relevant for image tagging mode).\n  • access_token: API key for authentication.\n  • captioning_client: Captioning client instance.\n\nReturns: Json response with success status and the result containing the generated caption and metadata.',
    body: ImageCaptionRequest,
    response: SuccessEnvelope,
    handle: captionImage,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/caption/video',
    tags: ['Media Captioning'],
    summary: 'Caption Video',
    description:
      'Generate a caption or a list of tags for a video using Google Gemini.\n\nArgs:\n\n  • video_url: URL of the video to caption.\n  • Example: https://media.w3.org/2010/05/sintel/trailer.mp4\n  • mode: Captioning mode. Possible values: simple, expert, detailed, tagging, segment_timestamps, segment_timestamps_descriptive, segment_timestamps_tags\n  • nbr_tags: Number of tags to generate (only relevant for image tagging mode).\n  • storage_client: Google Cloud Storage client instance.\n  • gemini_client: Vertex AI Gemini client instance.\n\nReturns: Json response with success status and the result containing the generated caption and metadata.',
    body: VideoCaptionRequest,
    response: SuccessEnvelope,
    handle: captionVideo,
  }),
];
