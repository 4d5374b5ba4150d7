// Request schemas of the reference contract (spec/openapi.reference.json), one per operation.
import { Type } from '@sinclair/typebox';
import { IntegerEnum, StringEnum } from '../../contract/typebox.js';
import { CharacterInput, ContentModeration, ImageAspectRatio, ReferenceImage, RunwayVoice, VideoAspectRatio } from '../../contract/components.js';

export const RunwayGenerateImageRequest = Type.Object({
  prompt: Type.String({ title: "Prompt To Generate Image", description: "A non-empty string up to 1000 characters describing what should appear in the output.", examples: ["A beautiful sea view"], minLength: 1, maxLength: 1000 }),
  aspect_ratio: Type.Optional(Type.Ref(ImageAspectRatio, { title: "Aspect ratio", description: "The resolution of the output image.", default: "1920:1080" })),
  model: Type.Optional(StringEnum(["gen4_image", "gen4_image_turbo"], { title: "Model Variant", description: "The model variant to use for image generation.", default: "gen4_image" })),
  reference_images_url: Type.Optional(Type.Union([Type.Array(Type.Ref(ReferenceImage), { maxItems: 3 }), Type.Null()], { title: "Reference Images", description: "An array of up to three images to be used as references for the generated image output.", examples: [[{"tag": "sea", "uri": "https://images.pexels.com/photos/31976103/pexels-photo-31976103.jpeg"}]] })),
  seed: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 4294967295 }), Type.Null()], { title: "Seed", description: "If unspecified, a random number is chosen. Varying the seed integer is a way to get different results for the same other request parameters." })),
  content_moderation: Type.Optional(Type.Union([Type.Ref(ContentModeration), Type.Null()], { description: "Settings that affect the behavior of the content moderation system." })),
}, { title: "RunwayGenerateImageRequest", description: "Request model for Runway text/image to image generation." });

export const RunwayGenerateVideoFromTextRequest = Type.Object({
  prompt: Type.String({ title: "Prompt To Generate Video", description: "A non-empty string up to 1000 characters describing what should appear in the output.", examples: ["Cinematic short video of a sleek black sports car driving smoothly on a snowy mountain road. The car kicks up snow powder as it speeds along the icy suface."], minLength: 1, maxLength: 1000 }),
  model: Type.Optional(Type.Literal("veo3", { title: "Model Variant", description: "The model variant to use. Currently only veo3 is supported for text-to-video.", default: "veo3" })),
  aspect_ratio: Type.Optional(StringEnum(["1280:720", "720:1280"], { title: "Aspect ratio", description: "A string representing the aspect ratio of the output video.", default: "1280:720" })),
  duration: Type.Optional(Type.Integer({ const: 8, title: "Duration", description: "Veo 3 videos must be 8 seconds long.", default: 8 })),
  seed: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 4294967295 }), Type.Null()], { title: "Seed", description: "If unspecified, a random number is chosen. Varying the seed integer is a way to get different results." })),
}, { title: "RunwayGenerateVideoFromTextRequest", description: "Request model for Runway text to video generation." });

export const RunwayGenerateVideoFromImageRequest = Type.Object({
  prompt: Type.String({ title: "Prompt To Generate Video", description: "A non-empty string up to 1000 characters describing what should appear in the output.", examples: ["a man walking on the beach"], minLength: 1, maxLength: 1000 }),
  image_url: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 2048, format: "uri" }), Type.Null()], { title: "Prompt Image", description: "HTTPS URL or data URI containing an encoded image to be used as the first frame of the generated video.", examples: ["https://images.pexels.com/photos/21836744/pexels-photo-21836744.jpeg"] })),
  aspect_ratio: Type.Optional(Type.Ref(VideoAspectRatio, { title: "Aspect ratio", description: "The resolution of the output video.", default: "1280:720" })),
  duration: Type.Optional(IntegerEnum([5, 10], { title: "Duration of Video", description: "The number of seconds of duration for the output video.", default: 10, examples: [5, 10] })),
  model: Type.Optional(StringEnum(["gen4_turbo", "gen3a_turbo", "veo3"], { title: "Model Variant", description: "The model variant to use for video generation.", default: "gen4_turbo" })),
  seed: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 4294967295 }), Type.Null()], { title: "Seed", description: "If unspecified, a random number is chosen. Varying the seed integer is a way to get different results." })),
  content_moderation: Type.Optional(Type.Union([Type.Ref(ContentModeration), Type.Null()], { description: "Settings that affect the behavior of the content moderation system. Only allowed for gen4_turbo and gen3a_turbo models." })),
}, { title: "RunwayGenerateVideoFromImageRequest", description: "Request model for Runway image to video generation." });

export const RunwayGenerateVideoFromMotionRequest = Type.Object({
  character: Type.Ref(CharacterInput, { title: "Character", description: "The character to control. You can either provide a video or an image." }),
  reference_url: Type.String({ title: "Reference Video URL", description: "HTTPS URL pointing to a video of a person performing in the manner that you would like your character to perform. The video must be between 3 and 30 seconds in duration.", examples: ["https://sample-videos.com/zip/10/mp4/SampleVideo_1280x720_1mb.mp4"], minLength: 1, maxLength: 2048, format: "uri" }),
  aspect_ratio: Type.Optional(Type.Ref(VideoAspectRatio, { title: "Aspect ratio", description: "The resolution of the output video.", default: "1280:720" })),
  body_control: Type.Optional(Type.Boolean({ title: "Body Control", description: "A boolean indicating whether to enable body control. When enabled, non-facial movements and gestures will be applied to the character in addition to facial expressions.", default: true })),
  expression_intensity: Type.Optional(Type.Integer({ title: "Expression Intensity", description: "An integer between 1 and 5 (inclusive). A larger value increases the intensity of the character's expression.", default: 3, minimum: 1, maximum: 5 })),
  seed: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 4294967295 }), Type.Null()], { title: "Seed", description: "If unspecified, a random number is chosen. Varying the seed integer is a way to get different results." })),
  content_moderation: Type.Optional(Type.Union([Type.Ref(ContentModeration), Type.Null()], { description: "Settings that affect the behavior of the content moderation system." })),
}, { title: "RunwayGenerateVideoFromMotionRequest", description: "Request model for Runway character performance (act-two model)." });

export const RunwayGenerateVideoFromVideoRequest = Type.Object({
  prompt: Type.String({ title: "Prompt To Generate Video", description: "A non-empty string up to 1000 characters describing what should appear in the output.", examples: ["Children playing in the train"], minLength: 1, maxLength: 1000 }),
  video_uri: Type.String({ title: "Video URI", description: "HTTPS URL pointing to a video or a data URI containing a video.", minLength: 1, maxLength: 2048, format: "uri" }),
  reference_image_url: Type.String({ title: "Reference Image URL", description: "HTTPS URL pointing to an image to use as style reference.", minLength: 1, maxLength: 2048, format: "uri" }),
  aspect_ratio: Type.Optional(Type.Ref(VideoAspectRatio, { title: "Aspect ratio", description: "The resolution of the output video.", default: "1280:720" })),
  seed: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 4294967295 }), Type.Null()], { title: "Seed", description: "If unspecified, a random number is chosen. Varying the seed integer is a way to get different results." })),
  content_moderation: Type.Optional(Type.Union([Type.Ref(ContentModeration), Type.Null()], { description: "Settings that affect the behavior of the content moderation system." })),
}, { title: "RunwayGenerateVideoFromVideoRequest", description: "Request model for Runway video to video generation." });

export const RunwayVideoUpscaleRequest = Type.Object({
  video_url: Type.String({ title: "Video URL", description: "HTTPS URL pointing to a video or a data URI containing a video. The video must be less than 4096px on each side and duration may not exceed 40 seconds.", minLength: 1, maxLength: 2048, format: "uri" }),
}, { title: "RunwayVideoUpscaleRequest", description: "Request model for Runway video upscaling." });

export const RunwayTextToSpeechRequest = Type.Object({
  prompt: Type.String({ title: "Text to Convert", description: "A non-empty string up to 1000 characters to convert to speech.", examples: ["The quick brown fox jumps over the lazy dog"], minLength: 1, maxLength: 1000 }),
  voice: Type.Ref(RunwayVoice, { title: "Voice Configuration", description: "The voice to use for the generated speech." }),
  model: Type.Optional(Type.Literal("eleven_multilingual_v2", { title: "Model", description: "The model variant to use. Currently only eleven_multilingual_v2 is supported.", default: "eleven_multilingual_v2" })),
}, { title: "RunwayTextToSpeechRequest", description: "Request model for Runway text to speech generation." });
