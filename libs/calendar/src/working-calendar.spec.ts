import { CalendarError, CalendarErrorCode, CalendarProblem } from './calendar.errors';
import { defaultCenterCalendar } from './official/default-center-calendar';
import { atVietnamTime } from './vietnam-time';
import {
  SpecialDay,
  WorkingCalendar,
  WorkingCalendarInput,
  createWorkingCalendar,
  findSpecialDay,
  isWorkingDay,
  isWorkingTime,
  listSpecialDays,
} from './working-calendar';

const SWAP_BASIS = 'Công văn 12729/VPCP-KGVX ngày 25/12/2025';

function specialDay(overrides: Partial<SpecialDay> = {}): SpecialDay {
  return {
    date: '2026-01-01',
    kind: 'holiday',
    name: 'Tết Dương lịch',
    legalBasis: 'BLLĐ 2019 Điều 112',
    ...overrides,
  };
}

function refusal(input: unknown): CalendarError {
  try {
    createWorkingCalendar(input as WorkingCalendarInput);
  } catch (error) {
    if (error instanceof CalendarError) return error;
    throw error;
  }
  throw new Error('expected a CalendarError');
}

function problemsOf(input: unknown): CalendarProblem[] {
  return refusal(input).issues.map((found) => found.problem);
}

describe('createWorkingCalendar', () => {
  it('should apply the Center defaults when the input is empty', () => {
    const calendar = createWorkingCalendar();

    expect(calendar).toEqual({
      workingHours: [
        { start: '07:00', end: '11:30' },
        { start: '13:30', end: '17:00' },
      ],
      weekendDays: ['sunday', 'saturday'],
      saturdayMorningService: false,
      saturdayMorningHours: [{ start: '07:00', end: '11:30' }],
      specialDays: [],
    });
  });

  it('should sort special days by date and drop unknown fields when it copies the input', () => {
    const input = {
      specialDays: [
        {
          ...specialDay({
            date: '2026-01-10',
            kind: 'swapped_working_day',
            name: 'Làm bù',
            legalBasis: SWAP_BASIS,
          }),
          note: 'x',
        },
        specialDay({
          date: '2026-01-02',
          kind: 'swapped_day_off',
          name: 'Nghỉ hoán đổi',
          legalBasis: SWAP_BASIS,
        }),
      ],
    };

    const calendar = createWorkingCalendar(input);

    expect(calendar.specialDays.map((row) => row.date)).toEqual(['2026-01-02', '2026-01-10']);
    expect(calendar.specialDays[1]).not.toHaveProperty('note');
  });

  it('should return a deeply frozen calendar when it succeeds', () => {
    const calendar = createWorkingCalendar({ specialDays: [specialDay()] });

    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.workingHours)).toBe(true);
    expect(Object.isFrozen(calendar.workingHours[0])).toBe(true);
    expect(Object.isFrozen(calendar.specialDays[0])).toBe(true);
  });

  it('should not follow later changes of the input when the caller mutates it', () => {
    const workingHours = [{ start: '08:00', end: '12:00' }];
    const calendar = createWorkingCalendar({ workingHours });

    workingHours[0].end = '09:00';

    expect(isWorkingTime(calendar, atVietnamTime('2026-03-03', '10:00'))).toBe(true);
  });

  it('should rebuild an equal calendar when given its own JSON', () => {
    const calendar = defaultCenterCalendar();

    const rebuilt = createWorkingCalendar(JSON.parse(JSON.stringify(calendar)) as WorkingCalendarInput);

    expect(rebuilt).toEqual(calendar);
    expect(isWorkingDay(rebuilt, '2026-01-10')).toBe(true);
  });

  it.each<[string, unknown, CalendarProblem[]]>([
    ['a time is not HH:mm', { workingHours: [{ start: '7:00', end: '11:30' }] }, ['malformed_time']],
    [
      'an interval ends before it starts',
      { workingHours: [{ start: '13:30', end: '11:30' }] },
      ['empty_interval'],
    ],
    [
      'two intervals overlap',
      {
        workingHours: [
          { start: '07:00', end: '12:00' },
          { start: '11:30', end: '17:00' },
        ],
      },
      ['overlapping_intervals'],
    ],
    ['there are no working hours', { workingHours: [] }, ['no_working_hours']],
    ['working hours are not a list', { workingHours: '07:00-17:00' }, ['not_a_list']],
    ['a weekend day is unknown', { weekendDays: ['saturday', 'chủ nhật'] }, ['unknown_weekday']],
    ['a weekend day repeats', { weekendDays: ['sunday', 'sunday'] }, ['duplicate_weekday']],
    [
      'every day is a weekend day',
      { weekendDays: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] },
      ['no_working_weekday'],
    ],
    ['Saturday service is not a boolean', { saturdayMorningService: 'yes' }, ['not_a_boolean']],
    [
      'Saturday service is on while Saturday is a working day',
      { weekendDays: ['sunday'], saturdayMorningService: true },
      ['saturday_not_weekend'],
    ],
    ['a date is malformed', { specialDays: [specialDay({ date: '01/01/2026' })] }, ['malformed_date']],
    ['a date does not exist', { specialDays: [specialDay({ date: '2026-02-29' })] }, ['malformed_date']],
    ['a date repeats', { specialDays: [specialDay(), specialDay({ name: 'Năm mới' })] }, ['duplicate_date']],
    ['a kind is unknown', { specialDays: [specialDay({ kind: 'bridge' as never })] }, ['unknown_kind']],
    ['a name is blank', { specialDays: [specialDay({ name: '  ' })] }, ['missing_name']],
    [
      'a legal basis is missing',
      { specialDays: [specialDay({ legalBasis: undefined as never })] },
      ['missing_legal_basis'],
    ],
    [
      'a swapped working day is already a working weekday',
      { specialDays: [specialDay({ date: '2026-01-09', kind: 'swapped_working_day' })] },
      ['kind_on_wrong_day'],
    ],
    [
      'a compensatory day off falls on a weekend',
      { specialDays: [specialDay({ date: '2026-04-26', kind: 'compensatory_day_off' })] },
      ['kind_on_wrong_day'],
    ],
    ['special days are not a list', { specialDays: { '2026-01-01': 'holiday' } }, ['not_a_list']],
  ])('should refuse the input with InvalidCalendar when %s', (_, input, problems) => {
    const error = refusal(input);

    expect(error.code).toBe(CalendarErrorCode.InvalidCalendar);
    expect(error.issues.map((found) => found.problem)).toEqual(problems);
  });

  it('should list every problem with its path when the input has several', () => {
    const input = {
      workingHours: [{ start: '07:00', end: '25:00' }],
      specialDays: [
        specialDay({ date: '2026-1-1' }),
        specialDay({ date: '2026-01-02', kind: 'holiday_ish' as never }),
      ],
    };

    const error = refusal(input);

    expect(error.issues.map((found) => found.path)).toEqual([
      'workingHours[0].end',
      'specialDays[0].date',
      'specialDays[1].kind',
    ]);
    expect(error.message).toContain('3 problems');
    expect(error.message).toContain('specialDays[1].kind must be one of holiday, compensatory_day_off');
  });

  it('should name both rows when a date repeats', () => {
    const input = { specialDays: [specialDay(), specialDay({ kind: 'swapped_day_off' })] };

    const error = refusal(input);

    expect(error.issues[0].message).toBe('specialDays[1].date 2026-01-01 repeats specialDays[0]');
  });

  it('should accept intervals that touch and intervals given out of order', () => {
    const input = {
      workingHours: [
        { start: '13:30', end: '17:00' },
        { start: '07:00', end: '13:30' },
      ],
    };

    const calendar = createWorkingCalendar(input);

    expect(isWorkingTime(calendar, atVietnamTime('2026-03-03', '13:30'))).toBe(true);
    expect(problemsOf({ workingHours: [{ start: '07:00', end: '07:00' }] })).toEqual(['empty_interval']);
  });
});

describe('isWorkingDay', () => {
  const calendar = defaultCenterCalendar();

  it.each([
    ['2026-03-03', true, 'an ordinary Tuesday'],
    ['2026-03-07', false, 'an ordinary Saturday'],
    ['2026-03-08', false, 'a Sunday'],
    ['2026-02-17', false, 'mùng 1 Tết Bính Ngọ'],
    ['2026-01-02', false, 'a swapped day off'],
    ['2026-01-10', true, 'a swapped working Saturday'],
    ['2025-04-26', true, 'the working Saturday of 30/4 2025'],
    ['2026-04-27', false, 'the compensatory Monday for Hùng Kings on a Sunday'],
    ['2026-08-31', false, 'the 2/9 bridge Monday'],
  ])('should answer %s → %p for %s', (date, expected) => {
    const answer = isWorkingDay(calendar, date);

    expect(answer).toBe(expected);
  });

  it('should read a Date as its Vietnamese day when the UTC day differs', () => {
    const mondayMorningInVietnam = new Date('2026-02-22T23:30:00Z');

    const answer = isWorkingDay(calendar, mondayMorningInVietnam);

    expect(answer).toBe(true);
  });

  it('should make Saturday a working day when Saturday-morning service is on', () => {
    const withService = createWorkingCalendar({ saturdayMorningService: true });

    expect(isWorkingDay(withService, '2026-03-07')).toBe(true);
    expect(isWorkingDay(withService, '2026-03-08')).toBe(false);
  });

  it('should close a Saturday-morning service day when a holiday row covers it', () => {
    const withService = createWorkingCalendar({
      saturdayMorningService: true,
      specialDays: [specialDay({ date: '2026-02-14', name: 'Nghỉ Tết Bính Ngọ (thứ Bảy)' })],
    });

    const answer = isWorkingDay(withService, '2026-02-14');

    expect(answer).toBe(false);
  });

  it('should throw InvalidDate when the day string is malformed', () => {
    const act = () => isWorkingDay(calendar, '2026-02-30');

    expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.InvalidDate }));
  });

  it('should throw UnknownCalendar when the calendar was not built by the factory', () => {
    const forged = { ...calendar } as WorkingCalendar;

    const act = () => isWorkingDay(forged, '2026-03-03');

    expect(act).toThrow(expect.objectContaining({ code: CalendarErrorCode.UnknownCalendar }));
  });
});

describe('isWorkingTime', () => {
  const calendar = defaultCenterCalendar();

  it.each([
    ['06:59', false],
    ['07:00', true],
    ['11:29', true],
    ['11:30', false],
    ['12:15', false],
    ['13:30', true],
    ['16:59', true],
    ['17:00', false],
  ])('should answer %s → %p on an ordinary Tuesday', (time, expected) => {
    const answer = isWorkingTime(calendar, atVietnamTime('2026-03-03', time));

    expect(answer).toBe(expected);
  });

  it('should give a swapped working Saturday full weekday hours', () => {
    const afternoon = atVietnamTime('2026-08-22', '15:00');

    const answer = isWorkingTime(calendar, afternoon);

    expect(answer).toBe(true);
  });

  it('should open only the morning of an ordinary Saturday when Saturday-morning service is on', () => {
    const withService = createWorkingCalendar({ saturdayMorningService: true });

    expect(isWorkingTime(withService, atVietnamTime('2026-03-07', '09:00'))).toBe(true);
    expect(isWorkingTime(withService, atVietnamTime('2026-03-07', '14:00'))).toBe(false);
  });
});

describe('findSpecialDay', () => {
  const calendar = defaultCenterCalendar();

  it('should return the row with its legal basis when the day is special', () => {
    const row = findSpecialDay(calendar, '2026-01-10');

    expect(row).toEqual({
      date: '2026-01-10',
      kind: 'swapped_working_day',
      name: 'Làm việc bù cho ngày nghỉ thứ Sáu 02/01/2026',
      legalBasis: expect.stringContaining('12729/VPCP-KGVX'),
    });
  });

  it('should return a frozen row so a caller cannot change the calendar through it', () => {
    const row = findSpecialDay(calendar, '2026-02-17');

    expect(Object.isFrozen(row)).toBe(true);
  });

  it('should return null when the day is ordinary', () => {
    const row = findSpecialDay(calendar, atVietnamTime('2026-03-03', '10:00'));

    expect(row).toBeNull();
  });
});

describe('listSpecialDays', () => {
  it('should return only the rows of the requested year', () => {
    const calendar = defaultCenterCalendar();

    const rows = listSpecialDays(calendar, 2025);

    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.date.startsWith('2025-'))).toBe(true);
    expect(listSpecialDays(calendar, 2027)).toEqual([]);
  });
});
