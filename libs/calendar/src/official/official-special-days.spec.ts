import { parseDay, weekdayOf } from '../vietnam-time';
import { SpecialDay, isWorkingDay } from '../working-calendar';
import { defaultCenterCalendar } from './default-center-calendar';
import { OFFICIAL_SPECIAL_DAYS_2025 } from './special-days-2025';
import { OFFICIAL_SPECIAL_DAYS_2026 } from './special-days-2026';

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function weekdayName(date: string): string {
  return WEEKDAY_NAMES[weekdayOf(parseDay(date) as number)];
}

function datesOf(rows: readonly SpecialDay[], kind: SpecialDay['kind']): string[] {
  return rows.filter((row) => row.kind === kind).map((row) => row.date);
}

describe('OFFICIAL_SPECIAL_DAYS_2025', () => {
  it('should hold the eleven statutory holidays of Labour Code Art. 112(1), all on weekdays', () => {
    const holidays = datesOf(OFFICIAL_SPECIAL_DAYS_2025, 'holiday');

    expect(holidays).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(holidays.map(weekdayName).filter((name) => name === 'Sat' || name === 'Sun')).toEqual([]);
  });

  it('should swap Friday 02/05 off for Saturday 26/04 worked', () => {
    const swaps = [
      ...datesOf(OFFICIAL_SPECIAL_DAYS_2025, 'swapped_day_off'),
      ...datesOf(OFFICIAL_SPECIAL_DAYS_2025, 'swapped_working_day'),
    ];

    expect(swaps).toEqual(['2025-05-02', '2025-04-26']);
    expect(swaps.map(weekdayName)).toEqual(['Fri', 'Sat']);
  });
});

describe('OFFICIAL_SPECIAL_DAYS_2026', () => {
  it('should hold the eleven statutory holidays, Hùng Kings on Sunday 26/04 with Monday 27/04 off instead', () => {
    const holidays = datesOf(OFFICIAL_SPECIAL_DAYS_2026, 'holiday');
    const compensatory = datesOf(OFFICIAL_SPECIAL_DAYS_2026, 'compensatory_day_off');

    expect(holidays).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(weekdayName('2026-04-26')).toBe('Sun');
    expect(compensatory).toEqual(['2026-04-27']);
    expect(weekdayName('2026-02-17')).toBe('Tue');
  });

  it('should swap Fridays/Mondays off for the working Saturdays 10/01 and 22/08', () => {
    const daysOff = datesOf(OFFICIAL_SPECIAL_DAYS_2026, 'swapped_day_off');
    const workingSaturdays = datesOf(OFFICIAL_SPECIAL_DAYS_2026, 'swapped_working_day');

    expect(daysOff).toEqual(['2026-01-02', '2026-08-31']);
    expect(daysOff.map(weekdayName)).toEqual(['Fri', 'Mon']);
    expect(workingSaturdays).toEqual(['2026-01-10', '2026-08-22']);
    expect(workingSaturdays.map(weekdayName)).toEqual(['Sat', 'Sat']);
  });

  it('should cite Công văn 12729/VPCP-KGVX for the New Year swap', () => {
    const newYearSwap = OFFICIAL_SPECIAL_DAYS_2026.filter((row) =>
      ['2026-01-02', '2026-01-10'].includes(row.date),
    );

    expect(newYearSwap.map((row) => row.legalBasis)).toEqual([
      expect.stringContaining('12729/VPCP-KGVX'),
      expect.stringContaining('12729/VPCP-KGVX'),
    ]);
  });

  it('should be frozen so no caller can move an official day', () => {
    const rows = OFFICIAL_SPECIAL_DAYS_2026;

    expect(Object.isFrozen(rows)).toBe(true);
    expect(rows.every((row) => Object.isFrozen(row))).toBe(true);
  });
});

describe('defaultCenterCalendar', () => {
  it.each([
    ['2025-01-24', '2025-02-03', 'Tết Ất Tỵ 25/01–02/02/2025'],
    ['2025-04-29', '2025-05-05', '30/4–1/5 2025, 30/04–04/05'],
    ['2025-08-29', '2025-09-03', 'Quốc khánh 2025, 30/08–02/09'],
    ['2025-12-31', '2026-01-05', 'Tết Dương lịch 2026, 01/01–04/01'],
    ['2026-02-13', '2026-02-23', 'Tết Bính Ngọ 14/02–22/02/2026'],
    ['2026-04-24', '2026-04-28', 'Giỗ Tổ Hùng Vương 2026, 25/04–27/04'],
    ['2026-04-29', '2026-05-04', '30/4–1/5 2026, 30/04–03/05'],
    ['2026-08-28', '2026-09-03', 'Quốc khánh 2026, 29/08–02/09'],
  ])('should close every day strictly between %s and %s (%s) and open both ends', (before, after) => {
    const calendar = defaultCenterCalendar();
    const [first, last] = [parseDay(before) as number, parseDay(after) as number];

    const openDays = [];
    for (let day = first + 1; day < last; day++) {
      if (isWorkingDay(calendar, new Date(day * 86_400_000).toISOString().slice(0, 10))) openDays.push(day);
    }

    expect(openDays).toEqual([]);
    expect(isWorkingDay(calendar, before)).toBe(true);
    expect(isWorkingDay(calendar, after)).toBe(true);
  });

  it('should include both years', () => {
    const calendar = defaultCenterCalendar();

    expect(calendar.specialDays).toHaveLength(
      OFFICIAL_SPECIAL_DAYS_2025.length + OFFICIAL_SPECIAL_DAYS_2026.length,
    );
  });
});
