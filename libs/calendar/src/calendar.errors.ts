/** Stable codes of every error the calendar library throws. */
export enum CalendarErrorCode {
  /** `createWorkingCalendar` refused its input; `issues` lists every problem found. */
  InvalidCalendar = 'CALENDAR_INVALID',
  /** A calendar object that was not built by `createWorkingCalendar`. */
  UnknownCalendar = 'CALENDAR_UNKNOWN',
  /** Not a `Date`, or an invalid `Date`. */
  InvalidInstant = 'CALENDAR_INVALID_INSTANT',
  /** A day that is not a real `YYYY-MM-DD` date. */
  InvalidDate = 'CALENDAR_INVALID_DATE',
  /** A clock time (cut-off) that is not `HH:mm`. */
  InvalidTime = 'CALENDAR_INVALID_TIME',
  /** A negative, non-finite or (for day units) fractional amount. */
  InvalidAmount = 'CALENDAR_INVALID_AMOUNT',
  /** A deadline unit outside `working_days`, `working_hours`, `calendar_days`. */
  InvalidUnit = 'CALENDAR_INVALID_UNIT',
}

/** What is wrong with one field of a calendar input. */
export type CalendarProblem =
  | 'not_a_list'
  | 'not_a_boolean'
  | 'malformed_time'
  | 'empty_interval'
  | 'overlapping_intervals'
  | 'no_working_hours'
  | 'unknown_weekday'
  | 'duplicate_weekday'
  | 'no_working_weekday'
  | 'saturday_not_weekend'
  | 'malformed_date'
  | 'duplicate_date'
  | 'unknown_kind'
  | 'missing_name'
  | 'missing_legal_basis'
  | 'kind_on_wrong_day';

/** One problem in a calendar input: `path` is the field (`specialDays[3].date`), `problem` a stable name. */
export interface CalendarIssue {
  readonly path: string;
  readonly problem: CalendarProblem;
  readonly message: string;
}

/**
 * The only error the calendar library throws. Callers map `code` to their own error (for example an
 * `AppError` with kind `invalid`); `issues` is filled for `CalendarErrorCode.InvalidCalendar`.
 */
export class CalendarError extends Error {
  constructor(
    readonly code: CalendarErrorCode,
    message: string,
    readonly issues: readonly CalendarIssue[] = [],
  ) {
    super(message);
    this.name = 'CalendarError';
  }
}
