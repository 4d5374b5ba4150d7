import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const firefly: ProviderModule = {
  name: 'firefly',
  title: 'Adobe Firefly',
  credentials: 'FIREFLY_CLIENT_ID and FIREFLY_CLIENT_SECRET',
  isConfigured: (config) => Boolean(config.providers.firefly.clientId && config.providers.firefly.clientSecret),
  operations,
};
