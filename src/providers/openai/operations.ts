import { defineOperation, type OperationSpec } from '../../core/operation.js';
import type { ProviderSettings } from '../../core/provider-settings.js';
import { SuccessEnvelope } from '../../contract/envelope.js';
import { GPTEditImageRequest, GPTGenerateImageRequest, GPTInpaintingRequest } from './schemas.js';
import { editImage, generateImage, inpaint } from './jobs.js';

export const operations: OperationSpec<ProviderSettings<'openai'>>[] = [
  defineOperation({
    method: 'POST',
    path: '/api/v1/openai/image/generation/generate-image',
    tags: ['Image Generation'],
    summary: 'Gpt Generate Image',
    description:
      'Generate an image using GPT Image API.\n\nArgs:\n\n  • request: GPT image generation request containing:\n  • prompt: The prompt for image generation.\n  • number_of_images: Number of images to generate (1-10).\n  • aspect_ratio: The aspect ratio of the image. Options:\n  • "1:1" (square)\n  • "2:3" (landscape)\n  • "3:2" (portrait)\n  • quality: The quality of the image (medium, high, auto).\n  • background: Background handling (transparent, auto).\n  • access_token: API key for authentication.\n  • gpt_image_client: GPTImageAPI client instance.\n\nReturns: Json response with success status and the result containing the generated image URLs.',
    body: GPTGenerateImageRequest,
    response: SuccessEnvelope,
    job: generateImage,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/openai/image/editing-generation/edit-image',
    tags: ['Image Editing Generation'],
    summary: 'Gpt Generate Edit',
    description:
      'Generate an edit for an image using GPT Image API.\n\nArgs:\n\n  • request: GPT image editing request containing:\n  • prompt: The prompt for the image edit.\n  • image_url: URL of the image to be edited.\n  • number_of_images: Number of edited images to generate (1-10).\n  • size: Output image size.\n  • access_token: API key for authentication.\n  • gpt_image_client: GPTImageAPI client instance.\n\nReturns: Json response with success status and the result containing the edited image URLs.',
    body: GPTEditImageRequest,
    response: SuccessEnvelope,
    job: editImage,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/openai/image/editing-generation/inpaint',
    tags: ['Image Editing Generation'],
    summary: 'Gpt Image Inpainting',
    description:
      'Edit an image using a mask with GPT Image API. You can provide a mask to indicate where the image should be edited. The transparent areas of the mask will be replaced, while the filled areas will be left unchanged.\n\nThis endpoint supports two inpainting modes: 1. Manual Mask Mode: Use your own mask image to specify exact areas to edit 2. Border-Only Mode: Automatically generate a border mask for edge inpainting\n\nArgs:\n\n  • request: GPT inpainting request containing:\n  • prompt: Text description of the desired edited image\n  • image_url: URL or file path of the source image (either this or image_file required)\n  • image_file: Base64 encoded source image (either this or image_url required)\n  • mask_url: URL or file path of the mask image (required unless inpaint_border_only is True)\n  • mask_file: Base64 encoded mask image (required unless inpaint_border_only is True)\n  • inpaint_border_only: Whether to inpaint only the border areas (default: False)\n  • border_percentage: Percentage of border to inpaint when using border- only mode\n  • access_token: API key for authentication\n  • gpt_image_client: GPTImageAPI client instance.\n  • Examples:\n  • 1. Manual Mask with URLs: ```json {\n  • "prompt": "beautiful flowers in the garden",\n  • "image_url": "https://images.pexels.com/photos/29023629/pexels- photo-29023629.jpeg",\n  • "mask_url": "https://example.com/mask.png",\n  • "inpaint_border_only": false } ```\n  • 2. Border-Only Inpainting: ```json {\n  • "prompt": "expand with forest environment",\n  • "image_url": "https://images.pexels.com/photos/29023629/pexels- photo-29023629.jpeg",\n  • "inpaint_border_only": true,\n  • "border_percentage": 0.2 } ```\n\nReturns: Json response with success status and the result containing the generated image URLs.',
    body: GPTInpaintingRequest,
    response: SuccessEnvelope,
    job: inpaint,
  }),
];
