import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const runway: ProviderModule = {
  name: 'runway',
  title: 'Runway',
  credentials: 'RUNWAYML_API_SECRET',
  isConfigured: (config) => Boolean(config.providers.runway.apiSecret),
  operations,
};
