import { Type } from 'class-transformer';
import { IsDefined, IsISO8601, ValidateNested } from 'class-validator';
import { CalendarYearV1 } from './calendar.rpc';

export const CALENDAR_CHANGED_V1 = 'intake.calendar.changed.v1';

/** A year of the working calendar changed; carries the whole year so copies can replace theirs. */
export class CalendarChangedV1 {
  @IsDefined()
  @ValidateNested()
  @Type(() => CalendarYearV1)
  readonly calendar: CalendarYearV1;

  @IsISO8601({ strict: true })
  readonly changedAt: string;
}
