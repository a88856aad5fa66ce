import { Type } from 'class-transformer';
import {
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
import { IsUnitCode } from '../shared/validators';

/** How a fee was paid: cash or bank transfer at the counter, or online through the payment provider. */
export enum PaymentMethod {
  Cash = 'cash',
  Transfer = 'transfer',
  Online = 'online',
}

/** Vietnamese names of the payment methods, as receipts print them (HinhThucThanhToan). */
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  [PaymentMethod.Cash]: 'Tiền mặt',
  [PaymentMethod.Transfer]: 'Chuyển khoản',
  [PaymentMethod.Online]: 'Trực tuyến',
};

/** Where a dossier's fees stand. */
export enum AssessmentStatus {
  /** Nothing to pay (no fee items, or all of amount 0). */
  NothingDue = 'nothing_due',
  /** The procedure version is not known to fees yet; assessed as soon as it is published. */
  AwaitingProcedure = 'awaiting_procedure',
  Due = 'due',
  PartlyPaid = 'partly_paid',
  Paid = 'paid',
  /** Waived by a unit lead with a reason. */
  Waived = 'waived',
}

/** Who numbers the receipts of a series: our counter, an e-receipt provider, or nobody (paper). */
export enum ReceiptIssuer {
  Internal = 'internal',
  Provider = 'provider',
  Paper = 'paper',
}

export enum ReceiptStatus {
  Issued = 'issued',
  Cancelled = 'cancelled',
  Replaced = 'replaced',
  Adjusted = 'adjusted',
}

/** Tax code of an organisation: 10 digits, or 10 + `-` + 3 for a dependent unit. */
export const TAX_CODE_PATTERN = /^\d{10}(-\d{3})?$/;

/** Ký hiệu mẫu biên lai, e.g. `01BLP0-001` (older `01BLP0/001`). */
export const RECEIPT_TEMPLATE_PATTERN = /^[0-9A-Z]{1,10}[-/]?[0-9A-Z]{0,10}$/;

/** Ký hiệu biên lai, e.g. `AA-26E` (older `AA/26E`): letters, the 2-digit year and E for electronic. */
export const RECEIPT_SERIES_PATTERN = /^[A-Z0-9]{1,8}[-/]?[A-Z0-9]{0,8}$/;

/** Receipt numbers have at most 8 digits (Decree 254/2026 Art. 23.2.c). */
export const MAX_RECEIPT_NUMBER = 99_999_999;

/** One fee line of an assessment, copied from the pinned procedure version. */
export class AssessedFeeV1 {
  @IsEnum(FeeKind)
  readonly kind: FeeKind;

  @IsString()
  readonly name: string;

  /** Integer đồng. */
  @IsInt()
  @Min(0)
  readonly amountDong: number;
}

/** A receipt as issued (never edited: corrections add receipts and links). */
export class ReceiptV1 {
  @IsUUID()
  readonly id: string;

  @IsUUID()
  readonly dossierId: string;

  @IsOptional()
  @IsUUID()
  readonly paymentId?: string;

  @IsEnum(ReceiptIssuer)
  readonly issuer: ReceiptIssuer;

  @IsEnum(ReceiptStatus)
  readonly status: ReceiptStatus;

  @IsEnum(FeeKind)
  readonly kind: FeeKind;

  @IsString()
  readonly feeName: string;

  @IsInt()
  readonly amountDong: number;

  /** Ký hiệu mẫu biên lai. */
  @IsOptional()
  @IsString()
  readonly templateSymbol?: string;

  /** Ký hiệu biên lai. */
  @IsString()
  readonly seriesSymbol: string;

  /** Absent while an e-receipt provider has not numbered it yet. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_RECEIPT_NUMBER)
  readonly number?: number;

  @IsUnitCode()
  readonly unitCode: string;

  @IsString()
  readonly payerName: string;

  @IsEnum(PaymentMethod)
  readonly method: PaymentMethod;

  @IsISO8601()
  readonly issuedAt: string;

  /** The receipt this one replaces or adjusts. */
  @IsOptional()
  @IsUUID()
  readonly correctsReceiptId?: string;
}

export class PaymentV1 {
  @IsUUID()
  readonly id: string;

  @IsUUID()
  readonly dossierId: string;

  @IsEnum(PaymentMethod)
  readonly method: PaymentMethod;

  @IsInt()
  readonly amountDong: number;

  @IsOptional()
  @IsInt()
  readonly counterNumber?: number;

  /** Vietnamese calendar day of the payment (`YYYY-MM-DD`): the cashier's day it is reconciled in. */
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  readonly day: string;

  @IsISO8601()
  readonly paidAt: string;

  @IsUUID()
  readonly recordedBy: string;

  @ValidateNested({ each: true })
  @Type(() => ReceiptV1)
  readonly receipts: ReceiptV1[];
}

/** Fees' view of a dossier: what it owes, what was paid and the receipts. */
export class AssessmentV1 {
  @IsUUID()
  readonly dossierId: string;

  @IsString()
  readonly dossierCode: string;

  @IsEnum(AssessmentStatus)
  readonly status: AssessmentStatus;

  /** The collecting unit (the dossier's deciding unit). */
  @IsUnitCode()
  readonly unitCode: string;

  @IsString()
  readonly payerName: string;

  @ValidateNested({ each: true })
  @Type(() => AssessedFeeV1)
  readonly items: AssessedFeeV1[];

  @IsInt()
  readonly totalDong: number;

  @IsInt()
  readonly paidDong: number;

  @IsInt()
  readonly outstandingDong: number;

  /** Processing waits for payment (status 6) while this is true. */
  @IsBoolean()
  readonly awaitsPayment: boolean;

  @IsBoolean()
  readonly partialPaymentAllowed: boolean;

  @IsISO8601()
  readonly assessedAt: string;

  @IsOptional()
  @IsString()
  readonly waiverReason?: string;

  @ValidateNested({ each: true })
  @Type(() => PaymentV1)
  readonly payments: PaymentV1[];

  @ValidateNested({ each: true })
  @Type(() => ReceiptV1)
  readonly receipts: ReceiptV1[];
}
