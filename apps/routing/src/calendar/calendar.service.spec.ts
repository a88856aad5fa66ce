import { isWorkingDay } from '@motcua/calendar';
import { CalendarYear } from './calendar-year.entity';
import { mergeCalendar } from './calendar.service';

const year = (value: number, days: CalendarYear['calendar']['days'], changedAt: string): CalendarYear => ({
  year: value,
  changedAt: new Date(changedAt),
  calendar: {
    year: value,
    workingHours: [{ start: '07:30', end: '16:30' }],
    weekendDays: ['saturday', 'sunday'],
    saturdayMorningService: false,
    days,
  },
});

describe('mergeCalendar', () => {
  it('should fall back to the official calendar before intake announced any year', () => {
    const calendar = mergeCalendar([]);

    expect(isWorkingDay(calendar, '2026-09-02')).toBe(false);
  });

  it('should replace an announced year and keep the official days of the others', () => {
    const calendar = mergeCalendar([
      year(
        2026,
        [{ date: '2026-12-07', kind: 'holiday', name: 'Ngày thử', legalBasis: 'Thử' }],
        '2026-11-01',
      ),
    ]);

    expect(isWorkingDay(calendar, '2026-12-07')).toBe(false);
    expect(isWorkingDay(calendar, '2026-09-02')).toBe(true);
    expect(isWorkingDay(calendar, '2025-09-02')).toBe(false);
    expect(calendar.workingHours).toEqual([{ start: '07:30', end: '16:30' }]);
  });
});
