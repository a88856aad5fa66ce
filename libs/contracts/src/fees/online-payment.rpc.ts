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
import { Label } from '../validation';

export const REQUEST_ONLINE_PAYMENT_V1 = 'fees.online-payment.request.v1';
export const CONFIRM_ONLINE_PAYMENT_V1 = 'fees.online-payment.confirm.v1';

export enum PaymentRequestStatus {
  Pending = 'pending',
  Paid = 'paid',
  Failed = 'failed',
}

/** Command: open an online payment of what a dossier owes; the applicant pays at `payUrl`. */
export class RequestOnlinePaymentV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly dossierId: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

export class PaymentRequestV1 {
  /** Our reference, which the provider sends back in its callback. */
  @IsString()
  readonly reference: string;

  @IsUUID()
  readonly dossierId: string;

  @IsInt()
  readonly amountDong: number;

  @IsString()
  readonly payUrl: string;

  @IsEnum(PaymentRequestStatus)
  readonly status: PaymentRequestStatus;

  @IsISO8601()
  readonly createdAt: string;

  @IsOptional()
  @IsUUID()
  readonly paymentId?: string;
}

/**
 * The payment provider's callback, as the gateway received it (public endpoint). `signature` is the hex
 * HMAC-SHA256, under the shared secret, of `reference|transactionId|amountDong|status|paidAt`.
 */
export class ConfirmOnlinePaymentV1 {
  @Label('Mã tham chiếu')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  readonly reference: string;

  @Label('Mã giao dịch')
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  readonly transactionId: string;

  @Label('Số tiền')
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  readonly amountDong: number;

  @Label('Kết quả')
  @IsIn(['success', 'failed'])
  readonly status: 'success' | 'failed';

  @Label('Thời điểm thanh toán')
  @IsISO8601({ strict: true })
  readonly paidAt: string;

  @Label('Chữ ký')
  @Matches(/^[0-9a-f]{64}$/)
  readonly signature: string;
}

export enum CallbackOutcome {
  /** The payment was recorded and its receipts issued. */
  Recorded = 'recorded',
  /** The provider reported a failed payment; the request stays open for another try. */
  Failed = 'failed',
  /** A callback already handled (replayed): nothing changed. */
  Duplicate = 'duplicate',
}

export class CallbackResultV1 {
  @IsString()
  readonly reference: string;

  @IsEnum(CallbackOutcome)
  readonly outcome: CallbackOutcome;

  @IsOptional()
  @IsUUID()
  readonly paymentId?: string;
}
