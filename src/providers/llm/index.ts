import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const llm: ProviderModule = {
  name: 'llm',
  title: 'LLM prompt writing and captioning',
  credentials: 'OPENAI_API_KEY or GEMINI_API_KEY',
  isConfigured: (config) => Boolean(config.providers.openai.apiKey || config.providers.google.apiKey),
  operations,
};
