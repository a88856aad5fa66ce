import { quietHoursEnd } from './quiet-hours';

const NIGHT: [string, string] = ['21:00', '07:00'];

describe('quietHoursEnd', () => {
  it('should not delay a message in the day', () => {
    expect(quietHoursEnd(new Date('2026-11-28T03:00:00Z'), NIGHT)).toBeNull();
  });

  it('should delay a message of the evening to 07:00 the next morning, Vietnam time', () => {
    const end = quietHoursEnd(new Date('2026-11-28T15:30:00Z'), NIGHT);

    expect(end?.toISOString()).toBe('2026-11-29T00:00:00.000Z');
  });

  it('should delay a message after midnight to 07:00 the same morning', () => {
    const end = quietHoursEnd(new Date('2026-11-28T19:00:00Z'), NIGHT);

    expect(end?.toISOString()).toBe('2026-11-29T00:00:00.000Z');
  });

  it('should treat the start as quiet and the end as not', () => {
    expect(quietHoursEnd(new Date('2026-11-28T14:00:00Z'), NIGHT)?.toISOString()).toBe(
      '2026-11-29T00:00:00.000Z',
    );
    expect(quietHoursEnd(new Date('2026-11-29T00:00:00Z'), NIGHT)).toBeNull();
  });

  it('should handle a window that does not wrap midnight', () => {
    const lunch: [string, string] = ['11:30', '13:30'];

    expect(quietHoursEnd(new Date('2026-11-28T05:00:00Z'), lunch)?.toISOString()).toBe(
      '2026-11-28T06:30:00.000Z',
    );
    expect(quietHoursEnd(new Date('2026-11-28T07:00:00Z'), lunch)).toBeNull();
  });

  it('should never delay when there are no quiet hours', () => {
    expect(quietHoursEnd(new Date('2026-11-28T15:30:00Z'), null)).toBeNull();
  });
});
