// Request schemas of the reference contract (spec/openapi.reference.json), one per operation.
import { Type } from '@sinclair/typebox';
import { ImageCaptionMode, LlmProvider, VideoCaptionMode } from '../../contract/components.js';

export const PromptEnhancementRequest = Type.Object({
  prompt: Type.String({ title: "Prompt", description: "The original prompt to enhance for better image generation results", examples: ["A mountain landscape with a lake", "A cozy coffee shop interior", "Professional headshot of a business person"], minLength: 3 }),
  temperature: Type.Optional(Type.Number({ title: "Temperature", description: "Temperature for prompt generation", default: 0.7, minimum: 0, maximum: 2 })),
  model_provider: Type.Optional(Type.Ref(LlmProvider, { description: "Model provider to use", default: "openai" })),
}, { title: "PromptEnhancementRequest", description: "Request model for prompt enhancement." });

export const BackgroundAssetAdaptationRequest = Type.Object({
  audience: Type.String({ title: "Audience", description: "Target audience for the image", examples: ["families", "young adults", "professionals"], minLength: 1 }),
  location: Type.String({ title: "Location", description: "Geographic location for the image", examples: ["Paris", "Tokyo", "Morocco"], minLength: 1 }),
  temperature: Type.Optional(Type.Number({ title: "Temperature", description: "Temperature for prompt generation", default: 0.7, minimum: 0, maximum: 2 })),
  model_provider: Type.Optional(Type.Ref(LlmProvider, { description: "Model provider to use", default: "openai" })),
}, { title: "BackgroundAssetAdaptationRequest", description: "Request model for background asset adaptation prompt generation." });

export const BackgroundCreationRequest = Type.Object({
  audience: Type.String({ title: "Audience", description: "Target audience for the image", examples: ["families", "children", "seniors"], minLength: 1 }),
  location: Type.String({ title: "Location", description: "Geographic location for the image", examples: ["Southern France", "Japan", "Italy"], minLength: 1 }),
  temperature: Type.Optional(Type.Number({ title: "Temperature", description: "Temperature for prompt generation", default: 0.7, minimum: 0, maximum: 2 })),
  model_provider: Type.Optional(Type.Ref(LlmProvider, { description: "Model provider to use", default: "openai" })),
}, { title: "BackgroundCreationRequest", description: "Request model for background creation prompt generation." });

export const ImageCreationRequest = Type.Object({
  audience: Type.String({ title: "Audience", description: "Target audience for the image", examples: ["families", "young adults", "professionals"], minLength: 1 }),
  location: Type.String({ title: "Location", description: "Geographic location for the image", examples: ["Paris", "Tokyo", "Morocco"], minLength: 1 }),
  temperature: Type.Optional(Type.Number({ title: "Temperature", description: "Temperature for prompt generation", default: 0.7, minimum: 0, maximum: 2 })),
  model_provider: Type.Optional(Type.Ref(LlmProvider, { description: "Model provider to use", default: "openai" })),
}, { title: "ImageCreationRequest", description: "Request model for image creation prompt generation." });

export const SubjectEnhancementRequest = Type.Object({
  subject: Type.String({ title: "Subject", description: "Main subject for the image", examples: ["cat", "dog", "person"], minLength: 1 }),
  audience: Type.String({ title: "Audience", description: "Target audience for the image", examples: ["families", "professionals", "children"], minLength: 1 }),
  location: Type.String({ title: "Location", description: "Geographic location for the image", examples: ["Paris", "Tokyo", "New York"], minLength: 1 }),
  temperature: Type.Optional(Type.Number({ title: "Temperature", description: "Temperature for prompt generation", default: 0.7, minimum: 0, maximum: 2 })),
  model_provider: Type.Optional(Type.Ref(LlmProvider, { description: "Model provider to use", default: "openai" })),
}, { title: "SubjectEnhancementRequest", description: "Request model for subject enhancement prompt generation." });

export const SubjectPosePromptRequest = Type.Object({
  subject: Type.String({ title: "Subject", description: "The subject to generate a pose prompt for", examples: ["cat", "dog", "person"], minLength: 1 }),
  temperature: Type.Optional(Type.Number({ title: "Temperature", description: "Temperature for prompt generation", default: 0.7, minimum: 0, maximum: 2 })),
  model_provider: Type.Optional(Type.Ref(LlmProvider, { description: "Model provider to use", default: "openai" })),
}, { title: "SubjectPosePromptRequest", description: "Request model for subject pose prompt generation." });

export const ImageCaptionRequest = Type.Object({
  image_url: Type.String({ title: "Image Url", description: "URL of the image to caption", examples: ["https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg", "https://images.pexels.com/photos/1234567/pexels-photo-1234567.jpeg"], minLength: 1, format: "uri" }),
  mode: Type.Optional(Type.Ref(ImageCaptionMode, { description: "Captioning mode", default: "simple" })),
  model_provider: Type.Optional(Type.Ref(LlmProvider, { description: "Model provider to use", default: "openai" })),
  nbr_tags: Type.Optional(Type.Integer({ title: "Nbr Tags", description: "Number of tags to generate (only for image_tagging mode)", default: 5, minimum: 1, maximum: 20 })),
  possible_tags: Type.Union([Type.Array(Type.String()), Type.Null()], { title: "Possible Tags", description: "Possible tags to choose from (only for image_tagging mode)", examples: [["nature", "landscape", "city", "architecture"]] }),
}, { title: "ImageCaptionRequest", description: "Request model for image captioning." });

export const VideoCaptionRequest = Type.Object({
  video_url: Type.String({ title: "Video Url", description: "URL of the video to caption", examples: ["https://media.w3.org/2010/05/sintel/trailer.mp4"], minLength: 1, format: "uri" }),
  mode: Type.Optional(Type.Ref(VideoCaptionMode, { description: "Video captioning mode", default: "simple" })),
  nbr_tags: Type.Optional(Type.Integer({ title: "Nbr Tags", description: "Number of tags to generate (only for tagging modes)", default: 5, minimum: 1, maximum: 20 })),
}, { title: "VideoCaptionRequest", description: "Request model for video captioning." });
