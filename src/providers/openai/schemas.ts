// Request schemas of the reference contract (spec/openapi.reference.json), one per operation.
import { Type } from '@sinclair/typebox';
import { StringEnum } from '../../contract/typebox.js';
import { GPTImageBackground, GPTImageQuality } from '../../contract/components.js';

export const GPTGenerateImageRequest = Type.Object({
  prompt: Type.String({ title: "Prompt", description: "Text description of the desired image", examples: ["beautiful flowers in the garden", "A futuristic city skyline at night"], minLength: 3 }),
  number_of_images: Type.Optional(Type.Integer({ title: "Number Of Images", description: "Number of images to generate", default: 1, minimum: 1, maximum: 10 })),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2"], { title: "Aspect Ratio", description: "Desired aspect ratio", default: "1:1" })),
  quality: Type.Optional(Type.Ref(GPTImageQuality, { description: "Image quality setting", default: "auto", examples: ["medium", "high"] })),
  background: Type.Optional(Type.Ref(GPTImageBackground, { description: "Background handling", default: "auto", examples: ["transparent", "auto"] })),
}, { title: "GPTGenerateImageRequest", description: "Request model for GPT image generation." });

export const GPTEditImageRequest = Type.Object({
  prompt: Type.String({ title: "Prompt", description: "Text description for the image edit", examples: ["Add warm sunset tones and enhance contrast"], minLength: 3 }),
  image_url: Type.String({ title: "Image Url", description: "URL of the image to be edited", examples: ["https://images.pexels.com/photos/29023629/pexels-photo-29023629.jpeg"], minLength: 1, format: "uri" }),
  number_of_images: Type.Optional(Type.Integer({ title: "Number Of Images", description: "Number of edited images to generate", default: 1, minimum: 1, maximum: 10 })),
  aspect_ratio: Type.Optional(StringEnum(["1:1", "2:3", "3:2"], { title: "Aspect Ratio", description: "Desired aspect ratio", default: "1:1" })),
}, { title: "GPTEditImageRequest", description: "Request model for GPT image editing." });

export const GPTInpaintingRequest = Type.Object({
  prompt: Type.String({ title: "Prompt", description: "Text description of the desired edit", examples: ["beautiful flowers in the garden", "expand with forest environment"], minLength: 3 }),
  image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Image Url", description: "URL of input image", examples: ["https://images.pexels.com/photos/29023629/pexels-photo-29023629.jpeg"] })),
  image_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Image File", description: "Base64 encoded input image", examples: ["data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA..."] })),
  mask_url: Type.Optional(Type.Union([Type.String({ minLength: 1, format: "uri" }), Type.Null()], { title: "Mask Url", description: "URL of mask image", examples: ["https://example.com/mask.png"] })),
  mask_file: Type.Optional(Type.Union([Type.String(), Type.Null()], { title: "Mask File", description: "Base64 encoded mask image", examples: ["data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA..."] })),
  inpaint_border_only: Type.Optional(Type.Boolean({ title: "Inpaint Border Only", description: "Whether to inpaint only border areas", default: false })),
  border_percentage: Type.Optional(Type.Number({ title: "Border Percentage", description: "Percentage of border to inpaint when using border-only mode", default: 0.05, examples: [0.05, 0.2, 0.3], minimum: 0.01, maximum: 0.5 })),
}, { title: "GPTInpaintingRequest", description: "Request model for GPT image inpainting." });
