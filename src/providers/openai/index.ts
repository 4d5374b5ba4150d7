import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const openai: ProviderModule = {
  name: 'openai',
  title: 'OpenAI',
  credentials: 'OPENAI_API_KEY',
  isConfigured: (config) => Boolean(config.providers.openai.apiKey),
  operations,
};
