import { atVietnamTime, createWorkingCalendar, defaultCenterCalendar } from '@motcua/calendar';
import { DueSoonThreshold } from '@motcua/contracts';
import { scheduleAlerts, startOfWorkingDayBefore } from './alert-schedule';

describe('scheduleAlerts', () => {
  it('should cross each threshold at the start of the working day it names, skipping weekends', () => {
    const due = atVietnamTime('2026-12-08', '10:00');

    const alerts = scheduleAlerts(defaultCenterCalendar(), due, Object.values(DueSoonThreshold));

    expect(alerts).toEqual([
      { kind: DueSoonThreshold.ThreeWorkingDays, at: atVietnamTime('2026-12-03') },
      { kind: DueSoonThreshold.OneWorkingDay, at: atVietnamTime('2026-12-07') },
      { kind: DueSoonThreshold.DueDay, at: atVietnamTime('2026-12-08') },
      { kind: 'overdue', at: new Date(due.getTime() + 1) },
    ]);
  });

  it('should schedule only the configured thresholds and the overdue alert', () => {
    const due = atVietnamTime('2026-12-08', '10:00');

    const alerts = scheduleAlerts(defaultCenterCalendar(), due, [DueSoonThreshold.DueDay]);

    expect(alerts.map((alert) => alert.kind)).toEqual([DueSoonThreshold.DueDay, 'overdue']);
  });
});

describe('startOfWorkingDayBefore', () => {
  it('should skip the holidays of the calendar', () => {
    const calendar = createWorkingCalendar({
      specialDays: [{ date: '2026-12-07', kind: 'holiday', name: 'Ngày thử', legalBasis: 'Thử nghiệm' }],
    });

    const start = startOfWorkingDayBefore(calendar, atVietnamTime('2026-12-08', '10:00'), 1);

    expect(start).toEqual(atVietnamTime('2026-12-04'));
  });
});
