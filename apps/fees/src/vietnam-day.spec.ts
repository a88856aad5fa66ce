import { vietnamDay, vietnamYear } from './vietnam-day';

describe(vietnamDay.name, () => {
  it('should give the next day in Vietnam when it is after 17:00 UTC', () => {
    const at = new Date('2026-12-31T17:30:00Z');

    const day = vietnamDay(at);

    expect(day).toBe('2027-01-01');
    expect(vietnamYear(at)).toBe(2027);
  });

  it('should keep the same day before 17:00 UTC', () => {
    expect(vietnamDay(new Date('2026-11-28T16:59:59Z'))).toBe('2026-11-28');
  });
});
