import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const google: ProviderModule = {
  name: 'google',
  title: 'Google (Imagen, Gemini, Veo)',
  credentials: 'GEMINI_API_KEY, or GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION (Vertex AI)',
  isConfigured: (config) => Boolean(config.providers.google.apiKey || (config.providers.google.project && config.providers.google.location)),
  operations,
};
