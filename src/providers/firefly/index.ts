import type { ProviderModule } from '../../core/operation.js';
import { operations } from './operations.js';

export const firefly: ProviderModule<'firefly'> = {
  name: 'firefly',
  title: 'Adobe Firefly',
  credentials: 'FIREFLY_CLIENT_ID and FIREFLY_CLIENT_SECRET',
  isConfigured: ({ firefly }) => Boolean(firefly.clientId && firefly.clientSecret),
  operations,
};
