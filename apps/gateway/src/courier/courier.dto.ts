import { ApiPropertyOptional, OmitType, PickType } from '@nestjs/swagger';
import {
  CreateShipmentV1,
  GetCourierFiguresV1,
  HandOverPickupV1,
  Label,
  ListShipmentsV1,
  PreparePickupV1,
  ReceivePackageV1,
  ReplaceContactPointsV1,
  SealPackageV1,
} from '@motcua/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { derivedContractSchema } from '../http/contract-schemas';

/** A unit's contact points; the unit is in the path. */
export class ReplaceContactPointsBody extends PickType(ReplaceContactPointsV1, ['contactPoints'] as const) {}

export const REPLACE_CONTACT_POINTS_BODY_SCHEMA = derivedContractSchema(
  'ReplaceContactPointsBody',
  'ReplaceContactPointsV1',
  ['unitCode', 'actor'],
);

export class CourierUnitsQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only units nothing can be sent to' })
  @Label('Chỉ đơn vị chưa có đầu mối')
  @IsOptional()
  @IsIn(['true', 'false'])
  withoutContactPoint?: 'true' | 'false';
}

/** A shipment made at the postal desk; the token says who, the Idempotency-Key header makes retries safe. */
export class CreateShipmentBody extends OmitType(CreateShipmentV1, ['actor', 'idempotencyKey'] as const) {}

export const CREATE_SHIPMENT_BODY_SCHEMA = derivedContractSchema('CreateShipmentBody', 'CreateShipmentV1', [
  'actor',
  'idempotencyKey',
]);

export class ShipmentsQuery extends ListShipmentsV1 {}

export class PreparePickupBody extends OmitType(PreparePickupV1, ['actor'] as const) {}

export const PREPARE_PICKUP_BODY_SCHEMA = derivedContractSchema('PreparePickupBody', 'PreparePickupV1', [
  'actor',
]);

export class SealPackageBody extends PickType(SealPackageV1, ['sealNumber'] as const) {}

export const SEAL_PACKAGE_BODY_SCHEMA = derivedContractSchema('SealPackageBody', 'SealPackageV1', [
  'packageId',
  'actor',
]);

export class HandOverPickupBody extends PickType(HandOverPickupV1, ['takenByName'] as const) {}

export const HAND_OVER_PICKUP_BODY_SCHEMA = derivedContractSchema('HandOverPickupBody', 'HandOverPickupV1', [
  'pickupId',
  'actor',
  'idempotencyKey',
]);

export class ReceivePackageBody extends PickType(ReceivePackageV1, [
  'sealNumber',
  'sealIntact',
  'givenByName',
] as const) {}

export const RECEIVE_PACKAGE_BODY_SCHEMA = derivedContractSchema('ReceivePackageBody', 'ReceivePackageV1', [
  'packageId',
  'actor',
  'idempotencyKey',
]);

export class FiguresQuery extends GetCourierFiguresV1 {}
