import { CalendarError, CalendarErrorCode } from './calendar.errors';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

// Vietnam has kept UTC+7 with no daylight saving since 1975, so local time is exact offset arithmetic.
const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A moment in Vietnam: local day number (days since 1970-01-01) and milliseconds since local midnight. */
export interface LocalMoment {
  readonly day: number;
  readonly timeMs: number;
}

export function toLocal(instant: Date): LocalMoment {
  const localMs = instant.getTime() + VIETNAM_OFFSET_MS;
  const day = Math.floor(localMs / DAY_MS);
  return { day, timeMs: localMs - day * DAY_MS };
}

export function fromLocal(day: number, timeMs: number): Date {
  return new Date(day * DAY_MS + timeMs - VIETNAM_OFFSET_MS);
}

/** 0 = Sunday … 6 = Saturday, like `Date#getUTCDay`; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** Day number of a real `YYYY-MM-DD` date, or null (also for 2025-02-30 and other impossible dates). */
export function parseDay(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = DATE_PATTERN.exec(text);
  if (!match) return null;
  const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, dayOfMonth));
  const isSameDate =
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === dayOfMonth;
  return isSameDate ? utc.getTime() / DAY_MS : null;
}

export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Milliseconds since midnight of an `HH:mm` clock time (00:00–23:59), or null. */
export function parseClock(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = CLOCK_PATTERN.exec(text);
  return match ? Number(match[1]) * HOUR_MS + Number(match[2]) * MINUTE_MS : null;
}

export function assertInstant(instant: unknown, name: string): asserts instant is Date {
  if (!(instant instanceof Date) || Number.isNaN(instant.getTime())) {
    throw new CalendarError(CalendarErrorCode.InvalidInstant, `${name} must be a valid Date`);
  }
}

export function dayOf(date: Date | string, name: string): number {
  if (typeof date === 'string') {
    const day = parseDay(date);
    if (day === null) {
      throw new CalendarError(CalendarErrorCode.InvalidDate, `${name} must be a real YYYY-MM-DD date`);
    }
    return day;
  }
  assertInstant(date, name);
  return toLocal(date).day;
}

export function clockOf(time: string, name: string): number {
  const timeMs = parseClock(time);
  if (timeMs === null) {
    throw new CalendarError(CalendarErrorCode.InvalidTime, `${name} must be HH:mm (00:00–23:59)`);
  }
  return timeMs;
}

/** The calendar day in Vietnam of an instant, as `YYYY-MM-DD`. */
export function vietnamDay(instant: Date): string {
  assertInstant(instant, 'instant');
  return formatDay(toLocal(instant).day);
}

/**
 * The instant at a Vietnamese wall-clock time: `atVietnamTime('2026-02-13', '09:40')` is
 * 2026-02-13T02:40:00Z. Throws `CalendarError` (`InvalidDate`, `InvalidTime`) on malformed input.
 */
export function atVietnamTime(date: string, time = '00:00'): Date {
  return fromLocal(dayOf(date, 'date'), clockOf(time, 'time'));
}
