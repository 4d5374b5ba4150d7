import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const briaLora: ProviderModule = {
  name: 'bria-lora',
  title: 'BRIA tailored generation',
  credentials: 'BRIA_API_TOKEN',
  isConfigured: (config) => Boolean(config.providers.bria.apiToken),
  operations,
};
