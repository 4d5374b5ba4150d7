import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const briaLora: ProviderModule<'bria-lora'> = {
  name: 'bria-lora',
  title: 'BRIA tailored generation',
  credentials: 'BRIA_API_TOKEN',
  isConfigured: ({ bria }) => Boolean(bria.apiToken),
  operations,
};
