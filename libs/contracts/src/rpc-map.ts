import {
  DossierV1,
  GET_DOSSIER_V1,
  GetDossierV1,
  RECEIVE_DOSSIER_V2,
  ReceiveDossierV2,
  WITHDRAW_DOSSIER_V1,
  WithdrawDossierV1,
} from './intake/dossier.rpc';
import {
  CALL_NEXT_TICKET_V1,
  COMPLETE_TICKET_V1,
  CallNextResultV1,
  CallNextTicketV1,
  CompleteTicketV1,
  GET_QUEUE_STATS_V1,
  GetQueueStatsV1,
  LIST_RECENT_CALLS_V1,
  LIST_TICKET_SERVICES_V1,
  ListRecentCallsV1,
  ListTicketServicesV1,
  RecentCallsV1,
  QueueStatsV1,
  RECALL_TICKET_V1,
  SKIP_TICKET_V1,
  TAKE_TICKET_V1,
  TRANSFER_TICKET_V1,
  TakeTicketV1,
  TicketActionV1,
  TicketServiceListV1,
  TicketV1,
  TransferTicketV1,
} from './intake/ticket.rpc';
import { LOOKUP_DOSSIER_V1, LookupDossierV1, PublicDossierV1 } from './intake/lookup.rpc';
import {
  RECORD_INCOMPLETE_RECEPTION_V1,
  REFUSE_RECEPTION_V1,
  RENDER_RECEPTION_SLIP_V1,
  ReceptionRecordV1,
  RecordIncompleteReceptionV1,
  RefuseReceptionV1,
  RenderReceptionSlipV1,
} from './intake/reception.rpc';
import { RENDER_DOSSIER_SLIP_V1, RenderDossierSlipV1, RenderedDocumentV1 } from './intake/slip.rpc';
import {
  CalendarYearV1,
  DueDateV1,
  GET_CALENDAR_YEAR_V1,
  GetCalendarYearV1,
  PREVIEW_DUE_DATE_V1,
  PreviewDueDateV1,
  REPLACE_CALENDAR_YEAR_V1,
  ReplaceCalendarYearV1,
} from './intake/calendar.rpc';
import {
  CREATE_PROCEDURE_V1,
  CounterListV1,
  CreateProcedureV1,
  GET_PROCEDURE_V1,
  GetProcedureV1,
  LIST_COUNTERS_V1,
  LIST_UNITS_V1,
  ListCountersV1,
  ListUnitsV1,
  ProcedurePageV1,
  ProcedureV1,
  RETIRE_PROCEDURE_V1,
  REVISE_PROCEDURE_V1,
  RetireProcedureV1,
  ReviseProcedureV1,
  SEARCH_PROCEDURES_V1,
  SearchProceduresV1,
  UnitListV1,
} from './intake/procedure.rpc';
import {
  DossierMessagesV1,
  LIST_DOSSIER_MESSAGES_V1,
  ListDossierMessagesV1,
} from './notifications/message.rpc';
import {
  DossierPageV1,
  EXPORT_DOSSIER_REGISTER_V1,
  ExportDossierRegisterV1,
  ExportedFileV1,
  LIST_DOSSIERS_V1,
  ListDossiersV1,
  RECEIVE_SUPPLEMENT_V1,
  RETURN_RESULT_V1,
  ReceiveSupplementV1,
  ReturnResultV1,
} from './intake/dossier-progress.rpc';
import {
  REPUBLISH_REFERENCE_DATA_V1,
  ReferenceDataRepublishedV1,
  RepublishReferenceDataV1,
} from './intake/reference-data.rpc';
import { DossierRoutingV1, GET_DOSSIER_ROUTING_V1, GetDossierRoutingV1 } from './routing/dossier.rpc';
import {
  LIST_TEMPLATES_V1,
  ListTemplatesV1,
  PREVIEW_TEMPLATE_V1,
  PreviewTemplateV1,
  SAVE_TEMPLATE_V1,
  SaveTemplateV1,
  TemplateListV1,
  TemplatePreviewV1,
  TemplateV1,
} from './notifications/template.rpc';
import {
  GET_INBOX_PREFERENCES_V1,
  GetInboxPreferencesV1,
  InboxPageV1,
  InboxPreferencesV1,
  InboxUnreadV1,
  LIST_INBOX_V1,
  SET_INBOX_PREFERENCES_V1,
  SetInboxPreferencesV1,
  ListInboxV1,
  MARK_INBOX_READ_V1,
  MarkInboxReadV1,
} from './notifications/inbox.rpc';
import {
  DeliveryReportResultV1,
  DeliveryStatsV1,
  GET_DELIVERY_STATS_V1,
  GetDeliveryStatsV1,
  LIST_SINK_MESSAGES_V1,
  ListSinkMessagesV1,
  OptOutV1,
  RECORD_DELIVERY_REPORT_V1,
  RecordDeliveryReportV1,
  SET_OPT_OUT_V1,
  SetOptOutV1,
  SinkMessagesV1,
} from './notifications/delivery.rpc';
import { AssessmentV1, PaymentV1, ReceiptV1 } from './fees/fee';
import {
  GET_ASSESSMENT_V1,
  GetAssessmentV1,
  RECORD_PAYMENT_V1,
  RENDER_RECEIPT_V1,
  RecordPaymentV1,
  RenderReceiptV1,
  WAIVE_FEE_V1,
  WaiveFeeV1,
} from './fees/fee.rpc';
import {
  CONFIRM_ONLINE_PAYMENT_V1,
  CallbackResultV1,
  ConfirmOnlinePaymentV1,
  PaymentRequestV1,
  REQUEST_ONLINE_PAYMENT_V1,
  RequestOnlinePaymentV1,
} from './fees/online-payment.rpc';
import { REGISTER_PAPER_RECEIPT_V1, RegisterPaperReceiptV1 } from './fees/paper-receipt.rpc';
import {
  CANCEL_RECEIPT_SERIES_V1,
  CREATE_RECEIPT_SERIES_V1,
  CancelReceiptSeriesV1,
  CreateReceiptSeriesV1,
  LIST_RECEIPT_SERIES_V1,
  ListReceiptSeriesV1,
  ReceiptSeriesListV1,
  ReceiptSeriesV1,
} from './fees/receipt-series.rpc';
import {
  CREATE_SHIPMENT_V1,
  CourierFiguresV1,
  CourierUnitListV1,
  CourierUnitV1,
  CreateShipmentV1,
  GET_COURIER_FIGURES_V1,
  GET_SHIPMENT_V1,
  GetCourierFiguresV1,
  GetShipmentV1,
  HAND_OVER_PICKUP_V1,
  HandOverPickupV1,
  LIST_COURIER_UNITS_V1,
  LIST_SHIPMENTS_V1,
  ListCourierUnitsV1,
  ListShipmentsV1,
  PREPARE_PICKUP_V1,
  PackageV1,
  PickupV1,
  PreparePickupV1,
  RECEIVE_PACKAGE_V1,
  RECORD_TRACKING_WEBHOOK_V1,
  RENDER_HANDOVER_RECORD_V1,
  REPLACE_CONTACT_POINTS_V1,
  ReceivePackageV1,
  RecordTrackingWebhookV1,
  RenderHandoverRecordV1,
  ReplaceContactPointsV1,
  SEAL_PACKAGE_V1,
  SealPackageV1,
  ShipmentListV1,
  ShipmentV1,
  TrackingWebhookResultV1,
} from './courier/courier.rpc';

/**
 * Every request/reply the gateway sends: key → request class (validated by the receiver) and response class.
 * The key's first segment names the service that answers.
 */
export const RPC_CONTRACTS = {
  [RECEIVE_DOSSIER_V2]: { request: ReceiveDossierV2, response: DossierV1 },
  [GET_DOSSIER_V1]: { request: GetDossierV1, response: DossierV1 },
  [WITHDRAW_DOSSIER_V1]: { request: WithdrawDossierV1, response: DossierV1 },
  [GET_DOSSIER_ROUTING_V1]: { request: GetDossierRoutingV1, response: DossierRoutingV1 },
  [LIST_DOSSIER_MESSAGES_V1]: { request: ListDossierMessagesV1, response: DossierMessagesV1 },
  [CREATE_PROCEDURE_V1]: { request: CreateProcedureV1, response: ProcedureV1 },
  [REVISE_PROCEDURE_V1]: { request: ReviseProcedureV1, response: ProcedureV1 },
  [RETIRE_PROCEDURE_V1]: { request: RetireProcedureV1, response: ProcedureV1 },
  [GET_PROCEDURE_V1]: { request: GetProcedureV1, response: ProcedureV1 },
  [SEARCH_PROCEDURES_V1]: { request: SearchProceduresV1, response: ProcedurePageV1 },
  [LIST_UNITS_V1]: { request: ListUnitsV1, response: UnitListV1 },
  [LIST_COUNTERS_V1]: { request: ListCountersV1, response: CounterListV1 },
  [PREVIEW_DUE_DATE_V1]: { request: PreviewDueDateV1, response: DueDateV1 },
  [GET_CALENDAR_YEAR_V1]: { request: GetCalendarYearV1, response: CalendarYearV1 },
  [REPLACE_CALENDAR_YEAR_V1]: { request: ReplaceCalendarYearV1, response: CalendarYearV1 },
  [RENDER_DOSSIER_SLIP_V1]: { request: RenderDossierSlipV1, response: RenderedDocumentV1 },
  [RECORD_INCOMPLETE_RECEPTION_V1]: { request: RecordIncompleteReceptionV1, response: ReceptionRecordV1 },
  [REFUSE_RECEPTION_V1]: { request: RefuseReceptionV1, response: ReceptionRecordV1 },
  [RENDER_RECEPTION_SLIP_V1]: { request: RenderReceptionSlipV1, response: RenderedDocumentV1 },
  [LOOKUP_DOSSIER_V1]: { request: LookupDossierV1, response: PublicDossierV1 },
  [LIST_TICKET_SERVICES_V1]: { request: ListTicketServicesV1, response: TicketServiceListV1 },
  [TAKE_TICKET_V1]: { request: TakeTicketV1, response: TicketV1 },
  [CALL_NEXT_TICKET_V1]: { request: CallNextTicketV1, response: CallNextResultV1 },
  [RECALL_TICKET_V1]: { request: TicketActionV1, response: TicketV1 },
  [SKIP_TICKET_V1]: { request: TicketActionV1, response: TicketV1 },
  [TRANSFER_TICKET_V1]: { request: TransferTicketV1, response: TicketV1 },
  [COMPLETE_TICKET_V1]: { request: CompleteTicketV1, response: TicketV1 },
  [GET_QUEUE_STATS_V1]: { request: GetQueueStatsV1, response: QueueStatsV1 },
  [LIST_RECENT_CALLS_V1]: { request: ListRecentCallsV1, response: RecentCallsV1 },
  [LIST_TEMPLATES_V1]: { request: ListTemplatesV1, response: TemplateListV1 },
  [SAVE_TEMPLATE_V1]: { request: SaveTemplateV1, response: TemplateV1 },
  [PREVIEW_TEMPLATE_V1]: { request: PreviewTemplateV1, response: TemplatePreviewV1 },
  [LIST_INBOX_V1]: { request: ListInboxV1, response: InboxPageV1 },
  [MARK_INBOX_READ_V1]: { request: MarkInboxReadV1, response: InboxUnreadV1 },
  [GET_INBOX_PREFERENCES_V1]: { request: GetInboxPreferencesV1, response: InboxPreferencesV1 },
  [SET_INBOX_PREFERENCES_V1]: { request: SetInboxPreferencesV1, response: InboxPreferencesV1 },
  [LIST_SINK_MESSAGES_V1]: { request: ListSinkMessagesV1, response: SinkMessagesV1 },
  [GET_DELIVERY_STATS_V1]: { request: GetDeliveryStatsV1, response: DeliveryStatsV1 },
  [SET_OPT_OUT_V1]: { request: SetOptOutV1, response: OptOutV1 },
  [RECORD_DELIVERY_REPORT_V1]: { request: RecordDeliveryReportV1, response: DeliveryReportResultV1 },
  [RECEIVE_SUPPLEMENT_V1]: { request: ReceiveSupplementV1, response: DossierV1 },
  [RETURN_RESULT_V1]: { request: ReturnResultV1, response: DossierV1 },
  [LIST_DOSSIERS_V1]: { request: ListDossiersV1, response: DossierPageV1 },
  [EXPORT_DOSSIER_REGISTER_V1]: { request: ExportDossierRegisterV1, response: ExportedFileV1 },
  [REPLACE_CONTACT_POINTS_V1]: { request: ReplaceContactPointsV1, response: CourierUnitV1 },
  [LIST_COURIER_UNITS_V1]: { request: ListCourierUnitsV1, response: CourierUnitListV1 },
  [CREATE_SHIPMENT_V1]: { request: CreateShipmentV1, response: ShipmentV1 },
  [GET_SHIPMENT_V1]: { request: GetShipmentV1, response: ShipmentV1 },
  [LIST_SHIPMENTS_V1]: { request: ListShipmentsV1, response: ShipmentListV1 },
  [PREPARE_PICKUP_V1]: { request: PreparePickupV1, response: PickupV1 },
  [SEAL_PACKAGE_V1]: { request: SealPackageV1, response: PackageV1 },
  [HAND_OVER_PICKUP_V1]: { request: HandOverPickupV1, response: PickupV1 },
  [RENDER_HANDOVER_RECORD_V1]: { request: RenderHandoverRecordV1, response: RenderedDocumentV1 },
  [RECEIVE_PACKAGE_V1]: { request: ReceivePackageV1, response: PackageV1 },
  [RECORD_TRACKING_WEBHOOK_V1]: { request: RecordTrackingWebhookV1, response: TrackingWebhookResultV1 },
  [GET_COURIER_FIGURES_V1]: { request: GetCourierFiguresV1, response: CourierFiguresV1 },
  [REPUBLISH_REFERENCE_DATA_V1]: { request: RepublishReferenceDataV1, response: ReferenceDataRepublishedV1 },
  [GET_ASSESSMENT_V1]: { request: GetAssessmentV1, response: AssessmentV1 },
  [RECORD_PAYMENT_V1]: { request: RecordPaymentV1, response: PaymentV1 },
  [WAIVE_FEE_V1]: { request: WaiveFeeV1, response: AssessmentV1 },
  [RENDER_RECEIPT_V1]: { request: RenderReceiptV1, response: RenderedDocumentV1 },
  [CREATE_RECEIPT_SERIES_V1]: { request: CreateReceiptSeriesV1, response: ReceiptSeriesV1 },
  [LIST_RECEIPT_SERIES_V1]: { request: ListReceiptSeriesV1, response: ReceiptSeriesListV1 },
  [CANCEL_RECEIPT_SERIES_V1]: { request: CancelReceiptSeriesV1, response: ReceiptSeriesV1 },
  [REQUEST_ONLINE_PAYMENT_V1]: { request: RequestOnlinePaymentV1, response: PaymentRequestV1 },
  [CONFIRM_ONLINE_PAYMENT_V1]: { request: ConfirmOnlinePaymentV1, response: CallbackResultV1 },
  [REGISTER_PAPER_RECEIPT_V1]: { request: RegisterPaperReceiptV1, response: ReceiptV1 },
} as const;

export type RpcKey = keyof typeof RPC_CONTRACTS;

export type RpcMap = {
  [K in RpcKey]: {
    request: InstanceType<(typeof RPC_CONTRACTS)[K]['request']>;
    response: InstanceType<(typeof RPC_CONTRACTS)[K]['response']>;
  };
};

export type RpcRequest<K extends RpcKey> = RpcMap[K]['request'];
export type RpcResponse<K extends RpcKey> = RpcMap[K]['response'];

export function isRpcKey(value: string): value is RpcKey {
  return Object.prototype.hasOwnProperty.call(RPC_CONTRACTS, value);
}
