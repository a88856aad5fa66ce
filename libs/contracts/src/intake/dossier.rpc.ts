import { Type } from 'class-transformer';
import {
  IsDefined,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ActorV1 } from '../shared/actor';
import { ApplicantV1 } from '../shared/applicant';
import { Channel } from '../shared/channel';
import { DossierStatus } from '../shared/dossier-status';
import { IsProcedureCode, IsUnitCode } from '../shared/validators';

export const RECEIVE_DOSSIER_V1 = 'intake.dossier.receive.v1';
export const GET_DOSSIER_V1 = 'intake.dossier.get.v1';

/** Command: receive a dossier at a counter. Idempotent by `idempotencyKey`. */
export class ReceiveDossierV1 {
  /** Client-supplied key; the same key with the same content returns the first result. */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly idempotencyKey?: string;

  @IsProcedureCode()
  readonly procedureCode: string;

  /** Procedure name as shown to the applicant (until the catalog owns it). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  readonly procedureName: string;

  /** Unit that decides the procedure. */
  @IsUnitCode()
  readonly handlingUnitCode: string;

  @IsEnum(Channel)
  readonly channel: Channel;

  @IsDefined()
  @ValidateNested()
  @Type(() => ApplicantV1)
  readonly applicant: ApplicantV1;

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

/** Intake's view of a dossier. */
export class DossierV1 {
  readonly id: string;
  readonly code: string;
  readonly status: DossierStatus;
  readonly procedureCode: string;
  readonly procedureName: string;
  readonly receivingUnitCode: string;
  readonly handlingUnitCode: string;
  readonly channel: Channel;
  readonly applicant: ApplicantV1;
  readonly receivedAt: string;
  readonly receivedBy: string;
}
