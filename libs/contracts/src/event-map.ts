import {
  DOSSIER_RECEIVED_V1,
  DOSSIER_RETURNED_V1,
  DOSSIER_SUPPLEMENTED_V1,
  DOSSIER_WITHDRAWN_V1,
  DossierReceivedV1,
  DossierReturnedV1,
  DossierSupplementedV1,
  DossierWithdrawnV1,
} from './intake/dossier.events';
import { CALENDAR_CHANGED_V1, CalendarChangedV1 } from './intake/calendar.events';
import { TICKET_CALLED_V1, TicketCalledV1 } from './intake/ticket.events';
import {
  PROCEDURE_PUBLISHED_V1,
  PROCEDURE_RETIRED_V1,
  ProcedurePublishedV1,
  ProcedureRetiredV1,
  UNIT_PUBLISHED_V1,
  UnitPublishedV1,
} from './intake/procedure.events';
import {
  DOSSIER_ASSIGNED_V1,
  DOSSIER_DUE_SOON_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_HANDED_OVER_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
  DossierAssignedV1,
  DossierDueSoonV1,
  DossierExtendedV1,
  DossierHandedOverV1,
  DossierOverdueV1,
  DossierResolvedV1,
  DossierStoppedV1,
  DossierSupplementRequestedV1,
} from './routing/dossier.events';
import {
  DOSSIER_DONE_UNCONFIRMED_V1,
  DUE_DIGEST_COMPILED_V1,
  DossierDoneUnconfirmedV1,
  DueDigestCompiledV1,
} from './routing/deadline.events';
import {
  FEE_ASSESSED_V1,
  FEE_WAIVED_V1,
  FeeAssessedV1,
  FeeWaivedV1,
  PAYMENT_RECORDED_V1,
  PaymentRecordedV1,
  RECEIPT_CANCELLED_V1,
  RECEIPT_ISSUED_V1,
  RECEIPT_REPLACED_V1,
  ReceiptCancelledV1,
  ReceiptIssuedV1,
  ReceiptReplacedV1,
} from './fees/fee.events';
import {
  SHIPMENT_CREATED_V1,
  SHIPMENT_DELIVERED_V1,
  SHIPMENT_FAILED_V1,
  SHIPMENT_HELD_V1,
  SHIPMENT_PICKED_UP_V1,
  SHIPMENT_ORDER_STALLED_V1,
  SHIPMENT_RELEASED_V1,
  ShipmentCreatedV1,
  ShipmentDeliveredV1,
  ShipmentFailedV1,
  ShipmentHeldV1,
  ShipmentPickedUpV1,
  ShipmentOrderStalledV1,
  ShipmentReleasedV1,
} from './courier/shipment.events';
import { INBOX_ITEM_ADDED_V1, InboxItemAddedV1 } from './notifications/inbox.events';

/** Every integration event: routing key → payload class. The only place a key meets its payload. */
export const EVENT_PAYLOADS = {
  [DOSSIER_RECEIVED_V1]: DossierReceivedV1,
  [DOSSIER_ASSIGNED_V1]: DossierAssignedV1,
  [PROCEDURE_PUBLISHED_V1]: ProcedurePublishedV1,
  [PROCEDURE_RETIRED_V1]: ProcedureRetiredV1,
  [UNIT_PUBLISHED_V1]: UnitPublishedV1,
  [CALENDAR_CHANGED_V1]: CalendarChangedV1,
  [TICKET_CALLED_V1]: TicketCalledV1,
  [DOSSIER_WITHDRAWN_V1]: DossierWithdrawnV1,
  [DOSSIER_SUPPLEMENTED_V1]: DossierSupplementedV1,
  [DOSSIER_RETURNED_V1]: DossierReturnedV1,
  [DOSSIER_HANDED_OVER_V1]: DossierHandedOverV1,
  [DOSSIER_SUPPLEMENT_REQUESTED_V1]: DossierSupplementRequestedV1,
  [DOSSIER_EXTENDED_V1]: DossierExtendedV1,
  [DOSSIER_DUE_SOON_V1]: DossierDueSoonV1,
  [DOSSIER_OVERDUE_V1]: DossierOverdueV1,
  [DOSSIER_RESOLVED_V1]: DossierResolvedV1,
  [DOSSIER_STOPPED_V1]: DossierStoppedV1,
  [DUE_DIGEST_COMPILED_V1]: DueDigestCompiledV1,
  [DOSSIER_DONE_UNCONFIRMED_V1]: DossierDoneUnconfirmedV1,
  [FEE_ASSESSED_V1]: FeeAssessedV1,
  [FEE_WAIVED_V1]: FeeWaivedV1,
  [PAYMENT_RECORDED_V1]: PaymentRecordedV1,
  [RECEIPT_ISSUED_V1]: ReceiptIssuedV1,
  [RECEIPT_CANCELLED_V1]: ReceiptCancelledV1,
  [RECEIPT_REPLACED_V1]: ReceiptReplacedV1,
  [SHIPMENT_CREATED_V1]: ShipmentCreatedV1,
  [SHIPMENT_PICKED_UP_V1]: ShipmentPickedUpV1,
  [SHIPMENT_DELIVERED_V1]: ShipmentDeliveredV1,
  [SHIPMENT_FAILED_V1]: ShipmentFailedV1,
  [SHIPMENT_HELD_V1]: ShipmentHeldV1,
  [SHIPMENT_RELEASED_V1]: ShipmentReleasedV1,
  [SHIPMENT_ORDER_STALLED_V1]: ShipmentOrderStalledV1,
  [INBOX_ITEM_ADDED_V1]: InboxItemAddedV1,
} as const;

export type EventKey = keyof typeof EVENT_PAYLOADS;

/** Routing key → payload type; `publish` and `@Subscribe` are typed by it. */
export type EventMap = { [K in EventKey]: InstanceType<(typeof EVENT_PAYLOADS)[K]> };

export function isEventKey(value: string): value is EventKey {
  return Object.prototype.hasOwnProperty.call(EVENT_PAYLOADS, value);
}
