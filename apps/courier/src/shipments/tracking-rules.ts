import {
  ShipmentFailureReason,
  ShipmentKind,
  ShipmentStatus,
  TRACKING_NUMBER_PATTERN,
  TrackingStatus,
} from '@motcua/contracts';

const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** The UPU S10 check digit of an eight-digit serial number. */
export function s10CheckDigit(serial: string): number {
  const sum = [...serial].reduce((total, digit, index) => total + Number(digit) * S10_WEIGHTS[index], 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 0;
  if (check === 11) return 5;
  return check;
}

/** `EA` + eight-digit serial + check digit + `VN`. */
export function formatTrackingNumber(prefix: string, serial: number): string {
  const digits = String(serial % 100_000_000).padStart(8, '0');
  return `${prefix}${digits}${s10CheckDigit(digits)}VN`;
}

/** Well formed and with the right check digit: a mistyped label is caught at the desk. */
export function isTrackingNumberValid(value: string): boolean {
  if (!TRACKING_NUMBER_PATTERN.test(value)) return false;
  return s10CheckDigit(value.slice(2, 10)) === Number(value[10]);
}

const RANK: Record<ShipmentStatus, number> = {
  [ShipmentStatus.Held]: 0,
  [ShipmentStatus.AwaitingOrder]: 0,
  [ShipmentStatus.Created]: 1,
  [ShipmentStatus.PickedUp]: 2,
  [ShipmentStatus.InTransit]: 3,
  [ShipmentStatus.Delivered]: 4,
  [ShipmentStatus.Failed]: 4,
  [ShipmentStatus.Returned]: 4,
  [ShipmentStatus.Cancelled]: 4,
};

const STATUS_OF: Record<TrackingStatus, ShipmentStatus> = {
  [TrackingStatus.PickedUp]: ShipmentStatus.PickedUp,
  [TrackingStatus.InTransit]: ShipmentStatus.InTransit,
  [TrackingStatus.Delivered]: ShipmentStatus.Delivered,
  [TrackingStatus.Failed]: ShipmentStatus.Failed,
  [TrackingStatus.Returned]: ShipmentStatus.Returned,
};

export function isTerminal(status: ShipmentStatus): boolean {
  return RANK[status] === RANK[ShipmentStatus.Delivered];
}

/**
 * The status a tracking event moves a shipment to, or null when it changes nothing: a held shipment or one
 * awaiting its order never left, a finished one stays finished, an event older than the last one applied is history only, and the
 * state never goes backwards (created → picked up → in transit → delivered, or failed / returned).
 */
export function nextStatus(
  shipment: { status: ShipmentStatus; lastEventAt: Date | null },
  event: { status: TrackingStatus; occurredAt: Date },
): ShipmentStatus | null {
  if (RANK[shipment.status] === RANK[ShipmentStatus.Held] || isTerminal(shipment.status)) return null;
  if (shipment.lastEventAt && event.occurredAt < shipment.lastEventAt) return null;
  const target = STATUS_OF[event.status];
  return RANK[target] > RANK[shipment.status] ? target : null;
}

/** Why a shipment failed, from the provider's status and reason. */
export function failureReason(
  status: TrackingStatus.Failed | TrackingStatus.Returned,
  reason?: ShipmentFailureReason,
): ShipmentFailureReason {
  if (status === TrackingStatus.Returned) return ShipmentFailureReason.Returned;
  return reason ?? ShipmentFailureReason.Undeliverable;
}

/** Journeys handed to a unit's contact point: they wait until the destination names one. */
export function needsContactPoint(kind: ShipmentKind): boolean {
  return kind === ShipmentKind.DossierToUnit || kind === ShipmentKind.ResultToCenter;
}
