// Request schemas of the reference contract (spec/openapi.reference.json), one per operation.
import { Type } from '@sinclair/typebox';
import { OutputItemSchema } from '../../contract/envelope.js';
import { FreeObject, IntegerEnum, StringEnum, Tuple } from '../../contract/typebox.js';
import { ControlnetType, EnhanceResolution, ImagePromptMode, ManualPlacement, MaskType, PlacementType } from '../../contract/components.js';

export const BriaEnhancePromptBody = Type.Object({
  prompt: Type.String({ title: "Prompt" }),
}, { title: "Body_bria_enhance_prompt_api_v1_bria_prompt_enhance_prompt_post" });

export const BriaGenerateImageRequest = Type.Object({
  bria_model_version: Type.Optional(StringEnum(["2.3", "3.2"], { title: "Bria Model Version", description: "BRIA model version to use", default: "3.2" })),
  prompt: Type.String({ title: "Prompt", description: "Text description of the desired image (English only).", examples: ["A mountain landscape with a lake", "A cozy coffee shop interior", "Professional headshot of a business person"], minLength: 4 }),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2", "3:4", "4:3", "16:9", "9:16", "4:5", "5:4"], { title: "Aspect Ratio", description: "Image aspect ratio", default: "1:1" })),
  num_results: Type.Optional(Type.Integer({ title: "Num Results", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results", default: true })),
  steps_num: Type.Optional(Type.Integer({ title: "Steps Num", description: "Number of refinement iterations", default: 30, minimum: 20, maximum: 50 })),
  text_guidance_scale: Type.Optional(Type.Number({ title: "Text Guidance Scale", description: "Text adherence strength", default: 5, minimum: 1, maximum: 10 })),
  prompt_enhancement: Type.Optional(Type.Boolean({ title: "Prompt Enhancement", description: "Use LLama 3 to enhance prompt", default: false })),
  enhance_image: Type.Optional(Type.Boolean({ title: "Enhance Image", description: "Generates images with richer details, sharper textures, and enhanced clarity", default: false })),
  prompt_content_moderation: Type.Optional(Type.Boolean({ title: "Prompt Content Moderation", description: "When enabled (default: true), the input prompt is scanned for NSFW or ethically restricted terms before image generation.", default: false })),
  content_moderation: Type.Optional(Type.Boolean({ title: "Content Moderation", description: "When enabled, applies content moderation to both input visuals and generated outputs.", default: false })),
  ip_signal: Type.Optional(Type.Boolean({ title: "Ip Signal", description: "When enabled, adds an IP signature to the generated images.", default: false })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
  negative_prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Negative Prompt", description: "Elements to exclude", examples: ["text", "logo", "watermark", "background"] })),
  medium: Type.Optional(Type.Union([StringEnum(["photography", "art"]), Type.Null()], { title: "Medium", description: "Output medium type" })),
  guidance_method_1: Type.Optional(Type.Union([Type.Ref(ControlnetType), Type.Null()], { description: "Guidance method 1", examples: ["controlnet_canny", "controlnet_depth"] })),
  guidance_method_1_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Guidance Method 1 Scale", description: "Impact of first guidance method" })),
  guidance_method_1_image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Guidance Method 1 Image Url", description: "URL of the image to use for guidance method 1", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"] })),
  guidance_method_1_image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Guidance Method 1 Image File", description: "Base64 encoded input image for guidance method 1" })),
  guidance_method_2: Type.Optional(Type.Union([Type.Ref(ControlnetType), Type.Null()], { description: "Guidance method 2", examples: ["controlnet_canny", "controlnet_depth"] })),
  guidance_method_2_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Guidance Method 2 Scale", description: "Impact of second guidance method" })),
  guidance_method_2_image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Guidance Method 2 Image Url", description: "URL of the image to use for guidance method 2", examples: ["https://images.pexels.com/photos/33217722/pexels-photo-33217722.jpeg"] })),
  guidance_method_2_image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Guidance Method 2 Image File", description: "Base64 encoded input image for guidance method 2" })),
  image_prompt_mode: Type.Optional(Type.Union([Type.Ref(ImagePromptMode), Type.Null()], { description: "Image prompt mode", examples: ["regular", "style_only"] })),
  image_prompt_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image Prompt File", description: "Base64 encoded input image for image prompt" })),
  image_prompt_urls: Type.Optional(Type.Union([Type.Array(Type.String({ minLength: 1, format: "uri" })), Type.Null()], { title: "Image Prompt Urls", description: "URLs of the images to use for image prompt", examples: ["https://images.pexels.com/photos/31448898/pexels-photo-31448898.jpeg", "https://images.pexels.com/photos/33017020/pexels-photo-33017020.jpeg"] })),
  image_prompt_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Image Prompt Scale", description: "Scale of the image prompt" })),
}, { title: "BriaGenerateImageRequest", description: "Request model for BRIA image generation." });

export const BriaGenerateImageFastRequest = Type.Object({
  bria_model_version: Type.Optional(Type.Literal("2.3", { title: "Bria Model Version", description: "BRIA model version to use", default: "2.3" })),
  prompt: Type.String({ title: "Prompt", description: "Text description of the desired image (English only).", examples: ["A mountain landscape with a lake", "A cozy coffee shop interior", "Professional headshot of a business person"], minLength: 3 }),
  num_results: Type.Optional(Type.Integer({ title: "Num Results", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2", "3:4", "4:3", "16:9", "9:16", "4:5", "5:4"], { title: "Aspect Ratio", description: "Image aspect ratio", default: "1:1" })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results. If False, return URLs immediately", default: true })),
  steps_num: Type.Optional(Type.Integer({ title: "Steps Num", description: "Number of refinement iterations", default: 8, minimum: 4, maximum: 10 })),
  prompt_enhancement: Type.Optional(Type.Boolean({ title: "Prompt Enhancement", description: "Use LLama 3 to enhance prompt", default: false })),
  enhance_image: Type.Optional(Type.Boolean({ title: "Enhance Image", description: "Generates images with richer details, sharper textures, and enhanced clarity", default: false })),
  prompt_content_moderation: Type.Optional(Type.Boolean({ title: "Prompt Content Moderation", description: "When enabled (default: true), the input prompt is scanned for NSFW or ethically restricted terms before image generation.", default: false })),
  content_moderation: Type.Optional(Type.Boolean({ title: "Content Moderation", description: "When enabled, applies content moderation to both input visuals and generated outputs.", default: false })),
  ip_signal: Type.Optional(Type.Boolean({ title: "Ip Signal", description: "When enabled, adds an IP signature to the generated images.", default: false })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
  medium: Type.Optional(Type.Union([StringEnum(["photography", "art"]), Type.Null()], { title: "Medium", description: "Output medium type" })),
  guidance_method_1: Type.Optional(Type.Union([Type.Ref(ControlnetType), Type.Null()], { description: "Guidance method 1", examples: ["controlnet_canny", "controlnet_depth"] })),
  guidance_method_1_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Guidance Method 1 Scale", description: "Impact of first guidance method" })),
  guidance_method_1_image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Guidance Method 1 Image Url", description: "URL of the image to use for guidance method 1", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"] })),
  guidance_method_1_image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Guidance Method 1 Image File", description: "Base64 encoded input image for guidance method 1" })),
  guidance_method_2: Type.Optional(Type.Union([Type.Ref(ControlnetType), Type.Null()], { description: "Guidance method 2", examples: ["controlnet_canny", "controlnet_depth"] })),
  guidance_method_2_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Guidance Method 2 Scale", description: "Impact of second guidance method" })),
  guidance_method_2_image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Guidance Method 2 Image Url", description: "URL of the image to use for guidance method 2", examples: ["https://images.pexels.com/photos/33217722/pexels-photo-33217722.jpeg"] })),
  guidance_method_2_image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Guidance Method 2 Image File", description: "Base64 encoded input image for guidance method 2" })),
  image_prompt_mode: Type.Optional(Type.Union([Type.Ref(ImagePromptMode), Type.Null()], { description: "Image prompt mode", examples: ["regular", "style_only"] })),
  image_prompt_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image Prompt File", description: "Base64 encoded input image for image prompt" })),
  image_prompt_urls: Type.Optional(Type.Union([Type.Array(Type.String({ minLength: 1, format: "uri" })), Type.Null()], { title: "Image Prompt Urls", description: "URLs of the images to use for image prompt", examples: ["https://images.pexels.com/photos/31448898/pexels-photo-31448898.jpeg", "https://images.pexels.com/photos/33017020/pexels-photo-33017020.jpeg"] })),
  image_prompt_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Image Prompt Scale", description: "Scale of the image prompt" })),
}, { title: "BriaGenerateImageFastRequest" });

export const BriaGenerateImageHDRequest = Type.Object({
  bria_model_version: Type.Optional(Type.Literal("2.2", { title: "Bria Model Version", description: "BRIA model version to use", default: "2.2" })),
  prompt: Type.String({ title: "Prompt", description: "Text description of the desired image (English only).", examples: ["A mountain landscape with a lake", "A cozy coffee shop interior", "Professional headshot of a business person"], minLength: 4 }),
  num_results: Type.Optional(Type.Integer({ title: "Num Results", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2", "3:4", "4:3", "16:9", "9:16", "4:5", "5:4"], { title: "Aspect Ratio", description: "Image aspect ratio", default: "1:1" })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results", default: true })),
  steps_num: Type.Optional(Type.Integer({ title: "Steps Num", description: "Number of refinement iterations", default: 30, minimum: 20, maximum: 50 })),
  text_guidance_scale: Type.Optional(Type.Number({ title: "Text Guidance Scale", description: "Text adherence strength", default: 5, minimum: 1, maximum: 10 })),
  prompt_enhancement: Type.Optional(Type.Boolean({ title: "Prompt Enhancement", description: "Use LLama 3 to enhance prompt", default: false })),
  enhance_image: Type.Optional(Type.Boolean({ title: "Enhance Image", description: "Generates images with richer details, sharper textures, and enhanced clarity", default: false })),
  content_moderation: Type.Optional(Type.Boolean({ title: "Content Moderation", description: "When enabled, applies content moderation to both input visuals and generated outputs.", default: false })),
  ip_signal: Type.Optional(Type.Boolean({ title: "Ip Signal", description: "When enabled, adds an IP signature to the generated images.", default: false })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
  negative_prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Negative Prompt", description: "Elements to exclude", examples: ["text", "logo", "watermark", "background"] })),
  medium: Type.Optional(Type.Union([StringEnum(["photography", "art"]), Type.Null()], { title: "Medium", description: "Output medium type" })),
}, { title: "BriaGenerateImageHDRequest" });

export const BriaGenerateVectorBaseRequest = Type.Object({
  bria_model_version: Type.Optional(StringEnum(["2.3", "3.2"], { title: "Bria Model Version", description: "BRIA model version to use", default: "3.2" })),
  prompt: Type.String({ title: "Prompt", description: "Text description of desired vector graphic (English only)", examples: ["A fox in the mountains", "A man in the city"], minLength: 4 }),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2", "3:4", "4:3", "16:9", "9:16", "4:5", "5:4"], { title: "Aspect Ratio", description: "Image aspect ratio", default: "1:1" })),
  num_results: Type.Optional(Type.Integer({ title: "Num Results", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results", default: true })),
  steps_num: Type.Optional(Type.Integer({ title: "Steps Num", description: "Number of refinement iterations", default: 30, minimum: 20, maximum: 50 })),
  text_guidance_scale: Type.Optional(Type.Number({ title: "Text Guidance Scale", description: "Text adherence strength", default: 5, minimum: 1, maximum: 10 })),
  prompt_content_moderation: Type.Optional(Type.Boolean({ title: "Prompt Content Moderation", description: "When enabled, applies content moderation to both input visuals and generated outputs.", default: false })),
  content_moderation: Type.Optional(Type.Boolean({ title: "Content Moderation", description: "When enabled, applies content moderation to both input visuals and generated outputs.", default: false })),
  ip_signal: Type.Optional(Type.Boolean({ title: "Ip Signal", description: "When enabled, adds an IP signature to the generated images.", default: false })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
  negative_prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Negative Prompt", description: "Elements to exclude", examples: ["text", "logo", "watermark", "background"] })),
  guidance_method_1: Type.Optional(Type.Union([Type.Ref(ControlnetType), Type.Null()], { description: "Guidance method 1", examples: ["controlnet_canny", "controlnet_depth"] })),
  guidance_method_1_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Guidance Method 1 Scale", description: "Impact of first guidance method" })),
  guidance_method_1_image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Guidance Method 1 Image Url", description: "URL of the image to use for guidance method 1", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"] })),
  guidance_method_1_image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Guidance Method 1 Image File", description: "Base64 encoded input image for guidance method 1" })),
  guidance_method_2: Type.Optional(Type.Union([Type.Ref(ControlnetType), Type.Null()], { description: "Guidance method 2", examples: ["controlnet_canny", "controlnet_depth"] })),
  guidance_method_2_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Guidance Method 2 Scale", description: "Impact of second guidance method" })),
  guidance_method_2_image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Guidance Method 2 Image Url", description: "URL of the image to use for guidance method 2", examples: ["https://images.pexels.com/photos/33217722/pexels-photo-33217722.jpeg"] })),
  guidance_method_2_image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Guidance Method 2 Image File", description: "Base64 encoded input image for guidance method 2" })),
  image_prompt_mode: Type.Optional(Type.Union([Type.Ref(ImagePromptMode), Type.Null()], { description: "Image prompt mode", examples: ["regular", "style_only"] })),
  image_prompt_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image Prompt File", description: "Base64 encoded input image for image prompt" })),
  image_prompt_urls: Type.Optional(Type.Union([Type.Array(Type.String({ minLength: 1, format: "uri" })), Type.Null()], { title: "Image Prompt Urls", description: "URLs of the images to use for image prompt", examples: ["https://images.pexels.com/photos/31448898/pexels-photo-31448898.jpeg", "https://images.pexels.com/photos/33017020/pexels-photo-33017020.jpeg"] })),
  image_prompt_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Image Prompt Scale", description: "Scale of the image prompt" })),
}, { title: "BriaGenerateVectorBaseRequest" });

export const BriaGenerateVectorFastRequest = Type.Object({
  bria_model_version: Type.Optional(Type.Literal("2.3", { title: "Bria Model Version", description: "BRIA model version to use", default: "2.3" })),
  prompt: Type.String({ title: "Prompt", description: "Text description of desired vector graphic (English only)", examples: ["A fox in the mountains", "A man in the city"], minLength: 4 }),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2", "3:4", "4:3", "16:9", "9:16", "4:5", "5:4"], { title: "Aspect Ratio", description: "Image aspect ratio", default: "1:1" })),
  num_results: Type.Optional(Type.Integer({ title: "Num Results", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results", default: true })),
  steps_num: Type.Optional(Type.Integer({ title: "Steps Num", description: "Number of refinement iterations", default: 8, minimum: 4, maximum: 10 })),
  prompt_content_moderation: Type.Optional(Type.Boolean({ title: "Prompt Content Moderation", description: "When enabled, applies content moderation to both input visuals and generated outputs.", default: false })),
  content_moderation: Type.Optional(Type.Boolean({ title: "Content Moderation", description: "When enabled, applies content moderation to both input visuals and generated outputs.", default: false })),
  ip_signal: Type.Optional(Type.Boolean({ title: "Ip Signal", description: "When enabled, adds an IP signature to the generated images.", default: false })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
  guidance_method_1: Type.Optional(Type.Union([Type.Ref(ControlnetType), Type.Null()], { description: "Guidance method 1", examples: ["controlnet_canny", "controlnet_depth"] })),
  guidance_method_1_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Guidance Method 1 Scale", description: "Impact of first guidance method" })),
  guidance_method_1_image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Guidance Method 1 Image Url", description: "URL of the image to use for guidance method 1", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"] })),
  guidance_method_1_image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Guidance Method 1 Image File", description: "Base64 encoded input image for guidance method 1" })),
  guidance_method_2: Type.Optional(Type.Union([Type.Ref(ControlnetType), Type.Null()], { description: "Guidance method 2", examples: ["controlnet_canny", "controlnet_depth"] })),
  guidance_method_2_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Guidance Method 2 Scale", description: "Impact of second guidance method" })),
  guidance_method_2_image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Guidance Method 2 Image Url", description: "URL of the image to use for guidance method 2", examples: ["https://images.pexels.com/photos/33217722/pexels-photo-33217722.jpeg"] })),
  guidance_method_2_image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Guidance Method 2 Image File", description: "Base64 encoded input image for guidance method 2" })),
  image_prompt_mode: Type.Optional(Type.Union([Type.Ref(ImagePromptMode), Type.Null()], { description: "Image prompt mode", examples: ["regular", "style_only"] })),
  image_prompt_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image Prompt File", description: "Base64 encoded input image for image prompt" })),
  image_prompt_urls: Type.Optional(Type.Union([Type.Array(Type.String({ minLength: 1, format: "uri" })), Type.Null()], { title: "Image Prompt Urls", description: "URLs of the images to use for image prompt", examples: ["https://images.pexels.com/photos/31448898/pexels-photo-31448898.jpeg", "https://images.pexels.com/photos/33017020/pexels-photo-33017020.jpeg"] })),
  image_prompt_scale: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Image Prompt Scale", description: "Scale of the image prompt" })),
}, { title: "BriaGenerateVectorFastRequest" });

export const BriaGenerateVariationRequest = Type.Object({
  prompt: Type.String({ title: "Prompt", description: "Text description of desired output image.", examples: ["Beautiful sunset colors", "Black and white vintage photo"], minLength: 4 }),
  num_results: Type.Optional(Type.Integer({ title: "Num Results", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results. If False, return URLs immediately", default: true })),
  fast: Type.Optional(Type.Boolean({ title: "Fast", description: "Use fast generation mode for speed/quality balance", default: true })),
  steps_num: Type.Optional(Type.Integer({ title: "Steps Num", description: "Number of refinement iterations", default: 30, minimum: 20, maximum: 50 })),
  ref_image_influence: Type.Optional(Type.Number({ title: "Ref Image Influence", description: "Weight of reference image in generation", default: 0.75, minimum: 0, maximum: 1 })),
  include_generation_prefix: Type.Optional(Type.Boolean({ title: "Include Generation Prefix", description: "Auto-prepend Custom Model's training prefix to prompt", default: true })),
  enhance_image: Type.Optional(Type.Boolean({ title: "Enhance Image", description: "Generates images with richer details, sharper textures, and enhanced clarity", default: false })),
  prompt_content_moderation: Type.Optional(Type.Boolean({ title: "Prompt Content Moderation", description: "When enabled (default: true), the input prompt is scanned for NSFW or ethically restricted terms before image generation.", default: false })),
  content_moderation: Type.Optional(Type.Boolean({ title: "Content Moderation", description: "When enabled, applies content moderation to both input visuals and generated outputs.", default: false })),
  ip_signal: Type.Optional(Type.Boolean({ title: "Ip Signal", description: "When enabled, adds an IP signature to the generated images.", default: false })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
  image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Image Url", description: "URL of reference image", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"] })),
  image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image File", description: "Base64 encoded reference image" })),
  tailored_model_id: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Tailored Model Id", description: "ID of Custom Model trained model to use" })),
  tailored_model_influence: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Tailored Model Influence", description: "Weight of tailored model in generation" })),
}, { title: "BriaGenerateVariationRequest" });

export const BriaGetMasksRequest = Type.Object({
  image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Image Url", description: "URL of reference image", examples: ["https://images.pexels.com/photos/1787235/pexels-photo-1787235.jpeg"] })),
  image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image File", description: "Base64 encoded reference image" })),
}, { title: "BriaGetMasksRequest" });

export const BriaRemoveBackgroundRequest = Type.Object({
  image: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Image", description: "The image to remove background from. Accepts URL or base64 encoded string.", examples: ["https://images.pexels.com/photos/1787235/pexels-photo-1787235.jpeg", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="] }),
  preserve_alpha: Type.Optional(Type.Boolean({ title: "Preserve Alpha", description: "Controls whether partially transparent areas from input are retained in output", default: true })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results. If False, return status URL immediately", default: false })),
  visual_input_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Input Content Moderation", description: "Enable content moderation on input visual", default: false })),
  visual_output_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Output Content Moderation", description: "Enable content moderation on output visual", default: false })),
}, { title: "BriaRemoveBackgroundRequest", description: "Request model for BRIA Remove Background." });

export const BriaProductCutoutRequest = Type.Object({
  image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Image Url", description: "URL of reference image", examples: ["https://images.pexels.com/photos/1787235/pexels-photo-1787235.jpeg"] })),
  image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image File", description: "Base64 encoded reference image" })),
  force_rmbg: Type.Optional(Type.Boolean({ title: "Force Rmbg", description: "Force background removal even if alpha channel exists", default: false })),
}, { title: "BriaProductCutoutRequest" });

export const BriaCropForegroundRequest = Type.Object({
  image: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Image", description: "The image to crop foreground from. Accepts URL or base64 encoded string.", examples: ["https://images.pexels.com/photos/1787235/pexels-photo-1787235.jpeg", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="] }),
  padding: Type.Optional(Type.Integer({ title: "Padding", description: "Amount of padding around the foreground in pixels", default: 0, minimum: 0 })),
  force_background_detection: Type.Optional(Type.Boolean({ title: "Force Background Detection", description: "Force background detection and removal even if alpha channel exists", default: false })),
  preserve_alpha: Type.Optional(Type.Boolean({ title: "Preserve Alpha", description: "Controls whether alpha channel values are retained in output", default: true })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results. If False, return status URL immediately", default: false })),
  visual_input_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Input Content Moderation", description: "Enable content moderation on input visual", default: false })),
  visual_output_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Output Content Moderation", description: "Enable content moderation on output visual", default: false })),
}, { title: "BriaCropForegroundRequest", description: "Request model for BRIA Crop Foreground." });

export const BriaEraserRequest = Type.Object({
  image: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Image", description: "The image to erase objects from. Accepts URL or base64 encoded string.", examples: ["https://images.pexels.com/photos/1787235/pexels-photo-1787235.jpeg", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="] }),
  mask: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Mask", description: "The mask image indicating areas to erase. Accepts URL or base64 encoded string.", examples: ["https://images.pexels.com/photos/mask.png", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="] }),
  mask_type: Type.Optional(Type.Ref(MaskType, { description: "Type of mask - manual for user-drawn or automatic for algorithm-generated", default: "manual", examples: ["manual", "automatic"] })),
  preserve_alpha: Type.Optional(Type.Boolean({ title: "Preserve Alpha", description: "Controls whether alpha channel values are retained in output", default: true })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results. If False, return status URL immediately", default: false })),
  visual_input_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Input Content Moderation", description: "Enable content moderation on input visual", default: false })),
  visual_output_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Output Content Moderation", description: "Enable content moderation on output visual", default: false })),
}, { title: "BriaEraserRequest", description: "Request model for BRIA Eraser." });

export const BriaEraseForegroundRequest = Type.Object({
  image: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Image", description: "The image to erase foreground from. Accepts URL or base64 encoded string.", examples: ["https://images.pexels.com/photos/1787235/pexels-photo-1787235.jpeg", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="] }),
  preserve_alpha: Type.Optional(Type.Boolean({ title: "Preserve Alpha", description: "Controls whether alpha channel values are retained in output", default: true })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results. If False, return status URL immediately", default: false })),
  visual_input_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Input Content Moderation", description: "Enable content moderation on input visual", default: false })),
  visual_output_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Output Content Moderation", description: "Enable content moderation on output visual", default: false })),
}, { title: "BriaEraseForegroundRequest", description: "Request model for BRIA Erase Foreground." });

export const BriaInpaintingRequest = Type.Object({
  image: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Image", description: "The image to apply generative fill to. Accepts URL or base64 encoded string.", examples: ["https://images.pexels.com/photos/1787235/pexels-photo-1787235.jpeg", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="] }),
  mask: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String(), Type.Null()], { title: "Mask", description: "The mask image indicating areas to fill. Accepts URL or base64 encoded string. Optional when mask_type is 'border_only'." })),
  prompt: Type.String({ title: "Prompt", description: "Text description for the object generation.", examples: ["A camera on the beach"], minLength: 4 }),
  mask_type: Type.Optional(Type.Ref(MaskType, { description: "Type of mask - manual, automatic, or border_only for custom border processing", default: "manual", examples: ["manual", "automatic", "border_only"] })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results. If False, return status URL immediately", default: false })),
  negative_prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Negative Prompt", description: "Elements to exclude from generation", examples: ["text", "logo", "watermark", "background"] })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
  preserve_alpha: Type.Optional(Type.Boolean({ title: "Preserve Alpha", description: "Controls whether alpha channel values are retained in output", default: true })),
  prompt_content_moderation: Type.Optional(Type.Boolean({ title: "Prompt Content Moderation", description: "Enable content moderation on prompts", default: true })),
  visual_input_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Input Content Moderation", description: "Enable content moderation on input visual", default: false })),
  visual_output_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Output Content Moderation", description: "Enable content moderation on output visual", default: false })),
  border_percentage: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 0.3 }), Type.Null()], { title: "Border Percentage", description: "Percentage of border to inpaint when using border_only mode" })),
}, { title: "BriaInpaintingRequest", description: "Request model for BRIA Generative Fill (gen_fill)." });

export const BriaExpandImageRequest = Type.Object({
  image: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Image", description: "Input image (URL or base64)", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"] }),
  canvas_size: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Canvas Size", description: "Canvas size (width, height)", examples: [[2048, 2048], [3072, 2048]] })),
  aspect_ratio: Type.Optional(Type.Union([StringEnum(["1:1", "2:3", "3:2", "3:4", "4:3", "16:9", "9:16", "4:5", "5:4"]), Type.Null()], { title: "Aspect Ratio", description: "Target aspect ratio for automatic mode" })),
  position: Type.Optional(Type.Union([Type.Ref(ManualPlacement), Type.Null()], { description: "Image positioning for automatic mode", examples: ["center_horizontal", "center_vertical"] })),
  padding_left: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Padding Left", description: "Percentage of left padding to add" })),
  padding_right: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Padding Right", description: "Percentage of right padding to add" })),
  padding_top: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Padding Top", description: "Percentage of top padding to add" })),
  padding_bottom: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Padding Bottom", description: "Percentage of bottom padding to add" })),
  prompt: Type.Optional(Type.Union([Type.String({ minLength: 4 }), Type.Null()], { title: "Prompt", description: "Text description for expanded area generation", default: "", examples: ["A mountain landscape with a lake", "A cozy coffee shop interior", "Professional headshot of a business person"] })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
  negative_prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Negative Prompt", description: "Elements to exclude", examples: ["text", "logo", "watermark", "background"] })),
  preserve_alpha: Type.Optional(Type.Boolean({ title: "Preserve Alpha", description: "Preserve alpha channel in the output", default: true })),
  visual_input_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Input Content Moderation", description: "Content moderation for input visuals", default: false })),
  visual_output_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Output Content Moderation", description: "Content moderation for output visuals", default: false })),
  prompt_content_moderation: Type.Optional(Type.Boolean({ title: "Prompt Content Moderation", description: "Content moderation for prompts", default: false })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results", default: false })),
}, { title: "BriaExpandImageRequest" });

export const BriaBlurBackgroundRequest = Type.Object({
  image: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Image", description: "The image to blur background from. Accepts URL or base64 encoded string.", examples: ["https://images.pexels.com/photos/1787235/pexels-photo-1787235.jpeg", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="] }),
  scale: Type.Optional(Type.Integer({ title: "Scale", description: "Scale for determining how blurry the background should be (1-5)", default: 5, minimum: 1, maximum: 5 })),
  preserve_alpha: Type.Optional(Type.Boolean({ title: "Preserve Alpha", description: "Controls whether alpha channel values are retained in output", default: true })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results. If False, return status URL immediately", default: false })),
  visual_input_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Input Content Moderation", description: "Enable content moderation on input visual", default: false })),
  visual_output_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Output Content Moderation", description: "Enable content moderation on output visual", default: false })),
}, { title: "BriaBlurBackgroundRequest", description: "Request model for BRIA Blur Background." });

export const BriaGenerateSolidBackgroundRequest = Type.Object({
  image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Image Url", description: "URL of reference image", examples: ["https://images.pexels.com/photos/1787235/pexels-photo-1787235.jpeg"] })),
  image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image File", description: "Base64 encoded reference image" })),
  background_color: Type.Optional(Type.String({ title: "Background Color", description: "Hex color code for background or 'transparent'", default: "#FFFFFF" })),
  force_rmbg: Type.Optional(Type.Boolean({ title: "Force Rmbg", description: "Force background removal even if alpha channel exists", default: false })),
}, { title: "BriaGenerateSolidBackgroundRequest" });

export const BriaGenerateBackgroundRequest = Type.Object({
  image: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Image", description: "The image to replace background for. Accepts URL or base64 encoded string.", examples: ["https://images.pexels.com/photos/1787235/pexels-photo-1787235.jpeg", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="] }),
  ref_images: Type.Optional(Type.Union([Type.Array(Type.String({ minLength: 1, format: "uri" })), Type.Null()], { title: "Ref Images", description: "Reference image(s) for background generation. Accepts single image (URL or base64) or list of images.", examples: [["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg", "https://images.pexels.com/photos/32480719/pexels-photo-32480719.jpeg"], ["data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="]] })),
  enhance_ref_images: Type.Optional(Type.Boolean({ title: "Enhance Ref Images", description: "Process reference image for optimal results", default: true })),
  prompt: Type.Optional(Type.Union([Type.String({ minLength: 4 }), Type.Null()], { title: "Prompt", description: "Text description of desired background. Either ref_images or prompt required.", examples: ["A mountain landscape with a lake", "A cozy coffee shop interior"] })),
  refine_prompt: Type.Optional(Type.Boolean({ title: "Refine Prompt", description: "Use LLM to optimize prompt for better results", default: true })),
  prompt_content_moderation: Type.Optional(Type.Boolean({ title: "Prompt Content Moderation", description: "Enable content moderation on prompts", default: true })),
  negative_prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Negative Prompt", description: "Elements to exclude from generation (only when fast=false)", examples: ["text", "logo", "watermark", "background"] })),
  original_quality: Type.Optional(Type.Boolean({ title: "Original Quality", description: "Maintain original image size, otherwise scale to 1MP", default: false })),
  force_background_detection: Type.Optional(Type.Boolean({ title: "Force Background Detection", description: "Force background detection even if alpha channel exists", default: false })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results. If False, return status URL immediately", default: false })),
  fast: Type.Optional(Type.Boolean({ title: "Fast", description: "Use fast generation mode for speed/quality balance", default: false })),
  visual_input_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Input Content Moderation", description: "Enable content moderation on input visual", default: false })),
  visual_output_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Output Content Moderation", description: "Enable content moderation on output visual", default: false })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
}, { title: "BriaGenerateBackgroundRequest", description: "Request model for BRIA Generate Background (replace_background)." });

export const BriaGenerateProductShadowRequest = Type.Object({
  image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Image Url", description: "URL of input image", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"] })),
  image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image File", description: "Base64 encoded input image" })),
  shadow_type: Type.Optional(Type.Union([StringEnum(["regular", "float"]), Type.Null()], { title: "Shadow Type", description: "Type of shadow", default: "regular" })),
  shadow_color: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Shadow Color", description: "Hex color code for shadow", default: "#000000" })),
  shadow_intensity: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100 }), Type.Null()], { title: "Shadow Intensity", description: "Shadow intensity", default: 60 })),
  shadow_offset: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Shadow Offset", description: "Shadow position relative to object in pixels (x, y)", default: [0, 15] })),
  shadow_blur: Type.Optional(Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { title: "Shadow Blur", description: "Blur level of shadow edges", examples: [10, 20, 30] })),
  shadow_width: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Shadow Width", description: "Width of elliptical shadow in pixels", examples: [100, 200, 300] })),
  shadow_height: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Shadow Height", description: "Height of elliptical shadow in pixels", examples: [100, 200, 300] })),
  background_color: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Background Color", description: "Hex color code for background", examples: ["#FF0000", "#00FF00", "#0000FF"] })),
  force_rmbg: Type.Optional(Type.Boolean({ title: "Force Rmbg", description: "Force background removal even if alpha channel exists", default: false })),
}, { title: "BriaGenerateProductShadowRequest" });

export const BriaGenerateProductBackgroundByTextRequest = Type.Object({
  scene_description: Type.String({ title: "Scene Description", description: "Text description of desired scene/background (English only).", examples: ["A mountain landscape with a lake", "A cozy coffee shop interior"], minLength: 4 }),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2", "3:4", "4:3", "16:9", "9:16", "4:5", "5:4"], { title: "Aspect Ratio", description: "Image aspect ratio", default: "1:1" })),
  num_results: Type.Optional(Type.Integer({ title: "Num Results", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Image Url", description: "URL of reference image", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"] })),
  image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image File", description: "Base64 encoded reference image" })),
  fast: Type.Optional(Type.Boolean({ title: "Fast", description: "Use fast generation mode", default: true })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results", default: true })),
  optimize_description: Type.Optional(Type.Boolean({ title: "Optimize Description", description: "Optimize scene description using Meta Llama 3", default: false })),
  original_quality: Type.Optional(Type.Boolean({ title: "Original Quality", description: "Preserve input image size for 'original' placement", default: false })),
  force_rmbg: Type.Optional(Type.Boolean({ title: "Force Rmbg", description: "Force background removal even if alpha channel exists", default: false })),
  placement_type: Type.Optional(Type.Ref(PlacementType, { description: "Controls product positioning.", default: "original", examples: ["original", "automatic"] })),
  manual_placement_selection: Type.Optional(Type.Ref(ManualPlacement, { description: "Placement position for manual_placement", default: "center_horizontal", examples: ["upper_left", "bottom_left"] })),
  padding_values: Type.Optional(Tuple([Type.Integer(), Type.Integer(), Type.Integer(), Type.Integer()], { title: "Padding Values", description: "Padding [left,right,top,bottom] for manual_padding", default: [0, 0, 0, 0], minItems: 4, maxItems: 4 })),
  exclude_elements: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Exclude Elements", description: "Elements to exclude from scene (English only)", examples: ["text", "logo", "watermark", "background"] })),
  canvas_for_packshot_size: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Canvas For Packshot Size", description: "Desired canvas for packshot size", examples: [[2048, 2048], [3072, 2048]] })),
  foreground_image_size: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Foreground Image Size", description: "Desired foreground image dimensions [width, height]", examples: [[2048, 2048], [3072, 2048]] })),
  foreground_image_location: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Foreground Image Location", description: "Desired foreground image position [x,y]", examples: [[100, 100], [200, 200]] })),
}, { title: "BriaGenerateProductBackgroundByTextRequest" });

export const BriaGenerateProductBackgroundByImageRequest = Type.Object({
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2", "3:4", "4:3", "16:9", "9:16", "4:5", "5:4"], { title: "Aspect Ratio", description: "Image aspect ratio", default: "1:1" })),
  num_results: Type.Optional(Type.Integer({ title: "Num Results", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Image Url", description: "URL of reference image", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"] })),
  image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image File", description: "Base64 encoded reference image" })),
  ref_image_urls: Type.Optional(Type.Union([Type.Array(Type.String({ minLength: 1, format: "uri" })), Type.Null()], { title: "Ref Image Urls", description: "URLs of reference images to generate from", examples: [["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"], ["https://images.pexels.com/photos/33344545/pexels-photo-33344545.jpeg"]] })),
  ref_image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Ref Image File", description: "Base64 encoded reference images" })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results", default: true })),
  enhance_ref_image: Type.Optional(Type.Boolean({ title: "Enhance Ref Image", description: "Process reference image for optimal results", default: true })),
  ref_image_influence: Type.Optional(Type.Number({ title: "Ref Image Influence", description: "Weight of reference image in generation", default: 1, minimum: 0, maximum: 2 })),
  original_quality: Type.Optional(Type.Boolean({ title: "Original Quality", description: "Preserve input image size for 'original' placement", default: false })),
  force_rmbg: Type.Optional(Type.Boolean({ title: "Force Rmbg", description: "Force background removal even if alpha channel exists", default: false })),
  placement_type: Type.Optional(Type.Ref(PlacementType, { description: "Controls product positioning.", default: "original", examples: ["original", "automatic"] })),
  manual_placement_selection: Type.Optional(Type.Ref(ManualPlacement, { description: "Placement position for manual_placement", default: "center_horizontal", examples: ["upper_left", "bottom_left"] })),
  padding_values: Type.Optional(Tuple([Type.Integer(), Type.Integer(), Type.Integer(), Type.Integer()], { title: "Padding Values", description: "Padding [left,right,top,bottom] for manual_padding", default: [0, 0, 0, 0], minItems: 4, maxItems: 4 })),
  canvas_for_packshot_size: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Canvas For Packshot Size", description: "Desired canvas for packshot size", examples: [[2048, 2048], [3072, 2048]] })),
  foreground_image_size: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Foreground Image Size", description: "Desired foreground image dimensions [width, height]", examples: [[2048, 2048], [3072, 2048]] })),
  foreground_image_location: Type.Optional(Type.Union([Type.Array(Type.Integer()), Type.Null()], { title: "Foreground Image Location", description: "Desired foreground image position [x,y]", examples: [[100, 100], [200, 200]] })),
}, { title: "BriaGenerateProductBackgroundByImageRequest" });

export const BriaEnhanceImageRequest = Type.Object({
  image: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Image", description: "Input image (URL or base64)", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"] }),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results", default: false })),
  visual_input_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Input Content Moderation", description: "Content moderation for input visuals", default: false })),
  visual_output_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Output Content Moderation", description: "Content moderation for output visuals", default: false })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
  steps_num: Type.Optional(Type.Union([Type.Integer({ minimum: 10, maximum: 50 }), Type.Null()], { title: "Steps Num", description: "Number of enhancement steps. Higher values improve quality but increase processing time.", default: 20 })),
  resolution: Type.Optional(Type.Ref(EnhanceResolution, { description: "Target output resolution of the enhanced image", default: "1MP" })),
  preserve_alpha: Type.Optional(Type.Boolean({ title: "Preserve Alpha", description: "Preserve alpha channel in the output", default: true })),
}, { title: "BriaEnhanceImageRequest", description: "Request model for BRIA Enhance Image." });

export const BriaUpscaleImageRequest = Type.Object({
  image: Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.String()], { title: "Image", description: "The image to upscale. Accepts URL or base64 encoded string.", examples: ["https://images.pexels.com/photos/733835/pexels-photo-733835.jpeg", "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="] }),
  preserve_alpha: Type.Optional(Type.Boolean({ title: "Preserve Alpha", description: "Controls whether the alpha channel values from input are retained in output", default: true })),
  desired_increase: Type.Optional(IntegerEnum([2, 4], { title: "Desired Increase", description: "Factor by which to increase resolution (2 or 4)", default: 2 })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results. If False, return status URL immediately", default: false })),
  visual_input_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Input Content Moderation", description: "Enable content moderation on input visual", default: false })),
  visual_output_content_moderation: Type.Optional(Type.Boolean({ title: "Visual Output Content Moderation", description: "Enable content moderation on output visual", default: false })),
}, { title: "BriaUpscaleImageRequest", description: "Request model for BRIA Increase Resolution." });

export const BriaVideoRemoveBackgroundRequest = Type.Object({
  video: Type.String({ title: "Video", description: "Publicly accessible URL of the input video. Input resolution supported up to 16000x16000 (16K)", examples: ["https://example.com/video.mp4"], minLength: 1, format: "uri" }),
  background_color: Type.Optional(Type.Union([StringEnum(["Transparent", "Black", "White", "Gray", "Red", "Green", "Blue", "Yellow", "Cyan", "Magenta", "Orange"]), Type.Null()], { title: "Background Color", description: "Predefined string only - hex values are not supported", default: "Transparent" })),
  output_container_and_codec: Type.Optional(Type.Union([StringEnum(["mp4_h264", "mp4_h265", "webm_vp9", "mov_h265", "mov_proresks", "mkv_h264", "mkv_h265", "mkv_vp9", "mkv_raw", "gif", "avi_h264"]), Type.Null()], { title: "Output Container And Codec", description: "Output container and codec preset", default: "webm_vp9" })),
}, { title: "BriaVideoRemoveBackgroundRequest", description: "Request model for BRIA Video Background Removal." });

export const BriaStatusResponse = Type.Object({
  status: StringEnum(["IN_PROGRESS", "COMPLETED", "ERROR", "UNKNOWN"], { title: "Status", description: "Current status of the request" }),
  request_id: Type.String({ title: "Request Id", description: "Unique identifier of the request" }),
  result: Type.Optional(Type.Union([FreeObject(), Type.Null()], { title: "Result", description: "Result object when status is COMPLETED (contains image_url, seed, prompt, refined_prompt)" })),
  error: Type.Optional(Type.Union([FreeObject(), Type.Null()], { title: "Error", description: "Error object when status is ERROR (contains message and optional code)" })),
  // The gateway's uniform part, beside BRIA's fields.
  task_id: Type.String({ description: "The job (the same as request_id)" }),
  outputs: Type.Array(Type.Ref(OutputItemSchema), { description: "The outputs kept by the gateway; empty until COMPLETED" }),
}, { title: "BriaStatusResponse", description: "Response model for Bria status endpoint." });
