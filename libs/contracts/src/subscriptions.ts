import { EventKey } from './event-map';
import { CALENDAR_CHANGED_V1 } from './intake/calendar.events';
import { DOSSIER_RECEIVED_V1, DOSSIER_SUPPLEMENTED_V1, DOSSIER_WITHDRAWN_V1 } from './intake/dossier.events';
import { PROCEDURE_PUBLISHED_V1, UNIT_PUBLISHED_V1 } from './intake/procedure.events';
import {
  DOSSIER_ASSIGNED_V1,
  DOSSIER_DUE_SOON_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
} from './routing/dossier.events';
import { FEE_ASSESSED_V1, FEE_WAIVED_V1, PAYMENT_RECORDED_V1 } from './fees/fee.events';
import {
  SHIPMENT_DELIVERED_V1,
  SHIPMENT_FAILED_V1,
  SHIPMENT_HELD_V1,
  SHIPMENT_PICKED_UP_V1,
  SHIPMENT_ORDER_STALLED_V1,
  SHIPMENT_RELEASED_V1,
} from './courier/shipment.events';
import { DOSSIER_DONE_UNCONFIRMED_V1, DUE_DIGEST_COMPILED_V1 } from './routing/deadline.events';
import { DomainServiceName } from './services';

/**
 * Which events each service consumes. The whole topology is declared from this table before anyone publishes,
 * so an event is never dropped because its consumer has not started yet; a service refuses to boot when its
 * handlers and this table disagree.
 */
export const SUBSCRIPTIONS: Record<DomainServiceName, readonly EventKey[]> = {
  intake: [
    DOSSIER_ASSIGNED_V1,
    DOSSIER_SUPPLEMENT_REQUESTED_V1,
    DOSSIER_EXTENDED_V1,
    DOSSIER_RESOLVED_V1,
    DOSSIER_STOPPED_V1,
    FEE_ASSESSED_V1,
    PAYMENT_RECORDED_V1,
    FEE_WAIVED_V1,
    SHIPMENT_DELIVERED_V1,
  ],
  routing: [
    DOSSIER_RECEIVED_V1,
    DOSSIER_WITHDRAWN_V1,
    DOSSIER_SUPPLEMENTED_V1,
    PROCEDURE_PUBLISHED_V1,
    UNIT_PUBLISHED_V1,
    CALENDAR_CHANGED_V1,
    SHIPMENT_DELIVERED_V1,
    SHIPMENT_PICKED_UP_V1,
  ],
  fees: [DOSSIER_RECEIVED_V1, PROCEDURE_PUBLISHED_V1, UNIT_PUBLISHED_V1],
  courier: [DOSSIER_RECEIVED_V1, DOSSIER_RESOLVED_V1, DOSSIER_WITHDRAWN_V1, UNIT_PUBLISHED_V1],
  notifications: [
    DOSSIER_RECEIVED_V1,
    DOSSIER_ASSIGNED_V1,
    DOSSIER_SUPPLEMENT_REQUESTED_V1,
    DOSSIER_EXTENDED_V1,
    DOSSIER_RESOLVED_V1,
    DOSSIER_DUE_SOON_V1,
    DOSSIER_OVERDUE_V1,
    DOSSIER_STOPPED_V1,
    FEE_ASSESSED_V1,
    SHIPMENT_PICKED_UP_V1,
    SHIPMENT_FAILED_V1,
    SHIPMENT_HELD_V1,
    SHIPMENT_RELEASED_V1,
    SHIPMENT_ORDER_STALLED_V1,
    DOSSIER_DONE_UNCONFIRMED_V1,
    DUE_DIGEST_COMPILED_V1,
  ],
};
