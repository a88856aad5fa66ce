import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Channel } from '../shared/channel';
import { IsCitizenId, IsProcedureCode, IsUnitCode, IsVietnameseMobile } from '../shared/validators';
import { Label } from '../validation';
import { CounterCommandV1 } from './counter-command';
import { DocumentForm } from './procedure';
import { PaperFormat } from './slip.rpc';

export const RECORD_INCOMPLETE_RECEPTION_V1 = 'intake.reception.incomplete.v1';
export const REFUSE_RECEPTION_V1 = 'intake.reception.refuse.v1';
export const RENDER_RECEPTION_SLIP_V1 = 'intake.reception.slip.render.v1';

/** Who came to the counter when the dossier was not received: fewer details are required than at reception. */
export class ReceptionVisitorV1 {
  @Label('Họ và tên')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly fullName: string;

  @Label('Số điện thoại')
  @IsOptional()
  @IsVietnameseMobile()
  readonly phone?: string;

  @Label('Số định danh cá nhân')
  @IsOptional()
  @IsCitizenId()
  readonly idNumber?: string;

  @Label('Địa chỉ')
  @IsOptional()
  @IsString()
  @MaxLength(500)
  readonly address?: string;
}

/** Something missing or wrong: a line of the procedure's checklist (`index`) or a paper it does not list (`name`). */
export class MissingItemV1 {
  @Label('Thành phần hồ sơ')
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99)
  readonly index?: number;

  @Label('Tên giấy tờ')
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly name?: string;

  /** What exactly to bring or correct (`thiếu chữ ký của người khai`). */
  @Label('Nội dung cần bổ sung')
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  readonly detail?: string;
}

/**
 * Command: the dossier is incomplete; the clerk gives written guidance listing everything missing at once
 * (form 02). Recorded for statistics; the dossier gets no code.
 */
export class RecordIncompleteReceptionV1 extends CounterCommandV1 {
  @Label('Người nộp')
  @IsDefined()
  @ValidateNested()
  @Type(() => ReceptionVisitorV1)
  readonly applicant: ReceptionVisitorV1;

  @Label('Nội dung cần bổ sung, hoàn thiện')
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => MissingItemV1)
  readonly missing: MissingItemV1[];

  @Label('Lý do')
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  readonly reason: string;
}

/** Command: the dossier is refused at reception, with the reason (form 03). Recorded for statistics. */
export class RefuseReceptionV1 extends CounterCommandV1 {
  @Label('Người nộp')
  @IsDefined()
  @ValidateNested()
  @Type(() => ReceptionVisitorV1)
  readonly applicant: ReceptionVisitorV1;

  @Label('Lý do từ chối')
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  readonly reason: string;
}

export class MissingDocumentV1 {
  @IsString()
  readonly name: string;

  @IsOptional()
  @IsEnum(DocumentForm)
  readonly form?: DocumentForm;

  @IsOptional()
  @IsInt()
  readonly count?: number;

  @IsOptional()
  @IsString()
  readonly detail?: string;
}

/** A visit that did not end in a received dossier: guidance given (incomplete) or refusal. */
export class ReceptionRecordV1 {
  @IsUUID()
  readonly id: string;

  @IsIn(['incomplete', 'refused'])
  readonly outcome: 'incomplete' | 'refused';

  @IsProcedureCode()
  readonly procedureCode: string;

  @IsUUID()
  readonly procedureVersionId: string;

  @IsString()
  readonly procedureName: string;

  @IsUnitCode()
  readonly unitCode: string;

  @IsEnum(Channel)
  readonly channel: Channel;

  @ValidateNested()
  @Type(() => ReceptionVisitorV1)
  readonly applicant: ReceptionVisitorV1;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => MissingDocumentV1)
  readonly missing?: MissingDocumentV1[];

  @IsString()
  readonly reason: string;

  @IsISO8601()
  readonly recordedAt: string;

  @IsUUID()
  readonly recordedBy: string;
}

/** Query: the slip of a reception record as PDF: form 02 (incomplete) or 03 (refused). */
export class RenderReceptionSlipV1 {
  @IsUUID()
  readonly recordId: string;

  @Label('Khổ giấy')
  @IsEnum(PaperFormat)
  readonly format: PaperFormat;
}
