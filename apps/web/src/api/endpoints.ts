import type {
  AssignmentRuleV1,
  ContactPointV1,
  CourierUnitListV1,
  CourierUnitV1,
  DefaultProcessListV1,
  ProcessDefinitionV1,
  ProcessV1,
  ProcessValidationV1,
  ReceiptSeriesListV1,
  ReceiptSeriesV1,
  TemplateContentV1,
  TemplateListV1,
  TemplatePreviewV1,
  TemplateV1,
  TemplateKeyV1,
  TemplateVersionListV1,
  AssessmentV1,
  InboxPageV1,
  InboxUnreadV1,
  PackageV1,
  PickupV1,
  ProcessingReportV1,
  ReportDossierListV1,
  ShipmentListV1,
  ShipmentV1,
  AssignmentV1,
  PaymentV1,
  ReceiptCorrectionV1,
  ReconciliationV1,
  MessageV1,
  CalendarYearV1,
  CallNextResultV1,
  CalendarDayV1,
  ConfirmedResolutionsV1,
  CounterListV1,
  DossierRoutingV1,
  DossierPageV1,
  DossierV1,
  DueDateV1,
  ProcedureDefinitionV1,
  ProcedurePageV1,
  ProcedureV1,
  PublicDossierV1,
  QueueStatsV1,
  RecentCallsV1,
  ReferenceDataRepublishedV1,
  ReceptionRecordV1,
  TicketServiceListV1,
  TicketV1,
  UnitListV1,
  WorkPageV1,
} from '@motcua/contracts';
import type { Actor, Role } from '../auth/roles';
import { download, get, request } from './http';

export interface TokenAnswer {
  readonly accessToken: string;
  readonly expiresIn: number;
  readonly actor: Actor;
}

/** The gateway's combined view: each part from the service that owns it, null when that service was silent. */
export interface DossierView {
  readonly dossier: DossierV1;
  readonly routing: { assignments: AssignmentV1[] } | null;
  readonly messages: MessageV1[] | null;
  readonly fees: AssessmentV1 | null;
  readonly shipments: ShipmentV1[] | null;
  readonly unavailable: string[];
}

/** What a clerk sends to receive a dossier (the actor comes from the token, the key from a header). */
export interface ReceptionBody {
  procedureCode: string;
  channel: string;
  counterNumber?: number;
  ticketId?: string;
  applicant: { fullName: string; idNumber: string; phone: string; email?: string; address: string };
  documents: { index: number; count: number }[];
  resultDelivery: { method: 'counter' | 'post'; address?: string };
}

export interface DossierListParams {
  view?: 'all' | 'ready_for_return';
  q?: string;
  status?: string;
  handlingUnitCode?: string;
  page: number;
  pageSize: number;
}

/** A cash or transfer payment a cashier records at a counter. */
export interface PaymentBody {
  method: 'cash' | 'transfer';
  amountDong: number;
  counterNumber: number;
  transferReference?: string;
}

/** Hủy, thay thế or điều chỉnh a receipt; the approver is the caller. */
export interface CorrectionBody {
  action: 'cancel' | 'replace' | 'adjust';
  reason: string;
  changes?: { payerName?: string; feeName?: string };
}

/** A counter's day close with the cash counted in the drawer. */
export interface CloseDayBody {
  counterNumber: number;
  countedCashDong: number;
  note?: string;
}

export interface VisitBody {
  procedureCode: string;
  channel: string;
  counterNumber?: number;
  applicant: { fullName: string; phone?: string; idNumber?: string; address?: string };
  reason: string;
  missing?: { index?: number; name?: string; detail?: string }[];
}

export interface WorkParams {
  filter: string;
  mine?: boolean;
  page: number;
  pageSize: number;
}

/** An action on a dossier in routing; the dossier is in the path, the actor in the token. */
export interface ActionBody {
  action: string;
  expectedVersion: number;
  assignmentId?: string;
  toUnitCode?: string;
  reason?: string;
  documents?: string[];
  outcome?: 'approved' | 'refused';
  resultReference?: string;
  newDueAt?: string;
  note?: string;
}

/** "Xác nhận đã xử lý xong" for one dossier or many; an earlier time needs a unit lead, a reason and evidence. */
export interface ConfirmBody {
  dossierIds: string[];
  outcome: 'approved' | 'refused';
  resultReference?: string;
  resolvedAt?: string;
  reason?: string;
  evidenceReference?: string;
}

export interface ReportParams {
  from: string;
  to: string;
  groupBy: 'sector' | 'unit' | 'procedure';
}

/** A new version of a notification template, on top of the version the admin edited. */
export interface TemplateSaveBody extends TemplateContentV1 {
  expectedVersion: number;
}

/** A receipt series an admin registers for a collecting unit and a year. */
export interface ReceiptSeriesBody {
  unitCode: string;
  templateSymbol: string;
  seriesSymbol: string;
  year: number;
  taxCode?: string;
  issuer: 'internal' | 'provider';
}

/** A unit's rule for new steps; officers only for round-robin. */
export interface AssignmentRuleBody {
  rule: 'none' | 'round_robin';
  officerIds?: string[];
}

export interface UnitOfficer {
  readonly id: string;
  readonly fullName: string;
  readonly roles: string[];
}

const query = (params: Record<string, string | number | boolean | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString();
};

/** Who signs for a result at the return counter: the applicant, or an authorised person with the authorisation. */
export interface ReturnBody {
  receivedBy: string;
  collector: 'owner' | 'authorised';
  authorisation?: string;
  note?: string;
}

/** A staff account as the gateway's admin API shows it (never its password). */
export interface StaffUser {
  readonly id: string;
  readonly username: string;
  readonly fullName: string;
  readonly roles: Role[];
  readonly unitCode: string | null;
  readonly isActive: boolean;
  readonly createdAt: string;
}

export interface StaffUserPage {
  readonly items: StaffUser[];
  readonly total: number;
}

export interface UserProfile {
  fullName: string;
  roles: Role[];
  unitCode?: string;
}

/** A password the gateway generated, shown once; null when the admin set it. */
export interface GeneratedPassword {
  readonly generatedPassword: string | null;
}

/** A department system's client credentials (the secret only ever in `ApiClientSecret`, once). */
export interface ApiClient {
  readonly id: string;
  readonly clientId: string;
  readonly name: string;
  readonly unitCode: string;
  readonly roles: Role[];
  readonly isActive: boolean;
  readonly createdAt: string;
}

export interface ApiClientSecret {
  readonly client: ApiClient;
  readonly clientSecret: string;
}

export type DomainService = 'intake' | 'routing' | 'fees' | 'courier' | 'notifications';

/** A message a service gave up on, waiting in its dead-letter queue. */
export interface DeadLetter {
  readonly id: string;
  readonly type: string;
  readonly reason: string;
  readonly detail: string | null;
  readonly deadAt: string | null;
  readonly deliveryCount: number | null;
  readonly correlationId: string | null;
}

export const api = {
  login: (username: string, password: string) =>
    request<TokenAnswer>('POST', '/api/v1/auth/login', { body: { username, password } }),
  me: () => get<Actor>('/api/v1/auth/me'),

  searchProcedures: (params: { q?: string; page?: number; pageSize?: number; includeRetired?: boolean }) =>
    get<ProcedurePageV1>(`/api/v1/procedures?${query(params)}`),
  procedure: (code: string) => get<ProcedureV1>(`/api/v1/procedures/${encodeURIComponent(code)}`),
  createProcedure: (definition: ProcedureDefinitionV1) =>
    request<ProcedureV1>('POST', '/api/v1/procedures', { body: definition }),
  reviseProcedure: (definition: ProcedureDefinitionV1, expectedVersion: number) =>
    request<ProcedureV1>('PUT', `/api/v1/procedures/${encodeURIComponent(definition.code)}`, {
      body: { definition, expectedVersion },
    }),
  retireProcedure: (code: string, reason: string, expectedVersion: number) =>
    request<ProcedureV1>('POST', `/api/v1/procedures/${encodeURIComponent(code)}/retire`, {
      body: { reason, expectedVersion },
    }),
  republishReferenceData: () =>
    request<ReferenceDataRepublishedV1>('POST', '/api/v1/reference-data/republish'),
  units: () => get<UnitListV1>('/api/v1/units'),
  counters: () => get<CounterListV1>('/api/v1/counters'),

  calendarYear: (year: number) => get<CalendarYearV1>(`/api/v1/calendar/years/${year}`),
  replaceCalendarYear: (year: number, days: CalendarDayV1[]) =>
    request<CalendarYearV1>('PUT', `/api/v1/calendar/years/${year}`, { body: { days } }),
  dueDate: (params: { from: string; amount: number; unit: string; cutoff?: string }) =>
    get<DueDateV1>(`/api/v1/calendar/due-date?${query(params)}`),

  receiveDossier: (body: ReceptionBody, idempotencyKey: string) =>
    request<DossierV1>('POST', '/api/v1/dossiers', { body, idempotencyKey }),
  recordIncomplete: (body: VisitBody, idempotencyKey: string) =>
    request<ReceptionRecordV1>('POST', '/api/v1/receptions/incomplete', { body, idempotencyKey }),
  refuse: (body: VisitBody, idempotencyKey: string) =>
    request<ReceptionRecordV1>('POST', '/api/v1/receptions/refused', { body, idempotencyKey }),
  listDossiers: (params: DossierListParams) => get<DossierPageV1>(`/api/v1/dossiers?${query({ ...params })}`),
  receiveSupplement: (id: string, documents: string[], idempotencyKey: string) =>
    request<DossierV1>('POST', `/api/v1/dossiers/${encodeURIComponent(id)}/supplements`, {
      body: { documents },
      idempotencyKey,
    }),
  returnResult: (id: string, body: ReturnBody, idempotencyKey: string) =>
    request<DossierV1>('POST', `/api/v1/dossiers/${encodeURIComponent(id)}/return`, { body, idempotencyKey }),
  register: (format: 'csv' | 'xlsx', params: { from: string; to: string; handlingUnitCode?: string }) =>
    download(`/api/v1/registers/dossiers.${format}?${query(params)}`),
  fees: (id: string) => get<AssessmentV1>(`/api/v1/dossiers/${encodeURIComponent(id)}/fees`),
  recordPayment: (id: string, body: PaymentBody, idempotencyKey: string) =>
    request<PaymentV1>('POST', `/api/v1/dossiers/${encodeURIComponent(id)}/payments`, {
      body,
      idempotencyKey,
    }),
  correctReceipt: (id: string, body: CorrectionBody, idempotencyKey: string) =>
    request<ReceiptCorrectionV1>('POST', `/api/v1/receipts/${encodeURIComponent(id)}/corrections`, {
      body,
      idempotencyKey,
    }),
  reconciliation: (day: string, counterNumber: number) =>
    get<ReconciliationV1>(`/api/v1/reconciliations/${day}?${query({ counterNumber })}`),
  exportReconciliation: (day: string, counterNumber: number, format: 'csv' | 'xlsx') =>
    download(`/api/v1/reconciliations/${day}/export?${query({ counterNumber, format })}`),
  closeDay: (day: string, body: CloseDayBody) =>
    request<ReconciliationV1>('POST', `/api/v1/reconciliations/${day}/close`, { body }),
  shipments: (status?: string) => get<ShipmentListV1>(`/api/v1/courier/shipments?${query({ status })}`),
  preparePickup: (body: { originUnitCode: string; slot: string }) =>
    request<PickupV1>('POST', '/api/v1/courier/pickups', { body }),
  sealPackage: (id: string, sealNumber: string) =>
    request<PackageV1>('POST', `/api/v1/courier/packages/${id}/seal`, { body: { sealNumber } }),
  handOverPickup: (id: string, takenByName: string, idempotencyKey: string) =>
    request<PickupV1>('POST', `/api/v1/courier/pickups/${id}/hand-over`, {
      body: { takenByName },
      idempotencyKey,
    }),
  inbox: (unreadOnly: boolean) =>
    get<InboxPageV1>(`/api/v1/inbox?${query({ unreadOnly: unreadOnly || undefined })}`),
  inboxUnreadCount: () => get<InboxPageV1>('/api/v1/inbox?unreadOnly=true&limit=1'),
  markInboxRead: (itemIds?: string[]) =>
    request<InboxUnreadV1>('POST', '/api/v1/inbox/read', { body: itemIds ? { itemIds } : { all: true } }),
  dossier: (id: string) => get<DossierView>(`/api/v1/dossiers/${encodeURIComponent(id)}`),
  withdraw: (id: string, reason: string, idempotencyKey: string) =>
    request<DossierV1>('POST', `/api/v1/dossiers/${encodeURIComponent(id)}/withdraw`, {
      body: { reason },
      idempotencyKey,
    }),

  callNext: (counter: number) => request<CallNextResultV1>('POST', `/api/v1/counters/${counter}/call-next`),
  ticketAction: (id: string, action: 'recall' | 'skip' | 'complete') =>
    request<TicketV1>('POST', `/api/v1/tickets/${id}/${action}`, action === 'complete' ? { body: {} } : {}),
  transferTicket: (id: string, toCounterNumber: number) =>
    request<TicketV1>('POST', `/api/v1/tickets/${id}/transfer`, { body: { toCounterNumber } }),
  queueStats: (day: string) => get<QueueStatsV1>(`/api/v1/queue/stats?${query({ day })}`),

  work: (params: WorkParams) => get<WorkPageV1>(`/api/v1/work?${query({ ...params })}`),
  routing: (id: string) => get<DossierRoutingV1>(`/api/v1/work/dossiers/${encodeURIComponent(id)}`),
  act: (id: string, body: ActionBody, idempotencyKey: string) =>
    request<DossierRoutingV1>('POST', `/api/v1/work/dossiers/${encodeURIComponent(id)}/actions`, {
      body,
      idempotencyKey,
    }),
  confirmResolved: (body: ConfirmBody, idempotencyKey: string) =>
    request<ConfirmedResolutionsV1>('POST', '/api/v1/resolutions', { body, idempotencyKey }),
  processingReport: (params: ReportParams) =>
    get<ProcessingReportV1>(`/api/v1/reports/processing?${query({ ...params })}`),
  reportDossiers: (params: ReportParams & { category: string; key?: string }) =>
    get<ReportDossierListV1>(`/api/v1/reports/processing/dossiers?${query({ ...params })}`),

  templates: () => get<TemplateListV1>('/api/v1/notification-templates'),
  previewTemplate: (content: TemplateContentV1) =>
    request<TemplatePreviewV1>('POST', '/api/v1/notification-templates/preview', { body: content }),
  templateVersions: (key: TemplateKeyV1) =>
    get<TemplateVersionListV1>(
      `/api/v1/notification-templates/versions?${query({ eventType: key.eventType, channel: key.channel, audience: key.audience })}`,
    ),
  saveTemplate: (body: TemplateSaveBody, idempotencyKey: string) =>
    request<TemplateV1>('PUT', '/api/v1/notification-templates', { body, idempotencyKey }),

  process: (procedureCode: string) =>
    get<ProcessV1>(`/api/v1/processes/${encodeURIComponent(procedureCode)}`),
  defaultProcesses: () => get<DefaultProcessListV1>('/api/v1/processes/defaults'),
  validateProcess: (definition: ProcessDefinitionV1) =>
    request<ProcessValidationV1>('POST', '/api/v1/processes/validate', { body: definition }),
  publishProcess: (definition: ProcessDefinitionV1) =>
    request<ProcessV1>('POST', '/api/v1/processes', { body: definition }),

  assignmentRule: (unitCode: string) =>
    get<AssignmentRuleV1>(`/api/v1/work/units/${encodeURIComponent(unitCode)}/assignment-rule`),
  setAssignmentRule: (unitCode: string, body: AssignmentRuleBody) =>
    request<AssignmentRuleV1>('PUT', `/api/v1/work/units/${encodeURIComponent(unitCode)}/assignment-rule`, {
      body,
    }),
  unitOfficers: (unitCode: string) =>
    get<{ items: UnitOfficer[] }>(`/api/v1/work/units/${encodeURIComponent(unitCode)}/officers`),

  receiptSeries: (year?: number) => get<ReceiptSeriesListV1>(`/api/v1/receipt-series?${query({ year })}`),
  createReceiptSeries: (body: ReceiptSeriesBody, idempotencyKey: string) =>
    request<ReceiptSeriesV1>('POST', '/api/v1/receipt-series', { body, idempotencyKey }),
  cancelReceiptSeries: (id: string, reason: string) =>
    request<ReceiptSeriesV1>('POST', `/api/v1/receipt-series/${encodeURIComponent(id)}/cancel`, {
      body: { reason },
    }),

  courierUnits: () => get<CourierUnitListV1>('/api/v1/courier/units'),
  replaceContactPoints: (unitCode: string, contactPoints: ContactPointV1[]) =>
    request<CourierUnitV1>('PUT', `/api/v1/courier/units/${encodeURIComponent(unitCode)}/contact-points`, {
      body: { contactPoints },
    }),

  lookUp: (code: string, phone: string) =>
    get<PublicDossierV1>(`/public/v1/dossiers/${encodeURIComponent(code)}?${query({ phone })}`),
  ticketServices: () => get<TicketServiceListV1>('/public/v1/queue/services'),
  takeTicket: (serviceKey: string) =>
    request<TicketV1>('POST', '/public/v1/queue/tickets', { body: { serviceKey } }),
  displayBoard: () => get<RecentCallsV1>('/public/v1/display-board'),

  users: (params: { q?: string; role?: Role; page: number; pageSize: number }) =>
    get<StaffUserPage>(`/api/v1/users?${query({ ...params })}`),
  createUser: (body: UserProfile & { username: string; password?: string }) =>
    request<GeneratedPassword & { user: StaffUser }>('POST', '/api/v1/users', { body }),
  updateUser: (id: string, body: UserProfile) => request<StaffUser>('PUT', `/api/v1/users/${id}`, { body }),
  setUserActive: (id: string, isActive: boolean) =>
    request<StaffUser>('POST', `/api/v1/users/${id}/${isActive ? 'enable' : 'disable'}`),
  resetPassword: (id: string, password?: string) =>
    request<GeneratedPassword>('POST', `/api/v1/users/${id}/password`, {
      body: password ? { password } : {},
    }),

  apiClients: () => get<{ items: ApiClient[] }>('/api/v1/api-clients'),
  createApiClient: (body: { clientId: string; unitCode: string; name: string }) =>
    request<ApiClientSecret>('POST', '/api/v1/api-clients', { body }),
  rotateApiClientSecret: (id: string) =>
    request<ApiClientSecret>('POST', `/api/v1/api-clients/${id}/rotate-secret`),
  revokeApiClient: (id: string) => request<ApiClient>('POST', `/api/v1/api-clients/${id}/revoke`),

  deadLetterCounts: () => get<{ items: { service: DomainService; count: number }[] }>('/api/v1/dead-letters'),
  deadLetters: (service: DomainService) => get<{ items: DeadLetter[] }>(`/api/v1/dead-letters/${service}`),
  replayDeadLetters: (service: DomainService, id?: string) =>
    request<{ replayed: DeadLetter[] }>('POST', `/api/v1/dead-letters/${service}/replay`, {
      body: id ? { id } : {},
    }),
};

export const slipPath = (dossierId: string, form: '01', format: 'a4' | 'roll80' = 'a4') =>
  `/api/v1/dossiers/${dossierId}/slips/${form}.pdf?format=${format}`;
export const receiptPath = (receiptId: string, format: 'a4' | 'roll80' = 'a4') =>
  `/api/v1/receipts/${receiptId}/pdf?format=${format}`;
export const pickupRecordPath = (pickupId: string) => `/api/v1/courier/pickups/${pickupId}/record.pdf`;
export const controlSlipPath = (dossierId: string) => `/api/v1/dossiers/${dossierId}/control-slip.pdf`;
export const receptionSlipPath = (recordId: string) => `/api/v1/receptions/${recordId}/slip.pdf`;
