// What the generator (./generate-contract.ts) cannot read in the reference document: the values
// of the enums it names without listing them, the named objects it lists only by property name
// and type (the generator checks both against it), and the gateway's additions to an answer.
// src/contract/components.ts is written from COMPONENTS: change a component here.
export interface ComponentSpec {
  /** The served name. */
  name: string;
  /** The reference's name, when the served one leaves out its module path. */
  reference?: string;
  /** Where the values or the shape come from (the component's doc comment). */
  doc?: string;
  /** An enum's values, which the reference does not list (`x-enum-values-unknown`). */
  values?: readonly (string | number)[];
  /** An object's fields as JSON Schema (`$ref` by component name), keywords in the order written. */
  fields?: Record<string, Record<string, unknown>>;
  required?: string[];
}

/** Every named component, in the order they are declared and registered: enums, then objects. */
export const COMPONENTS: ComponentSpec[] = [
  {
    name: 'ContentClass',
    doc: 'Adobe Firefly `contentClass` (@adobe/firefly-apis ContentClass).',
    values: ['photo', 'art'],
  },
  {
    name: 'ControlnetType',
    doc: 'BRIA guidance methods, listed in the reference field descriptions ("Supported guidance methods are: ...").',
    values: ['controlnet_canny', 'controlnet_depth', 'controlnet_recoloring', 'controlnet_color_grid'],
  },
  {
    name: 'ControlReferenceType',
    doc: 'Imagen control reference types (@google/genai ControlReferenceType).',
    values: ['CONTROL_TYPE_DEFAULT', 'CONTROL_TYPE_CANNY', 'CONTROL_TYPE_SCRIBBLE', 'CONTROL_TYPE_FACE_MESH'],
  },
  {
    name: 'CustomModel',
    doc: 'Firefly `x-model-version` header values (Adobe Firefly API OpenAPI, via docs/provider-facts.md §2).',
    values: ['image3', 'image3_custom', 'image4_standard', 'image4_ultra', 'image4_custom'],
  },
  {
    name: 'EnhanceResolution',
    doc: 'BRIA enhance `resolution` (reference description + BRIA /v2/image/edit/enhance docs).',
    values: ['1MP', '2MP', '4MP'],
  },
  {
    name: 'ImagenPersonGeneration',
    reference: 'google__genai__types__PersonGeneration',
    doc: 'Imagen person generation (@google/genai PersonGeneration).',
    values: ['DONT_ALLOW', 'ALLOW_ADULT', 'ALLOW_ALL'],
  },
  {
    name: 'GPTImageBackground',
    doc: 'OpenAI gpt-image `background` (openai-node ImageGenerateParams).',
    values: ['transparent', 'opaque', 'auto'],
  },
  {
    name: 'GPTImageQuality',
    doc: 'OpenAI gpt-image `quality` (openai-node ImageGenerateParams).',
    values: ['low', 'medium', 'high', 'auto'],
  },
  {
    name: 'HarmBlockMethod',
    doc: 'Gemini safety setting method (@google/genai HarmBlockMethod; Vertex AI only upstream).',
    values: ['HARM_BLOCK_METHOD_UNSPECIFIED', 'SEVERITY', 'PROBABILITY'],
  },
  {
    name: 'HarmBlockThreshold',
    doc: 'Gemini safety threshold (@google/genai HarmBlockThreshold).',
    values: ['HARM_BLOCK_THRESHOLD_UNSPECIFIED', 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE', 'OFF'],
  },
  {
    name: 'HarmCategory',
    doc: 'Gemini safety categories (@google/genai HarmCategory, the ones accepted in safetySettings).',
    values: [
      'HARM_CATEGORY_UNSPECIFIED',
      'HARM_CATEGORY_HATE_SPEECH',
      'HARM_CATEGORY_DANGEROUS_CONTENT',
      'HARM_CATEGORY_HARASSMENT',
      'HARM_CATEGORY_SEXUALLY_EXPLICIT',
      'HARM_CATEGORY_CIVIC_INTEGRITY',
    ],
  },
  {
    name: 'HorizontalAlignmentModel',
    doc: 'Firefly placement alignment (@adobe/firefly-apis Alignment.horizontal).',
    values: ['center', 'left', 'right'],
  },
  {
    name: 'VerticalAlignmentModel',
    doc: 'Firefly placement alignment (@adobe/firefly-apis Alignment.vertical).',
    values: ['center', 'top', 'bottom'],
  },
  {
    name: 'ImageAspectRatio',
    doc: 'Runway text_to_image `ratio` for gen4_image / gen4_image_turbo (@runwayml/sdk TextToImageCreateParams).',
    values: [
      '1920:1080',
      '1080:1920',
      '1024:1024',
      '1360:768',
      '1080:1080',
      '1168:880',
      '1440:1080',
      '1080:1440',
      '1808:768',
      '2112:912',
      '1280:720',
      '720:1280',
      '720:720',
      '960:720',
      '720:960',
      '1680:720',
    ],
  },
  {
    name: 'ImageCaptionMode',
    doc: 'Image caption modes (reference description of /api/v1/caption/image).',
    values: ['simple', 'expert', 'image_tagging'],
  },
  {
    name: 'ImagePromptMode',
    doc: 'BRIA IP-Adapter modes (reference field descriptions: "Supported modes are: regular, style_only").',
    values: ['regular', 'style_only'],
  },
  {
    name: 'LlmProvider',
    doc: 'LLM used by prompt/caption operations (reference descriptions: "openai" or "gemini").',
    values: ['openai', 'gemini'],
  },
  {
    name: 'ManualPlacement',
    doc: 'Placement positions (reference descriptions + BRIA lifestyle_shot manual_placement_selection).',
    values: ['upper_left', 'upper_right', 'bottom_left', 'bottom_right', 'right_center', 'left_center', 'upper_center', 'bottom_center', 'center_vertical', 'center_horizontal'],
  },
  {
    name: 'MaskReferenceMode',
    doc: 'Imagen mask modes (@google/genai MaskReferenceMode).',
    values: ['MASK_MODE_DEFAULT', 'MASK_MODE_USER_PROVIDED', 'MASK_MODE_BACKGROUND', 'MASK_MODE_FOREGROUND', 'MASK_MODE_SEMANTIC'],
  },
  {
    name: 'MaskType',
    doc: 'BRIA mask types; `border_only` is gateway-side (inpaint only), from the reference description.',
    values: ['manual', 'automatic', 'border_only'],
  },
  {
    name: 'ModelName',
    doc: 'Imagen generation models (reference description of /api/v1/google-vision/image/generation/generate-image).',
    values: ['imagen-3.0-generate-002', 'imagen-4.0-generate-preview-06-06', 'imagen-4.0-ultra-generate-preview-06-06', 'imagen-4.0-fast-generate-preview-06-06'],
  },
  {
    name: 'PlacementType',
    doc: 'BRIA lifestyle_shot `placement_type` (reference description + BRIA product docs).',
    values: ['original', 'automatic', 'manual_placement', 'manual_padding', 'custom_coordinates', 'automatic_aspect_ratio'],
  },
  {
    name: 'RemovalMode',
    doc: 'Imagen removal modes (reference description of google-vision inpaint).',
    values: ['semantic', 'prompt'],
  },
  {
    name: 'SafetyFilterLevel',
    doc: 'Imagen safety filter levels (@google/genai SafetyFilterLevel; BLOCK_NONE is restricted upstream).',
    values: ['BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE'],
  },
  {
    name: 'VeoPersonGeneration',
    reference: 'src__models__veo__PersonGeneration',
    // A doc with line breaks is written as a comment block of several lines.
    doc: 'Veo person generation as the reference spells it (default "allow"). Sent upstream as\n' + 'allow_all / allow_adult / dont_allow (Vertex AI Veo REST `personGeneration`).',
    values: ['allow', 'allow_adult', 'dont_allow'],
  },
  {
    name: 'SubjectReferenceType',
    doc: 'Imagen subject reference types (@google/genai SubjectReferenceType).',
    values: ['SUBJECT_TYPE_DEFAULT', 'SUBJECT_TYPE_PERSON', 'SUBJECT_TYPE_ANIMAL', 'SUBJECT_TYPE_PRODUCT'],
  },
  {
    name: 'VeoDuration',
    doc:
      'Veo durations as the reference defines them (5, 10). Upstream Veo 2 accepts 5–8 s and\n' +
      'Veo 3/3.1 accept 4/6/8 s, so 10 conflicts upstream: the Google adapter rejects it with a 422.',
    values: [5, 10],
  },
  {
    name: 'VeoModel',
    doc: 'Veo models (reference default veo-2.0-generate-001; the others from the Vertex AI Veo model list).',
    values: ['veo-2.0-generate-001', 'veo-3.0-generate-001', 'veo-3.0-fast-generate-001', 'veo-3.1-generate-preview', 'veo-3.1-fast-generate-preview'],
  },
  {
    name: 'VideoAspectRatio',
    doc: 'Runway video `ratio` values across gen4_turbo / gen3a_turbo / act_two / gen4_aleph (@runwayml/sdk).',
    values: ['1280:720', '720:1280', '1104:832', '832:1104', '960:960', '1584:672', '1280:768', '768:1280', '848:480', '640:480'],
  },
  {
    name: 'VideoCaptionMode',
    doc: 'Video caption modes (reference description of /api/v1/caption/video).',
    values: ['simple', 'expert', 'detailed', 'tagging', 'segment_timestamps', 'segment_timestamps_descriptive', 'segment_timestamps_tags'],
  },
  {
    name: 'SourceModel',
    doc: 'Firefly `source`: an upload id (from /api/v1/firefly/upload) or a URL; exactly one is used.',
    fields: {
      upload_id: { title: 'Upload Id', anyOf: [{ minLength: 1, type: 'string' }, { type: 'null' }] },
      url: { title: 'Url', anyOf: [{ format: 'uri', minLength: 1, maxLength: 2048, type: 'string' }, { type: 'null' }] },
    },
  },
  {
    name: 'ImageReferenceModel',
    required: ['source'],
    fields: {
      source: { $ref: 'SourceModel' },
    },
  },
  {
    name: 'MaskModel',
    required: ['source'],
    fields: {
      invert: { title: 'Invert', default: false, type: 'boolean' },
      source: { $ref: 'SourceModel' },
    },
  },
  {
    name: 'AlignmentModel',
    fields: {
      horizontal: { default: 'center', $ref: 'HorizontalAlignmentModel' },
      vertical: { default: 'center', $ref: 'VerticalAlignmentModel' },
    },
  },
  {
    name: 'InsertModel',
    doc: 'Firefly placement inset in pixels. The reference calls it `insert` and adds `center`; see docs/provider-facts.md §2.',
    fields: {
      bottom: { title: 'Bottom', default: 0, type: 'integer' },
      center: { title: 'Center', default: 0, type: 'integer' },
      left: { title: 'Left', default: 0, type: 'integer' },
      right: { title: 'Right', default: 0, type: 'integer' },
      top: { title: 'Top', default: 0, type: 'integer' },
    },
  },
  {
    name: 'PlacementModel',
    fields: {
      alignment: { $ref: 'AlignmentModel' },
      insert: { $ref: 'InsertModel' },
    },
  },
  {
    name: 'SizeImagesAsyncModel',
    required: ['height', 'width'],
    fields: {
      height: { title: 'Height', type: 'integer' },
      width: { title: 'Width', type: 'integer' },
    },
  },
  {
    name: 'StructureModel',
    doc: 'Firefly structure reference; strength 0–100 as in the Firefly API.',
    required: ['image_reference'],
    fields: {
      image_reference: { $ref: 'ImageReferenceModel' },
      strength: { title: 'Strength', minimum: 0, maximum: 100, type: 'integer' },
    },
  },
  {
    name: 'StyleModel',
    doc: 'Firefly style reference; strength 1–100 as in the Firefly API.',
    fields: {
      image_reference: { $ref: 'ImageReferenceModel' },
      presets: { title: 'Presets', type: 'array', items: { type: 'string' } },
      strength: { title: 'Strength', minimum: 1, maximum: 100, type: 'integer' },
    },
  },
  {
    name: 'ReferenceImage',
    doc: 'Runway reference image; `tag` lets the prompt refer to it as @tag.',
    required: ['uri'],
    fields: {
      uri: { title: 'Uri', minLength: 1, type: 'string' },
      tag: { title: 'Tag', anyOf: [{ minLength: 3, maxLength: 16, type: 'string' }, { type: 'null' }] },
    },
  },
  {
    name: 'ContentModeration',
    doc: 'Runway content moderation (`contentModeration.publicFigureThreshold`: auto | low).',
    fields: {
      public_figure_threshold: { title: 'Public Figure Threshold', default: 'auto', type: 'string', enum: ['auto', 'low'] },
    },
  },
  {
    name: 'CharacterInput',
    doc: 'Runway act_two `character` (type image | video).',
    required: ['type', 'uri'],
    fields: {
      type: { title: 'Type', type: 'string', enum: ['image', 'video'] },
      uri: { title: 'Uri', format: 'uri', minLength: 1, maxLength: 2048, type: 'string' },
    },
  },
  {
    name: 'RunwayVoice',
    doc: 'Runway text_to_speech `voice` ({type: "runway-preset", presetId}).',
    required: ['preset_id'],
    fields: {
      preset_id: { title: 'Preset Id', minLength: 1, type: 'string' },
      type: { title: 'Type', default: 'runway-preset', type: 'string', enum: ['runway-preset'] },
    },
  },
];

/** Fields the gateway adds to a reference answer (its uniform part), written as they are. */
export const RESPONSE_ADDITIONS: Record<string, { imports: string[]; fields: string[] }> = {
  BriaStatusResponse: {
    imports: ["import { OutputItemSchema } from '../../contract/envelope.js';"],
    fields: [
      "  // The gateway's uniform part, beside BRIA's fields.",
      '  task_id: Type.String({ description: "The job (the same as request_id)" }),',
      '  outputs: Type.Array(Type.Ref(OutputItemSchema), { description: "The outputs kept by the gateway; empty until COMPLETED" }),',
    ],
  },
};
