import type { ServiceDatabase } from '@motcua/persistence';
import { COURIER_DATABASE } from '../apps/courier/src/database';
import { FEES_DATABASE } from '../apps/fees/src/database';
import { GATEWAY_DATABASE } from '../apps/gateway/src/database';
import { INTAKE_DATABASE } from '../apps/intake/src/database';
import { NOTIFICATIONS_DATABASE } from '../apps/notifications/src/database';
import { ROUTING_DATABASE } from '../apps/routing/src/database';

/** Every service's schema, entities and migrations, in the order `npm run migrate` runs them. */
export const SERVICE_DATABASES: readonly ServiceDatabase[] = [
  GATEWAY_DATABASE,
  INTAKE_DATABASE,
  ROUTING_DATABASE,
  FEES_DATABASE,
  COURIER_DATABASE,
  NOTIFICATIONS_DATABASE,
];
