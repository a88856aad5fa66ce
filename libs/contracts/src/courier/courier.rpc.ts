import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { IsUnitCode } from '../shared/validators';
import { Label } from '../validation';
import { HH_MM_PATTERN } from '../intake/procedure';
import {
  SEAL_NUMBER_PATTERN,
  ShipmentDossierV1,
  ShipmentFailureReason,
  ShipmentKind,
  ShipmentRecipientV1,
  ShipmentStatus,
  TRACKING_NUMBER_PATTERN,
  TrackingStatus,
} from './shipment';

export const REPLACE_CONTACT_POINTS_V1 = 'courier.contact-points.replace.v1';
export const LIST_COURIER_UNITS_V1 = 'courier.units.list.v1';
export const CREATE_SHIPMENT_V1 = 'courier.shipment.create.v1';
export const GET_SHIPMENT_V1 = 'courier.shipment.get.v1';
export const LIST_SHIPMENTS_V1 = 'courier.shipments.list.v1';
export const PREPARE_PICKUP_V1 = 'courier.pickup.prepare.v1';
export const SEAL_PACKAGE_V1 = 'courier.package.seal.v1';
export const HAND_OVER_PICKUP_V1 = 'courier.pickup.hand-over.v1';
export const RENDER_HANDOVER_RECORD_V1 = 'courier.pickup.record.render.v1';
export const RENDER_RECEIPT_RECORD_V1 = 'courier.package.record.render.v1';
export const RECEIVE_PACKAGE_V1 = 'courier.package.receive.v1';
export const RECORD_TRACKING_WEBHOOK_V1 = 'courier.tracking.webhook.v1';
export const GET_COURIER_FIGURES_V1 = 'courier.figures.get.v1';

/** A person at a unit who hands paper to the post and takes it from the post (đầu mối giao nhận). */
export class ContactPointV1 {
  @Label('Họ và tên đầu mối')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly fullName: string;

  /** Mobile or office line, as dialled in Viet Nam. */
  @Label('Số điện thoại đầu mối')
  @Matches(/^(\+84|0)\d{9,10}$/)
  readonly phone: string;

  @Label('Thư điện tử đầu mối')
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  readonly email?: string;

  /** When they can receive the post, e.g. `07:30–11:30, 13:30–16:30 các ngày làm việc`. */
  @Label('Giờ giao nhận')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly hours: string;
}

/**
 * Command (admin): a unit's contact points, replaced as a whole. Shipments held for it are released after the
 * answer, in the background (the answer counts them in `releasingShipments`).
 */
export class ReplaceContactPointsV1 {
  @Label('Mã đơn vị')
  @IsUnitCode()
  readonly unitCode: string;

  @Label('Đầu mối giao nhận')
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ContactPointV1)
  readonly contactPoints: ContactPointV1[];

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** A unit as the courier desk sees it: its contact points and what waits for them. */
export class CourierUnitV1 {
  @IsUnitCode()
  readonly code: string;

  /** From intake's unit directory; absent until courier has a copy of the unit. */
  @IsOptional()
  @IsString()
  readonly name?: string;

  @ValidateNested({ each: true })
  @Type(() => ContactPointV1)
  readonly contactPoints: ContactPointV1[];

  /** False: nothing can be sent to it; the manager must get a contact point named. */
  @IsBoolean()
  readonly hasContactPoint: boolean;

  /** Shipments held because the unit has no contact point. */
  @IsInt()
  readonly heldShipments: number;

  /**
   * Shipments once held for the unit, now being released after its contact point was named: they go on in
   * batches after the naming and this falls to 0 within seconds.
   */
  @IsOptional()
  @IsInt()
  readonly releasingShipments?: number;
}

/** Query: every known unit, or those lacking a contact point. */
export class ListCourierUnitsV1 {
  @IsOptional()
  @IsBoolean()
  readonly withoutContactPoint?: boolean;
}

export class CourierUnitListV1 {
  @ValidateNested({ each: true })
  @Type(() => CourierUnitV1)
  readonly items: CourierUnitV1[];
}

/**
 * Command (postal desk): a shipment made by hand. A dossier sent by the citizen names the post's tracking
 * number and may name no dossier yet; a result to a citizen needs the recipient; unit journeys name units.
 */
export class CreateShipmentV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @Label('Loại bưu gửi')
  @IsEnum(ShipmentKind)
  readonly kind: ShipmentKind;

  @Label('Hồ sơ')
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ShipmentDossierV1)
  readonly dossiers: ShipmentDossierV1[];

  @Label('Đơn vị gửi')
  @IsOptional()
  @IsUnitCode()
  readonly originUnitCode?: string;

  @Label('Đơn vị nhận')
  @IsOptional()
  @IsUnitCode()
  readonly destinationUnitCode?: string;

  @Label('Người nhận')
  @IsOptional()
  @ValidateNested()
  @Type(() => ShipmentRecipientV1)
  readonly recipient?: ShipmentRecipientV1;

  /** Given when the post already labelled the item; otherwise courier gives one. */
  @Label('Mã vận đơn')
  @IsOptional()
  @Matches(TRACKING_NUMBER_PATTERN)
  readonly trackingNumber?: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class GetShipmentV1 {
  @IsUUID()
  readonly shipmentId: string;
}

/** Query: shipments by status, kind, dossier or unit (leaving or arriving), newest first. */
export class ListShipmentsV1 {
  @IsOptional()
  @IsEnum(ShipmentStatus)
  readonly status?: ShipmentStatus;

  @IsOptional()
  @IsEnum(ShipmentKind)
  readonly kind?: ShipmentKind;

  @IsOptional()
  @IsUUID()
  readonly dossierId?: string;

  @Label('Đơn vị')
  @IsOptional()
  @IsUnitCode()
  readonly unitCode?: string;
}

/** One line of a shipment's tracking history. */
export class TrackingEventV1 {
  @IsEnum(TrackingStatus)
  readonly status: TrackingStatus;

  @IsISO8601()
  readonly occurredAt: string;

  /** `webhook`, `poll`, `hand_over` or `receipt`. */
  @IsString()
  readonly source: string;

  /** False when it arrived after a later event and so changed nothing. */
  @IsBoolean()
  readonly applied: boolean;

  @IsOptional()
  @IsString()
  readonly location?: string;

  @IsOptional()
  @IsString()
  readonly note?: string;
}

export class ShipmentV1 {
  @IsUUID()
  readonly id: string;

  @IsEnum(ShipmentKind)
  readonly kind: ShipmentKind;

  @IsEnum(ShipmentStatus)
  readonly status: ShipmentStatus;

  /** Absent while the postal provider has not given it (`awaiting_order`). */
  @IsOptional()
  @IsString()
  readonly trackingNumber?: string;

  @ValidateNested({ each: true })
  @Type(() => ShipmentDossierV1)
  readonly dossiers: ShipmentDossierV1[];

  @IsOptional()
  @IsUnitCode()
  readonly originUnitCode?: string;

  @IsOptional()
  @IsUnitCode()
  readonly destinationUnitCode?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => ShipmentRecipientV1)
  readonly recipient?: ShipmentRecipientV1;

  @IsOptional()
  @IsUUID()
  readonly packageId?: string;

  @IsOptional()
  @IsString()
  readonly sealNumber?: string;

  @IsOptional()
  @IsEnum(ShipmentFailureReason)
  readonly failureReason?: ShipmentFailureReason;

  @IsISO8601()
  readonly createdAt: string;

  @ValidateNested({ each: true })
  @Type(() => TrackingEventV1)
  readonly tracking: TrackingEventV1[];
}

export class ShipmentListV1 {
  @ValidateNested({ each: true })
  @Type(() => ShipmentV1)
  readonly items: ShipmentV1[];
}

/**
 * Command (postal desk): gathers the ready shipments leaving a unit at one of the day's pickup times into
 * packages, one per destination unit (one per shipment for citizens' addresses). Again before the hand-over,
 * it adds what became ready meanwhile.
 */
export class PreparePickupV1 {
  @Label('Đơn vị gửi')
  @IsUnitCode()
  readonly originUnitCode: string;

  /** A configured pickup time of today (Viet Nam time), `HH:MM`. */
  @Label('Giờ lấy bưu gửi')
  @Matches(HH_MM_PATTERN)
  readonly slot: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Command: the seal number put on a packed package. */
export class SealPackageV1 {
  @IsUUID()
  readonly packageId: string;

  @Label('Số niêm phong')
  @Matches(SEAL_NUMBER_PATTERN)
  readonly sealNumber: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Command: the sealed packages go to the postal worker; the hand-over record is drawn up. */
export class HandOverPickupV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly pickupId: string;

  /** The postal worker who takes the packages. */
  @Label('Người nhận (bưu điện)')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly takenByName: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class RenderHandoverRecordV1 {
  @IsUUID()
  readonly pickupId: string;
}

/** Query: the record of a package's receipt at its destination unit (post → contact point). */
export class RenderReceiptRecordV1 {
  @IsUUID()
  readonly packageId: string;
}

/**
 * Command: the destination's contact point takes a package from the post and checks its seal. A different
 * number or a broken seal is an incident and fails the package's shipments; otherwise they are delivered.
 */
export class ReceivePackageV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly packageId: string;

  @Label('Số niêm phong')
  @Matches(SEAL_NUMBER_PATTERN)
  readonly sealNumber: string;

  @Label('Niêm phong còn nguyên vẹn')
  @IsBoolean()
  readonly sealIntact: boolean;

  /** The postal worker who hands it over. */
  @Label('Người giao (bưu điện)')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly givenByName: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class PackageV1 {
  @IsUUID()
  readonly id: string;

  @IsOptional()
  @IsUnitCode()
  readonly destinationUnitCode?: string;

  /** `packing`, `sealed`, `in_transit`, `received` or `incident`. */
  @IsString()
  readonly status: string;

  @IsOptional()
  @IsString()
  readonly sealNumber?: string;

  @ValidateNested({ each: true })
  @Type(() => ShipmentV1)
  readonly shipments: ShipmentV1[];

  @IsOptional()
  @IsString()
  readonly incident?: string;
}

export class PickupV1 {
  @IsUUID()
  readonly id: string;

  @IsUnitCode()
  readonly originUnitCode: string;

  @IsISO8601()
  readonly slotAt: string;

  /** `packing` until the hand-over, then `handed_over`. */
  @IsString()
  readonly status: string;

  @ValidateNested({ each: true })
  @Type(() => PackageV1)
  readonly packages: PackageV1[];

  @IsOptional()
  @IsString()
  readonly givenByName?: string;

  @IsOptional()
  @IsString()
  readonly takenByName?: string;

  @IsOptional()
  @IsISO8601()
  readonly handedOverAt?: string;
}

/** One event of a provider's callback body. */
export class ProviderTrackingEventV1 {
  /** The provider's id of the event; a second delivery of it is ignored. */
  @Label('Mã sự kiện')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  readonly eventId: string;

  @Label('Mã vận đơn')
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  readonly trackingNumber: string;

  @Label('Trạng thái')
  @IsEnum(TrackingStatus)
  readonly status: TrackingStatus;

  @Label('Thời điểm')
  @IsISO8601({ strict: true })
  readonly occurredAt: string;

  @Label('Địa điểm')
  @IsOptional()
  @IsString()
  @MaxLength(300)
  readonly location?: string;

  @Label('Ghi chú')
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  readonly note?: string;

  /** For `failed`: lost, damaged or undeliverable (the default). */
  @Label('Lý do')
  @IsOptional()
  @IsEnum(ShipmentFailureReason)
  readonly reason?: ShipmentFailureReason;
}

/** The JSON body a provider posts (and the polling adapter reads). */
export class ProviderTrackingBatchV1 {
  @Label('Sự kiện')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ProviderTrackingEventV1)
  readonly events: ProviderTrackingEventV1[];
}

/** Command: a provider callback as it arrived; courier checks its signature and age before reading it. */
export class RecordTrackingWebhookV1 {
  /** Unix seconds from the `X-Motcua-Timestamp` header. */
  @Label('X-Motcua-Timestamp')
  @IsString()
  @MaxLength(20)
  readonly timestamp: string;

  /** `sha256=<hex>` from the `X-Motcua-Signature` header. */
  @Label('X-Motcua-Signature')
  @IsString()
  @MaxLength(200)
  readonly signature: string;

  /** The raw body, exactly as signed. */
  @IsString()
  @MaxLength(1_000_000)
  readonly body: string;
}

export class TrackingWebhookResultV1 {
  @IsInt()
  readonly applied: number;

  /** Events seen before (same event id): ignored. */
  @IsInt()
  readonly duplicates: number;

  /** Events kept in the history that changed nothing (older than the last applied, or not further along). */
  @IsInt()
  readonly stale: number;

  /** Event ids naming a tracking number courier does not know: kept as incidents. */
  @IsArray()
  @IsString({ each: true })
  readonly unknown: string[];
}

/** Query (manager): transport figures over a period. */
export class GetCourierFiguresV1 {
  @Label('Từ ngày')
  @IsISO8601({ strict: true })
  readonly from: string;

  @Label('Đến ngày')
  @IsISO8601({ strict: true })
  readonly to: string;
}

export class TransportFigureV1 {
  @IsOptional()
  @IsUnitCode()
  readonly originUnitCode?: string;

  /** Absent for deliveries to citizens' addresses. */
  @IsOptional()
  @IsUnitCode()
  readonly destinationUnitCode?: string;

  @IsInt()
  readonly delivered: number;

  /** From pickup to delivery. */
  @IsNumber()
  readonly averageMinutes: number;

  @IsNumber()
  readonly maxMinutes: number;
}

export class UnitTransportFigureV1 {
  @IsUnitCode()
  readonly unitCode: string;

  /** Deliveries to the unit and from it. */
  @IsInt()
  readonly delivered: number;

  @IsNumber()
  readonly averageMinutes: number;
}

export class PickupFigureV1 {
  @IsUUID()
  readonly pickupId: string;

  @IsUnitCode()
  readonly originUnitCode: string;

  @IsISO8601()
  readonly slotAt: string;

  @IsInt()
  readonly packages: number;

  @IsInt()
  readonly shipments: number;
}

export class IncidentFigureV1 {
  @IsString()
  readonly kind: string;

  @IsInt()
  readonly count: number;
}

export class IncidentV1 {
  @IsString()
  readonly kind: string;

  @IsOptional()
  @IsString()
  readonly trackingNumber?: string;

  @IsOptional()
  @IsString()
  readonly sealNumber?: string;

  @IsString()
  readonly detail: string;

  @IsISO8601()
  readonly occurredAt: string;
}

export class CourierFiguresV1 {
  @ValidateNested({ each: true })
  @Type(() => TransportFigureV1)
  readonly routes: TransportFigureV1[];

  @ValidateNested({ each: true })
  @Type(() => UnitTransportFigureV1)
  readonly units: UnitTransportFigureV1[];

  @ValidateNested({ each: true })
  @Type(() => PickupFigureV1)
  readonly pickups: PickupFigureV1[];

  @IsNumber()
  readonly averagePackagesPerPickup: number;

  @ValidateNested({ each: true })
  @Type(() => IncidentFigureV1)
  readonly incidentCounts: IncidentFigureV1[];

  /** The latest incidents, newest first (at most 50). */
  @ValidateNested({ each: true })
  @Type(() => IncidentV1)
  readonly incidents: IncidentV1[];
}
