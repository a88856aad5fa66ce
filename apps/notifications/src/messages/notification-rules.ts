import {
  DOSSIER_DONE_UNCONFIRMED_V1,
  DUE_DIGEST_COMPILED_V1,
  DoneSignal,
  DOSSIER_ASSIGNED_V1,
  DOSSIER_DUE_SOON_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
  DueSoonThreshold,
  EventKey,
  EventMap,
  FEE_ASSESSED_V1,
  MessageAudience,
  ResolutionOutcome,
  SHIPMENT_FAILED_V1,
  SHIPMENT_HELD_V1,
  SHIPMENT_ORDER_STALLED_V1,
  SHIPMENT_PICKED_UP_V1,
  SHIPMENT_RELEASED_V1,
  ShipmentFailureReason,
  ShipmentHoldFactsV1,
  ShipmentKind,
  StopCause,
} from '@motcua/contracts';
import type { TemplateParams } from '../templates/template-text';

/** What a rule may read besides the event: the public address for lookup links. */
export interface RuleContext {
  readonly publicBaseUrl: string;
}

/** Where a staff message goes; a citizen message goes to the dossier's applicant. */
export interface StaffAddress {
  readonly userId?: string;
  readonly unitCode?: string;
}

/**
 * Who hears of one event type, and with which values. Adding an event a person should hear about is one
 * entry here plus its templates in `DEFAULT_TEMPLATES`.
 */
export interface NotificationRule<K extends EventKey> {
  readonly audiences: (event: EventMap[K]) => readonly MessageAudience[];
  /** Legal notices reach citizens who opted out of the rest. */
  readonly isLegalNotice: boolean;
  /** Urgent messages are sent in quiet hours and never wait for a digest. */
  readonly isUrgent: (event: EventMap[K]) => boolean;
  readonly dossierId: (event: EventMap[K]) => string | undefined;
  readonly staff: (event: EventMap[K]) => StaffAddress;
  /** The placeholders its templates may use, each with a sample value for previews. */
  readonly sample: Readonly<Record<string, string>>;
  readonly params: (event: EventMap[K], context: RuleContext) => TemplateParams;
}

const DATE = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});
const TIME = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** `27/10/2025` in Vietnam time. */
export function vietnamDate(iso: string): string {
  return DATE.format(new Date(iso));
}

/** `10:00 ngày 27/10/2025` in Vietnam time: due dates keep their hour. */
export function vietnamDateTime(iso: string): string {
  return `${TIME.format(new Date(iso))} ngày ${vietnamDate(iso)}`;
}

export function lookupUrl(context: RuleContext, code: string): string {
  return `${context.publicBaseUrl}/tra-cuu?ma=${encodeURIComponent(code)}`;
}

const CITIZEN = () => [MessageAudience.Citizen];
const NOT_URGENT = () => false;
const NO_STAFF = () => ({});

// Officer by name when the assignment names one, and always the unit's leads.
const OFFICER_AND_LEADS = (event: { officerId?: string }) =>
  event.officerId ? [MessageAudience.Officer, MessageAudience.UnitLead] : [MessageAudience.UnitLead];

const THRESHOLDS: Record<DueSoonThreshold, string> = {
  [DueSoonThreshold.ThreeWorkingDays]: 'còn 3 ngày làm việc',
  [DueSoonThreshold.OneWorkingDay]: 'còn 1 ngày làm việc',
  [DueSoonThreshold.DueDay]: 'đến hạn hôm nay',
};

const DONE_SIGNALS: Record<DoneSignal, string> = {
  [DoneSignal.ResultAttached]: 'đã có văn bản kết quả',
  [DoneSignal.ResultPackagePickedUp]: 'bưu điện đã nhận gói kết quả tại đơn vị',
};

const FAILURES: Record<ShipmentFailureReason, string> = {
  [ShipmentFailureReason.Undeliverable]: 'không phát được',
  [ShipmentFailureReason.Returned]: 'bị chuyển hoàn',
  [ShipmentFailureReason.Lost]: 'bị thất lạc',
  [ShipmentFailureReason.Damaged]: 'bị hư hỏng',
  [ShipmentFailureReason.SealMismatch]: 'số niêm phong không khớp',
  [ShipmentFailureReason.SealBroken]: 'niêm phong bị rách',
};

/** `200.000 đồng`. */
export function dong(amount: number): string {
  return `${amount.toLocaleString('vi-VN')} đồng`;
}

const SAMPLE_CODE = '000.00.20.H41-261128-0001';
const SAMPLE_LOOKUP = `https://dichvucong.nghean.gov.vn/tra-cuu?ma=${SAMPLE_CODE}`;

// Which unit a held shipment waits for, and the dossiers it carries.
const HOLD_SAMPLE = { code: SAMPLE_CODE, unitName: 'Sở Tư pháp tỉnh Nghệ An', unitCode: '000.00.20.H41' };
const holdParams = (e: ShipmentHoldFactsV1) => ({
  code: e.dossiers.map((d) => d.code).join(', '),
  unitName: e.destinationUnitName ?? e.destinationUnitCode,
  unitCode: e.destinationUnitCode,
});

export const NOTIFICATION_RULES: { readonly [K in EventKey]?: NotificationRule<K> } = {
  [DOSSIER_RECEIVED_V1]: {
    audiences: CITIZEN,
    isLegalNotice: true,
    isUrgent: NOT_URGENT,
    dossierId: (e) => e.dossierId,
    staff: NO_STAFF,
    sample: {
      code: SAMPLE_CODE,
      procedureName: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
      applicantName: 'Nguyễn Văn An',
      receivedDate: '28/11/2026',
      dueDate: '10:00 ngày 07/12/2026',
      lookupUrl: SAMPLE_LOOKUP,
    },
    params: (e, context) => ({
      code: e.code,
      procedureName: e.procedureName,
      applicantName: e.applicant.fullName,
      receivedDate: vietnamDate(e.receivedAt),
      dueDate: e.dueAt ? vietnamDateTime(e.dueAt) : undefined,
      lookupUrl: lookupUrl(context, e.code),
    }),
  },
  [DOSSIER_ASSIGNED_V1]: {
    audiences: (e) => (e.officerId ? [MessageAudience.Officer] : [MessageAudience.Unit]),
    isLegalNotice: false,
    isUrgent: NOT_URGENT,
    dossierId: (e) => e.dossierId,
    staff: (e) => ({ userId: e.officerId, unitCode: e.unitCode }),
    sample: { code: SAMPLE_CODE, unitCode: '000.00.20.H41', stepName: 'Thẩm định hồ sơ' },
    params: (e) => ({ code: e.code, unitCode: e.unitCode, stepName: e.stepName }),
  },
  [DOSSIER_SUPPLEMENT_REQUESTED_V1]: {
    audiences: CITIZEN,
    isLegalNotice: true,
    isUrgent: NOT_URGENT,
    dossierId: (e) => e.dossierId,
    staff: NO_STAFF,
    sample: {
      code: SAMPLE_CODE,
      reason: 'Thiếu bản sao Căn cước công dân',
      documents: 'Bản sao Căn cước công dân',
      closesDate: '15/12/2026',
      lookupUrl: SAMPLE_LOOKUP,
    },
    params: (e, context) => ({
      code: e.code,
      reason: e.reason,
      documents: e.documents.join('; '),
      closesDate: vietnamDate(e.closesAt),
      lookupUrl: lookupUrl(context, e.code),
    }),
  },
  [DOSSIER_EXTENDED_V1]: {
    audiences: CITIZEN,
    isLegalNotice: true,
    isUrgent: NOT_URGENT,
    dossierId: (e) => e.dossierId,
    staff: NO_STAFF,
    sample: {
      code: SAMPLE_CODE,
      reason: 'Cần xác minh thêm tại cơ quan công an',
      previousDueDate: '10:00 ngày 07/12/2026',
      newDueDate: '10:00 ngày 10/12/2026',
      lookupUrl: SAMPLE_LOOKUP,
    },
    params: (e, context) => ({
      code: e.code,
      reason: e.reason,
      previousDueDate: vietnamDateTime(e.previousDueAt),
      newDueDate: vietnamDateTime(e.newDueAt),
      lookupUrl: lookupUrl(context, e.code),
    }),
  },
  [DOSSIER_RESOLVED_V1]: {
    audiences: CITIZEN,
    isLegalNotice: false,
    isUrgent: NOT_URGENT,
    dossierId: (e) => e.dossierId,
    staff: NO_STAFF,
    sample: {
      code: SAMPLE_CODE,
      isApproved: 'có',
      resultReference: 'LLTP-2026-001234',
      lookupUrl: SAMPLE_LOOKUP,
    },
    params: (e, context) => ({
      code: e.code,
      isApproved: e.outcome === ResolutionOutcome.Approved ? 'có' : undefined,
      resultReference: e.resultReference,
      lookupUrl: lookupUrl(context, e.code),
    }),
  },
  [DOSSIER_DUE_SOON_V1]: {
    audiences: OFFICER_AND_LEADS,
    isLegalNotice: false,
    isUrgent: (e) => e.threshold === DueSoonThreshold.DueDay,
    dossierId: (e) => e.dossierId,
    staff: (e) => ({ userId: e.officerId, unitCode: e.unitCode }),
    sample: { code: SAMPLE_CODE, dueDate: '10:00 ngày 07/12/2026', remaining: 'còn 1 ngày làm việc' },
    params: (e) => ({ code: e.code, dueDate: vietnamDateTime(e.dueAt), remaining: THRESHOLDS[e.threshold] }),
  },
  [DOSSIER_OVERDUE_V1]: {
    audiences: OFFICER_AND_LEADS,
    isLegalNotice: false,
    isUrgent: () => true,
    dossierId: (e) => e.dossierId,
    staff: (e) => ({ userId: e.officerId, unitCode: e.unitCode }),
    sample: { code: SAMPLE_CODE, dueDate: '10:00 ngày 07/12/2026' },
    params: (e) => ({ code: e.code, dueDate: vietnamDateTime(e.dueAt) }),
  },
  [DOSSIER_STOPPED_V1]: {
    audiences: CITIZEN,
    isLegalNotice: true,
    isUrgent: NOT_URGENT,
    dossierId: (e) => e.dossierId,
    staff: NO_STAFF,
    sample: {
      code: SAMPLE_CODE,
      reason: 'Quá 15 ngày không bổ sung hồ sơ',
      supplementExpired: 'có',
      lookupUrl: SAMPLE_LOOKUP,
    },
    params: (e, context) => ({
      code: e.code,
      reason: e.reason,
      supplementExpired: e.cause === StopCause.SupplementExpired ? 'có' : undefined,
      lookupUrl: lookupUrl(context, e.code),
    }),
  },
  [FEE_ASSESSED_V1]: {
    // Only a fee that holds the dossier (status 6) is worth a message: one paid at the counter is not.
    audiences: (e) => (e.awaitsPayment && e.totalDong > 0 ? [MessageAudience.Citizen] : []),
    isLegalNotice: true,
    isUrgent: NOT_URGENT,
    dossierId: (e) => e.dossierId,
    staff: NO_STAFF,
    sample: { code: SAMPLE_CODE, totalAmount: '200.000 đồng', lookupUrl: SAMPLE_LOOKUP },
    params: (e, context) => ({
      code: e.code,
      totalAmount: dong(e.totalDong),
      lookupUrl: lookupUrl(context, e.code),
    }),
  },
  [SHIPMENT_PICKED_UP_V1]: {
    // The result left for the applicant's address; the other shipments move paper between offices.
    audiences: (e) => (e.kind === ShipmentKind.ResultToCitizen ? [MessageAudience.Citizen] : []),
    isLegalNotice: false,
    isUrgent: NOT_URGENT,
    dossierId: (e) => e.dossiers[0]?.dossierId,
    staff: NO_STAFF,
    sample: { code: SAMPLE_CODE, trackingNumber: 'EA000000014VN', lookupUrl: SAMPLE_LOOKUP },
    params: (e, context) => ({
      code: e.dossiers[0]?.code,
      trackingNumber: e.trackingNumber,
      lookupUrl: e.dossiers[0] ? lookupUrl(context, e.dossiers[0].code) : undefined,
    }),
  },
  [SHIPMENT_FAILED_V1]: {
    audiences: (e) => (e.originUnitCode || e.destinationUnitCode ? [MessageAudience.Unit] : []),
    isLegalNotice: false,
    isUrgent: () => true,
    dossierId: (e) => e.dossiers[0]?.dossierId,
    // The unit the paper was going to, else the one it left from.
    staff: (e) => ({ unitCode: e.destinationUnitCode ?? e.originUnitCode }),
    sample: {
      code: SAMPLE_CODE,
      trackingNumber: 'EA000000014VN',
      failure: 'số niêm phong không khớp',
      note: 'Số niêm phong NP-0002 khác NP-0001',
    },
    params: (e) => ({
      code: e.dossiers.map((d) => d.code).join(', '),
      trackingNumber: e.trackingNumber,
      failure: FAILURES[e.reason],
      note: e.note,
    }),
  },
  // Paper cannot leave for a unit without a contact point: the Center's managers and the unit's leads must
  // name one. Courier announces a hold once, so each hold is one note.
  [SHIPMENT_HELD_V1]: {
    audiences: () => [MessageAudience.Manager, MessageAudience.UnitLead],
    isLegalNotice: false,
    isUrgent: () => true,
    dossierId: (e) => e.dossiers[0]?.dossierId,
    staff: (e) => ({ unitCode: e.destinationUnitCode }),
    sample: HOLD_SAMPLE,
    params: holdParams,
  },
  [SHIPMENT_RELEASED_V1]: {
    audiences: () => [MessageAudience.Manager],
    isLegalNotice: false,
    isUrgent: NOT_URGENT,
    dossierId: (e) => e.dossiers[0]?.dossierId,
    staff: (e) => ({ unitCode: e.destinationUnitCode }),
    sample: HOLD_SAMPLE,
    params: holdParams,
  },
  // The post has not taken a shipment's order after a full round of attempts: the managers call the post.
  // Courier announces it once per shipment.
  [SHIPMENT_ORDER_STALLED_V1]: {
    audiences: () => [MessageAudience.Manager],
    isLegalNotice: false,
    isUrgent: () => true,
    dossierId: (e) => e.dossiers[0]?.dossierId,
    staff: (e) => ({ unitCode: e.destinationUnitCode }),
    sample: {
      code: SAMPLE_CODE,
      destination: 'Sở Tư pháp tỉnh Nghệ An',
      attempts: '10',
      errorCode: 'COURIER_PROVIDER_UNAVAILABLE',
    },
    params: (e) => ({
      code: e.dossiers.map((d) => d.code).join(', '),
      destination: e.destinationUnitName ?? e.destinationUnitCode ?? 'địa chỉ của người nhận',
      attempts: String(e.attempts),
      errorCode: e.errorCode,
    }),
  },
  // Routing's morning digest: the dossiers due within 3 working days, to the officer holding them or, for the
  // whole unit, to its leads. It is already a digest, so it is never held for one.
  [DUE_DIGEST_COMPILED_V1]: {
    audiences: (e) => (e.officerId ? [MessageAudience.Officer] : [MessageAudience.UnitLead]),
    isLegalNotice: false,
    isUrgent: () => true,
    dossierId: () => undefined,
    staff: (e) => ({ userId: e.officerId, unitCode: e.unitCode }),
    sample: {
      count: '2',
      day: '01/12/2026',
      list: '000.00.20.H41-261128-0001 (hạn 10:00 ngày 03/12/2026); 000.00.20.H41-261128-0002 (quá hạn)',
    },
    params: (e) => ({
      count: String(e.items.length),
      day: e.day.split('-').reverse().join('/'),
      list: e.items
        .map((item) => `${item.code} (${item.isOverdue ? 'quá hạn' : `hạn ${vietnamDateTime(item.dueAt)}`})`)
        .join('; '),
    }),
  },
  // The work looks done but nobody confirmed it: the unit's leads are asked to confirm before it counts late.
  [DOSSIER_DONE_UNCONFIRMED_V1]: {
    audiences: () => [MessageAudience.UnitLead],
    isLegalNotice: false,
    isUrgent: () => true,
    dossierId: (e) => e.dossierId,
    staff: (e) => ({ unitCode: e.unitCode }),
    sample: {
      code: SAMPLE_CODE,
      signal: 'bưu điện đã nhận gói kết quả tại đơn vị',
      reference: 'EA000000014VN',
      dueDate: '10:00 ngày 07/12/2026',
    },
    params: (e) => ({
      code: e.code,
      signal: DONE_SIGNALS[e.signal],
      reference: e.reference,
      dueDate: e.dueAt ? vietnamDateTime(e.dueAt) : undefined,
    }),
  },
};

export function ruleFor<K extends EventKey>(type: K): NotificationRule<K> | undefined {
  return NOTIFICATION_RULES[type] as NotificationRule<K> | undefined;
}
