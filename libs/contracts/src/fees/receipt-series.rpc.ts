import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { IsUnitCode } from '../shared/validators';
import { Label } from '../validation';
import { RECEIPT_SERIES_PATTERN, RECEIPT_TEMPLATE_PATTERN, ReceiptIssuer, TAX_CODE_PATTERN } from './fee';

export const CREATE_RECEIPT_SERIES_V1 = 'fees.series.create.v1';
export const LIST_RECEIPT_SERIES_V1 = 'fees.series.list.v1';
export const CANCEL_RECEIPT_SERIES_V1 = 'fees.series.cancel.v1';

/** Issuers an admin can give an electronic series (paper receipts are registered one by one). */
export const ELECTRONIC_ISSUERS = [ReceiptIssuer.Internal, ReceiptIssuer.Provider] as const;
export type ElectronicIssuer = (typeof ELECTRONIC_ISSUERS)[number];

/**
 * Command (admin): a receipt series of a collecting unit for one year. Numbers run from 1 without gaps within
 * template + series; one active series per unit and year.
 */
export class CreateReceiptSeriesV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @Label('Đơn vị thu')
  @IsUnitCode()
  readonly unitCode: string;

  @Label('Ký hiệu mẫu biên lai')
  @Matches(RECEIPT_TEMPLATE_PATTERN)
  readonly templateSymbol: string;

  @Label('Ký hiệu biên lai')
  @Matches(RECEIPT_SERIES_PATTERN)
  readonly seriesSymbol: string;

  @Label('Năm')
  @IsInt()
  @Min(2020)
  @Max(2100)
  readonly year: number;

  /** Tax code of the collecting unit as registered with the tax authority; the unit's own when absent. */
  @Label('Mã số thuế')
  @IsOptional()
  @Matches(TAX_CODE_PATTERN)
  readonly taxCode?: string;

  @Label('Đơn vị cấp số')
  @IsIn(ELECTRONIC_ISSUERS)
  readonly issuer: ElectronicIssuer;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class ListReceiptSeriesV1 {
  @Label('Đơn vị thu')
  @IsOptional()
  @IsUnitCode()
  readonly unitCode?: string;

  @Label('Năm')
  @IsOptional()
  @IsInt()
  @Min(2020)
  @Max(2100)
  readonly year?: number;
}

/** Command (admin): stop a series; payments of its unit are refused until a new one is created. */
export class CancelReceiptSeriesV1 {
  @IsUUID()
  readonly seriesId: string;

  @Label('Lý do')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly reason: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class ReceiptSeriesV1 {
  @IsUUID()
  readonly id: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsString()
  readonly templateSymbol: string;

  @IsString()
  readonly seriesSymbol: string;

  @IsInt()
  readonly year: number;

  @IsOptional()
  @IsString()
  readonly taxCode?: string;

  @IsEnum(ReceiptIssuer)
  readonly issuer: ReceiptIssuer;

  /** The last number given (0 before the first receipt). */
  @IsInt()
  readonly lastNumber: number;

  @IsBoolean()
  readonly isActive: boolean;

  @IsOptional()
  @IsString()
  readonly cancelReason?: string;

  @IsISO8601()
  readonly createdAt: string;
}

export class ReceiptSeriesListV1 {
  @ValidateNested({ each: true })
  @Type(() => ReceiptSeriesV1)
  readonly items: ReceiptSeriesV1[];
}
