import { Type } from 'class-transformer';
import {
  IsArray,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { IsUnitCode } from '../shared/validators';
import { ShipmentDossierV1, ShipmentFailureReason, ShipmentKind, TRACKING_NUMBER_PATTERN } from './shipment';

/** What every shipment event says: which shipment, of which kind, carrying which dossiers, between whom. */
export class ShipmentFactsV1 {
  @IsUUID(7)
  readonly shipmentId: string;

  @IsEnum(ShipmentKind)
  readonly kind: ShipmentKind;

  /** Postal tracking number (mã vận đơn). */
  @Matches(TRACKING_NUMBER_PATTERN)
  readonly trackingNumber: string;

  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ShipmentDossierV1)
  readonly dossiers: ShipmentDossierV1[];

  /** Sending unit; absent when the citizen sent it. */
  @IsOptional()
  @IsUnitCode()
  readonly originUnitCode?: string;

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
