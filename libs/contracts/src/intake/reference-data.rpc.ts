import { Type } from 'class-transformer';
import { IsDefined, IsInt, Min, ValidateNested } from 'class-validator';
import { ActorV1 } from '../shared/actor';

export const REPUBLISH_REFERENCE_DATA_V1 = 'intake.reference-data.republish.v1';

/**
 * Command (admin): announce again every unit, every procedure version and every calendar year, for
 * a service whose copy missed them (a new service, a restored database). Copies are upserts, so repeating
 * an announcement changes nothing that is already right.
 */
export class RepublishReferenceDataV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}

/** How many announcements went out. */
export class ReferenceDataRepublishedV1 {
  @IsInt()
  @Min(0)
  readonly units: number;

  @IsInt()
  @Min(0)
  readonly procedures: number;

  @IsInt()
  @Min(0)
  readonly calendarYears: number;
}
