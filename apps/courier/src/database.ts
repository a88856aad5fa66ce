import { messagingTablesMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';

export const COURIER_DATABASE = {
  service: 'courier',
  entities: [],
  migrations: [messagingTablesMigration('courier', 1764259200000)],
} as const satisfies ServiceDatabase;
