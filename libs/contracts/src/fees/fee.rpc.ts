import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PaperFormat } from '../intake/slip.rpc';
import { ActorV1 } from '../shared/actor';
import { Label } from '../validation';
import { PaymentMethod } from './fee';

export const GET_ASSESSMENT_V1 = 'fees.assessment.get.v1';
export const RECORD_PAYMENT_V1 = 'fees.payment.record.v1';
export const WAIVE_FEE_V1 = 'fees.fee.waive.v1';
export const RENDER_RECEIPT_V1 = 'fees.receipt.render.v1';

/** Query: a dossier's assessment, payments and receipts. */
export class GetAssessmentV1 {
  @IsUUID()
  readonly dossierId: string;
}

/** Methods a cashier records at the counter (online payments arrive through the provider's callback). */
export const COUNTER_PAYMENT_METHODS = [PaymentMethod.Cash, PaymentMethod.Transfer] as const;
export type CounterPaymentMethod = (typeof COUNTER_PAYMENT_METHODS)[number];

/**
 * Command: a cashier records a cash or transfer payment at a counter; one receipt per fee kind is issued in
 * the same transaction. The amount must equal what is owed (or, when the procedure allows partial payment,
 * not exceed it). Idempotent by `idempotencyKey`.
 */
export class RecordPaymentV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly dossierId: string;

  @Label('Hình thức thanh toán')
  @IsIn(COUNTER_PAYMENT_METHODS)
  readonly method: CounterPaymentMethod;

  /** Integer đồng. */
  @Label('Số tiền')
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  readonly amountDong: number;

  @Label('Quầy thu')
  @IsInt()
  @Min(1)
  @Max(999)
  readonly counterNumber: number;

  /** The bank's transaction reference of a transfer. */
  @Label('Mã giao dịch chuyển khoản')
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  readonly transferReference?: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Command: a unit lead waives a dossier's unpaid fees with a reason. */
export class WaiveFeeV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly dossierId: string;

  @Label('Lý do miễn phí, lệ phí')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly reason: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Query: a receipt as a PDF (A4 or the 80 mm roll). */
export class RenderReceiptV1 {
  @IsUUID()
  readonly receiptId: string;

  @Label('Khổ giấy')
  @IsEnum(PaperFormat)
  readonly format: PaperFormat;
}
