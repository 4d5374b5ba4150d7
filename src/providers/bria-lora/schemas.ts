// Request schemas of the reference contract (spec/openapi.reference.json), one per operation.
import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../contract/typebox.js';
import { ControlnetType, ImagePromptMode } from '../../contract/components.js';

export const BriaLoraGenerateImagesRequest = Type.Object({
  model_id: Type.String({ title: "Model Id", description: "ID of the Lora model to use" }),
  prompt: Type.String({ title: "Prompt", description: "Text prompt for generation (English only)", examples: ["A mountain landscape with a lake", "A cozy coffee shop interior"], minLength: 4 }),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2", "3:4", "4:3", "16:9", "9:16", "4:5", "5:4"], { title: "Aspect Ratio", description: "Image aspect ratio", default: "1:1" })),
  num_results: Type.Optional(Type.Integer({ title: "Num Results", description: "Number of images to generate", default: 1, minimum: 1, maximum: 4 })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results", default: true })),
  fast: Type.Optional(Type.Boolean({ title: "Fast", description: "Use fast generation mode for speed/quality balance", default: false })),
  steps_num: Type.Optional(Type.Union([Type.Integer({ minimum: 4, maximum: 50 }), Type.Null()], { title: "Steps Num", description: "Number of refinement iterations. When fast=false, the default value is 30, the minimum is 20 and the maximum is 50" })),
  model_influence: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Model Influence", description: "Influence of the Lora model" })),
  include_generation_prefix: Type.Optional(Type.Boolean({ title: "Include Generation Prefix", description: "Auto-prepend Custom Model's training prefix to prompt", default: true })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
}, { title: "BriaLoraGenerateImagesRequest", description: "Request model for generating images with Bria Lora (BRIA API v2).\n\nThis model only includes fields supported by the generate_images API method.\nFor advanced features like guidance methods, use BriaLoraGenerateVectorRequest." });

export const BriaLoraGenerateVectorRequest = Type.Object({
  bria_model_version: Type.Optional(StringEnum(["2.3", "3.2"], { title: "Bria Model Version", description: "BRIA model version to use", default: "3.2" })),
  model_id: Type.String({ title: "Model Id", description: "ID of the Lora model to use" }),
  prompt: Type.String({ title: "Prompt", description: "Text description of desired vector graphic (English only)", examples: ["A fox in the mountains", "A man in the city"], minLength: 4 }),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2", "3:4", "4:3", "16:9", "9:16", "4:5", "5:4"], { title: "Aspect Ratio", description: "Image aspect ratio", default: "1:1" })),
  num_results: Type.Optional(Type.Integer({ title: "Num Results", description: "Number of vectors to generate", default: 1, minimum: 1, maximum: 4 })),
  sync: Type.Optional(Type.Boolean({ title: "Sync", description: "If True, wait for results", default: true })),
  steps_num: Type.Optional(Type.Union([Type.Integer({ minimum: 20, maximum: 50 }), Type.Null()], { title: "Steps Num", description: "Number of refinement iterations" })),
  text_guidance_scale: Type.Optional(Type.Union([Type.Number({ minimum: 1, maximum: 10 }), Type.Null()], { title: "Text Guidance Scale", description: "Text adherence strength" })),
  prompt_content_moderation: Type.Optional(Type.Boolean({ title: "Prompt Content Moderation", description: "When enabled, the input prompt is scanned for NSFW or ethically restricted terms before image generation.", default: false })),
  content_moderation: Type.Optional(Type.Boolean({ title: "Content Moderation", description: "When enabled, applies content moderation to both input visuals and generated outputs.", default: false })),
  seed: Type.Optional(Type.Union([Type.Integer(), Type.Null()], { title: "Seed", description: "Seed for reproducible results" })),
  negative_prompt: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Negative Prompt", description: "Elements to exclude", examples: ["text", "logo", "watermark", "background"] })),
  model_influence: Type.Optional(Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { title: "Model Influence", description: "Influence of the Lora model" })),
  include_generation_prefix: Type.Optional(Type.Boolean({ title: "Include Generation Prefix", description: "Auto-prepend Custom Model's training prefix to prompt", default: true })),
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
}, { title: "BriaLoraGenerateVectorRequest", description: "Request model for generating vector graphics with Bria Lora (BRIA API v2)." });

export const BriaLoraCreateProjectRequest = Type.Object({
  project_name: Type.String({ title: "Project Name", description: "Name of the project", minLength: 1, maxLength: 255 }),
  ip_medium: StringEnum(["photography", "illustration"], { title: "Ip Medium", description: "Medium of the IP" }),
  ip_type: StringEnum(["multi_object_set", "object_variants", "defined_character", "style"], { title: "Ip Type", description: "Type of the IP" }),
  project_description: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { title: "Project Description", description: "Description of the project" })),
  ip_name: Type.Optional(Type.Union([Type.String({ maxLength: 255 }), Type.Null()], { title: "Ip Name", description: "Name of the IP (required for defined_character)" })),
  ip_description: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { title: "Ip Description", description: "Description of the IP" })),
}, { title: "BriaLoraCreateProjectRequest", description: "Request model for creating a Bria Lora project." });

export const BriaLoraUpdateProjectRequest = Type.Object({
  project_id: Type.Integer({ title: "Project Id", description: "ID of the project to update", exclusiveMinimum: 0 }),
  project_name: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 255 }), Type.Null()], { title: "Project Name", description: "New project name" })),
  project_description: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { title: "Project Description", description: "New project description" })),
  ip_name: Type.Optional(Type.Union([Type.String({ maxLength: 255 }), Type.Null()], { title: "Ip Name", description: "New IP name" })),
  ip_description: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { title: "Ip Description", description: "New IP description" })),
}, { title: "BriaLoraUpdateProjectRequest", description: "Request model for updating a Bria Lora project." });

export const BriaLoraCreateDatasetRequest = Type.Object({
  project_id: Type.Integer({ title: "Project Id", description: "ID of the project", exclusiveMinimum: 0 }),
  name: Type.String({ title: "Name", description: "Name of the dataset", minLength: 1, maxLength: 255 }),
}, { title: "BriaLoraCreateDatasetRequest", description: "Request model for creating a dataset." });

export const BriaLoraUpdateDatasetRequest = Type.Object({
  dataset_id: Type.Integer({ title: "Dataset Id", description: "ID of the dataset to update", exclusiveMinimum: 0 }),
  name: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 255 }), Type.Null()], { title: "Name", description: "New dataset name" })),
  caption_prefix: Type.Optional(Type.Union([Type.String({ maxLength: 255 }), Type.Null()], { title: "Caption Prefix", description: "New caption prefix" })),
  status: Type.Optional(Type.Union([StringEnum(["draft", "completed"]), Type.Null()], { title: "Status", description: "New status" })),
}, { title: "BriaLoraUpdateDatasetRequest", description: "Request model for updating a dataset." });

export const BriaLoraUploadImageRequest = Type.Object({
  dataset_id: Type.Integer({ title: "Dataset Id", description: "ID of the dataset to upload the image to", exclusiveMinimum: 0 }),
  file_path: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "File Path", description: "Path to the image file" })),
  image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Image Url", description: "URL of the image" })),
  image_name: Type.Optional(Type.Union([Type.String({ maxLength: 255 }), Type.Null()], { title: "Image Name", description: "Name of the image" })),
}, { title: "BriaLoraUploadImageRequest", description: "Request model for uploading an image to a dataset." });

export const BriaLoraUpdateImageCaptionRequest = Type.Object({
  image_id: Type.Integer({ title: "Image Id", description: "ID of the image to update", exclusiveMinimum: 0 }),
  dataset_id: Type.Integer({ title: "Dataset Id", description: "ID of the dataset containing the image", exclusiveMinimum: 0 }),
  caption: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Caption", description: "New manual caption" })),
  regenerate_caption: Type.Optional(Type.Boolean({ title: "Regenerate Caption", description: "Whether to regenerate caption automatically", default: false })),
}, { title: "BriaLoraUpdateImageCaptionRequest", description: "Request model for updating image caption." });

export const BriaLoraCreateModelRequest = Type.Object({
  name: Type.String({ title: "Name", description: "Model name", minLength: 1, maxLength: 255 }),
  dataset_id: Type.Integer({ title: "Dataset Id", description: "Dataset ID to use for training", exclusiveMinimum: 0 }),
  training_version: StringEnum(["light", "max"], { title: "Training Version", description: "Training version" }),
  description: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { title: "Description", description: "Model description" })),
}, { title: "BriaLoraCreateModelRequest", description: "Request model for creating a model." });

export const BriaLoraUpdateModelRequest = Type.Object({
  model_id: Type.Integer({ title: "Model Id", description: "ID of the model to update", exclusiveMinimum: 0 }),
  name: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 255 }), Type.Null()], { title: "Name", description: "New model name" })),
  description: Type.Optional(Type.Union([Type.String({ maxLength: 1000 }), Type.Null()], { title: "Description", description: "New model description" })),
}, { title: "BriaLoraUpdateModelRequest", description: "Request model for updating a model." });
