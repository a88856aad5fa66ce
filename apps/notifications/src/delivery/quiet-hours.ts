import { atVietnamTime, vietnamDay } from '@motcua/calendar';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const VIETNAM_OFFSET_MS = 7 * 60 * MINUTE_MS;

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * When a non-urgent SMS created at `now` may go out: null when `now` is outside the quiet window (Vietnam
 * time, e.g. `['21:00', '07:00']`, which wraps midnight), else the window's end. Delayed, never dropped.
 */
export function quietHoursEnd(now: Date, window: readonly [string, string] | null): Date | null {
  if (!window) return null;
  const [start, end] = window.map(minutesOf);
  const minute = Math.floor(((now.getTime() + VIETNAM_OFFSET_MS) % DAY_MS) / MINUTE_MS);
  const wraps = start > end;
  const isQuiet = wraps ? minute >= start || minute < end : minute >= start && minute < end;
  if (!isQuiet) return null;
  const endToday = atVietnamTime(vietnamDay(now), window[1]);
  return wraps && minute >= start ? new Date(endToday.getTime() + DAY_MS) : endToday;
}
