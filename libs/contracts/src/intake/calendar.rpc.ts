import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsIn,
  IsISO8601,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Label } from '../validation';
import { HH_MM_PATTERN, TimeUnit } from './procedure';

export const PREVIEW_DUE_DATE_V1 = 'intake.calendar.due-date.v1';
export const GET_CALENDAR_YEAR_V1 = 'intake.calendar.year.get.v1';

/** Query: when a time limit counted from `from` on the Center's calendar runs out. */
export class PreviewDueDateV1 {
  @Label('Thời điểm bắt đầu')
  @IsISO8601({ strict: true })
  readonly from: string;

  @Label('Thời hạn')
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0)
  @Max(365)
  readonly amount: number;

  @Label('Đơn vị thời hạn')
  @IsEnum(TimeUnit)
  readonly unit: TimeUnit;

  @Label('Giờ chốt trong ngày')
  @IsOptional()
  @Matches(HH_MM_PATTERN)
  readonly cutoff?: string;
}

export class DueDateV1 {
  /** When the clock starts: the reception itself, or the next working moment (after the cut-off, the next morning). */
  @IsISO8601()
  readonly countedFrom: string;

  @IsISO8601()
  readonly dueAt: string;
}

export class GetCalendarYearV1 {
  @Label('Năm')
  @IsInt()
  @Min(2000)
  @Max(2100)
  readonly year: number;
}

export class CalendarDayV1 {
  @IsString()
  readonly date: string;

  @IsIn(['holiday', 'compensatory_day_off', 'swapped_day_off', 'swapped_working_day'])
  readonly kind: string;

  @IsString()
  readonly name: string;

  @IsString()
  readonly legalBasis: string;
}

export class WorkingIntervalV1 {
  @Matches(HH_MM_PATTERN)
  readonly start: string;

  @Matches(HH_MM_PATTERN)
  readonly end: string;
}

/** A year of the Center's working calendar: the weekly pattern and the days that break it. */
export class CalendarYearV1 {
  @IsInt()
  readonly year: number;

  @ValidateNested({ each: true })
  @Type(() => WorkingIntervalV1)
  readonly workingHours: WorkingIntervalV1[];

  @IsString({ each: true })
  readonly weekendDays: string[];

  @IsBoolean()
  readonly saturdayMorningService: boolean;

  @ValidateNested({ each: true })
  @Type(() => CalendarDayV1)
  readonly days: CalendarDayV1[];
}
