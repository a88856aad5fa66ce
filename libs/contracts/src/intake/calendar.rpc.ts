import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsNotEmpty,
  MaxLength,
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
import { ActorV1 } from '../shared/actor';
import { Label } from '../validation';
import { HH_MM_PATTERN, TimeUnit } from './procedure';

export const PREVIEW_DUE_DATE_V1 = 'intake.calendar.due-date.v1';
export const GET_CALENDAR_YEAR_V1 = 'intake.calendar.year.get.v1';
export const REPLACE_CALENDAR_YEAR_V1 = 'intake.calendar.year.replace.v1';

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

export const SPECIAL_DAY_KINDS = [
  'holiday',
  'compensatory_day_off',
  'swapped_day_off',
  'swapped_working_day',
] as const;
export type SpecialDayKindV1 = (typeof SPECIAL_DAY_KINDS)[number];

/** A day that breaks the weekly pattern, with the legal text that makes it so. */
export class CalendarDayV1 {
  @Label('Ngày')
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  readonly date: string;

  @Label('Loại ngày')
  @IsIn(SPECIAL_DAY_KINDS)
  readonly kind: SpecialDayKindV1;

  @Label('Tên ngày')
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  readonly name: string;

  @Label('Căn cứ pháp lý')
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
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

/**
 * Command (admin): the special days of one year, replacing those the calendar held. Due dates already promised
 * stay as they were; announced to other services as `intake.calendar.changed.v1` with the whole year.
 */
export class ReplaceCalendarYearV1 {
  @Label('Năm')
  @IsInt()
  @Min(2000)
  @Max(2100)
  readonly year: number;

  @Label('Các ngày đặc biệt')
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayV1)
  readonly days: CalendarDayV1[];

  @IsDefined()
  @ValidateNested()
  @Type(() => ActorV1)
  readonly actor: ActorV1;
}
