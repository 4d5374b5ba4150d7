import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const bria: ProviderModule<'bria'> = {
  name: 'bria',
  title: 'BRIA',
  credentials: 'BRIA_API_TOKEN',
  isConfigured: ({ bria }) => Boolean(bria.apiToken),
  operations,
};
