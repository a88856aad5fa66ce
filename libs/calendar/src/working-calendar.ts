import { CalendarError, CalendarErrorCode, CalendarIssue, CalendarProblem } from './calendar.errors';
import { dayOf, formatDay, parseClock, parseDay, toLocal, weekdayOf, assertInstant } from './vietnam-time';

/** A day of the week, by its English name. */
export type Weekday = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

// Indexed like Date#getUTCDay: 0 = Sunday.
const WEEKDAYS: readonly Weekday[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];
const SATURDAY = 6;

/**
 * Why a date is special:
 * - `holiday`: a public holiday (Labour Code 2019 Art. 112(1)); may fall on a weekend, then it changes nothing
 *   by itself and a `compensatory_day_off` row carries the effect;
 * - `compensatory_day_off`: the weekday off because a holiday fell on a weekly rest day (Art. 111(3));
 * - `swapped_day_off`: a weekday off under a government-approved swap (hoán đổi);
 * - `swapped_working_day`: the weekend day worked in exchange; it is a full working day.
 */
export type SpecialDayKind = 'holiday' | 'compensatory_day_off' | 'swapped_day_off' | 'swapped_working_day';

/** Every `SpecialDayKind`, for validating data that comes from outside. */
export const SPECIAL_DAY_KINDS: readonly SpecialDayKind[] = Object.freeze([
  'holiday',
  'compensatory_day_off',
  'swapped_day_off',
  'swapped_working_day',
]);

/** One dated exception to the weekly pattern, with its Vietnamese name and the text that decided it. */
export interface SpecialDay {
  /** The Vietnamese calendar day, `YYYY-MM-DD`. */
  readonly date: string;
  readonly kind: SpecialDayKind;
  /** Vietnamese name shown to people, e.g. `Tết Nguyên đán Bính Ngọ`. */
  readonly name: string;
  /** The law, decision or official letter behind the day, e.g. `Công văn 12729/VPCP-KGVX ngày 25/12/2025`. */
  readonly legalBasis: string;
}

/** A span of working time within a day, as Vietnamese wall-clock `HH:mm`, start inclusive, end exclusive. */
export interface WorkingInterval {
  readonly start: string;
  readonly end: string;
}

/** What `createWorkingCalendar` accepts; every field has a default. Plain JSON, so it can come from a database. */
export interface WorkingCalendarInput {
  /** Working intervals of a working day; default 07:00–11:30 and 13:30–17:00. */
  readonly workingHours?: readonly WorkingInterval[];
  /** Weekly rest days; default Saturday and Sunday. */
  readonly weekendDays?: readonly Weekday[];
  /**
   * Whether the Center serves on Saturday mornings, making them (short) working days that count in
   * working-day deadlines; default false. A Saturday inside a holiday break stays open unless a `holiday`
   * row closes it: the official rows list only the days that change the civil-service week.
   */
  readonly saturdayMorningService?: boolean;
  /** Hours of the Saturday-morning service; default 07:00–11:30. */
  readonly saturdayMorningHours?: readonly WorkingInterval[];
  /** Holidays, compensatory days and swaps, any years, any order; one row per date. */
  readonly specialDays?: readonly SpecialDay[];
}

declare const VALIDATED: unique symbol;

/**
 * A validated, deeply frozen working calendar; build it with `createWorkingCalendar`. Its fields have the
 * input's shape with defaults applied and special days sorted by date, so it serialises to JSON and
 * `createWorkingCalendar(JSON.parse(JSON.stringify(calendar)))` rebuilds an equal calendar.
 */
export interface WorkingCalendar {
  readonly workingHours: readonly WorkingInterval[];
  readonly weekendDays: readonly Weekday[];
  readonly saturdayMorningService: boolean;
  readonly saturdayMorningHours: readonly WorkingInterval[];
  readonly specialDays: readonly SpecialDay[];
  readonly [VALIDATED]: true;
}

/** The Center's default working hours: 07:00–11:30 and 13:30–17:00, 8 hours (REFERENCE §1.6). */
export const DEFAULT_WORKING_HOURS: readonly WorkingInterval[] = deepFreeze([
  { start: '07:00', end: '11:30' },
  { start: '13:30', end: '17:00' },
]);

/** Civil servants rest on Saturday and Sunday (REFERENCE §5.1). */
export const DEFAULT_WEEKEND_DAYS: readonly Weekday[] = deepFreeze(['saturday', 'sunday']);

/** Default hours of the optional Saturday-morning service: 07:00–11:30. */
export const DEFAULT_SATURDAY_MORNING_HOURS: readonly WorkingInterval[] = deepFreeze([
  { start: '07:00', end: '11:30' },
]);

/** A working interval in milliseconds since local midnight. */
export interface ClockSpan {
  readonly startMs: number;
  readonly endMs: number;
}

interface CalendarIndex {
  readonly weekdaySpans: readonly ClockSpan[];
  readonly saturdaySpans: readonly ClockSpan[] | null;
  readonly weekend: ReadonlySet<number>;
  readonly specialDays: ReadonlyMap<number, SpecialDay>;
}

const NO_SPANS: readonly ClockSpan[] = Object.freeze([]);
const INDEXES = new WeakMap<WorkingCalendar, CalendarIndex>();

/**
 * Builds a validated, immutable calendar. Refuses malformed or overlapping intervals, unknown weekdays,
 * malformed or duplicate dates, unknown kinds, rows without a name or legal basis, and kinds that cannot
 * apply to their day (a swapped working day on a weekday, a day off on a weekend day). Throws one
 * `CalendarError` with code `InvalidCalendar` listing every problem in `issues`.
 */
export function createWorkingCalendar(input: WorkingCalendarInput = {}): WorkingCalendar {
  const issues: CalendarIssue[] = [];
  const workingHours = input.workingHours ?? DEFAULT_WORKING_HOURS;
  const weekdaySpans = checkIntervals(workingHours, 'workingHours', issues);
  const weekend = checkWeekend(input.weekendDays ?? DEFAULT_WEEKEND_DAYS, issues);
  const saturdayMorningService = input.saturdayMorningService ?? false;
  if (typeof saturdayMorningService !== 'boolean') {
    issues.push(
      issue('saturdayMorningService', 'not_a_boolean', 'saturdayMorningService must be true or false'),
    );
  }
  const saturdayMorningHours = input.saturdayMorningHours ?? DEFAULT_SATURDAY_MORNING_HOURS;
  const saturdaySpans = checkIntervals(saturdayMorningHours, 'saturdayMorningHours', issues);
  if (saturdayMorningService === true && !weekend.has(SATURDAY)) {
    issues.push(
      issue(
        'saturdayMorningService',
        'saturday_not_weekend',
        'saturdayMorningService needs Saturday among weekendDays; otherwise Saturday is already a working day',
      ),
    );
  }
  const specialDays = checkSpecialDays(input.specialDays ?? [], weekend, issues);
  if (issues.length > 0) {
    const details = issues.map((found) => found.message).join('; ');
    throw new CalendarError(
      CalendarErrorCode.InvalidCalendar,
      `Invalid working calendar (${issues.length} problem${issues.length > 1 ? 's' : ''}): ${details}`,
      issues,
    );
  }

  const calendar = deepFreeze({
    workingHours: workingHours.map(({ start, end }) => ({ start, end })),
    weekendDays: WEEKDAYS.filter((_, index) => weekend.has(index)),
    saturdayMorningService: saturdayMorningService === true,
    saturdayMorningHours: saturdayMorningHours.map(({ start, end }) => ({ start, end })),
    // The index shares these rows, so freezing them here also protects what findSpecialDay returns.
    specialDays: [...specialDays.values()],
  }) as unknown as WorkingCalendar;
  INDEXES.set(calendar, {
    weekdaySpans,
    saturdaySpans: saturdayMorningService === true ? saturdaySpans : null,
    weekend,
    specialDays,
  });
  return calendar;
}

/** Whether a day is a working day: a weekday that is not a day off, or a swapped working day. */
export function isWorkingDay(calendar: WorkingCalendar, date: Date | string): boolean {
  return workingSpansOn(calendar, dayOf(date, 'date')).length > 0;
}

/** Whether an instant falls inside a working interval of its Vietnamese day (start inclusive, end exclusive). */
export function isWorkingTime(calendar: WorkingCalendar, instant: Date): boolean {
  assertInstant(instant, 'instant');
  const { day, timeMs } = toLocal(instant);
  return workingSpansOn(calendar, day).some((span) => span.startMs <= timeMs && timeMs < span.endMs);
}

/** The special-day row for a day (a `Date` is read as its Vietnamese day), or null. */
export function findSpecialDay(calendar: WorkingCalendar, date: Date | string): SpecialDay | null {
  return indexOf(calendar).specialDays.get(dayOf(date, 'date')) ?? null;
}

/** The special days of one year, by date. */
export function listSpecialDays(calendar: WorkingCalendar, year: number): readonly SpecialDay[] {
  const prefix = `${year}-`;
  return calendar.specialDays.filter((special) => special.date.startsWith(prefix));
}

/** Working intervals of a local day, sorted; empty on a day off. */
export function workingSpansOn(calendar: WorkingCalendar, day: number): readonly ClockSpan[] {
  const index = indexOf(calendar);
  const special = index.specialDays.get(day);
  if (special) return special.kind === 'swapped_working_day' ? index.weekdaySpans : NO_SPANS;
  const weekday = weekdayOf(day);
  if (!index.weekend.has(weekday)) return index.weekdaySpans;
  return weekday === SATURDAY && index.saturdaySpans ? index.saturdaySpans : NO_SPANS;
}

/** Working time of an ordinary weekday, in milliseconds (8 hours by default). */
export function standardDayMs(calendar: WorkingCalendar): number {
  return indexOf(calendar).weekdaySpans.reduce((total, span) => total + span.endMs - span.startMs, 0);
}

function indexOf(calendar: WorkingCalendar): CalendarIndex {
  const index = INDEXES.get(calendar);
  if (!index) {
    throw new CalendarError(
      CalendarErrorCode.UnknownCalendar,
      'calendar was not built by createWorkingCalendar',
    );
  }
  return index;
}

function checkIntervals(value: unknown, path: string, issues: CalendarIssue[]): ClockSpan[] {
  if (!Array.isArray(value)) {
    issues.push(issue(path, 'not_a_list', `${path} must be a list of { start, end } HH:mm intervals`));
    return [];
  }
  if (value.length === 0)
    issues.push(issue(path, 'no_working_hours', `${path} must hold at least one interval`));
  const spans: (ClockSpan & { label: string })[] = [];
  value.forEach((interval: unknown, position) => {
    const at = `${path}[${position}]`;
    const record = isRecord(interval) ? interval : {};
    const startMs = parseClock(record.start);
    const endMs = parseClock(record.end);
    if (startMs === null) {
      issues.push(
        issue(`${at}.start`, 'malformed_time', `${at}.start must be HH:mm, got ${show(record.start)}`),
      );
    }
    if (endMs === null) {
      issues.push(issue(`${at}.end`, 'malformed_time', `${at}.end must be HH:mm, got ${show(record.end)}`));
    }
    if (startMs === null || endMs === null) return;
    const label = `${String(record.start)}–${String(record.end)}`;
    if (startMs >= endMs) {
      issues.push(issue(at, 'empty_interval', `${at} ${label} must end after it starts`));
      return;
    }
    spans.push({ startMs, endMs, label });
  });
  spans.sort((a, b) => a.startMs - b.startMs);
  for (let position = 1; position < spans.length; position++) {
    const [previous, current] = [spans[position - 1], spans[position]];
    if (current.startMs < previous.endMs) {
      issues.push(
        issue(path, 'overlapping_intervals', `${path}: ${previous.label} overlaps ${current.label}`),
      );
    }
  }
  return spans.map(({ startMs, endMs }) => ({ startMs, endMs }));
}

function checkWeekend(value: unknown, issues: CalendarIssue[]): Set<number> {
  const weekend = new Set<number>();
  if (!Array.isArray(value)) {
    issues.push(issue('weekendDays', 'not_a_list', 'weekendDays must be a list of weekday names'));
    return weekend;
  }
  value.forEach((name: unknown, position) => {
    const at = `weekendDays[${position}]`;
    const weekday = WEEKDAYS.indexOf(name as Weekday);
    if (weekday < 0) {
      issues.push(
        issue(at, 'unknown_weekday', `${at} must be one of ${WEEKDAYS.join(', ')}, got ${show(name)}`),
      );
    } else if (weekend.has(weekday)) {
      issues.push(issue(at, 'duplicate_weekday', `${at} repeats ${String(name)}`));
    } else {
      weekend.add(weekday);
    }
  });
  if (weekend.size === WEEKDAYS.length) {
    issues.push(
      issue('weekendDays', 'no_working_weekday', 'weekendDays must leave at least one working weekday'),
    );
  }
  return weekend;
}

function checkSpecialDays(
  value: unknown,
  weekend: ReadonlySet<number>,
  issues: CalendarIssue[],
): Map<number, SpecialDay> {
  const byDay = new Map<number, SpecialDay>();
  const positions = new Map<number, number>();
  if (!Array.isArray(value)) {
    issues.push(issue('specialDays', 'not_a_list', 'specialDays must be a list'));
    return byDay;
  }
  value.forEach((row: unknown, position) => {
    const at = `specialDays[${position}]`;
    const record = isRecord(row) ? row : {};
    const day = parseDay(record.date);
    const kind = SPECIAL_DAY_KINDS.find((known) => known === record.kind);
    const rowIssues: CalendarIssue[] = [];
    if (day === null) {
      rowIssues.push(
        issue(
          `${at}.date`,
          'malformed_date',
          `${at}.date must be a real YYYY-MM-DD date, got ${show(record.date)}`,
        ),
      );
    }
    if (!kind) {
      rowIssues.push(
        issue(
          `${at}.kind`,
          'unknown_kind',
          `${at}.kind must be one of ${SPECIAL_DAY_KINDS.join(', ')}, got ${show(record.kind)}`,
        ),
      );
    }
    if (!isFilled(record.name)) {
      rowIssues.push(issue(`${at}.name`, 'missing_name', `${at}.name must be a non-empty Vietnamese name`));
    }
    if (!isFilled(record.legalBasis)) {
      rowIssues.push(
        issue(
          `${at}.legalBasis`,
          'missing_legal_basis',
          `${at}.legalBasis must name the law, decision or letter`,
        ),
      );
    }
    if (day !== null && kind) {
      const misplaced = misplacedKind(kind, weekend.has(weekdayOf(day)));
      if (misplaced) {
        rowIssues.push(
          issue(
            `${at}.kind`,
            'kind_on_wrong_day',
            `${at}: ${kind} on ${formatDay(day)} (${WEEKDAYS[weekdayOf(day)]}) ${misplaced}`,
          ),
        );
      }
    }
    if (day !== null && positions.has(day)) {
      rowIssues.push(
        issue(
          `${at}.date`,
          'duplicate_date',
          `${at}.date ${formatDay(day)} repeats specialDays[${positions.get(day)}]`,
        ),
      );
    }
    issues.push(...rowIssues);
    if (day === null || positions.has(day)) return;
    positions.set(day, position);
    if (rowIssues.length === 0 && kind) {
      byDay.set(day, {
        date: formatDay(day),
        kind,
        name: String(record.name),
        legalBasis: String(record.legalBasis),
      });
    }
  });
  return new Map([...byDay.entries()].sort(([a], [b]) => a - b));
}

// A swap or compensatory row that cannot change its day is a data-entry mistake, not a harmless no-op.
function misplacedKind(kind: SpecialDayKind, isWeekend: boolean): string | null {
  if (kind === 'swapped_working_day' && !isWeekend) return 'is already a working day';
  if ((kind === 'swapped_day_off' || kind === 'compensatory_day_off') && isWeekend) {
    return 'is already a weekly rest day';
  }
  return null;
}

function issue(path: string, problem: CalendarProblem, message: string): CalendarIssue {
  return { path, problem, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isFilled(value: unknown): boolean {
  return typeof value === 'string' && value.trim().length > 0;
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}
