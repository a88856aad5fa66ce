import type { ServiceDatabase } from '@motcua/persistence';
import { ApiClient } from './api-clients/api-client.entity';
import { CreateIdentity1764259200000 } from './migrations/1764259200000-CreateIdentity';
import { User } from './users/user.entity';

export const GATEWAY_DATABASE = {
  service: 'gateway',
  entities: [User, ApiClient],
  migrations: [CreateIdentity1764259200000],
} as const satisfies ServiceDatabase;
