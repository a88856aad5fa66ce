import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEnum,
  IsISO8601,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { Label } from '../validation';
import { ReceiptV1 } from './fee';

export const CORRECT_RECEIPT_V1 = 'fees.receipt.correct.v1';

/**
 * How an issued receipt is corrected; it is never deleted or edited. Cancel voids it (the money is given
 * back: the dossier owes it again); replace and adjust issue a new receipt with the next number that points
 * to it (replace for a wrong receipt, adjust for wrong details such as the payer's name).
 */
export enum CorrectionAction {
  Cancel = 'cancel',
  Replace = 'replace',
  Adjust = 'adjust',
}

/** What changes on the new receipt of a replacement or adjustment (amounts change only by cancelling). */
export class ReceiptChangesV1 {
  @Label('Người nộp')
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly payerName?: string;

  @Label('Khoản thu')
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly feeName?: string;
}

/** Command: a unit lead or the Center's manager approves and makes a correction, with its reason. */
export class CorrectReceiptV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly receiptId: string;

  @Label('Hình thức xử lý')
  @IsEnum(CorrectionAction)
  readonly action: CorrectionAction;

  @Label('Lý do')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly reason: string;

  @Label('Nội dung điều chỉnh')
  @IsOptional()
  @ValidateNested()
  @Type(() => ReceiptChangesV1)
  readonly changes?: ReceiptChangesV1;

  /** The approver. */
  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/**
 * What the tax authority's error notice (Thông báo chứng từ điện tử có sai sót) needs per receipt: template
 * (KHMSCTu), series (KHCTu), number (SCTu), date of issue (NLap), the action and its reason (LDo).
 */
export class ErrorNoticeLineV1 {
  @IsOptional()
  @IsString()
  readonly templateSymbol?: string;

  @IsString()
  readonly seriesSymbol: string;

  @IsOptional()
  @IsInt()
  readonly number?: number;

  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  readonly issuedOn: string;

  @IsEnum(CorrectionAction)
  readonly action: CorrectionAction;

  @IsString()
  readonly reason: string;
}

export class ReceiptCorrectionV1 {
  @IsUUID()
  readonly id: string;

  @IsUUID()
  readonly receiptId: string;

  @IsEnum(CorrectionAction)
  readonly action: CorrectionAction;

  @IsString()
  readonly reason: string;

  @IsUUID()
  readonly approvedBy: string;

  @IsString()
  readonly approvedByName: string;

  @IsISO8601()
  readonly correctedAt: string;

  @ValidateNested()
  @Type(() => ErrorNoticeLineV1)
  readonly errorNotice: ErrorNoticeLineV1;

  /** The new receipt of a replacement or adjustment. */
  @IsOptional()
  @ValidateNested()
  @Type(() => ReceiptV1)
  readonly newReceipt?: ReceiptV1;
}
