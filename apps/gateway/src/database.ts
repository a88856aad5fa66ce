import type { ServiceDatabase } from '@motcua/persistence';
import { ApiClient } from './api-clients/api-client.entity';
import { CreateIdentity1764259200000 } from './migrations/1764259200000-CreateIdentity';
import { User } from './users/user.entity';
import { CreateWebhooks1764266400000 } from './migrations/1764266400000-CreateWebhooks';
import { WebhookDelivery } from './webhooks/webhook-delivery.entity';
import { WebhookSubscription } from './webhooks/webhook-subscription.entity';

export const GATEWAY_DATABASE = {
  service: 'gateway',
  entities: [User, ApiClient, WebhookSubscription, WebhookDelivery],
  migrations: [CreateIdentity1764259200000, CreateWebhooks1764266400000],
} as const satisfies ServiceDatabase;
