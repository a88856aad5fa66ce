import { Type } from 'class-transformer';
import {
  IsArray,
  IsDefined,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  ValidateNested,
} from 'class-validator';
import { ApplicantV1 } from '../shared/applicant';
import { ResultDeliveryV1, ReturnMethod } from './dossier.rpc';
import { Channel } from '../shared/channel';
import { DOSSIER_CODE_PATTERN, IsProcedureCode, IsUnitCode } from '../shared/validators';

export const DOSSIER_RECEIVED_V1 = 'intake.dossier.received.v1';

/** A complete dossier was received at the Center (status 2) and has its code. */
export class DossierReceivedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  /** `<unit code>-<YYMMDD>-<NNNN>`. */
  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  /** National procedure code. */
  @IsProcedureCode()
  readonly procedureCode: string;

  /** Unit that received the dossier (its code prefixes the dossier code). */
  @IsUnitCode()
  readonly receivingUnitCode: string;

  /** Unit that decides; routing assigns the first step here. */
  @IsUnitCode()
  readonly handlingUnitCode: string;

  @IsEnum(Channel)
  readonly channel: Channel;

  /** Contact data the notifications service needs to tell the applicant. */
  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantV1)
  readonly applicant: ApplicantV1;

  @IsISO8601({ strict: true })
  readonly receivedAt: string;

  /** User id of the clerk who received it. */
  @IsUUID(7)
  readonly receivedBy: string;

  /** Free text shown in notifications; the procedure name at reception. */
  @IsString()
  readonly procedureName: string;

  /** The procedure version the dossier pinned (fees assesses its fee items, routing its time limit). */
  @IsOptional()
  @IsUUID(7)
  readonly procedureVersionId?: string;

  /** The appointment promised to the applicant. */
  @IsOptional()
  @IsISO8601({ strict: true })
  readonly dueAt?: string;

  /** Where the result goes; courier acts when it is `post`. */
  @IsOptional()
  @ValidateNested()
  @Type(() => ResultDeliveryV1)
  readonly resultDelivery?: ResultDeliveryV1;
}

export const DOSSIER_WITHDRAWN_V1 = 'intake.dossier.withdrawn.v1';

/** The applicant withdrew the dossier (status 7): processing stops, nothing is returned. */
export class DossierWithdrawnV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly handlingUnitCode: string;

  @IsString()
  readonly reason: string;

  @IsISO8601({ strict: true })
  readonly withdrawnAt: string;
}

export const DOSSIER_SUPPLEMENTED_V1 = 'intake.dossier.supplemented.v1';

/** The applicant brought the requested documents to a counter; routing restarts or resumes the clock. */
export class DossierSupplementedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly handlingUnitCode: string;

  /** The documents received. */
  @IsArray()
  @IsString({ each: true })
  readonly documents: string[];

  @IsISO8601({ strict: true })
  readonly supplementedAt: string;

  @IsUUID(7)
  readonly receivedBy: string;
}

export const DOSSIER_RETURNED_V1 = 'intake.dossier.returned.v1';

/** The result was handed to the applicant (status 10), at a return counter or delivered by post. */
export class DossierReturnedV1 {
  @IsUUID(7)
  readonly dossierId: string;

  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  @IsUnitCode()
  readonly handlingUnitCode: string;

  @IsEnum(ReturnMethod)
  readonly method: ReturnMethod;

  @IsISO8601({ strict: true })
  readonly returnedAt: string;

  /** The clerk who handed it over; absent when the post delivered it. */
  @IsOptional()
  @IsUUID(7)
  readonly returnedBy?: string;
}
