import { CalendarError, CalendarErrorCode } from './calendar.errors';
import { WorkingCalendar, standardDayMs, workingSpansOn } from './working-calendar';
import { DAY_MS, HOUR_MS, assertInstant, clockOf, fromLocal, toLocal } from './vietnam-time';

/** How a procedure counts its time limit. */
export type DeadlineUnit = 'working_days' | 'working_hours' | 'calendar_days';

/** Every `DeadlineUnit`, for validating data that comes from outside. */
export const DEADLINE_UNITS: readonly DeadlineUnit[] = Object.freeze([
  'working_days',
  'working_hours',
  'calendar_days',
]);

/** Options of the moment a dossier counts as received. */
export interface ReceptionOptions {
  /**
   * Same-day cut-off `HH:mm` (e.g. `15:00`) of the procedure version, or null/absent for none: a dossier
   * received on a working day strictly after it counts as received at the opening of the next working day.
   */
  readonly cutoff?: string | null;
}

/** A procedure's time limit: `amount` in `unit`, counted from valid reception, with an optional cut-off. */
export interface Deadline extends ReceptionOptions {
  /** Non-negative; whole for `calendar_days`; `working_days` may be fractional (0.5 day = half a standard day). */
  readonly amount: number;
  readonly unit: DeadlineUnit;
}

/** `instant` itself if it is working time, otherwise the start of the next working interval. */
export function nextWorkingMoment(calendar: WorkingCalendar, instant: Date): Date {
  assertInstant(instant, 'instant');
  const { day, timeMs } = toLocal(instant);
  for (const span of workingSpansOn(calendar, day)) {
    if (timeMs < span.startMs) return fromLocal(day, span.startMs);
    if (timeMs < span.endMs) return new Date(instant.getTime());
  }
  const next = nextWorkingDay(calendar, day);
  return fromLocal(next, workingSpansOn(calendar, next)[0].startMs);
}

/**
 * The opening of the next working day: the start of the first working interval of the first working day
 * after the Vietnamese day of `instant` (Friday 16:00 → Monday 07:00; Tuesday 05:00 → Wednesday 07:00).
 */
export function nextWorkingMorning(calendar: WorkingCalendar, instant: Date): Date {
  assertInstant(instant, 'instant');
  const next = nextWorkingDay(calendar, toLocal(instant).day);
  return fromLocal(next, workingSpansOn(calendar, next)[0].startMs);
}

/**
 * When the clock of a dossier received at `receivedAt` starts:
 * - received on a working day strictly after `cutoff` → the opening of the next working day
 *   (procedure-specific cut-off, REFERENCE §1.6; Decree 118 Art. 18(2) for forwarding paper);
 * - received outside working time (before opening, lunch break, after closing, weekend, holiday) → the next
 *   working moment, as the Thanh Hóa system rolls 17:00+ to 07:00 next day and lunch to 13:30 (§1.6);
 * - otherwise `receivedAt` itself.
 */
export function effectiveReception(
  calendar: WorkingCalendar,
  receivedAt: Date,
  options: ReceptionOptions = {},
): Date {
  assertInstant(receivedAt, 'receivedAt');
  if (options.cutoff !== undefined && options.cutoff !== null) {
    const cutoffMs = clockOf(options.cutoff, 'cutoff');
    const { day, timeMs } = toLocal(receivedAt);
    if (timeMs > cutoffMs && workingSpansOn(calendar, day).length > 0) {
      return nextWorkingMorning(calendar, receivedAt);
    }
  }
  return nextWorkingMoment(calendar, receivedAt);
}

/**
 * The earliest instant at which `hours` of working time have elapsed since `from`, crossing lunch, nights,
 * weekends and holidays. A limit that runs out exactly at closing time is due at closing (17:00), not at the
 * next opening. Zero hours returns `from` unchanged. Fractions are allowed and rounded to the millisecond.
 */
export function addWorkingHours(calendar: WorkingCalendar, from: Date, hours: number): Date {
  assertInstant(from, 'from');
  let remainingMs = Math.round(checkAmount(hours, 'hours', false) * HOUR_MS);
  if (remainingMs === 0) return new Date(from.getTime());
  let { day, timeMs } = toLocal(from);
  for (;;) {
    for (const span of workingSpansOn(calendar, day)) {
      if (span.endMs <= timeMs) continue;
      const startMs = Math.max(timeMs, span.startMs);
      const availableMs = span.endMs - startMs;
      if (remainingMs <= availableMs) return fromLocal(day, startMs + remainingMs);
      remainingMs -= availableMs;
    }
    day += 1;
    timeMs = 0;
  }
}

/**
 * The due instant `days` working days after reception, keeping the hour (REFERENCE §1.6: received 09:32 on
 * Friday 27/10/2023 with 5 working days → Friday 03/11/2023):
 * 1. the clock starts at `effectiveReception(from, options)`; call its Vietnamese day D0 and its time T;
 * 2. the due day is the `days`-th working day after D0 (weekends, holidays and days off are skipped,
 *    swapped working Saturdays count);
 * 3. the due instant is T on that day. When T is not working time there (only possible when days differ
 *    in hours, e.g. a Saturday-morning service day), it is the end of the last working interval before T
 *    on that day, or its opening if T is before it: the due day never moves, the due time never gets later.
 * Zero days returns the effective reception. `days` must be a whole number.
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  from: Date,
  days: number,
  options: ReceptionOptions = {},
): Date {
  checkWholeAmount(days, 'days');
  const start = effectiveReception(calendar, from, options);
  if (days === 0) return start;
  const { day, timeMs } = toLocal(start);
  let dueDay = day;
  for (let counted = 0; counted < days; counted++) dueDay = nextWorkingDay(calendar, dueDay);
  return keepHourOn(calendar, dueDay, timeMs);
}

/**
 * The due instant `days` calendar days after reception, for procedures counted in days ("ngày"):
 * every day counts, holidays included, from `effectiveReception(from, options)` at the same hour; a result
 * on a day off moves to the next working day at that hour (REFERENCE §1.6: "the result is still pushed off
 * a non-working day"), with the hour adjusted as in `addWorkingDays`. `days` must be a whole number.
 */
export function addCalendarDays(
  calendar: WorkingCalendar,
  from: Date,
  days: number,
  options: ReceptionOptions = {},
): Date {
  checkWholeAmount(days, 'days');
  const start = effectiveReception(calendar, from, options);
  const { day, timeMs } = toLocal(start);
  let dueDay = day + days;
  if (workingSpansOn(calendar, dueDay).length === 0) dueDay = nextWorkingDay(calendar, dueDay);
  return keepHourOn(calendar, dueDay, timeMs);
}

/**
 * Working time between two instants, in hours; negative when `to` is before `from`. Use it for "time left"
 * and "overdue by"; decide on time vs late by comparing instants (resolved ≤ due is on time, QĐ 766 §2.1),
 * since a resolution after closing on the due day is late yet adds no working time.
 */
export function workingTimeBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  if (to.getTime() < from.getTime()) return -workingMsBetween(calendar, to, from) / HOUR_MS;
  return workingMsBetween(calendar, from, to) / HOUR_MS;
}

/**
 * Working days from the Vietnamese day of `from` to that of `to`: the working days after the first and up
 * to and including the second; negative when `to` is earlier. Same day → 0, so with `to` = due: 0 is the due
 * day, 1 is "due in one working day" (Friday → Monday is 1).
 */
export function workingDaysBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  assertInstant(from, 'from');
  assertInstant(to, 'to');
  const [fromDay, toDay] = [toLocal(from).day, toLocal(to).day];
  if (toDay < fromDay) return -countWorkingDays(calendar, toDay, fromDay);
  return countWorkingDays(calendar, fromDay, toDay);
}

/**
 * The due instant of a dossier received at `from` with the procedure's time limit; what goes on the
 * appointment slip and drives the SLA clock. The clock starts at `effectiveReception(from, deadline)`, then:
 * - `working_hours`: `addWorkingHours`;
 * - `working_days`: `addWorkingDays` for the whole days, then any fraction as that share of a standard
 *   working day, added with `addWorkingHours` (1.5 days from Tuesday 10:00 → Wednesday 10:00 + 4 working
 *   hours = Wednesday 16:00);
 * - `calendar_days`: `addCalendarDays`;
 * - an amount of 0 in either day unit is a same-day procedure ("trong ngày", REFERENCE §1.6): due at the
 *   close of the working day the clock starts on, so with cut-off 15:00 a dossier received at 16:00 is due
 *   at the close of the next working day.
 */
export function dueAt(calendar: WorkingCalendar, from: Date, deadline: Deadline): Date {
  const { amount, unit } = deadline;
  if (!DEADLINE_UNITS.includes(unit)) {
    throw new CalendarError(
      CalendarErrorCode.InvalidUnit,
      `unit must be one of ${DEADLINE_UNITS.join(', ')}, got ${JSON.stringify(unit)}`,
    );
  }
  const start = effectiveReception(calendar, from, deadline);
  if (unit === 'working_hours') return addWorkingHours(calendar, start, amount);
  if (unit === 'calendar_days') checkWholeAmount(amount, 'amount');
  if (checkAmount(amount, 'amount', false) === 0) return closeOfDay(calendar, start);
  if (unit === 'calendar_days') return addCalendarDays(calendar, start, amount);
  const wholeDays = Math.floor(amount);
  const afterWholeDays = addWorkingDays(calendar, start, wholeDays);
  const fractionHours = ((amount - wholeDays) * standardDayMs(calendar)) / HOUR_MS;
  return addWorkingHours(calendar, afterWholeDays, fractionHours);
}

function nextWorkingDay(calendar: WorkingCalendar, day: number): number {
  let next = day + 1;
  while (workingSpansOn(calendar, next).length === 0) next += 1;
  return next;
}

function keepHourOn(calendar: WorkingCalendar, day: number, timeMs: number): Date {
  const spans = workingSpansOn(calendar, day);
  if (spans.some((span) => span.startMs <= timeMs && timeMs < span.endMs)) return fromLocal(day, timeMs);
  const before = spans.filter((span) => span.endMs <= timeMs);
  return fromLocal(day, before.length > 0 ? before[before.length - 1].endMs : spans[0].startMs);
}

function closeOfDay(calendar: WorkingCalendar, start: Date): Date {
  const { day } = toLocal(start);
  const spans = workingSpansOn(calendar, day);
  return fromLocal(day, spans[spans.length - 1].endMs);
}

function workingMsBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  const [first, last] = [toLocal(from), toLocal(to)];
  let totalMs = 0;
  for (let day = first.day; day <= last.day; day++) {
    const lowMs = day === first.day ? first.timeMs : 0;
    const highMs = day === last.day ? last.timeMs : DAY_MS;
    for (const span of workingSpansOn(calendar, day)) {
      totalMs += Math.max(0, Math.min(highMs, span.endMs) - Math.max(lowMs, span.startMs));
    }
  }
  return totalMs;
}

function countWorkingDays(calendar: WorkingCalendar, afterDay: number, untilDay: number): number {
  let count = 0;
  for (let day = afterDay + 1; day <= untilDay; day++) {
    if (workingSpansOn(calendar, day).length > 0) count += 1;
  }
  return count;
}

function checkAmount(amount: number, name: string, mustBeWhole: boolean): number {
  const isValid = typeof amount === 'number' && Number.isFinite(amount) && amount >= 0;
  if (!isValid || (mustBeWhole && !Number.isInteger(amount))) {
    const kind = mustBeWhole ? 'a whole number ≥ 0' : 'a finite number ≥ 0';
    throw new CalendarError(
      CalendarErrorCode.InvalidAmount,
      `${name} must be ${kind}, got ${String(amount)}`,
    );
  }
  return amount;
}

function checkWholeAmount(amount: number, name: string): number {
  return checkAmount(amount, name, true);
}
