import { Timeliness } from '@motcua/contracts';
import { classifyResolution } from './timeliness';

describe(classifyResolution.name, () => {
  const due = new Date('2026-12-04T03:00:00Z'); // Friday 4/12/2026 10:00 in Vietnam

  it.each([
    ['a day before the appointment', '2026-12-03T09:00:00Z', Timeliness.Early],
    ['on the appointment day before its hour', '2026-12-04T01:00:00Z', Timeliness.OnTime],
    ['exactly at the appointment', '2026-12-04T03:00:00Z', Timeliness.OnTime],
    ['on the appointment day after its hour', '2026-12-04T08:00:00Z', Timeliness.Late],
    ['a day after', '2026-12-05T02:00:00Z', Timeliness.Late],
  ])('should classify a resolution %s', (_when, resolvedAt, expected) => {
    const result = classifyResolution(new Date(resolvedAt), due);

    expect(result).toBe(expected);
  });

  it('should count a dossier without an appointment on time', () => {
    const result = classifyResolution(new Date(), null);

    expect(result).toBe(Timeliness.OnTime);
  });
});
