import type { ProviderModule } from '../../core/operation.js';
import { geminiApiConfigured, vertexConfigured } from './client.js';
import { operations } from './operations.js';

export const google: ProviderModule<'google'> = {
  name: 'google',
  title: 'Google (Imagen, Gemini, Veo)',
  credentials: 'GEMINI_API_KEY, or GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION (Vertex AI)',
  isConfigured: ({ google }) => geminiApiConfigured(google) || vertexConfigured(google),
  operations,
};
