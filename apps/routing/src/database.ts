import { messagingTablesMigration } from '@motcua/messaging';
import type { ServiceDatabase } from '@motcua/persistence';
import { Assignment } from './assignments/assignment.entity';
import { CalendarYear } from './calendar/calendar-year.entity';
import { DossierClock } from './deadlines/dossier-clock.entity';
import { CreateAssignments1764259200001 } from './migrations/1764259200001-CreateAssignments';
import { CreateDeadlines1795820296056 } from './migrations/1795820296056-CreateDeadlines';

export const ROUTING_DATABASE = {
  service: 'routing',
  entities: [Assignment, DossierClock, CalendarYear],
  migrations: [
    messagingTablesMigration('routing', 1764259200000),
    CreateAssignments1764259200001,
    CreateDeadlines1795820296056,
  ],
} as const satisfies ServiceDatabase;
