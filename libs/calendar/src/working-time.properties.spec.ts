import fc from 'fast-check';
import { OFFICIAL_SPECIAL_DAYS_2025 } from './official/special-days-2025';
import { OFFICIAL_SPECIAL_DAYS_2026 } from './official/special-days-2026';
import {
  DAY_MS,
  HOUR_MS,
  formatDay,
  fromLocal,
  parseClock,
  parseDay,
  toLocal,
  weekdayOf,
} from './vietnam-time';
import {
  SpecialDay,
  SpecialDayKind,
  WorkingCalendar,
  createWorkingCalendar,
  isWorkingDay,
  isWorkingTime,
  standardDayMs,
} from './working-calendar';
import {
  addCalendarDays,
  addWorkingDays,
  addWorkingHours,
  dueAt,
  effectiveReception,
  nextWorkingMoment,
  workingDaysBetween,
  workingTimeBetween,
} from './working-time';

const OFFICIAL_DAYS = [...OFFICIAL_SPECIAL_DAYS_2025, ...OFFICIAL_SPECIAL_DAYS_2026];
const FIRST_DAY = parseDay('2025-01-01') as number;
const LAST_DAY = parseDay('2026-12-31') as number;

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

// 1–3 disjoint intervals from distinct sorted minute boundaries, paired up.
const intervalsArb = fc
  .uniqueArray(fc.integer({ min: 0, max: 24 * 60 - 1 }), { minLength: 2, maxLength: 6 })
  .map((points) => {
    const sorted = [...points].sort((a, b) => a - b).slice(0, points.length - (points.length % 2));
    const intervals = [];
    for (let index = 0; index < sorted.length; index += 2) {
      intervals.push({ start: clock(sorted[index]), end: clock(sorted[index + 1]) });
    }
    return intervals;
  });

const WEEKEND_KINDS: SpecialDayKind[] = ['holiday', 'swapped_working_day'];
const WEEKDAY_KINDS: SpecialDayKind[] = ['holiday', 'compensatory_day_off', 'swapped_day_off'];

function randomSpecialDays(weekend: ReadonlySet<number>) {
  return fc
    .uniqueArray(fc.tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), fc.nat()), {
      maxLength: 60,
      selector: ([day]) => day,
    })
    .map((rows) =>
      rows.map(([day, choice]): SpecialDay => {
        const kinds = weekend.has(weekdayOf(day)) ? WEEKEND_KINDS : WEEKDAY_KINDS;
        return {
          date: formatDay(day),
          kind: kinds[choice % kinds.length],
          name: 'Ngày thử',
          legalBasis: 'Thử nghiệm',
        };
      }),
    );
}

// Random but valid calendars: hours, Saturday-and-Sunday or Sunday-only weekends, service flag, special days.
function randomCalendarArb(options: { isUniform: boolean }) {
  return fc
    .record({
      workingHours: intervalsArb,
      saturdayMorningHours: intervalsArb,
      isSundayOnly: fc.boolean(),
      hasService: options.isUniform ? fc.constant(false) : fc.boolean(),
    })
    .chain(({ workingHours, saturdayMorningHours, isSundayOnly, hasService }) => {
      const weekend = new Set(isSundayOnly ? [0] : [0, 6]);
      return randomSpecialDays(weekend).map((specialDays) =>
        createWorkingCalendar({
          workingHours,
          weekendDays: isSundayOnly ? ['sunday'] : ['saturday', 'sunday'],
          saturdayMorningService: hasService && !isSundayOnly,
          saturdayMorningHours,
          specialDays,
        }),
      );
    });
}

// Uniform: every working day has the same hours (no Saturday-morning service).
const uniformCalendarArb = fc.oneof(
  fc.constant(createWorkingCalendar({ specialDays: OFFICIAL_DAYS })),
  randomCalendarArb({ isUniform: true }),
);
const anyCalendarArb = fc.oneof(
  uniformCalendarArb,
  fc.constant(createWorkingCalendar({ specialDays: OFFICIAL_DAYS, saturdayMorningService: true })),
  randomCalendarArb({ isUniform: false }),
);

// Instants anywhere in 2025–2026: any millisecond, or exactly on (or 1 ms before) one of the calendar's
// interval boundaries, where off-by-one mistakes live.
function instantArbFor(calendar: WorkingCalendar): fc.Arbitrary<Date> {
  const boundaries = [...calendar.workingHours, ...calendar.saturdayMorningHours]
    .flatMap(({ start, end }) => [start, end])
    .map((time) => parseClock(time) as number);
  const timeArb = fc.oneof(
    fc.integer({ min: 0, max: DAY_MS - 1 }),
    fc.constantFrom(...boundaries),
    fc.constantFrom(...boundaries).map((timeMs) => Math.max(0, timeMs - 1)),
  );
  return fc
    .tuple(fc.integer({ min: FIRST_DAY, max: LAST_DAY }), timeArb)
    .map(([day, timeMs]) => fromLocal(day, timeMs));
}

function withInstants(calendarArb: fc.Arbitrary<WorkingCalendar>, count: number) {
  return calendarArb.chain((calendar) =>
    fc.tuple(
      fc.constant(calendar),
      fc.array(instantArbFor(calendar), { minLength: count, maxLength: count }),
    ),
  );
}

fc.configureGlobal({ numRuns: 300 });

const daysArb = fc.integer({ min: 0, max: 60 });
const minutesArb = fc.integer({ min: 0, max: 200 * 60 });
const cutoffArb = fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }).map(clock), { nil: null });

function localDay(instant: Date): number {
  return toLocal(instant).day;
}

describe('nextWorkingMoment', () => {
  it('should land on working time, never earlier, with no working time skipped', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), ([calendar, [instant]]) => {
        const moment = nextWorkingMoment(calendar, instant);

        expect(isWorkingTime(calendar, moment)).toBe(true);
        expect(moment.getTime()).toBeGreaterThanOrEqual(instant.getTime());
        expect(workingTimeBetween(calendar, instant, moment)).toBe(0);
      }),
    );
  });
});

describe('effectiveReception', () => {
  it('should land on working time and never before the reception without a cut-off', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), cutoffArb, ([calendar, [receivedAt]], cutoff) => {
        const withCutoff = effectiveReception(calendar, receivedAt, { cutoff });
        const withoutCutoff = effectiveReception(calendar, receivedAt);

        expect(isWorkingTime(calendar, withCutoff)).toBe(true);
        expect(withCutoff.getTime()).toBeGreaterThanOrEqual(withoutCutoff.getTime());
        expect(withoutCutoff.getTime()).toBeGreaterThanOrEqual(receivedAt.getTime());
      }),
    );
  });
});

describe('addWorkingDays', () => {
  it('should land on a working day, never before the effective reception, for any calendar', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), daysArb, cutoffArb, ([calendar, [from]], days, cutoff) => {
        const due = addWorkingDays(calendar, from, days, { cutoff });

        expect(isWorkingDay(calendar, due)).toBe(true);
        expect(due.getTime()).toBeGreaterThanOrEqual(
          effectiveReception(calendar, from, { cutoff }).getTime(),
        );
      }),
    );
  });

  it('should return the next working moment when adding zero days', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), ([calendar, [from]]) => {
        const due = addWorkingDays(calendar, from, 0);

        expect(due).toEqual(nextWorkingMoment(calendar, from));
      }),
    );
  });

  it('should be strictly increasing in the number of days', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), daysArb, daysArb, ([calendar, [from]], a, b) => {
        fc.pre(a !== b);
        const [fewer, more] = a < b ? [a, b] : [b, a];

        const earlier = addWorkingDays(calendar, from, fewer);
        const later = addWorkingDays(calendar, from, more);

        expect(earlier.getTime()).toBeLessThan(later.getTime());
      }),
    );
  });

  it('should land exactly n working days after the day the clock starts', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), daysArb, ([calendar, [from]], days) => {
        const due = addWorkingDays(calendar, from, days);

        expect(workingDaysBetween(calendar, effectiveReception(calendar, from), due)).toBe(days);
      }),
    );
  });

  // Additivity holds whenever the kept hour is working time on the intermediate due day, which is always
  // the case when every working day has the same hours; a Saturday-morning service day can break it
  // (see the example in working-time.spec.ts).
  it('should equal adding a then b when every working day has the same hours', () => {
    fc.assert(
      fc.property(withInstants(uniformCalendarArb, 1), daysArb, daysArb, ([calendar, [from]], a, b) => {
        const inTwoSteps = addWorkingDays(calendar, addWorkingDays(calendar, from, a), b);
        const inOneStep = addWorkingDays(calendar, from, a + b);

        expect(inTwoSteps).toEqual(inOneStep);
      }),
    );
  });

  it('should give exactly n standard days of working time when every working day has the same hours', () => {
    fc.assert(
      fc.property(withInstants(uniformCalendarArb, 1), daysArb, ([calendar, [from]], days) => {
        const due = addWorkingDays(calendar, from, days);

        const elapsedMs = workingTimeBetween(calendar, from, due) * HOUR_MS;
        expect(Math.round(elapsedMs)).toBe(days * standardDayMs(calendar));
      }),
    );
  });
});

describe('addWorkingHours', () => {
  it('should give back exactly the hours added when measured with workingTimeBetween, from any instant', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), minutesArb, ([calendar, [from]], minutes) => {
        const hours = minutes / 60;

        const due = addWorkingHours(calendar, from, hours);

        expect(workingTimeBetween(calendar, from, due)).toBe(hours);
      }),
    );
  });

  it('should equal adding a then b for any calendar', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), minutesArb, minutesArb, ([calendar, [from]], a, b) => {
        const inTwoSteps = addWorkingHours(calendar, addWorkingHours(calendar, from, a / 60), b / 60);
        const inOneStep = addWorkingHours(calendar, from, (a + b) / 60);

        expect(inTwoSteps).toEqual(inOneStep);
      }),
    );
  });

  it('should never go back and never decrease when the hours grow', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), minutesArb, minutesArb, ([calendar, [from]], a, b) => {
        const [fewer, more] = a < b ? [a, b] : [b, a];

        const earlier = addWorkingHours(calendar, from, fewer / 60);
        const later = addWorkingHours(calendar, from, more / 60);

        expect(earlier.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(later.getTime()).toBeGreaterThanOrEqual(earlier.getTime());
      }),
    );
  });
});

describe('addCalendarDays', () => {
  it('should land on a working day at or after the n-th calendar day, on it when that day is working', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), daysArb, ([calendar, [from]], days) => {
        const start = effectiveReception(calendar, from);

        const due = addCalendarDays(calendar, from, days);

        const targetDay = localDay(start) + days;
        expect(isWorkingDay(calendar, due)).toBe(true);
        expect(localDay(due)).toBeGreaterThanOrEqual(targetDay);
        if (isWorkingDay(calendar, formatDay(targetDay))) expect(localDay(due)).toBe(targetDay);
        expect(due.getTime()).toBeGreaterThanOrEqual(start.getTime());
      }),
    );
  });
});

describe('workingTimeBetween', () => {
  it('should be antisymmetric and add up over consecutive spans', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 3), ([calendar, [x, y, z]]) => {
        const [a, b, c] = [x, y, z].sort((left, right) => left.getTime() - right.getTime());

        const whole = workingTimeBetween(calendar, a, c);
        const parts = workingTimeBetween(calendar, a, b) + workingTimeBetween(calendar, b, c);

        expect(whole).toBeCloseTo(parts, 9);
        expect(workingTimeBetween(calendar, c, a)).toBe(-whole);
        expect(whole).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('should never exceed the calendar time between the instants', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 2), ([calendar, [x, y]]) => {
        const [a, b] = x <= y ? [x, y] : [y, x];

        const hours = workingTimeBetween(calendar, a, b);

        expect(Math.round(hours * HOUR_MS)).toBeLessThanOrEqual(b.getTime() - a.getTime());
      }),
    );
  });
});

describe('dueAt', () => {
  it('should agree with the unit functions from the effective reception and never precede the reception', () => {
    fc.assert(
      fc.property(
        withInstants(anyCalendarArb, 1),
        fc.integer({ min: 1, max: 40 }),
        cutoffArb,
        ([calendar, [from]], amount, cutoff) => {
          const start = effectiveReception(calendar, from, { cutoff });

          const inDays = dueAt(calendar, from, { amount, unit: 'working_days', cutoff });
          const inHours = dueAt(calendar, from, { amount, unit: 'working_hours', cutoff });
          const inCalendarDays = dueAt(calendar, from, { amount, unit: 'calendar_days', cutoff });

          expect(inDays).toEqual(addWorkingDays(calendar, start, amount));
          expect(inHours).toEqual(addWorkingHours(calendar, start, amount));
          expect(inCalendarDays).toEqual(addCalendarDays(calendar, start, amount));
          for (const due of [inDays, inHours, inCalendarDays])
            expect(due.getTime()).toBeGreaterThan(from.getTime());
        },
      ),
    );
  });

  it('should be due at the close of the day the clock starts on for a same-day procedure', () => {
    fc.assert(
      fc.property(withInstants(anyCalendarArb, 1), cutoffArb, ([calendar, [from]], cutoff) => {
        const start = effectiveReception(calendar, from, { cutoff });

        const due = dueAt(calendar, from, { amount: 0, unit: 'working_days', cutoff });

        expect(localDay(due)).toBe(localDay(start));
        expect(due.getTime()).toBeGreaterThan(start.getTime());
        expect(isWorkingTime(calendar, due)).toBe(false);
        expect(localDay(nextWorkingMoment(calendar, due))).toBeGreaterThan(localDay(start));
      }),
    );
  });
});

// Keeps the random calendar honest: it must generate the shapes the properties claim to cover.
describe('randomCalendarArb', () => {
  it('should produce calendars with Saturday service and swapped working days', () => {
    const samples: WorkingCalendar[] = fc.sample(randomCalendarArb({ isUniform: false }), {
      numRuns: 200,
      seed: 42,
    });

    expect(samples.some((calendar) => calendar.saturdayMorningService)).toBe(true);
    expect(
      samples.some((calendar) => calendar.specialDays.some((row) => row.kind === 'swapped_working_day')),
    ).toBe(true);
  });
});
