export { CalendarError, CalendarErrorCode } from './calendar.errors';
export type { CalendarIssue, CalendarProblem } from './calendar.errors';
export { atVietnamTime, vietnamDay } from './vietnam-time';
export {
  DEFAULT_SATURDAY_MORNING_HOURS,
  DEFAULT_WEEKEND_DAYS,
  DEFAULT_WORKING_HOURS,
  SPECIAL_DAY_KINDS,
  createWorkingCalendar,
  findSpecialDay,
  isWorkingDay,
  isWorkingTime,
  listSpecialDays,
} from './working-calendar';
export type {
  SpecialDay,
  SpecialDayKind,
  Weekday,
  WorkingCalendar,
  WorkingCalendarInput,
  WorkingInterval,
} from './working-calendar';
export {
  DEADLINE_UNITS,
  addCalendarDays,
  addWorkingDays,
  addWorkingHours,
  dueAt,
  effectiveReception,
  nextWorkingMoment,
  nextWorkingMorning,
  workingDaysBetween,
  workingTimeBetween,
} from './working-time';
export type { Deadline, DeadlineUnit, ReceptionOptions } from './working-time';
export { OFFICIAL_SPECIAL_DAYS_2025 } from './official/special-days-2025';
export { OFFICIAL_SPECIAL_DAYS_2026 } from './official/special-days-2026';
export { defaultCenterCalendar } from './official/default-center-calendar';
