import { messagingTablesMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';

export const FEES_DATABASE = {
  service: 'fees',
  entities: [],
  migrations: [messagingTablesMigration('fees', 1764259200000)],
} as const satisfies ServiceDatabase;
