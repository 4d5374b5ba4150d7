// The models and parameter values the Google twin knows (mid-2026; see src/providers/google/models.ts for the sources).
export const IMAGEN_GENERATE = new Map([
  ['imagen-4.0-generate-001', { maxImages: 4 }],
  ['imagen-4.0-fast-generate-001', { maxImages: 4 }],
  ['imagen-4.0-ultra-generate-001', { maxImages: 1 }],
]);
export const IMAGEN_CAPABILITY = new Set(['imagen-3.0-capability-001']);
export const VEO = new Map([
  ['veo-3.1-generate-001', { durations: [4, 6, 8], alwaysEnhances: true }],
  ['veo-3.1-fast-generate-001', { durations: [4, 6, 8], alwaysEnhances: true }],
]);
/** Retired Gemini ids (the Gemini 1.x line, the 2.0 image-generation previews, and 2.5 Flash Image, shut down on 2026-10-02). */
export const RETIRED_GEMINI = /^gemini-(1\.|2\.0-flash-(preview-image-generation|exp)|2\.5-flash-image)/;
export const isImageModel = (model: string) => /^gemini-.*image/.test(model);

export const IMAGEN_RATIOS: Record<string, [number, number]> = {
  '1:1': [1024, 1024],
  '3:4': [896, 1280],
  '4:3': [1280, 896],
  '9:16': [768, 1408],
  '16:9': [1408, 768],
};
/** Gemini Flash Image output sizes per aspect ratio at 1K (ai.google.dev image generation docs). */
export const GEMINI_RATIOS: Record<string, [number, number]> = {
  '1:1': [1024, 1024],
  '2:3': [832, 1248],
  '3:2': [1248, 832],
  '3:4': [864, 1184],
  '4:3': [1184, 864],
  '4:5': [896, 1152],
  '5:4': [1152, 896],
  '9:16': [768, 1344],
  '16:9': [1344, 768],
  '21:9': [1536, 672],
};
export const SAFETY_LEVELS = ['block_low_and_above', 'block_medium_and_above', 'block_only_high', 'block_none', 'block_most', 'block_some', 'block_few', 'block_fewest'];
export const PERSON_LEVELS = ['dont_allow', 'allow_adult', 'allow_all'];
export const HARM_CATEGORIES = [
  'HARM_CATEGORY_HATE_SPEECH',
  'HARM_CATEGORY_DANGEROUS_CONTENT',
  'HARM_CATEGORY_HARASSMENT',
  'HARM_CATEGORY_SEXUALLY_EXPLICIT',
  'HARM_CATEGORY_CIVIC_INTEGRITY',
];
export const HARM_THRESHOLDS = ['HARM_BLOCK_THRESHOLD_UNSPECIFIED', 'BLOCK_LOW_AND_ABOVE', 'BLOCK_MEDIUM_AND_ABOVE', 'BLOCK_ONLY_HIGH', 'BLOCK_NONE', 'OFF'];
export const HARM_METHODS = ['HARM_BLOCK_METHOD_UNSPECIFIED', 'SEVERITY', 'PROBABILITY'];
