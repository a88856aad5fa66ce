import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsEmail,
  IsEnum,
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
import { DossierStatus } from '../shared/dossier-status';
import { IsCitizenId, IsProcedureCode, IsUnitCode, IsVietnameseMobile } from '../shared/validators';
import { Label } from '../validation';
import { ActorV1 } from '../shared/actor';
import { CounterCommandV1 } from './counter-command';
import { DocumentForm } from './procedure';
import { ResolutionOutcome } from '../routing/dossier.events';

export const RECEIVE_DOSSIER_V2 = 'intake.dossier.receive.v2';
export const GET_DOSSIER_V1 = 'intake.dossier.get.v1';
export const WITHDRAW_DOSSIER_V1 = 'intake.dossier.withdraw.v1';

/** How the applicant gets the result: at a return counter, or by post to an address (BCCI). */
export enum ResultDeliveryMethod {
  Counter = 'counter',
  Post = 'post',
}

/** How a result reached the applicant. */
export enum ReturnMethod {
  Counter = 'counter',
  Post = 'post',
}

export class ResultDeliveryV1 {
  @Label('Hình thức nhận kết quả')
  @IsEnum(ResultDeliveryMethod)
  readonly method: ResultDeliveryMethod;

  /** Required when the result goes by post. */
  @Label('Địa chỉ nhận kết quả')
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly address?: string;
}

/** The person or business submitting, as the clerk records them at the counter. */
export class ReceptionApplicantV1 {
  @Label('Họ và tên')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly fullName: string;

  @Label('Số định danh cá nhân')
  @IsCitizenId()
  readonly idNumber: string;

  @Label('Số điện thoại')
  @IsVietnameseMobile()
  readonly phone: string;

  @Label('Thư điện tử')
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  readonly email?: string;

  @Label('Địa chỉ')
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly address: string;
}

/** One ticked line of the required-documents checklist: its position in the procedure version's list. */
export class SubmittedDocumentV1 {
  @Label('Thành phần hồ sơ')
  @IsInt()
  @Min(0)
  @Max(99)
  readonly index: number;

  @Label('Số lượng')
  @IsInt()
  @Min(1)
  @Max(50)
  readonly count: number;
}

/**
 * Command: receive a complete dossier at a counter for the version in force of a procedure. Idempotent by
 * `idempotencyKey`. Refused (nothing stored) when the procedure is unknown or retired, the channel not allowed,
 * a mandatory document not ticked, or postal return asked without an address or for a procedure without it.
 */
export class ReceiveDossierV2 extends CounterCommandV1 {
  @Label('Người nộp')
  @IsDefined()
  @ValidateNested()
  @Type(() => ReceptionApplicantV1)
  readonly applicant: ReceptionApplicantV1;

  @Label('Thành phần hồ sơ đã nhận')
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => SubmittedDocumentV1)
  readonly documents: SubmittedDocumentV1[];

  @Label('Nhận kết quả')
  @IsDefined()
  @ValidateNested()
  @Type(() => ResultDeliveryV1)
  readonly resultDelivery: ResultDeliveryV1;

  /** The queue ticket the applicant came with; it is completed and linked to the dossier. */
  @Label('Số thứ tự')
  @IsOptional()
  @IsUUID()
  readonly ticketId?: string;
}

/** Command: the applicant withdraws the dossier (status 7), with the reason they gave. */
export class WithdrawDossierV1 {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsUUID()
  readonly dossierId: string;

  @Label('Lý do rút hồ sơ')
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  readonly reason: string;

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** Query: one dossier as intake knows it. */
export class GetDossierV1 {
  @IsUUID()
  readonly dossierId: string;
}

export class DossierApplicantV1 {
  @IsString()
  readonly fullName: string;

  @IsOptional()
  @IsString()
  readonly idNumber?: string;

  @IsString()
  readonly phone: string;

  @IsOptional()
  @IsString()
  readonly email?: string;

  @IsOptional()
  @IsString()
  readonly address?: string;
}

/** A checklist line as received: the document's name and form copied from the pinned procedure version. */
export class ReceivedDocumentV1 {
  @IsString()
  readonly name: string;

  @IsEnum(DocumentForm)
  readonly form: DocumentForm;

  @IsInt()
  readonly count: number;
}

export class SupplementRequestV1 {
  @IsString()
  readonly reason: string;

  @IsArray()
  @IsString({ each: true })
  readonly documents: string[];

  @IsISO8601()
  readonly requestedAt: string;

  /** The dossier is closed if nothing arrives by then. */
  @IsISO8601()
  readonly closesAt: string;
}

export class ResolutionV1 {
  @IsEnum(ResolutionOutcome)
  readonly outcome: ResolutionOutcome;

  @IsOptional()
  @IsString()
  readonly resultReference?: string;

  @IsISO8601()
  readonly resolvedAt: string;
}

/** Intake's view of a dossier. Fields added by later features are optional for dossiers received before them. */
export class DossierV1 {
  @IsUUID()
  readonly id: string;

  @IsString()
  readonly code: string;

  @IsEnum(DossierStatus)
  readonly status: DossierStatus;

  @IsProcedureCode()
  readonly procedureCode: string;

  /** The procedure version in force at reception, which the dossier keeps. */
  @IsOptional()
  @IsUUID()
  readonly procedureVersionId?: string;

  @IsString()
  readonly procedureName: string;

  @IsUnitCode()
  readonly receivingUnitCode: string;

  @IsUnitCode()
  readonly handlingUnitCode: string;

  @IsEnum(Channel)
  readonly channel: Channel;

  @ValidateNested()
  @Type(() => DossierApplicantV1)
  readonly applicant: DossierApplicantV1;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ReceivedDocumentV1)
  readonly documents?: ReceivedDocumentV1[];

  @IsOptional()
  @ValidateNested()
  @Type(() => ResultDeliveryV1)
  readonly resultDelivery?: ResultDeliveryV1;

  @IsISO8601()
  readonly receivedAt: string;

  /** When the time limit started: reception, or the next working moment (after a cut-off, the next morning). */
  @IsOptional()
  @IsISO8601()
  readonly countedFrom?: string;

  /** The appointment (ngày hẹn trả) promised on slip 01; a calendar change never moves it. */
  @IsOptional()
  @IsISO8601()
  readonly dueAt?: string;

  @IsUUID()
  readonly receivedBy: string;

  @IsOptional()
  @IsInt()
  readonly counterNumber?: number;

  /** When routing gave the dossier to its deciding unit. */
  @IsOptional()
  @IsISO8601()
  readonly forwardedAt?: string;

  /** The new return date of an apology (form 04). */
  @IsOptional()
  @IsISO8601()
  readonly extendedDueAt?: string;

  /** The open supplement request (status 5). */
  @IsOptional()
  @ValidateNested()
  @Type(() => SupplementRequestV1)
  readonly supplementRequest?: SupplementRequestV1;

  @IsOptional()
  @ValidateNested()
  @Type(() => ResolutionV1)
  readonly resolution?: ResolutionV1;

  /** When the result reached the Center and can be handed over. */
  @IsOptional()
  @IsISO8601()
  readonly resultAtCenterAt?: string;

  @IsOptional()
  @IsISO8601()
  readonly returnedAt?: string;

  @IsOptional()
  @IsEnum(ReturnMethod)
  readonly returnMethod?: ReturnMethod;

  /** Who signed for the result. */
  @IsOptional()
  @IsString()
  readonly returnedTo?: string;
}
