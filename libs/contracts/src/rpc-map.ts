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
  REPUBLISH_REFERENCE_DATA_V1,
  ReferenceDataRepublishedV1,
  RepublishReferenceDataV1,
} from './intake/reference-data.rpc';
import { DossierRoutingV1, GET_DOSSIER_ROUTING_V1, GetDossierRoutingV1 } from './routing/dossier.rpc';
import {
  DefaultProcessListV1,
  GET_PROCESS_V1,
  GetProcessV1,
  LIST_DEFAULT_PROCESSES_V1,
  ListDefaultProcessesV1,
  PUBLISH_PROCESS_V1,
  ProcessV1,
  ProcessValidationV1,
  PublishProcessV1,
  VALIDATE_PROCESS_V1,
  ValidateProcessV1,
} from './routing/process.rpc';
import {
  ACT_ON_DOSSIER_V1,
  AssignmentRuleV1,
  DossierActionV1,
  SET_ASSIGNMENT_RULE_V1,
  SetAssignmentRuleV1,
  LIST_WORK_V1,
  ListWorkV1,
  RENDER_CONTROL_SLIP_V1,
  RenderControlSlipV1,
  WorkPageV1,
} from './routing/work.rpc';

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
  [VALIDATE_PROCESS_V1]: { request: ValidateProcessV1, response: ProcessValidationV1 },
  [PUBLISH_PROCESS_V1]: { request: PublishProcessV1, response: ProcessV1 },
  [GET_PROCESS_V1]: { request: GetProcessV1, response: ProcessV1 },
  [LIST_DEFAULT_PROCESSES_V1]: { request: ListDefaultProcessesV1, response: DefaultProcessListV1 },
  [LIST_WORK_V1]: { request: ListWorkV1, response: WorkPageV1 },
  [ACT_ON_DOSSIER_V1]: { request: DossierActionV1, response: DossierRoutingV1 },
  [RENDER_CONTROL_SLIP_V1]: { request: RenderControlSlipV1, response: RenderedDocumentV1 },
  [SET_ASSIGNMENT_RULE_V1]: { request: SetAssignmentRuleV1, response: AssignmentRuleV1 },
  [REPUBLISH_REFERENCE_DATA_V1]: { request: RepublishReferenceDataV1, response: ReferenceDataRepublishedV1 },
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
