import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { FeeKind } from '../intake/procedure';
import { DOSSIER_CODE_PATTERN, IsUnitCode } from '../shared/validators';
import { AssessedFeeV1, MAX_RECEIPT_NUMBER, PaymentMethod, ReceiptIssuer } from './fee';

export const FEE_ASSESSED_V1 = 'fees.fee.assessed.v1';

/**
 * A received dossier's fees were assessed from its pinned procedure version. When `awaitsPayment` is true the
 * procedure must be paid before processing: the dossier waits in status 6 until `fees.payment.recorded.v1`
 * says it is fully paid (or `fees.fee.waived.v1`).
 */
export class FeeAssessedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  /** The collecting unit (the dossier's deciding unit). */
  @IsUnitCode()
  readonly unitCode: string;

  /** Phí and lệ phí as separate lines. */
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AssessedFeeV1)
  readonly items: AssessedFeeV1[];

  /** Integer đồng. */
  @IsInt()
  @Min(0)
  readonly totalDong: number;

  /** The procedure must be paid before processing and something is due: status 6 until paid. */
  @IsBoolean()
  readonly awaitsPayment: boolean;

  @IsISO8601({ strict: true })
  readonly assessedAt: string;
}

export const PAYMENT_RECORDED_V1 = 'fees.payment.recorded.v1';

/** A payment for a dossier was recorded (counter or online). */
export class PaymentRecordedV1 {
  @IsUUID(7)
  readonly paymentId: string;

  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsEnum(PaymentMethod)
  readonly method: PaymentMethod;

  @IsInt()
  @Min(1)
  readonly amountDong: number;

  /** Still owed after this payment; 0 when the dossier is fully paid. */
  @IsInt()
  @Min(0)
  readonly outstandingDong: number;

  /** Nothing is owed any more: a dossier waiting in status 6 may be processed. */
  @IsBoolean()
  readonly isFullyPaid: boolean;

  @IsISO8601({ strict: true })
  readonly paidAt: string;
}

export const FEE_WAIVED_V1 = 'fees.fee.waived.v1';

/** A unit lead waived a dossier's fees with a reason: a dossier waiting in status 6 may be processed. */
export class FeeWaivedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsString()
  readonly reason: string;

  /** The unit lead who decided. */
  @IsUUID(7)
  readonly waivedBy: string;

  @IsISO8601({ strict: true })
  readonly waivedAt: string;
}

export const RECEIPT_ISSUED_V1 = 'fees.receipt.issued.v1';

/** A receipt got its number (from our series, the e-receipt provider, or a registered paper receipt). */
export class ReceiptIssuedV1 {
  @IsUUID(7)
  readonly receiptId: string;

  @IsUUID(7)
  readonly dossierId: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsEnum(ReceiptIssuer)
  readonly issuer: ReceiptIssuer;

  @IsEnum(FeeKind)
  readonly kind: FeeKind;

  @IsInt()
  @Min(0)
  readonly amountDong: number;

  @IsOptional()
  @IsString()
  readonly templateSymbol?: string;

  @IsString()
  readonly seriesSymbol: string;

  @IsInt()
  @Min(1)
  @Max(MAX_RECEIPT_NUMBER)
  readonly number: number;

  @IsISO8601({ strict: true })
  readonly issuedAt: string;

  /** Set when this receipt replaces or adjusts an earlier one. */
  @IsOptional()
  @IsUUID(7)
  readonly correctsReceiptId?: string;
}
