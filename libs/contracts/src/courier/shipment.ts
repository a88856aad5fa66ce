import { IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { DOSSIER_CODE_PATTERN } from '../shared/validators';
import { Label } from '../validation';

/** The four journeys paper makes with the post (Decision 45/2016 and the Center's own transport). */
export enum ShipmentKind {
  /** A received paper dossier from the Center to the deciding unit. */
  DossierToUnit = 'dossier_to_unit',
  /** A paper result from the deciding unit to the Center's return counter. */
  ResultToCenter = 'result_to_center',
  /** A result from the Center to the address the citizen chose (postal return). */
  ResultToCitizen = 'result_to_citizen',
  /** A dossier the citizen sent to the Center by post. */
  DossierFromCitizen = 'dossier_from_citizen',
}

/**
 * Where a shipment is. `held` waits for the destination unit to name a contact point; `awaiting_order` waits
 * for the postal provider to take the order and give its tracking number; then tracking only moves forward:
 * created → picked up → in transit → delivered, or failed / returned (or cancelled, unpacked).
 */
export enum ShipmentStatus {
  Held = 'held',
  AwaitingOrder = 'awaiting_order',
  Created = 'created',
  PickedUp = 'picked_up',
  InTransit = 'in_transit',
  Delivered = 'delivered',
  Failed = 'failed',
  Returned = 'returned',
  /** The dossier was withdrawn before its paper was packed: nothing travels. */
  Cancelled = 'cancelled',
}

/** Why a shipment waits before it may be packed. */
export enum ShipmentHoldReason {
  /** The destination unit named no contact point (đầu mối) to take the package from the post. */
  NoContactPoint = 'no_contact_point',
}

/** What the post (or a hand-over at a desk) reports about a shipment. */
export enum TrackingStatus {
  PickedUp = 'picked_up',
  InTransit = 'in_transit',
  Delivered = 'delivered',
  Failed = 'failed',
  Returned = 'returned',
}

/** Why a shipment did not arrive as it should; notifications alerts on each. */
export enum ShipmentFailureReason {
  Undeliverable = 'undeliverable',
  Returned = 'returned',
  Lost = 'lost',
  Damaged = 'damaged',
  SealMismatch = 'seal_mismatch',
  SealBroken = 'seal_broken',
}

/** UPU S10 item identifier as Vietnam Post prints it: two letters, eight digits, a check digit, `VN`. */
export const TRACKING_NUMBER_PATTERN = /^[A-Z]{2}\d{9}VN$/;

/** Seal number printed on the seal of a package (letters, digits, dashes). */
export const SEAL_NUMBER_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,39}$/;

/** A dossier travelling in a shipment. */
export class ShipmentDossierV1 {
  @Label('Mã định danh hồ sơ')
  @IsUUID()
  readonly dossierId: string;

  @Label('Mã hồ sơ')
  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;
}

/** Who receives a shipment at a home address (postal return). */
export class ShipmentRecipientV1 {
  @Label('Người nhận')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly fullName: string;

  @Label('Số điện thoại người nhận')
  @IsOptional()
  @IsString()
  @MaxLength(20)
  readonly phone?: string;

  @Label('Địa chỉ nhận')
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly address: string;
}
