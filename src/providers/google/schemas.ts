// Request schemas of the reference contract (spec/openapi.reference.json), one per operation.
import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../contract/typebox.js';
import { ControlReferenceType, HarmBlockMethod, HarmBlockThreshold, HarmCategory, ManualPlacement, MaskReferenceMode, ModelName, RemovalMode, SafetyFilterLevel, SubjectReferenceType, VeoDuration, VeoModel, ImagenPersonGeneration, VeoPersonGeneration } from '../../contract/components.js';

export const ImagenGenerateImageRequest = Type.Object({
  model_name: Type.Optional(Type.Union([Type.Ref(ModelName), Type.Null()], { description: "Imagen model to use", default: "imagen-4.0-fast-generate-preview-06-06" })),
  prompt: Type.Optional(Type.String({ title: "Prompt", description: "Text description of the desired image", default: "A beautiful sunset over mountains", minLength: 3 })),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "9:16", "16:9", "3:4", "4:3"], { title: "Aspect Ratio", description: "Desired aspect ratio", default: "1:1" })),
  number_of_images: Type.Optional(Type.Integer({ title: "Number Of Images", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  use_fast_model: Type.Optional(Type.Boolean({ title: "Use Fast Model", description: "Use faster model variant when available", default: true })),
  add_watermark: Type.Optional(Type.Boolean({ title: "Add Watermark", description: "Add watermark to generated images", default: false })),
  safety_filter_level: Type.Optional(Type.Ref(SafetyFilterLevel, { description: "Content safety filtering level", default: "BLOCK_MEDIUM_AND_ABOVE" })),
  person_generation: Type.Optional(Type.Ref(ImagenPersonGeneration, { description: "Person generation policy", default: "ALLOW_ALL" })),
}, { title: "ImagenGenerateImageRequest", description: "Request model for Imagen image generation." });

export const ImagenImageGuidanceRequest = Type.Object({
  guidance_type: StringEnum(["style", "subject"], { title: "Guidance Type", description: "Type of guidance", examples: ["style", "subject"] }),
  ref_image_1_url: Type.String({ title: "Ref Image 1 Url", description: "URL of the first reference image", examples: ["https://images.pexels.com/photos/1876876/pexels-photo-1876876.jpeg"], minLength: 1, format: "uri" }),
  ref_image_1_description: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Null()], { title: "Ref Image 1 Description", description: "Description of the first reference image, if guidance_type is style, describe only the style of the reference image, if guidance_type is subject, describe only the subject of the reference image", examples: ["neon vintage", "A portrait of a caucasian young woman"] })),
  ref_image_2_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Ref Image 2 Url", description: "URL of the second reference image", examples: ["https://images.pexels.com/photos/5990682/pexels-photo-5990682.jpeg"] })),
  ref_image_2_description: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Null()], { title: "Ref Image 2 Description", description: "Description of the second reference image", examples: ["black and white", "A asian man in a suit"] })),
  subject_type: Type.Optional(Type.Union([Type.Ref(SubjectReferenceType), Type.Null()], { description: "Subject type (required when guidance_type='subject')" })),
  prompt: Type.Optional(Type.Union([Type.String({ minLength: 3 }), Type.Null()], { title: "Prompt", description: "Generation prompt. For prompting guidelines see examples [style](https://cloud.google.com/vertex-ai/generative-ai/docs/image/style-customization) , [subject](https://cloud.google.com/vertex-ai/generative-ai/docs/image/subject-customization)", examples: ["generate an image of a neon sign [1] with the words: have a great day in black and white [2]"] })),
  aspect_ratio: Type.Optional(Type.Union([StringEnum(["1:1", "9:16", "16:9", "3:4", "4:3"]), Type.Null()], { title: "Aspect Ratio", description: "Desired aspect ratio", examples: ["1:1", "9:16", "16:9", "3:4", "4:3"] })),
  safety_filter_level: Type.Optional(Type.Ref(SafetyFilterLevel, { description: "Content safety filtering level", default: "BLOCK_MEDIUM_AND_ABOVE" })),
  person_generation: Type.Optional(Type.Ref(ImagenPersonGeneration, { description: "Person generation policy", default: "ALLOW_ALL" })),
}, { title: "ImagenImageGuidanceRequest", description: "Request model for Imagen image guidance (style/subject)." });

export const ImagenVariationRequest = Type.Object({
  image_url: Type.String({ title: "Image Url", description: "URL of the source image", examples: ["https://images.pexels.com/photos/18373303/pexels-photo-18373303.jpeg"], minLength: 1, format: "uri" }),
  prompt: Type.Optional(Type.Union([Type.String({ minLength: 3 }), Type.Null()], { title: "Prompt", description: "Text prompt describing the desired changes", examples: ["Add sunglasses and change the background to a beach scene"] })),
  control_type: Type.Optional(Type.Ref(ControlReferenceType, { description: "Control type for variation", default: "CONTROL_TYPE_CANNY", examples: ["CONTROL_TYPE_CANNY", "CONTROL_TYPE_SCRIBBLE"] })),
  number_of_images: Type.Optional(Type.Integer({ title: "Number Of Images", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  aspect_ratio: Type.Optional(Type.Union([StringEnum(["1:1", "9:16", "16:9", "3:4", "4:3"]), Type.Null()], { title: "Aspect Ratio", description: "Desired aspect ratio", examples: ["1:1", "9:16", "16:9", "3:4", "4:3"] })),
  safety_filter_level: Type.Optional(Type.Ref(SafetyFilterLevel, { description: "Content safety filtering level", default: "BLOCK_MEDIUM_AND_ABOVE" })),
  person_generation: Type.Optional(Type.Ref(ImagenPersonGeneration, { description: "Person generation policy", default: "ALLOW_ALL" })),
}, { title: "ImagenVariationRequest", description: "Request model for Imagen image variations." });

export const GeminiGenerateImageRequest = Type.Object({
  prompt: Type.String({ title: "Prompt", description: "Text description of the desired image. To generate multiple images, specify in the prompt.", examples: ["A beautiful sunset over mountains", "Combine these images into an artistic collage"], minLength: 3 }),
  image_urls: Type.Optional(Type.Union([Type.Array(Type.String({ minLength: 1, format: "uri" })), Type.Null()], { title: "Image Urls", description: "Optional array of input image URLs to use as reference/composition elements", examples: [["https://images.pexels.com/photos/370473/pexels-photo-370473.jpeg", "https://images.pexels.com/photos/1687678/pexels-photo-1687678.jpeg"]] })),
  safety_method: Type.Optional(Type.Union([Type.Ref(HarmBlockMethod), Type.Null()], { description: "Safety filtering method", examples: ["PROBABILITY", "SEVERITY"] })),
  safety_category: Type.Optional(Type.Union([Type.Ref(HarmCategory), Type.Null()], { description: "Safety category to filter", examples: ["HARM_CATEGORY_UNSPECIFIED", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_DANGEROUS_CONTENT", "HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_CIVIC_INTEGRITY"] })),
  safety_threshold: Type.Optional(Type.Union([Type.Ref(HarmBlockThreshold), Type.Null()], { description: "Safety threshold level", examples: ["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE"] })),
}, { title: "GeminiGenerateImageRequest", description: "Request model for Gemini image generation." });

export const GeminiGenerateImageSequenceRequest = Type.Object({
  prompt: Type.String({ title: "Prompt", description: "Text prompt for interleaved text and image generation", examples: ["Tell a short story about a magical forest with images illustrating key scenes", "Explain how to bake a chocolate cake with step-by-step images showing the process"], minLength: 3 }),
  safety_method: Type.Optional(Type.Union([Type.Ref(HarmBlockMethod), Type.Null()], { description: "Safety filtering method", examples: ["PROBABILITY", "SEVERITY"] })),
  safety_category: Type.Optional(Type.Union([Type.Ref(HarmCategory), Type.Null()], { description: "Safety category to filter", examples: ["HARM_CATEGORY_UNSPECIFIED", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_DANGEROUS_CONTENT", "HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_CIVIC_INTEGRITY"] })),
  safety_threshold: Type.Optional(Type.Union([Type.Ref(HarmBlockThreshold), Type.Null()], { description: "Safety threshold level", examples: ["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE"] })),
}, { title: "GeminiGenerateImageSequenceRequest", description: "Request model for Gemini image sequence generation." });

export const ImagenInpaintingRequest = Type.Object({
  operation_type: StringEnum(["insert", "remove"], { title: "Operation Type", description: "Type of inpainting operation", examples: ["insert", "remove"] }),
  image_url: Type.String({ title: "Image Url", description: "URL of the base image", examples: ["https://images.pexels.com/photos/29023629/pexels-photo-29023629.jpeg"], minLength: 1, format: "uri" }),
  prompt: Type.Optional(Type.Union([Type.String({ minLength: 3 }), Type.Null()], { title: "Prompt", description: "Text prompt for insert operations", examples: ["Add a tree to the left side"] })),
  mask_mode: Type.Optional(Type.Union([Type.Ref(MaskReferenceMode), Type.Null()], { description: "Masking mode for insert operations", examples: ["MASK_MODE_FOREGROUND", "MASK_MODE_BACKGROUND", "MASK_MODE_SEMANTIC", "MASK_MODE_USER_PROVIDED"] })),
  mask_dilation: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Mask Dilation", description: "Mask dilation amount", default: 0.1 })),
  removal_mode: Type.Optional(Type.Union([Type.Ref(RemovalMode), Type.Null()], { description: "Removal mode for remove operations", default: "prompt", examples: ["semantic", "prompt"] })),
  segmentation_classes: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Segmentation Classes", description: "Segmentation class IDs for semantic operations", examples: [[1, 2, 3]] })),
  safety_filter_level: Type.Optional(Type.Ref(SafetyFilterLevel, { description: "Content safety filtering level", default: "BLOCK_MEDIUM_AND_ABOVE" })),
  person_generation: Type.Optional(Type.Ref(ImagenPersonGeneration, { description: "Person generation policy", default: "ALLOW_ALL" })),
}, { title: "ImagenInpaintingRequest", description: "Request model for Imagen inpainting operations." });

export const ImagenExpandImageRequest = Type.Object({
  image_url: Type.String({ title: "Image Url", description: "URL of the source image", examples: ["https://images.pexels.com/photos/627678/pexels-photo-627678.jpeg"], minLength: 1, format: "uri" }),
  prompt: Type.String({ title: "Prompt", description: "Description of content to add around edges", examples: ["beautiful mountain landscape", "dramatic cloudy sky"], minLength: 3 }),
  target_width: Type.Optional(Type.Integer({ title: "Target Width", description: "Target width for expanded image", default: 2500, minimum: 500, maximum: 4000 })),
  target_height: Type.Optional(Type.Integer({ title: "Target Height", description: "Target height for expanded image", default: 2500, minimum: 500, maximum: 4000 })),
  number_of_images: Type.Optional(Type.Integer({ title: "Number Of Images", description: "Number of expanded variations", default: 1, minimum: 1, maximum: 4 })),
  mask_dilation: Type.Optional(Type.Number({ title: "Mask Dilation", description: "Mask dilation for smoother blending", default: 0.03, minimum: 0, maximum: 1 })),
  position: Type.Optional(Type.Union([Type.Ref(ManualPlacement), Type.Null()], { description: "Image positioning for automatic mode", examples: ["center_horizontal", "center_vertical"] })),
  padding_left: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Padding Left", description: "Percentage of left padding to add", examples: [0.1, 0.3] })),
  padding_right: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Padding Right", description: "Percentage of right padding to add", examples: [0.1, 0.3] })),
  padding_top: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Padding Top", description: "Percentage of top padding to add", examples: [0.3, 0.1] })),
  padding_bottom: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Padding Bottom", description: "Percentage of bottom padding to add", examples: [0.1, 0.3] })),
  safety_filter_level: Type.Optional(Type.Ref(SafetyFilterLevel, { description: "Content safety filtering level", default: "BLOCK_MEDIUM_AND_ABOVE" })),
  person_generation: Type.Optional(Type.Ref(ImagenPersonGeneration, { description: "Person generation policy", default: "ALLOW_ALL" })),
}, { title: "ImagenExpandImageRequest", description: "Request model for Imagen image expansion (outpainting)." });

export const ImagenBackgroundRequest = Type.Object({
  image_url: Type.String({ title: "Image Url", description: "URL of the source image", examples: ["https://images.pexels.com/photos/627678/pexels-photo-627678.jpeg"], minLength: 1, format: "uri" }),
  prompt: Type.String({ title: "Prompt", description: "Description of the desired background", examples: ["Beautiful sunset over icy mountains", "Dramatic cloudy sky over beach"], minLength: 3 }),
  number_of_images: Type.Optional(Type.Integer({ title: "Number Of Images", description: "Number of background variations", default: 1, minimum: 1, maximum: 4 })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Random seed for reproducible results (auto-generated if not provided)" })),
  safety_filter_level: Type.Optional(Type.Ref(SafetyFilterLevel, { description: "Content safety filtering level", default: "BLOCK_MEDIUM_AND_ABOVE" })),
  person_generation: Type.Optional(Type.Ref(ImagenPersonGeneration, { description: "Person generation policy", default: "ALLOW_ALL" })),
}, { title: "ImagenBackgroundRequest", description: "Request model for Imagen background generation." });

export const GeminiEditImageRequest = Type.Object({
  image_url: Type.String({ title: "Image Url", description: "URL of the source image to edit", examples: ["https://upload.wikimedia.org/wikipedia/commons/thumb/b/bf/Mona_Lisa-restored.jpg/800px-Mona_Lisa_restored.jpg", "https://images.pexels.com/photos/36478/amazing-beautiful-beauty-blue.jpg"], minLength: 1, format: "uri" }),
  edit_prompt: Type.Optional(Type.Union([Type.String({ minLength: 3 }), Type.Null()], { title: "Edit Prompt", description: "Text description of desired edits (for single edit)", examples: ["Add sunglasses and change the background to a beach scene", "Convert to black and white and add vintage film grain effect"] })),
  edit_steps: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Edit Steps", description: "Comma-separated list of edit prompts to apply sequentially (for multi-turn editing)", examples: ["Add dramatic clouds to the sky, Increase saturation, Add a rainbow"] })),
  safety_method: Type.Optional(Type.Union([Type.Ref(HarmBlockMethod), Type.Null()], { description: "Safety filtering method", examples: ["PROBABILITY", "SEVERITY"] })),
  safety_category: Type.Optional(Type.Union([Type.Ref(HarmCategory), Type.Null()], { description: "Safety category to filter", examples: ["HARM_CATEGORY_UNSPECIFIED", "HARM_CATEGORY_HATE_SPEECH", "HARM_CATEGORY_DANGEROUS_CONTENT", "HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_SEXUALLY_EXPLICIT", "HARM_CATEGORY_CIVIC_INTEGRITY"] })),
  safety_threshold: Type.Optional(Type.Union([Type.Ref(HarmBlockThreshold), Type.Null()], { description: "Safety threshold level", examples: ["BLOCK_LOW_AND_ABOVE", "BLOCK_MEDIUM_AND_ABOVE", "BLOCK_ONLY_HIGH", "BLOCK_NONE"] })),
}, { title: "GeminiEditImageRequest", description: "Request model for Gemini image editing." });

export const VeoGenerateVideoRequest = Type.Object({
  model: Type.Optional(Type.Ref(VeoModel, { description: "Model to use for video generation", default: "veo-2.0-generate-001" })),
  prompt: Type.String({ title: "Prompt", description: "Text description of the desired video", examples: ["A cinematic timelapse of a city skyline at dusk", "A serene ocean wave crashing in slow motion"], minLength: 4 }),
  aspect_ratio: Type.Optional(StringEnum(["9:16", "16:9"], { title: "Aspect Ratio", description: "Video aspect ratio", default: "16:9" })),
  duration: Type.Optional(Type.Ref(VeoDuration, { description: "Video duration in seconds", default: 5 })),
  start_image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Start Image Url", description: "URL of starting image for video", examples: ["https://images.pexels.com/photos/421927/pexels-photo-421927.jpeg", "gs://bucket/path/to/starting_image.png"] })),
  person_generation: Type.Optional(Type.Union([Type.Ref(VeoPersonGeneration), Type.Null()], { description: "People generation controls", default: "allow" })),
  enhance_prompt: Type.Optional(Type.Union([Type.Boolean(), Type.Null()], { title: "Enhance Prompt", description: "Whether to enhance the input prompt", default: false })),
  negative_prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Negative Prompt", description: "Text description of what to avoid in the video", examples: ["No text overlays", "Avoid fast cuts and shaky camera"] })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for video generation" })),
}, { title: "VeoGenerateVideoRequest", description: "Request model for VEO video generation." });
