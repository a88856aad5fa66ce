import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Channel,
  DossierStatus,
  IsProcedureCode,
  IsUnitCode,
  IsVietnameseMobile,
  Label,
  MessageChannel,
  MessageStatus,
} from '@motcua/contracts';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsDefined,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class ApplicantBody {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @Label('Họ và tên người nộp')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName: string;

  @ApiProperty({ example: '0912345678', description: 'Vietnamese mobile number, national or +84 form' })
  @Label('Số điện thoại')
  @IsVietnameseMobile()
  phone: string;

  @ApiPropertyOptional({ example: 'an.nguyen@example.vn' })
  @Label('Thư điện tử')
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

/** Minimal reception for the walking skeleton; the intake issue adds the catalog and checklist. */
export class ReceiveDossierBody {
  @ApiProperty({ example: '2.000488', description: 'National procedure code' })
  @Label('Mã thủ tục')
  @IsProcedureCode()
  procedureCode: string;

  @ApiProperty({ example: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam' })
  @Label('Tên thủ tục')
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  procedureName: string;

  @ApiProperty({ example: '000.00.20.H41', description: 'QCVN 102 code of the deciding unit' })
  @Label('Mã đơn vị xử lý')
  @IsUnitCode()
  handlingUnitCode: string;

  @ApiProperty({ enum: Channel, example: Channel.Direct })
  @Label('Kênh tiếp nhận')
  @IsEnum(Channel)
  channel: Channel;

  @ApiProperty({ type: ApplicantBody })
  @Label('Người nộp')
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantBody)
  applicant: ApplicantBody;
}

export class ApplicantDto {
  @ApiProperty()
  fullName: string;

  @ApiProperty({ example: '+84912345678' })
  phone: string;

  @ApiPropertyOptional()
  email?: string;
}

export class DossierDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '000.00.20.H41-251027-0361', description: '<unit code>-<YYMMDD>-<NNNN>' })
  code: string;

  @ApiProperty({ enum: DossierStatus })
  status: DossierStatus;

  @ApiProperty()
  procedureCode: string;

  @ApiProperty()
  procedureName: string;

  @ApiProperty()
  receivingUnitCode: string;

  @ApiProperty()
  handlingUnitCode: string;

  @ApiProperty({ enum: Channel })
  channel: Channel;

  @ApiProperty({ type: ApplicantDto })
  applicant: ApplicantDto;

  @ApiProperty({ format: 'date-time' })
  receivedAt: string;

  @ApiProperty({ format: 'uuid', description: 'User id of the receiving clerk' })
  receivedBy: string;
}

export class AssignmentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  unitCode: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  officerId: string | null;

  @ApiProperty({ example: 'Thẩm định hồ sơ' })
  stepName: string;

  @ApiProperty({ format: 'date-time' })
  assignedAt: string;
}

export class RoutingDto {
  @ApiProperty({ type: [AssignmentDto], description: 'Oldest first' })
  assignments: AssignmentDto[];
}

export class MessageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: MessageChannel })
  channel: MessageChannel;

  @ApiProperty({ example: '+8491****678', description: 'Masked recipient' })
  recipient: string;

  @ApiProperty()
  body: string;

  @ApiProperty({ enum: MessageStatus })
  status: MessageStatus;

  @ApiProperty({ example: 'intake.dossier.received.v1' })
  eventType: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

/** The combined view: each part from the service that owns it, asked in parallel. */
export class DossierViewDto {
  @ApiProperty({ type: DossierDto })
  dossier: DossierDto;

  @ApiProperty({ type: RoutingDto, nullable: true, description: 'null when routing did not answer' })
  routing: RoutingDto | null;

  @ApiProperty({ type: [MessageDto], nullable: true, description: 'null when notifications did not answer' })
  messages: MessageDto[] | null;

  @ApiProperty({ type: [String], example: [], description: 'Services that did not answer in time' })
  unavailable: string[];
}
