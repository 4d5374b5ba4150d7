// Named schemas that request bodies refer to with `$ref` (served under #/components/schemas).
//
// The reference lists most of these only by name and property type; where it gives no enum
// values (`x-enum-values-unknown`), the values below come from the field descriptions in the
// reference and from the providers' SDKs/docs, as summarised in docs/provider-facts.md §6. Each
// enum names its source. Object types follow the upstream wire model they are converted to.
import { Type, type TSchema } from '@sinclair/typebox';
import { IntegerEnum, StringEnum } from './typebox.js';

// ---- enums ------------------------------------------------------------------------------

/** Adobe Firefly `contentClass` (@adobe/firefly-apis ContentClass). */
export const ContentClass = StringEnum(['photo', 'art'], { $id: 'ContentClass' });

/** BRIA guidance methods, listed in the reference field descriptions ("Supported guidance methods are: ..."). */
export const ControlnetType = StringEnum(
  ['controlnet_canny', 'controlnet_depth', 'controlnet_recoloring', 'controlnet_color_grid'],
  { $id: 'ControlnetType' },
);

/** Imagen control reference types (@google/genai ControlReferenceType). */
export const ControlReferenceType = StringEnum(
  ['CONTROL_TYPE_DEFAULT', 'CONTROL_TYPE_CANNY', 'CONTROL_TYPE_SCRIBBLE', 'CONTROL_TYPE_FACE_MESH'],
  { $id: 'ControlReferenceType' },
);

/** Firefly `x-model-version` header values (Adobe Firefly API OpenAPI, via docs/provider-facts.md §2). */
export const CustomModel = StringEnum(
  ['image3', 'image3_custom', 'image4_standard', 'image4_ultra', 'image4_custom'],
  { $id: 'CustomModel' },
);

/** BRIA enhance `resolution` (reference description + BRIA /v2/image/edit/enhance docs). */
export const EnhanceResolution = StringEnum(['1MP', '2MP', '4MP'], { $id: 'EnhanceResolution' });

/**
 * The reference's names of components the gateway names without the reference's internal module
 * paths (served name → reference name).
 */
export const REFERENCE_COMPONENT_NAMES: Record<string, string> = {
  ImagenPersonGeneration: 'google__genai__types__PersonGeneration',
  VeoPersonGeneration: 'src__models__veo__PersonGeneration',
};

/** Imagen person generation (@google/genai PersonGeneration). */
export const ImagenPersonGeneration = StringEnum(
  ['DONT_ALLOW', 'ALLOW_ADULT', 'ALLOW_ALL'],
  { $id: 'ImagenPersonGeneration' },
);

/** OpenAI gpt-image `background` (openai-node ImageGenerateParams). */
export const GPTImageBackground = StringEnum(['transparent', 'opaque', 'auto'], { $id: 'GPTImageBackground' });

/** OpenAI gpt-image `quality` (openai-node ImageGenerateParams). */
export const GPTImageQuality = StringEnum(['low', 'medium', 'high', 'auto'], { $id: 'GPTImageQuality' });

/** Gemini safety setting method (@google/genai HarmBlockMethod; Vertex AI only upstream). */
export const HarmBlockMethod = StringEnum(
  ['HARM_BLOCK_METHOD_UNSPECIFIED', 'SEVERITY', 'PROBABILITY'],
  { $id: 'HarmBlockMethod' },
);

/** Gemini safety threshold (@google/genai HarmBlockThreshold). */
export const HarmBlockThreshold = StringEnum(
  ['HARM_BLOCK_THRESHOLD_UNSPECIFIED', 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE', 'OFF'],
  { $id: 'HarmBlockThreshold' },
);

/** Gemini safety categories (@google/genai HarmCategory, the ones accepted in safetySettings). */
export const HarmCategory = StringEnum(
  [
    'HARM_CATEGORY_UNSPECIFIED',
    'HARM_CATEGORY_HATE_SPEECH',
    'HARM_CATEGORY_DANGEROUS_CONTENT',
    'HARM_CATEGORY_HARASSMENT',
    'HARM_CATEGORY_SEXUALLY_EXPLICIT',
    'HARM_CATEGORY_CIVIC_INTEGRITY',
  ],
  { $id: 'HarmCategory' },
);

/** Firefly placement alignment (@adobe/firefly-apis Alignment.horizontal). */
export const HorizontalAlignmentModel = StringEnum(['center', 'left', 'right'], { $id: 'HorizontalAlignmentModel' });

/** Firefly placement alignment (@adobe/firefly-apis Alignment.vertical). */
export const VerticalAlignmentModel = StringEnum(['center', 'top', 'bottom'], { $id: 'VerticalAlignmentModel' });

/** Runway text_to_image `ratio` for gen4_image / gen4_image_turbo (@runwayml/sdk TextToImageCreateParams). */
export const ImageAspectRatio = StringEnum(
  [
    '1920:1080', '1080:1920', '1024:1024', '1360:768', '1080:1080', '1168:880', '1440:1080', '1080:1440',
    '1808:768', '2112:912', '1280:720', '720:1280', '720:720', '960:720', '720:960', '1680:720',
  ],
  { $id: 'ImageAspectRatio' },
);

/** Image caption modes (reference description of /api/v1/caption/image). */
export const ImageCaptionMode = StringEnum(['simple', 'expert', 'image_tagging'], { $id: 'ImageCaptionMode' });

/** BRIA IP-Adapter modes (reference field descriptions: "Supported modes are: regular, style_only"). */
export const ImagePromptMode = StringEnum(['regular', 'style_only'], { $id: 'ImagePromptMode' });

/** LLM used by prompt/caption operations (reference descriptions: "openai" or "gemini"). */
export const LlmProvider = StringEnum(['openai', 'gemini'], { $id: 'LlmProvider' });

/** Placement positions (reference descriptions + BRIA lifestyle_shot manual_placement_selection). */
export const ManualPlacement = StringEnum(
  [
    'upper_left', 'upper_right', 'bottom_left', 'bottom_right', 'right_center', 'left_center',
    'upper_center', 'bottom_center', 'center_vertical', 'center_horizontal',
  ],
  { $id: 'ManualPlacement' },
);

/** Imagen mask modes (@google/genai MaskReferenceMode). */
export const MaskReferenceMode = StringEnum(
  ['MASK_MODE_DEFAULT', 'MASK_MODE_USER_PROVIDED', 'MASK_MODE_BACKGROUND', 'MASK_MODE_FOREGROUND', 'MASK_MODE_SEMANTIC'],
  { $id: 'MaskReferenceMode' },
);

/** BRIA mask types; `border_only` is gateway-side (inpaint only), from the reference description. */
export const MaskType = StringEnum(['manual', 'automatic', 'border_only'], { $id: 'MaskType' });

/** Imagen generation models (reference description of /api/v1/google-vision/image/generation/generate-image). */
export const ModelName = StringEnum(
  [
    'imagen-3.0-generate-002',
    'imagen-4.0-generate-preview-06-06',
    'imagen-4.0-ultra-generate-preview-06-06',
    'imagen-4.0-fast-generate-preview-06-06',
  ],
  { $id: 'ModelName' },
);

/** BRIA lifestyle_shot `placement_type` (reference description + BRIA product docs). */
export const PlacementType = StringEnum(
  ['original', 'automatic', 'manual_placement', 'manual_padding', 'custom_coordinates', 'automatic_aspect_ratio'],
  { $id: 'PlacementType' },
);

/** Imagen removal modes (reference description of google-vision inpaint). */
export const RemovalMode = StringEnum(['semantic', 'prompt'], { $id: 'RemovalMode' });

/** Imagen safety filter levels (@google/genai SafetyFilterLevel; BLOCK_NONE is restricted upstream). */
export const SafetyFilterLevel = StringEnum(
  ['BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE'],
  { $id: 'SafetyFilterLevel' },
);

/**
 * Veo person generation as the reference spells it (default "allow"). Sent upstream as
 * allow_all / allow_adult / dont_allow (Vertex AI Veo REST `personGeneration`).
 */
export const VeoPersonGeneration = StringEnum(
  ['allow', 'allow_adult', 'dont_allow'],
  { $id: 'VeoPersonGeneration' },
);

/** Imagen subject reference types (@google/genai SubjectReferenceType). */
export const SubjectReferenceType = StringEnum(
  ['SUBJECT_TYPE_DEFAULT', 'SUBJECT_TYPE_PERSON', 'SUBJECT_TYPE_ANIMAL', 'SUBJECT_TYPE_PRODUCT'],
  { $id: 'SubjectReferenceType' },
);

/**
 * Veo durations as the reference defines them (5, 10). Upstream Veo 2 accepts 5–8 s and
 * Veo 3/3.1 accept 4/6/8 s, so 10 conflicts upstream: the Google adapter rejects it with a 422.
 */
export const VeoDuration = IntegerEnum([5, 10], { $id: 'VeoDuration' });

/** Veo models (reference default veo-2.0-generate-001; the others from the Vertex AI Veo model list). */
export const VeoModel = StringEnum(
  [
    'veo-2.0-generate-001',
    'veo-3.0-generate-001',
    'veo-3.0-fast-generate-001',
    'veo-3.1-generate-preview',
    'veo-3.1-fast-generate-preview',
  ],
  { $id: 'VeoModel' },
);

/** Runway video `ratio` values across gen4_turbo / gen3a_turbo / act_two / gen4_aleph (@runwayml/sdk). */
export const VideoAspectRatio = StringEnum(
  ['1280:720', '720:1280', '1104:832', '832:1104', '960:960', '1584:672', '1280:768', '768:1280', '848:480', '640:480'],
  { $id: 'VideoAspectRatio' },
);

/** Video caption modes (reference description of /api/v1/caption/video). */
export const VideoCaptionMode = StringEnum(
  ['simple', 'expert', 'detailed', 'tagging', 'segment_timestamps', 'segment_timestamps_descriptive', 'segment_timestamps_tags'],
  { $id: 'VideoCaptionMode' },
);

// ---- objects ----------------------------------------------------------------------------

/** Firefly `source`: an upload id (from /api/v1/firefly/upload) or a URL; exactly one is used. */
export const SourceModel = Type.Object(
  {
    upload_id: Type.Optional(Type.Union([Type.String({ minLength: 1 }), Type.Null()], { title: 'Upload Id' })),
    url: Type.Optional(Type.Union([Type.String({ format: 'uri', minLength: 1, maxLength: 2048 }), Type.Null()], { title: 'Url' })),
  },
  { $id: 'SourceModel', title: 'SourceModel' },
);

export const ImageReferenceModel = Type.Object(
  { source: Type.Ref(SourceModel) },
  { $id: 'ImageReferenceModel', title: 'ImageReferenceModel' },
);

export const MaskModel = Type.Object(
  {
    invert: Type.Optional(Type.Boolean({ title: 'Invert', default: false })),
    source: Type.Ref(SourceModel),
  },
  { $id: 'MaskModel', title: 'MaskModel' },
);

export const AlignmentModel = Type.Object(
  {
    horizontal: Type.Optional(Type.Ref(HorizontalAlignmentModel, { default: 'center' })),
    vertical: Type.Optional(Type.Ref(VerticalAlignmentModel, { default: 'center' })),
  },
  { $id: 'AlignmentModel', title: 'AlignmentModel' },
);

/** Firefly placement inset in pixels. The reference calls it `insert` and adds `center`; see docs/provider-facts.md §2. */
export const InsertModel = Type.Object(
  {
    bottom: Type.Optional(Type.Integer({ title: 'Bottom', default: 0 })),
    center: Type.Optional(Type.Integer({ title: 'Center', default: 0 })),
    left: Type.Optional(Type.Integer({ title: 'Left', default: 0 })),
    right: Type.Optional(Type.Integer({ title: 'Right', default: 0 })),
    top: Type.Optional(Type.Integer({ title: 'Top', default: 0 })),
  },
  { $id: 'InsertModel', title: 'InsertModel' },
);

export const PlacementModel = Type.Object(
  {
    alignment: Type.Optional(Type.Ref(AlignmentModel)),
    insert: Type.Optional(Type.Ref(InsertModel)),
  },
  { $id: 'PlacementModel', title: 'PlacementModel' },
);

export const SizeImagesAsyncModel = Type.Object(
  {
    height: Type.Integer({ title: 'Height' }),
    width: Type.Integer({ title: 'Width' }),
  },
  { $id: 'SizeImagesAsyncModel', title: 'SizeImagesAsyncModel' },
);

/** Firefly structure reference; strength 0–100 as in the Firefly API. */
export const StructureModel = Type.Object(
  {
    image_reference: Type.Ref(ImageReferenceModel),
    strength: Type.Optional(Type.Integer({ title: 'Strength', minimum: 0, maximum: 100 })),
  },
  { $id: 'StructureModel', title: 'StructureModel' },
);

/** Firefly style reference; strength 1–100 as in the Firefly API. */
export const StyleModel = Type.Object(
  {
    image_reference: Type.Optional(Type.Ref(ImageReferenceModel)),
    presets: Type.Optional(Type.Array(Type.String(), { title: 'Presets' })),
    strength: Type.Optional(Type.Integer({ title: 'Strength', minimum: 1, maximum: 100 })),
  },
  { $id: 'StyleModel', title: 'StyleModel' },
);

/** Runway reference image; `tag` lets the prompt refer to it as @tag. */
export const ReferenceImage = Type.Object(
  {
    uri: Type.String({ title: 'Uri', minLength: 1 }),
    tag: Type.Optional(Type.Union([Type.String({ minLength: 3, maxLength: 16 }), Type.Null()], { title: 'Tag' })),
  },
  { $id: 'ReferenceImage', title: 'ReferenceImage' },
);

/** Runway content moderation (`contentModeration.publicFigureThreshold`: auto | low). */
export const ContentModeration = Type.Object(
  {
    public_figure_threshold: Type.Optional(StringEnum(['auto', 'low'], { title: 'Public Figure Threshold', default: 'auto' })),
  },
  { $id: 'ContentModeration', title: 'ContentModeration' },
);

/** Runway act_two `character` (type image | video). */
export const CharacterInput = Type.Object(
  {
    type: StringEnum(['image', 'video'], { title: 'Type' }),
    uri: Type.String({ title: 'Uri', format: 'uri', minLength: 1, maxLength: 2048 }),
  },
  { $id: 'CharacterInput', title: 'CharacterInput' },
);

/** Runway text_to_speech `voice` ({type: "runway-preset", presetId}). */
export const RunwayVoice = Type.Object(
  {
    preset_id: Type.String({ title: 'Preset Id', minLength: 1 }),
    type: Type.Optional(StringEnum(['runway-preset'], { title: 'Type', default: 'runway-preset' })),
  },
  { $id: 'RunwayVoice', title: 'RunwayVoice' },
);

/** Every named schema, in the order they are registered with the validator and the document. */
export const components: TSchema[] = [
  ContentClass, ControlnetType, ControlReferenceType, CustomModel, EnhanceResolution,
  ImagenPersonGeneration, GPTImageBackground, GPTImageQuality, HarmBlockMethod,
  HarmBlockThreshold, HarmCategory, HorizontalAlignmentModel, VerticalAlignmentModel, ImageAspectRatio,
  ImageCaptionMode, ImagePromptMode, LlmProvider, ManualPlacement, MaskReferenceMode, MaskType, ModelName,
  PlacementType, RemovalMode, SafetyFilterLevel, VeoPersonGeneration, SubjectReferenceType,
  VeoDuration, VeoModel, VideoAspectRatio, VideoCaptionMode,
  SourceModel, ImageReferenceModel, MaskModel, AlignmentModel, InsertModel, PlacementModel,
  SizeImagesAsyncModel, StructureModel, StyleModel, ReferenceImage, ContentModeration, CharacterInput, RunwayVoice,
];
