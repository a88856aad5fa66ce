import { CalendarError, CalendarErrorCode } from './calendar.errors';
import { atVietnamTime, parseDay, vietnamDay, weekdayOf } from './vietnam-time';

describe('vietnamDay', () => {
  it('should keep the UTC day when the instant is one millisecond before 17:00Z', () => {
    const instant = new Date('2026-02-16T16:59:59.999Z');

    const day = vietnamDay(instant);

    expect(day).toBe('2026-02-16');
  });

  it('should move to the next day when the instant is 17:00Z, midnight in Vietnam', () => {
    const instant = new Date('2025-12-31T17:00:00Z');

    const day = vietnamDay(instant);

    expect(day).toBe('2026-01-01');
  });

  it('should throw InvalidInstant when the date is invalid', () => {
    const instant = new Date('not a date');

    const act = () => vietnamDay(instant);

    expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidInstant }));
  });
});

describe('atVietnamTime', () => {
  it('should subtract seven hours when it builds the instant of a Vietnamese wall-clock time', () => {
    const instant = atVietnamTime('2026-02-13', '09:40');

    expect(instant.toISOString()).toBe('2026-02-13T02:40:00.000Z');
  });

  it('should fall on the previous UTC day when the Vietnamese time is before 07:00', () => {
    const instant = atVietnamTime('2026-01-01', '06:59');

    expect(instant.toISOString()).toBe('2025-12-31T23:59:00.000Z');
  });

  it('should default to midnight when no time is given', () => {
    const instant = atVietnamTime('2025-09-02');

    expect(instant.toISOString()).toBe('2025-09-01T17:00:00.000Z');
  });

  it.each(['2025-02-29', '2026-13-01', '2026-1-5', '26-01-05', ''])(
    'should throw InvalidDate when the date is %p',
    (date) => {
      const act = () => atVietnamTime(date, '08:00');

      expect(act).toThrow(CalendarError);
      expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidDate }));
    },
  );

  it.each(['24:00', '7:00', '07:60', '0700'])('should throw InvalidTime when the time is %p', (time) => {
    const act = () => atVietnamTime('2026-03-03', time);

    expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidTime }));
  });
});

describe('weekdayOf', () => {
  it('should give 0 for Sunday and 6 for Saturday like Date#getUTCDay', () => {
    const sunday = parseDay('2026-04-26') as number;
    const saturday = parseDay('2026-01-10') as number;

    const weekdays = [weekdayOf(sunday), weekdayOf(saturday)];

    expect(weekdays).toEqual([0, 6]);
  });

  it('should stay within 0..6 when the day is before 1970', () => {
    const day = parseDay('1969-12-31') as number;

    const weekday = weekdayOf(day);

    expect(weekday).toBe(3);
  });
});
