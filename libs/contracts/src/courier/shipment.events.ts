import { Type } from 'class-transformer';
import {
  IsArray,
  IsEnum,
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsUnitCode } from '../shared/validators';
import {
  ShipmentDossierV1,
  ShipmentFailureReason,
  ShipmentHoldReason,
  ShipmentKind,
  TRACKING_NUMBER_PATTERN,
} from './shipment';

/** Which shipment, of which kind, carrying which dossiers, from where: what every shipment event says. */
export class ShipmentRefV1 {
  @IsUUID(7)
  readonly shipmentId: string;

  @IsEnum(ShipmentKind)
  readonly kind: ShipmentKind;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ShipmentDossierV1)
  readonly dossiers: ShipmentDossierV1[];

  /** Sending unit; absent when the citizen sent it. */
  @IsOptional()
  @IsUnitCode()
  readonly originUnitCode?: string;
}

/** A shipment on its way: its reference, its tracking number and where it goes. */
export class ShipmentFactsV1 extends ShipmentRefV1 {
  /** Postal tracking number (mã vận đơn). */
  @Matches(TRACKING_NUMBER_PATTERN)
  readonly trackingNumber: string;

  /** Receiving unit; absent when it goes to the citizen's address. */
  @IsOptional()
  @IsUnitCode()
  readonly destinationUnitCode?: string;
}

export const SHIPMENT_CREATED_V1 = 'courier.shipment.created.v1';

/** A shipment is ready to be packed and picked up (its destination has a contact point). */
export class ShipmentCreatedV1 extends ShipmentFactsV1 {
  @IsISO8601({ strict: true })
  readonly createdAt: string;
}

export const SHIPMENT_PICKED_UP_V1 = 'courier.shipment.picked-up.v1';

/** The post took the shipment: at a hand-over with a record, or as the provider reported. */
export class ShipmentPickedUpV1 extends ShipmentFactsV1 {
  @IsISO8601({ strict: true })
  readonly pickedUpAt: string;

  /** The pickup whose hand-over record lists it, when it left through one. */
  @IsOptional()
  @IsUUID(7)
  readonly pickupId?: string;
}

export const SHIPMENT_DELIVERED_V1 = 'courier.shipment.delivered.v1';

/**
 * The shipment reached its destination. Routing records the paper hand-over (dossier to a unit); intake shows
 * the result ready for return (result to the Center) or marks the dossier returned, status 10 (to the citizen).
 */
export class ShipmentDeliveredV1 extends ShipmentFactsV1 {
  @IsISO8601({ strict: true })
  readonly deliveredAt: string;

  /** Who signed for it, when known. */
  @IsOptional()
  @IsString()
  readonly receivedByName?: string;
}

export const SHIPMENT_FAILED_V1 = 'courier.shipment.failed.v1';

/** The shipment failed, was returned, lost or damaged, or its seal did not check: people must act. */
export class ShipmentFailedV1 extends ShipmentFactsV1 {
  @IsEnum(ShipmentFailureReason)
  readonly reason: ShipmentFailureReason;

  @IsOptional()
  @IsString()
  readonly note?: string;

  @IsISO8601({ strict: true })
  readonly failedAt: string;
}

/** What a hold says: which shipment waits, carrying which dossiers, for which unit, and why. */
export class ShipmentHoldFactsV1 extends ShipmentRefV1 {
  /** The unit the shipment is for. */
  @IsUnitCode()
  readonly destinationUnitCode: string;

  /** Its name in intake's directory, when courier's copy knows it. */
  @IsOptional()
  @IsString()
  readonly destinationUnitName?: string;

  @IsEnum(ShipmentHoldReason)
  readonly reason: ShipmentHoldReason;
}

export const SHIPMENT_HELD_V1 = 'courier.shipment.held.v1';

/**
 * A shipment cannot leave: its destination unit has no contact point to hand it to. Published once when the
 * shipment is held; the Center's managers and the unit's leads are told.
 */
export class ShipmentHeldV1 extends ShipmentHoldFactsV1 {
  @IsISO8601({ strict: true })
  readonly heldAt: string;
}

export const SHIPMENT_RELEASED_V1 = 'courier.shipment.released.v1';

/** The unit named a contact point: the held shipment goes on (`courier.shipment.created.v1` follows). */
export class ShipmentReleasedV1 extends ShipmentHoldFactsV1 {
  @IsISO8601({ strict: true })
  readonly releasedAt: string;
}

export const SHIPMENT_ORDER_STALLED_V1 = 'courier.shipment.order-stalled.v1';

/**
 * The postal provider has not taken a shipment's order after a full round of attempts: the shipment has no
 * tracking number and cannot leave. Published once per shipment; courier keeps trying, and the Center's
 * managers are told so they can call the post. `courier.shipment.created.v1` follows once an order is taken.
 */
export class ShipmentOrderStalledV1 extends ShipmentRefV1 {
  /** Receiving unit; absent when it goes to the citizen's address. */
  @IsOptional()
  @IsUnitCode()
  readonly destinationUnitCode?: string;

  /** Its name in intake's directory, when courier's copy knows it. */
  @IsOptional()
  @IsString()
  readonly destinationUnitName?: string;

  /** Order calls made in the round that ran out. */
  @IsInt()
  @Min(1)
  readonly attempts: number;

  /**
   * Stable code of the last failure: `COURIER_PROVIDER_UNAVAILABLE` (refused, unreachable or too slow),
   * `COURIER_PROVIDER_ANSWER_INVALID` (no valid tracking number), another courier error code, or
   * `COURIER_ORDER_FAILED` (an unexpected failure).
   */
  @IsString()
  @MaxLength(100)
  readonly errorCode: string;

  @IsISO8601({ strict: true })
  readonly stalledAt: string;
}
