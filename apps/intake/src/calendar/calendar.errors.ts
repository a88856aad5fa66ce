import { CalendarError as WorkingCalendarError } from '@motcua/calendar';
import { AppError, ErrorKind } from '@motcua/contracts';

export enum CalendarErrorCode {
  InvalidDeadline = 'CALENDAR_INVALID_DEADLINE',
}

/** Turns the calendar library's refusal (an impossible amount, a malformed cut-off) into a 400. */
export function toCalendarAppError(error: unknown): unknown {
  if (!(error instanceof WorkingCalendarError)) return error;
  return new AppError(
    CalendarErrorCode.InvalidDeadline,
    ErrorKind.Invalid,
    'Thời hạn không tính được trên lịch làm việc',
    {
      reason: error.code,
      issues: error.issues,
    },
  );
}
