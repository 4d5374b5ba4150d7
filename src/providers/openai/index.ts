import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const openai: ProviderModule<'openai'> = {
  name: 'openai',
  title: 'OpenAI',
  credentials: 'OPENAI_API_KEY',
  isConfigured: ({ openai }) => Boolean(openai.apiKey),
  operations,
};
