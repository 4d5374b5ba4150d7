import type { ProviderModule } from '../../core/operation.js';
import { isConfigured } from './client.js';
import { operations } from './operations.js';

export const llm: ProviderModule<'llm'> = {
  name: 'llm',
  title: 'LLM prompt writing and captioning',
  credentials: 'OPENAI_API_KEY, GEMINI_API_KEY, or GOOGLE_CLOUD_PROJECT and GOOGLE_CLOUD_LOCATION (Gemini on Vertex AI)',
  isConfigured: (settings) => isConfigured('openai', settings) || isConfigured('gemini', settings),
  operations,
};
