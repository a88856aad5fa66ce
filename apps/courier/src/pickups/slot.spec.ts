import { slotInstant } from './slot';

describe(slotInstant.name, () => {
  it('should give the pickup time of the Viet Nam day when it is morning in Viet Nam', () => {
    const at = slotInstant(new Date('2026-11-28T01:00:00Z'), '09:30');

    expect(at.toISOString()).toBe('2026-11-28T02:30:00.000Z');
  });

  it('should use the Viet Nam day when UTC is still on the day before', () => {
    const at = slotInstant(new Date('2026-11-27T18:00:00Z'), '15:00');

    expect(at.toISOString()).toBe('2026-11-28T08:00:00.000Z');
  });
});
