import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const bria: ProviderModule = {
  name: 'bria',
  title: 'BRIA',
  credentials: 'BRIA_API_TOKEN',
  isConfigured: (config) => Boolean(config.providers.bria.apiToken),
  operations,
};
