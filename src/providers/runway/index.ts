import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const runway: ProviderModule<'runway'> = {
  name: 'runway',
  title: 'Runway',
  credentials: 'RUNWAYML_API_SECRET',
  isConfigured: ({ runway }) => Boolean(runway.apiSecret),
  operations,
};
