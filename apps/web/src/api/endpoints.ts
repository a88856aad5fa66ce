import type {
  AssignmentV1,
  MessageV1,
  CalendarYearV1,
  CallNextResultV1,
  CalendarDayV1,
  CounterListV1,
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
} from '@motcua/contracts';
import type { Actor } from '../auth/roles';
import { get, request } from './http';

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

export interface VisitBody {
  procedureCode: string;
  channel: string;
  counterNumber?: number;
  applicant: { fullName: string; phone?: string; idNumber?: string; address?: string };
  reason: string;
  missing?: { index?: number; name?: string; detail?: string }[];
}

const query = (params: Record<string, string | number | boolean | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  return search.toString();
};

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

  lookUp: (code: string, phone: string) =>
    get<PublicDossierV1>(`/public/v1/dossiers/${encodeURIComponent(code)}?${query({ phone })}`),
  ticketServices: () => get<TicketServiceListV1>('/public/v1/queue/services'),
  takeTicket: (serviceKey: string) =>
    request<TicketV1>('POST', '/public/v1/queue/tickets', { body: { serviceKey } }),
  displayBoard: () => get<RecentCallsV1>('/public/v1/display-board'),
};

export const slipPath = (dossierId: string, form: '01', format: 'a4' | 'roll80' = 'a4') =>
  `/api/v1/dossiers/${dossierId}/slips/${form}.pdf?format=${format}`;
export const receptionSlipPath = (recordId: string) => `/api/v1/receptions/${recordId}/slip.pdf`;
