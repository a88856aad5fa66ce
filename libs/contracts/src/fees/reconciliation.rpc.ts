import { Type } from 'class-transformer';
import {
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
import { PaymentMethod } from './fee';

export const GET_RECONCILIATION_V1 = 'fees.day.reconcile.v1';
export const CLOSE_DAY_V1 = 'fees.day.close.v1';
export const EXPORT_RECONCILIATION_V1 = 'fees.day.export.v1';
export const GET_PERIOD_REPORT_V1 = 'fees.report.period.v1';

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Query: a day's collections, for one counter, one unit, or the whole Center. */
export class GetReconciliationV1 {
  @Label('Ngày')
  @Matches(DAY_PATTERN)
  readonly day: string;

  @Label('Quầy thu')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999)
  readonly counterNumber?: number;

  @Label('Đơn vị thu')
  @IsOptional()
  @IsUnitCode()
  readonly unitCode?: string;
}

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class ExportReconciliationV1 extends GetReconciliationV1 {
  @Label('Định dạng')
  @IsIn(EXPORT_FORMATS)
  readonly format: ExportFormat;
}

/** Command: the cashier closes a counter's day with the cash counted; the day is locked afterwards. */
export class CloseDayV1 {
  @Label('Ngày')
  @Matches(DAY_PATTERN)
  readonly day: string;

  @Label('Quầy thu')
  @IsInt()
  @Min(1)
  @Max(999)
  readonly counterNumber: number;

  /** Integer đồng in the drawer. */
  @Label('Tiền mặt kiểm đếm')
  @IsInt()
  @Min(0)
  @Max(100_000_000_000)
  readonly countedCashDong: number;

  @Label('Ghi chú')
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly note?: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Payments of one method: how many and how much. */
export class MethodTotalV1 {
  @IsEnum(PaymentMethod)
  readonly method: PaymentMethod;

  @IsInt()
  readonly payments: number;

  @IsInt()
  readonly amountDong: number;
}

/** One counter and unit's collections by method (the export's rows). */
export class ReconciliationLineV1 {
  @IsOptional()
  @IsInt()
  readonly counterNumber?: number;

  @IsUnitCode()
  readonly unitCode: string;

  @IsEnum(PaymentMethod)
  readonly method: PaymentMethod;

  @IsInt()
  readonly payments: number;

  @IsInt()
  readonly amountDong: number;
}

export class ReceiptCountsV1 {
  @IsInt()
  readonly issued: number;

  @IsInt()
  readonly cancelled: number;

  @IsInt()
  readonly replaced: number;

  @IsInt()
  readonly adjusted: number;
}

export class DayCloseV1 {
  @IsInt()
  readonly counterNumber: number;

  @IsISO8601()
  readonly closedAt: string;

  @IsUUID()
  readonly closedBy: string;

  @IsString()
  readonly closedByName: string;

  @IsInt()
  readonly expectedCashDong: number;

  @IsInt()
  readonly countedCashDong: number;

  /** Counted minus expected: positive is a surplus, negative a shortfall. */
  @IsInt()
  readonly differenceDong: number;

  @IsOptional()
  @IsString()
  readonly note?: string;
}

export class ReconciliationV1 {
  @Matches(DAY_PATTERN)
  readonly day: string;

  @IsOptional()
  @IsInt()
  readonly counterNumber?: number;

  @IsOptional()
  @IsUnitCode()
  readonly unitCode?: string;

  @ValidateNested({ each: true })
  @Type(() => MethodTotalV1)
  readonly byMethod: MethodTotalV1[];

  @IsInt()
  readonly totalDong: number;

  /** Receipts issued that day, and corrections made that day. */
  @ValidateNested()
  @Type(() => ReceiptCountsV1)
  readonly receipts: ReceiptCountsV1;

  /** Money given back by cancelled receipts that day. */
  @IsInt()
  readonly refundedDong: number;

  /** Cash taken less cash given back: what the drawers should hold. */
  @IsInt()
  readonly expectedCashDong: number;

  @ValidateNested({ each: true })
  @Type(() => ReconciliationLineV1)
  readonly lines: ReconciliationLineV1[];

  /** Counters of the day already closed. */
  @ValidateNested({ each: true })
  @Type(() => DayCloseV1)
  readonly closes: DayCloseV1[];
}

/** Query: a unit's collections per day over a period (at most a year). */
export class GetPeriodReportV1 {
  @Label('Đơn vị thu')
  @IsUnitCode()
  readonly unitCode: string;

  @Label('Từ ngày')
  @Matches(DAY_PATTERN)
  readonly from: string;

  @Label('Đến ngày')
  @Matches(DAY_PATTERN)
  readonly to: string;
}

export class PeriodDayV1 {
  @Matches(DAY_PATTERN)
  readonly day: string;

  @ValidateNested({ each: true })
  @Type(() => MethodTotalV1)
  readonly byMethod: MethodTotalV1[];

  @IsInt()
  readonly totalDong: number;

  @IsInt()
  readonly receiptsIssued: number;

  @IsInt()
  readonly receiptsCancelled: number;

  @IsInt()
  readonly refundedDong: number;
}

export class PeriodReportV1 {
  @IsUnitCode()
  readonly unitCode: string;

  @Matches(DAY_PATTERN)
  readonly from: string;

  @Matches(DAY_PATTERN)
  readonly to: string;

  /** Days with activity, oldest first. */
  @ValidateNested({ each: true })
  @Type(() => PeriodDayV1)
  readonly days: PeriodDayV1[];

  @ValidateNested({ each: true })
  @Type(() => MethodTotalV1)
  readonly byMethod: MethodTotalV1[];

  @IsInt()
  readonly totalDong: number;

  @IsInt()
  readonly refundedDong: number;
}
