import { defineOperation, type OperationSpec } from '../../core/operation.js';
import type { ProviderSettings } from '../../core/provider-settings.js';
import { SuccessEnvelope } from '../../contract/envelope.js';
import { geminiEditImage, geminiGenerateImage, geminiGenerateImageSequence } from './gemini.js';
import { imagenExpandImage, imagenGenerateBackground, imagenGenerateImage, imagenImageGuidance, imagenInpaint, imagenVariation } from './imagen.js';
import { veoGenerateVideo } from './veo.js';
import {
  GeminiEditImageRequest,
  GeminiGenerateImageRequest,
  GeminiGenerateImageSequenceRequest,
  ImagenBackgroundRequest,
  ImagenExpandImageRequest,
  ImagenGenerateImageRequest,
  ImagenImageGuidanceRequest,
  ImagenInpaintingRequest,
  ImagenVariationRequest,
  VeoGenerateVideoRequest,
} from './schemas.js';

export const operations: OperationSpec<ProviderSettings<'google'>>[] = [
  defineOperation({
    method: 'POST',
    path: '/api/v1/google-vision/image/generation/generate-image',
    tags: ['Image Generation'],
    summary: 'Imagen Generate Image With Prompt',
    description:
      'Generate images using Vertex AI Imagen.\n\nArgs: - prompt : Image generation prompt. - number_of_images (optional): Number of images to generate (1-4). Defaults to 1. - aspect_ratio (optional): Desired aspect ratio. Options: - 1:1 (SQUARE): Square format - 9:16 (PORTRAIT): Vertical portrait format - 16:9 (LANDSCAPE): Horizontal landscape format - 3:4 (PORTRAIT_STANDARD): Standard portrait format - 4:3 (LANDSCAPE_STANDARD): Standard landscape format - model_name (optional): Model to use: - imagen-3.0-generate-002 (IMAGEN_3_STANDARD): Standard Imagen 3.0 model - imagen-4.0-generate-preview-06-06 (IMAGEN_4_STANDARD): Standard Imagen 4.0 model - imagen-4.0-ultra-generate-preview-06-06 (IMAGEN_4_ULTRA): Ultra high-quality Imagen 4.0 model - imagen-4.0-fast-generate-preview-06-06 (IMAGEN_4_FAST): Fast Imagen 4.0 model - use_fast_model (optional, bool): When enabled, uses the fast generation model and ignores the model_name parameter. - add_watermark (optional, bool): Whether to add a watermark to the generated images. - safety_filter_level (optional): Safety filtering level: - BLOCK_LOW_AND_ABOVE (HIGH): Highest safety threshold - BLOCK_MEDIUM_AND_ABOVE (MEDIUM): Medium safety threshold - BLOCK_ONLY_HIGH (LOW): Reduced safety threshold - person_generation (optional): Person generation control: - ALLOW_ALL (ALL): Allow people of all ages - ALLOW_ADULT (ADULT): Allow only adults - DONT_ALLOW (NONE): Disable people/faces in generated images\n\nReturns: - Json response with success status and the result containing the generated image URLs.',
    body: ImagenGenerateImageRequest,
    response: SuccessEnvelope,
    job: imagenGenerateImage,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/google-vision/image/generation/generate-with-image-guidance',
    tags: ['Image Generation'],
    summary: 'Imagen Generate With Image',
    description:
      'Generate images with image guidance (style or subject).\n\nArgs: - guidance_type : Type of guidance ("style" or "subject"). - prompt : Generation prompt. For prompting guidelines see examples style , subject. - ref_image_1_url : URL of the first reference image. - ref_image_1_description : Description of the first reference image, if guidance_type is style, describe only the style of the reference image, if guidance_type is subject, describe only the subject of the reference image. - ref_image_2_url (optional): URL of the second reference image. - ref_image_2_description (optional): Description of the second reference image. - subject_type (optional): Required when guidance_type is \'subject\', else leave empty. Type of subject: - SUBJECT_TYPE_PERSON: Person subject type (portraits, etc.) - SUBJECT_TYPE_ANIMAL: Animal subject type - SUBJECT_TYPE_PRODUCT: Product subject type (for e-commerce, etc.) - aspect_ratio (optional): Desired aspect ratio. Options: - 1:1 (SQUARE): Square format - 9:16 (PORTRAIT): Vertical portrait format - 16:9 (LANDSCAPE): Horizontal landscape format - 3:4 (PORTRAIT_STANDARD): Standard portrait format - 4:3 (LANDSCAPE_STANDARD): Standard landscape format - safety_filter_level (optional): Safety filtering level: - BLOCK_LOW_AND_ABOVE (HIGH): Highest safety threshold - BLOCK_MEDIUM_AND_ABOVE (MEDIUM): Medium safety threshold - BLOCK_ONLY_HIGH (LOW): Reduced safety threshold - person_generation (optional): Person generation control: - ALLOW_ALL (ALL): Allow people of all ages - ALLOW_ADULT (ADULT): Allow only adults - DONT_ALLOW (NONE): Disable people/faces in generated images\n\nReturns: - Json response with success status and the result containing the generated image URLs.',
    body: ImagenImageGuidanceRequest,
    response: SuccessEnvelope,
    job: imagenImageGuidance,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/google-vision/image/generation/generate-variation',
    tags: ['Image Generation'],
    summary: 'Imagen Generate Variation',
    description:
      'Apply controlled editing to an image.\n\nArgs: - image_url: URL or path to the source image to edit. - prompt: The prompt that describes the desired edits to the image. - control_type (optional): Type of control to apply: - CONTROL_TYPE_CANNY: Edge detection control - CONTROL_TYPE_SCRIBBLE: Scribble-based control - number_of_images (optional): Number of images to generate (1-4). Defaults to 1. - aspect_ratio (optional): Desired aspect ratio. Options: - 1:1 (SQUARE): Square format - 9:16 (PORTRAIT): Vertical portrait format - 16:9 (LANDSCAPE): Horizontal landscape format - 3:4 (PORTRAIT_STANDARD): Standard portrait format - 4:3 (LANDSCAPE_STANDARD): Standard landscape format - safety_filter_level (optional): Safety filtering level: - BLOCK_LOW_AND_ABOVE (HIGH): Highest safety threshold - BLOCK_MEDIUM_AND_ABOVE (MEDIUM): Medium safety threshold - BLOCK_ONLY_HIGH (LOW): Reduced safety threshold - person_generation (optional): Person generation control: - ALLOW_ALL (ALL): Allow people of all ages - ALLOW_ADULT (ADULT): Allow only adults - DONT_ALLOW (NONE): Disable people/faces in generated images\n\nReturns: - Json response with success status and the result containing the generated image URLs.',
    body: ImagenVariationRequest,
    response: SuccessEnvelope,
    job: imagenVariation,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/google-vision/image/generation/gemini-generate-image',
    tags: ['Image Generation'],
    summary: 'Gemini Generate Image',
    description:
      'Generate images using Gemini 2.0 Flash with optional input images for composition.\n\nArgs: - prompt: Text description of the desired image. To generate multiple images, specify in the prompt (e.g., "Generate 3 images of cats"). - image_urls (optional): Array of input image URLs to use as reference/composition elements. Supports both HTTP/HTTPS URLs and GCS URIs (gs://). - safety_method (optional): Safety method for the image generation. Options: - PROBABILITY : Use probability-based safety - SEVERITY : Use severity-based safety - HARM_BLOCK_METHOD_UNSPECIFIED : Use harm block method - safety_category (optional): Safety category for the image generation. Options: - HARM_CATEGORY_UNSPECIFIED : Unspecified safety category - HARM_CATEGORY_HATE_SPEECH: Hate speech category - HARM_CATEGORY_DANGEROUS_CONTENT: Dangerous content category - HARM_CATEGORY_HARASSMENT: Harassment category - HARM_CATEGORY_SEXUALLY_EXPLICIT: Sexually explicit content category - HARM_CATEGORY_CIVIC_INTEGRITY: Civic integrity category - safety_threshold (optional): Safety threshold for the image generation. Options: - HARM_BLOCK_THRESHOLD_UNSPECIFIED : Unspecified safety threshold - BLOCK_LOW_AND_ABOVE (BLOCK_LOW_AND_ABOVE): Low and above threshold - BLOCK_MEDIUM_AND_ABOVE (BLOCK_MEDIUM_AND_ABOVE): Medium and above threshold - BLOCK_ONLY_HIGH (BLOCK_ONLY_HIGH): Only high threshold - BLOCK_NONE (BLOCK_NONE): No threshold - OFF (OFF): Off threshold\n\nExamples:\n\n1. Text-only generation:\n\n{\n  "prompt": "A beautiful sunset over mountains"\n}\n\n2. Image composition with reference:\n\n{\n  "prompt": "Combine these images into an artistic collage",\n  "image_urls": ["https://images.pexels.com/photos/370473/pexels-\nphoto-370473.jpeg", "https://images.pexels.com/photos/1687678/pexels-\nphoto-1687678.jpeg"]\n}\n\nReturns: - Json response with success status and the result containing generated image URLs and optional text content.',
    body: GeminiGenerateImageRequest,
    response: SuccessEnvelope,
    job: geminiGenerateImage,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/google-vision/image/generation/generate-image-sequence',
    tags: ['Image Generation'],
    summary: 'Gemini Generate Image Sequence',
    description:
      'Generate interleaved text and images using Gemini 2.0 Flash.\n\nThis endpoint creates rich content that mixes text explanations with generated images, perfect for storytelling, tutorials, or step-by-step guides.\n\nArgs: - prompt: Text prompt for interleaved content generation. Be specific about wanting both text and images. - safety_method (optional): Safety method for the image generation. Options: - PROBABILITY : Use probability-based safety - SEVERITY : Use severity-based safety - HARM_BLOCK_METHOD_UNSPECIFIED : Use harm block method - safety_category (optional): Safety category for the image generation. Options: - HARM_CATEGORY_UNSPECIFIED : Unspecified safety category - HARM_CATEGORY_HATE_SPEECH: Hate speech category - HARM_CATEGORY_DANGEROUS_CONTENT: Dangerous content category - HARM_CATEGORY_HARASSMENT: Harassment category - HARM_CATEGORY_SEXUALLY_EXPLICIT: Sexually explicit content category - HARM_CATEGORY_CIVIC_INTEGRITY: Civic integrity category - safety_threshold (optional): Safety threshold for the image generation. Options: - HARM_BLOCK_THRESHOLD_UNSPECIFIED : Unspecified safety threshold - BLOCK_LOW_AND_ABOVE (BLOCK_LOW_AND_ABOVE): Low and above threshold - BLOCK_MEDIUM_AND_ABOVE (BLOCK_MEDIUM_AND_ABOVE): Medium and above threshold - BLOCK_ONLY_HIGH (BLOCK_ONLY_HIGH): Only high threshold - BLOCK_NONE (BLOCK_NONE): No threshold - OFF (OFF): Off threshold\n\nPrompt Examples: - "Tell a short story about a magical forest with images illustrating key scenes" - "Explain how to bake a chocolate cake with step-by-step images showing the process"\n\nReturns: - Json response with success status and the result containing both text content and generated image URLs in sequence.',
    body: GeminiGenerateImageSequenceRequest,
    response: SuccessEnvelope,
    job: geminiGenerateImageSequence,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/google-vision/image/editing-generation/inpaint',
    tags: ['Image Editing Generation'],
    summary: 'Imagen Inpainting',
    description:
      "Perform inpainting operations (insert or remove content from an image).\n\nArgs: - operation_type : Type of inpainting operation ('insert' or 'remove') prefer using semantic class for inpaint remove for best results. - image_url : URL of the base image. - prompt (optional): Text prompt describing what to insert (required for 'insert' operation, null prompt for 'remove' operation). - mask_mode (optional): How to apply the mask (required for 'insert' operation): - MASK_MODE_FOREGROUND (FOREGROUND): Mask the foreground objects - MASK_MODE_BACKGROUND (BACKGROUND): Mask the background - MASK_MODE_SEMANTIC (SEMANTIC): Mask based on semantic classes - MASK_MODE_USER_PROVIDED (USER_PROVIDED): Use a user-provided mask - mask_dilation (optional, float): How much to dilate the mask (0.0-1.0, required for 'insert' operation). - removal_mode (optional): Method used for operation_type 'remove' can either be 'semantic' or 'prompt' ('semantic' requires 'segmentation_classes', default is 'prompt', the prompt is always set to empty). - segmentation_classes (optional, list[int]): Segmentation class IDs (required for semantic operations). The supported classes are available at https://cloud.google.com/vertex-ai/generative-ai/docs/model- reference/imagen-api-customization?hl=fr#segment-ids\n\nReturns: - Json response with success status and the result containing the generated image URLs.",
    body: ImagenInpaintingRequest,
    response: SuccessEnvelope,
    job: imagenInpaint,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/google-vision/image/editing-generation/expand-image',
    tags: ['Image Editing Generation'],
    summary: 'Imagen Expand Image',
    description:
      'Expand an image by adding content around the edges (outpainting) using Google Imagen.\n\nThis endpoint uses the advanced ImageScaler system for precise positioning and supports both predefined positions and custom padding percentages for flexible image placement.\n\nArgs: - image_url: URL of the source image to expand - prompt: Text description of content to add around the edges - target_width (optional): Target width for the expanded image (500-4000px, default: 2500) - target_height (optional): Target height for the expanded image (500-4000px, default: 2500) - number_of_images (optional): Number of expanded variations to generate (1-4, default: 1) - mask_dilation (optional): Mask dilation for smoother blending (0.0-1.0, default: 0.03)\n\nPositioning Options (choose one approach):\n\nOption 1 - Predefined Position: - position (optional): Predefined positioning. Options: - center_vertical: Equal padding on all sides - center_horizontal: Equal padding on all sides - left_center: More padding on the left side - right_center: More padding on the right side - upper_left: Padding on right and bottom - upper_center: Padding on bottom - upper_right: Padding on left and bottom - bottom_left: Padding on right and top - bottom_center: Padding on top - bottom_right: Padding on left and top\n\nOption 2 - Custom Padding (all four values required if using): - padding_left (optional): Percentage of left padding (0.0-1.0) - padding_right (optional): Percentage of right padding (0.0-1.0) - padding_top (optional): Percentage of top padding (0.0-1.0) - padding_bottom (optional): Percentage of bottom padding (0.0-1.0)\n\nExamples:\n\n1. Center positioning (default):\n\n{\n  "image_url": "https://images.pexels.com/photos/29023629/pexels-\nphoto-29023629.jpeg",\n  "prompt": "beautiful mountain landscape",\n  "target_width": 2000,\n  "target_height": 2000,\n  "position": "center_vertical"\n}\n\n2. Bottom center positioning for sky expansion:\n\n{\n  "image_url": "https://images.pexels.com/photos/29023629/pexels-\nphoto-29023629.jpeg",\n  "prompt": "dramatic cloudy sky",\n  "position": "bottom_left"\n}\n\n3. Custom padding for precise control:\n\n{\n  "image_url": "https://images.pexels.com/photos/29023629/pexels-\nphoto-29023629.jpeg",\n  "prompt": "forest environment",\n  "padding_left": 0.1,\n  "padding_right": 0.1,\n  "padding_top": 0.3,\n  "padding_bottom": 0.1\n}\n\nReturns: - Json response with success status and the result containing the generated image URLs.',
    body: ImagenExpandImageRequest,
    response: SuccessEnvelope,
    job: imagenExpandImage,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/google-vision/image/editing-generation/generate-background',
    tags: ['Image Editing Generation'],
    summary: 'Imagen Generate Background',
    description:
      'Generate a new background for an image while preserving the foreground.\n\nArgs: - image_url : URL or path to the source image. - prompt : Description of the new background to generate. - seed (optional): Random seed for reproducibility. - number_of_images (optional): Number of variations to generate.\n\nReturns: - Json response with success status and the result containing the generated image URLs.',
    body: ImagenBackgroundRequest,
    response: SuccessEnvelope,
    job: imagenGenerateBackground,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/google-vision/image/editing-generation/edit-image',
    tags: ['Image Editing Generation'],
    summary: 'Gemini Edit Image',
    description:
      'Edit images using text prompts with Gemini 2.0 Flash.\n\nSupports both single-step editing and multi-turn sequential editing for complex transformations.\n\nArgs: - image_url: URL of the source image to edit. Supports HTTP/HTTPS URLs and GCS URIs (gs://). - edit_prompt (optional): Text description of desired edits for single- step editing. - edit_steps (optional): Comma-separated list of edit prompts for multi- turn sequential editing. - safety_method (optional): Safety method for the image generation. Options: - PROBABILITY : Use probability-based safety - SEVERITY : Use severity-based safety - HARM_BLOCK_METHOD_UNSPECIFIED : Use harm block method - safety_category (optional): Safety category for the image generation. Options: - HARM_CATEGORY_UNSPECIFIED : Unspecified safety category - HARM_CATEGORY_HATE_SPEECH: Hate speech category - HARM_CATEGORY_DANGEROUS_CONTENT: Dangerous content category - HARM_CATEGORY_HARASSMENT: Harassment category - HARM_CATEGORY_SEXUALLY_EXPLICIT: Sexually explicit content category - HARM_CATEGORY_CIVIC_INTEGRITY: Civic integrity category - safety_threshold (optional): Safety threshold for the image generation. Options: - HARM_BLOCK_THRESHOLD_UNSPECIFIED : Unspecified safety threshold - BLOCK_LOW_AND_ABOVE (BLOCK_LOW_AND_ABOVE): Low and above threshold - BLOCK_MEDIUM_AND_ABOVE (BLOCK_MEDIUM_AND_ABOVE): Medium and above threshold - BLOCK_ONLY_HIGH (BLOCK_ONLY_HIGH): Only high threshold - BLOCK_NONE (BLOCK_NONE): No threshold - OFF (OFF): Off threshold\n\nNote: Provide either edit_prompt OR edit_steps, not both.\n\nExamples:\n\n1. Single edit:\n\n{\n  "image_url":\n"https://upload.wikimedia.org/wikipedia/commons/thumb/b/bf/Mona_Lisa-\nrestored.jpg/800px-Mona_Lisa-restored.jpg",\n  "edit_prompt": "Add sunglasses and change the background to a beach scene"\n}\n\n2. Multi-turn editing:\n\n{\n  "image_url": "https://images.pexels.com/photos/36478/amazing-beautiful-\nbeauty-blue.jpg",\n  "edit_steps": "Add dramatic clouds to the sky, Increase saturation, Add a\nrainbow"\n}\n\n3. Using GCS URI:\n\n{\n  "image_url": "gs://cloud-samples-data/generative-ai/image/mirror.png",\n  "edit_prompt": "Convert to black and white and add vintage film grain\neffect"\n}\n\nReturns: - Json response with success status and the result containing edited image URLs. For multi-turn editing, returns URLs for each step in the editing sequence.',
    body: GeminiEditImageRequest,
    response: SuccessEnvelope,
    job: geminiEditImage,
  }),
  defineOperation({
    method: 'POST',
    path: '/api/v1/google-vision/video/generation/generate-video',
    tags: ['Video Generation'],
    summary: 'Veo Generate Video',
    description:
      'Generate videos using Vertex AI VEO.\n\nArgs:\n\n  • prompt: Text description of the desired video\n  • start_image_url: Optional starting image URL for video generation\n  • number_of_videos: Number of videos to generate (1-4)\n  • aspect_ratio: Video aspect ratio. Options: "9:16" (PORTRAIT_9_16), "16:9" (LANDSCAPE_16_9)\n  • duration: Video duration in seconds. Options: 5 (SHORT), 10 (MEDIUM)\n  • person_generation: Person generation control. Options: "allow" (ALL), "allow_adult" (ADULT), "dont_allow" (NONE)\n  • enhance_prompt: Whether to enhance the input prompt using LLM\n  • prefix: Prefix for generated video files (default: "veo2_generations")\n  • access_token: Special VEO authentication token for video generation\n  • veo_client: VEO API client instance\n\nReturns: Json response with success status and the result containing the generated video URLs.',
    body: VeoGenerateVideoRequest,
    response: SuccessEnvelope,
    job: veoGenerateVideo,
  }),
];
