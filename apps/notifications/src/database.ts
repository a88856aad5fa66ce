import { messagingTablesMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';
import { Message } from './messages/message.entity';
import { CreateMessages1764259200001 } from './migrations/1764259200001-CreateMessages';

export const NOTIFICATIONS_DATABASE = {
  service: 'notifications',
  entities: [Message],
  migrations: [messagingTablesMigration('notifications', 1764259200000), CreateMessages1764259200001],
} as const satisfies ServiceDatabase;
