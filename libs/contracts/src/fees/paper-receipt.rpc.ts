import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEnum,
  IsInt,
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
import { FeeKind } from '../intake/procedure';
import { ActorV1 } from '../shared/actor';
import { Label } from '../validation';
import { MAX_RECEIPT_NUMBER, RECEIPT_SERIES_PATTERN, RECEIPT_TEMPLATE_PATTERN } from './fee';

export const REGISTER_PAPER_RECEIPT_V1 = 'fees.paper-receipt.register.v1';

/**
 * Command: the cashier of a unit that may not issue e-receipts (the provincial Police) registers the paper
 * receipt written for a payment. A series + number already registered for the unit is refused.
 */
export class RegisterPaperReceiptV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly paymentId: string;

  @Label('Loại khoản thu')
  @IsEnum(FeeKind)
  readonly kind: FeeKind;

  @Label('Ký hiệu mẫu biên lai')
  @IsOptional()
  @Matches(RECEIPT_TEMPLATE_PATTERN)
  readonly templateSymbol?: string;

  @Label('Ký hiệu biên lai')
  @Matches(RECEIPT_SERIES_PATTERN)
  readonly seriesSymbol: string;

  @Label('Số biên lai')
  @IsInt()
  @Min(1)
  @Max(MAX_RECEIPT_NUMBER)
  readonly number: number;

  @Label('Số tiền')
  @IsInt()
  @Min(1)
  @Max(1_000_000_000)
  readonly amountDong: number;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}
