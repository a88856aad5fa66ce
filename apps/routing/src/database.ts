import { messagingTablesMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';
import { Assignment } from './assignments/assignment.entity';
import { CreateAssignments1764259200001 } from './migrations/1764259200001-CreateAssignments';

export const ROUTING_DATABASE = {
  service: 'routing',
  entities: [Assignment],
  migrations: [messagingTablesMigration('routing', 1764259200000), CreateAssignments1764259200001],
} as const satisfies ServiceDatabase;
