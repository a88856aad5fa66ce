import { EventKey } from './event-map';
import { DOSSIER_RECEIVED_V1, DOSSIER_SUPPLEMENTED_V1, DOSSIER_WITHDRAWN_V1 } from './intake/dossier.events';
import { PROCEDURE_PUBLISHED_V1, UNIT_PUBLISHED_V1 } from './intake/procedure.events';
import { DOSSIER_ASSIGNED_V1 } from './routing/dossier.events';
import { DomainServiceName } from './services';

/**
 * Which events each service consumes. The whole topology is declared from this table before anyone publishes,
 * so an event is never dropped because its consumer has not started yet; a service refuses to boot when its
 * handlers and this table disagree.
 */
export const SUBSCRIPTIONS: Record<DomainServiceName, readonly EventKey[]> = {
  intake: [],
  routing: [
    DOSSIER_RECEIVED_V1,
    DOSSIER_WITHDRAWN_V1,
    DOSSIER_SUPPLEMENTED_V1,
    PROCEDURE_PUBLISHED_V1,
    UNIT_PUBLISHED_V1,
  ],
  fees: [],
  courier: [],
  notifications: [DOSSIER_RECEIVED_V1, DOSSIER_ASSIGNED_V1],
};
