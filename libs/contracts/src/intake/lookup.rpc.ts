import { Type } from 'class-transformer';
import { IsEnum, IsISO8601, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { DossierStatus } from '../shared/dossier-status';
import { DOSSIER_CODE_PATTERN } from '../shared/validators';
import { Label } from '../validation';

export const LOOKUP_DOSSIER_V1 = 'intake.dossier.lookup.v1';

/** Query (public): a dossier by its code and the applicant's phone; a wrong phone reads as an unknown code. */
export class LookupDossierV1 {
  @Label('Mã hồ sơ')
  @Matches(DOSSIER_CODE_PATTERN)
  readonly code: string;

  /** Any form; compared in E.164. */
  @Label('Số điện thoại')
  @IsString()
  readonly phone: string;
}

export class MilestoneV1 {
  @IsISO8601()
  readonly at: string;

  @IsString()
  readonly label: string;
}

/** What anyone holding the code and the phone may see: no personal data beyond a masked name. */
export class PublicDossierV1 {
  @IsString()
  readonly code: string;

  @IsString()
  readonly procedureName: string;

  @IsEnum(DossierStatus)
  readonly status: DossierStatus;

  @IsString()
  readonly statusLabel: string;

  /** `N***** V** A*`. */
  @IsString()
  readonly applicantName: string;

  @IsISO8601()
  readonly receivedAt: string;

  @IsOptional()
  @IsISO8601()
  readonly dueAt?: string;

  @ValidateNested({ each: true })
  @Type(() => MilestoneV1)
  readonly milestones: MilestoneV1[];
}
