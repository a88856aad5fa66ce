import { CalendarErrorCode } from './calendar.errors';
import { defaultCenterCalendar } from './official/default-center-calendar';
import { atVietnamTime } from './vietnam-time';
import { createWorkingCalendar } from './working-calendar';
import {
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

const calendar = defaultCenterCalendar();

// Vietnamese wall-clock time of an instant, for readable assertions.
function local(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function at(dateTime: string): Date {
  const [date, time] = dateTime.split(' ');
  return atVietnamTime(date, time);
}

describe('nextWorkingMoment', () => {
  it.each([
    ['2026-03-03 09:40', '2026-03-03 09:40', 'inside working hours'],
    ['2026-03-03 05:00', '2026-03-03 07:00', 'before opening'],
    ['2026-03-03 11:30', '2026-03-03 13:30', 'at the start of the lunch break'],
    ['2026-03-03 12:15', '2026-03-03 13:30', 'in the lunch break'],
    ['2026-03-03 17:00', '2026-03-04 07:00', 'at closing time'],
    ['2026-03-06 18:00', '2026-03-09 07:00', 'on Friday evening'],
    ['2026-03-07 10:00', '2026-03-09 07:00', 'on a Saturday'],
    ['2026-04-30 10:00', '2026-05-04 07:00', 'on the 30/4 holiday'],
    ['2026-01-10 09:00', '2026-01-10 09:00', 'on a swapped working Saturday'],
  ])('should move %s to %s when the instant is %s', (from, expected) => {
    const moment = nextWorkingMoment(calendar, at(from));

    expect(local(moment)).toBe(expected);
  });
});

describe('nextWorkingMorning', () => {
  it.each([
    ['2026-03-06 16:00', '2026-03-09 07:00', 'a Friday afternoon'],
    ['2026-03-03 05:00', '2026-03-04 07:00', 'early on a Tuesday (it is the next day, not the same morning)'],
    ['2026-02-13 16:00', '2026-02-23 07:00', 'the last working day before Tết 2026'],
    ['2026-01-09 16:00', '2026-01-10 07:00', 'the Friday before the swapped working Saturday'],
  ])('should open at %s → %s after %s', (from, expected) => {
    const morning = nextWorkingMorning(calendar, at(from));

    expect(local(morning)).toBe(expected);
  });
});

describe('effectiveReception', () => {
  it('should start at the next working morning when received on Friday 16:00 with cut-off 15:00', () => {
    const receivedAt = at('2026-03-06 16:00');

    const start = effectiveReception(calendar, receivedAt, { cutoff: '15:00' });

    expect(local(start)).toBe('2026-03-09 07:00');
  });

  it('should keep the reception when it is exactly at the cut-off, because only "after 15:00" rolls over', () => {
    const receivedAt = at('2026-03-06 15:00');

    const start = effectiveReception(calendar, receivedAt, { cutoff: '15:00' });

    expect(local(start)).toBe('2026-03-06 15:00');
  });

  it('should not skip an extra day when received on a Saturday after the cut-off', () => {
    const receivedAt = at('2026-03-07 16:00');

    const start = effectiveReception(calendar, receivedAt, { cutoff: '15:00' });

    expect(local(start)).toBe('2026-03-09 07:00');
  });

  it('should ignore a null cut-off, as stored for procedures without one', () => {
    const receivedAt = at('2026-03-06 16:00');

    const start = effectiveReception(calendar, receivedAt, { cutoff: null });

    expect(local(start)).toBe('2026-03-06 16:00');
  });

  it('should throw InvalidTime when the cut-off is not HH:mm', () => {
    const act = () => effectiveReception(calendar, at('2026-03-06 16:00'), { cutoff: '3pm' });

    expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidTime }));
  });
});

describe('addWorkingDays', () => {
  it.each([
    ['2026-03-03 09:40', 3, '2026-03-06 09:40', 'Tuesday 09:40 + 3 lands on Friday at the same hour'],
    ['2023-10-27 09:32', 5, '2023-11-03 09:32', 'the REFERENCE §1.6 slip: Friday + 5 skips one weekend'],
    ['2026-02-13 10:00', 5, '2026-02-27 10:00', 'the working day before Tết 2026 + 5 lands after Tết'],
    ['2025-12-31 10:00', 1, '2026-01-05 10:00', 'New Year 2026 skips the holiday and the swapped Friday'],
    ['2026-01-09 10:00', 1, '2026-01-10 10:00', 'the swapped working Saturday 10/01/2026 counts'],
    ['2026-08-21 10:00', 1, '2026-08-22 10:00', 'the swapped working Saturday 22/08/2026 counts'],
    ['2026-08-28 10:00', 1, '2026-09-03 10:00', 'the 2/9 2026 break skips the bridge Monday 31/08'],
    ['2025-08-29 10:00', 1, '2025-09-03 10:00', 'the 2/9 2025 break skips 1/9 and 2/9'],
    ['2026-04-24 10:00', 3, '2026-05-04 10:00', 'the Hùng Kings compensatory Monday and 30/4–1/5 2026'],
    ['2025-04-29 10:00', 1, '2025-05-05 10:00', '30/4–1/5 2025 with the swapped Friday 02/05'],
    ['2025-04-25 10:00', 2, '2025-04-28 10:00', 'the swapped working Saturday 26/04/2025 counts'],
  ])('should give %s + %p working days = %s (%s)', (from, days, expected) => {
    const due = addWorkingDays(calendar, at(from), days);

    expect(local(due)).toBe(expected);
  });

  it.each([
    ['2026-03-03 18:00', 3, '2026-03-09 07:00', 'after closing: counting starts Wednesday 07:00'],
    ['2026-03-07 10:00', 5, '2026-03-16 07:00', 'on a Saturday: counting starts Monday 07:00'],
    ['2026-03-03 12:15', 1, '2026-03-04 13:30', 'in the lunch break: counting starts at 13:30'],
    ['2026-03-03 06:00', 1, '2026-03-04 07:00', 'before opening: counting starts at 07:00'],
  ])('should count from the next working moment when received %s + %p (%s)', (from, days, expected) => {
    const due = addWorkingDays(calendar, at(from), days);

    expect(local(due)).toBe(expected);
  });

  it('should start the next working morning when received Friday 16:00 with cut-off 15:00', () => {
    const receivedAt = at('2026-03-06 16:00');

    const withCutoff = addWorkingDays(calendar, receivedAt, 1, { cutoff: '15:00' });
    const withoutCutoff = addWorkingDays(calendar, receivedAt, 1);

    expect(local(withCutoff)).toBe('2026-03-10 07:00');
    expect(local(withoutCutoff)).toBe('2026-03-09 16:00');
  });

  it('should return the effective reception when adding zero days', () => {
    const due = addWorkingDays(calendar, at('2026-03-07 10:00'), 0);

    expect(local(due)).toBe('2026-03-09 07:00');
  });

  describe('with Saturday-morning service', () => {
    const withService = createWorkingCalendar({ saturdayMorningService: true });

    it('should keep the hour on Saturday when it falls in the morning service', () => {
      const due = addWorkingDays(withService, at('2026-03-06 09:40'), 1);

      expect(local(due)).toBe('2026-03-07 09:40');
    });

    it('should keep the due Saturday and move back to its closing when the kept hour is after it', () => {
      const due = addWorkingDays(withService, at('2026-03-06 14:00'), 1);

      expect(local(due)).toBe('2026-03-07 11:30');
    });

    it('should not be additive when an intermediate due hour had to move', () => {
      const receivedAt = at('2026-03-06 14:00');

      const inTwoSteps = addWorkingDays(withService, addWorkingDays(withService, receivedAt, 1), 1);
      const inOneStep = addWorkingDays(withService, receivedAt, 2);

      expect(local(inTwoSteps)).toBe('2026-03-10 07:00');
      expect(local(inOneStep)).toBe('2026-03-09 14:00');
    });

    it('should move forward to the opening when the kept hour is before the due day opens', () => {
      const earlyShifts = createWorkingCalendar({
        workingHours: [
          { start: '06:30', end: '11:30' },
          { start: '13:30', end: '16:00' },
        ],
        saturdayMorningService: true,
        saturdayMorningHours: [{ start: '07:30', end: '11:00' }],
      });

      const due = addWorkingDays(earlyShifts, at('2026-03-06 06:45'), 1);

      expect(local(due)).toBe('2026-03-07 07:30');
    });
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'should throw InvalidAmount when days is %p',
    (days) => {
      const act = () => addWorkingDays(calendar, at('2026-03-03 10:00'), days);

      expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidAmount }));
    },
  );

  it('should throw InvalidInstant when the reception is an invalid Date', () => {
    const act = () => addWorkingDays(calendar, new Date(Number.NaN), 1);

    expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidInstant }));
  });
});

describe('addWorkingHours', () => {
  it.each([
    ['2026-03-06 10:30', 8, '2026-03-09 10:30', 'crossing lunch and a weekend'],
    ['2026-03-03 10:00', 2, '2026-03-03 14:00', 'crossing lunch'],
    ['2026-03-03 07:00', 8, '2026-03-03 17:00', 'a whole day ending at closing, not at the next opening'],
    ['2026-03-08 20:00', 8, '2026-03-09 17:00', 'online submission on Sunday night with 8 working hours'],
    ['2026-02-13 15:00', 4, '2026-02-23 09:00', 'across Tết 2026'],
    ['2026-08-28 16:00', 2, '2026-09-03 08:00', 'across the 2/9 2026 break'],
    ['2026-03-03 10:00', 0.25, '2026-03-03 10:15', 'a quarter of an hour'],
  ])('should give %s + %p working hours = %s (%s)', (from, hours, expected) => {
    const due = addWorkingHours(calendar, at(from), hours);

    expect(local(due)).toBe(expected);
  });

  it('should return the start unchanged when adding zero hours, even outside working time', () => {
    const from = at('2026-03-07 10:00');

    const due = addWorkingHours(calendar, from, 0);

    expect(due).toEqual(from);
    expect(due).not.toBe(from);
  });

  it('should throw InvalidAmount when hours are negative', () => {
    const act = () => addWorkingHours(calendar, at('2026-03-03 10:00'), -2);

    expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidAmount }));
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-03-03 10:00', 10, '2026-03-13 10:00', 'landing on a working Friday'],
    ['2026-03-03 10:00', 4, '2026-03-09 10:00', 'landing on a Saturday, pushed to Monday'],
    ['2026-02-09 10:00', 7, '2026-02-23 10:00', 'landing on Tết, pushed past the whole break'],
    ['2026-02-13 10:00', 14, '2026-02-27 10:00', 'Tết days counted as days'],
    ['2026-03-03 18:00', 1, '2026-03-05 07:00', 'received after closing: counted from Wednesday 07:00'],
  ])('should give %s + %p calendar days = %s (%s)', (from, days, expected) => {
    const due = addCalendarDays(calendar, at(from), days);

    expect(local(due)).toBe(expected);
  });

  it('should throw InvalidAmount when days are fractional', () => {
    const act = () => addCalendarDays(calendar, at('2026-03-03 10:00'), 0.5);

    expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidAmount }));
  });
});

describe('workingTimeBetween', () => {
  it.each([
    ['2026-03-03 09:00', '2026-03-03 15:00', 4, 'across lunch'],
    ['2026-03-06 16:00', '2026-03-09 08:00', 2, 'across a weekend'],
    ['2026-02-13 07:00', '2026-02-23 07:00', 8, 'across Tết 2026'],
    ['2026-03-03 12:00', '2026-03-03 13:00', 0, 'within the lunch break'],
    ['2026-03-09 08:00', '2026-03-06 16:00', -2, 'backwards'],
  ])('should give %s → %s = %p working hours (%s)', (from, to, expected) => {
    const hours = workingTimeBetween(calendar, at(from), at(to));

    expect(hours).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2026-03-03 08:00', '2026-03-03 16:00', 0, 'the same day (the due day)'],
    ['2026-03-06 16:00', '2026-03-09 08:00', 1, 'Friday to Monday'],
    ['2026-03-03 10:00', '2026-03-06 09:00', 3, 'Tuesday to Friday'],
    ['2026-02-13 10:00', '2026-02-23 10:00', 1, 'across Tết 2026'],
    ['2026-03-07 10:00', '2026-03-09 10:00', 1, 'Saturday to Monday'],
    ['2026-03-09 10:00', '2026-03-06 10:00', -1, 'backwards, Monday to Friday'],
  ])('should give %s → %s = %p working days (%s)', (from, to, expected) => {
    const days = workingDaysBetween(calendar, at(from), at(to));

    expect(days).toBe(expected);
  });
});

describe('dueAt', () => {
  it('should equal addWorkingDays when the unit is working days', () => {
    const receivedAt = at('2026-02-13 10:00');

    const due = dueAt(calendar, receivedAt, { amount: 5, unit: 'working_days' });

    expect(due).toEqual(addWorkingDays(calendar, receivedAt, 5));
  });

  it('should give the 8 working hours to accept an online dossier submitted on Saturday', () => {
    const due = dueAt(calendar, at('2026-03-07 21:00'), { amount: 8, unit: 'working_hours' });

    expect(local(due)).toBe('2026-03-09 17:00');
  });

  it('should apply the cut-off before counting working hours', () => {
    const due = dueAt(calendar, at('2026-03-06 16:00'), {
      amount: 2,
      unit: 'working_hours',
      cutoff: '15:00',
    });

    expect(local(due)).toBe('2026-03-09 09:00');
  });

  it.each([
    ['2026-03-03 10:00', '2026-03-03 17:00', 'received before the cut-off: due at today’s close'],
    [
      '2026-03-03 16:00',
      '2026-03-04 17:00',
      'received after the cut-off: due at the next working day’s close',
    ],
    ['2026-03-06 16:00', '2026-03-09 17:00', 'received Friday after the cut-off: due Monday at close'],
  ])('should treat 0 working days as a same-day procedure: %s → %s (%s)', (from, expected) => {
    const due = dueAt(calendar, at(from), { amount: 0, unit: 'working_days', cutoff: '15:00' });

    expect(local(due)).toBe(expected);
  });

  it('should close a same-day calendar-day procedure at the close of the reception day', () => {
    const due = dueAt(calendar, at('2026-03-03 10:00'), { amount: 0, unit: 'calendar_days' });

    expect(local(due)).toBe('2026-03-03 17:00');
  });

  it.each([
    [0.5, '2026-03-03 16:00'],
    [1.5, '2026-03-04 16:00'],
  ])('should add the fraction of %p working days as that share of an 8-hour day', (amount, expected) => {
    const due = dueAt(calendar, at('2026-03-03 10:00'), { amount, unit: 'working_days' });

    expect(local(due)).toBe(expected);
  });

  it('should equal addCalendarDays when the unit is calendar days', () => {
    const receivedAt = at('2026-02-09 10:00');

    const due = dueAt(calendar, receivedAt, { amount: 7, unit: 'calendar_days' });

    expect(local(due)).toBe('2026-02-23 10:00');
  });

  it('should throw InvalidUnit when the unit is unknown', () => {
    const act = () => dueAt(calendar, at('2026-03-03 10:00'), { amount: 1, unit: 'months' as never });

    expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidUnit }));
  });

  it.each([
    [-1, 'working_days'],
    [1.5, 'calendar_days'],
    [Number.NaN, 'working_hours'],
  ] as const)('should throw InvalidAmount when the amount is %p %s', (amount, unit) => {
    const act = () => dueAt(calendar, at('2026-03-03 10:00'), { amount, unit });

    expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidAmount }));
  });
});
