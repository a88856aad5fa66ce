import { atVietnamTime } from '@motcua/calendar';
import { Timeliness } from '@motcua/contracts';
import { classifyResolution } from './timeliness';

describe('classifyResolution', () => {
  const due = atVietnamTime('2026-12-10', '10:00');

  it.each([
    ['2026-12-09', '23:59', Timeliness.Early],
    ['2026-12-10', '00:00', Timeliness.OnTime],
    ['2026-12-10', '10:00', Timeliness.OnTime],
    ['2026-12-10', '10:01', Timeliness.Late],
  ])('should count a resolution on %s %s as %s', (date, clock, expected) => {
    expect(classifyResolution(due, atVietnamTime(date, clock), 1)).toBe(expected);
  });

  it('should count more than one supplement request late', () => {
    expect(classifyResolution(due, atVietnamTime('2026-12-01'), 2)).toBe(Timeliness.Late);
  });

  it('should count a dossier without a time limit on time', () => {
    expect(classifyResolution(null, atVietnamTime('2026-12-01'), 0)).toBe(Timeliness.OnTime);
  });
});
