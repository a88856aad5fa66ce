import { WorkingCalendar, atVietnamTime, isWorkingDay, vietnamDay } from '@motcua/calendar';
import { DueSoonThreshold } from '@motcua/contracts';

/** An alert of the SLA clock: a due-soon threshold or the overdue alert. */
export type AlertKind = DueSoonThreshold | 'overdue';

export interface ScheduledAlert {
  readonly kind: AlertKind;
  /** The first instant at which the alert is due. */
  readonly at: Date;
}

/** Working days before the due day at which each due-soon threshold is crossed. */
export const THRESHOLD_LEAD_DAYS: Record<DueSoonThreshold, number> = {
  [DueSoonThreshold.ThreeWorkingDays]: 3,
  [DueSoonThreshold.OneWorkingDay]: 1,
  [DueSoonThreshold.DueDay]: 0,
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When each alert of a deadline is due, earliest first. A due-soon threshold of N working days is crossed at
 * the start (00:00, Vietnam) of the N-th working day before the due day, so from then on the due day is at most
 * N working days away; the due-day threshold at the start of the due day; overdue just after the due instant.
 */
export function scheduleAlerts(
  calendar: WorkingCalendar,
  dueAt: Date,
  thresholds: readonly DueSoonThreshold[],
): ScheduledAlert[] {
  const alerts: ScheduledAlert[] = thresholds.map((kind) => ({
    kind,
    at: startOfWorkingDayBefore(calendar, dueAt, THRESHOLD_LEAD_DAYS[kind]),
  }));
  alerts.push({ kind: 'overdue', at: new Date(dueAt.getTime() + 1) });
  return alerts.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The start of the Vietnamese day `lead` working days before the day of `dueAt` (0: that day itself). */
export function startOfWorkingDayBefore(calendar: WorkingCalendar, dueAt: Date, lead: number): Date {
  let day = atVietnamTime(vietnamDay(dueAt));
  for (let counted = 0; counted < lead;) {
    day = new Date(day.getTime() - DAY_MS);
    if (isWorkingDay(calendar, vietnamDay(day))) counted += 1;
  }
  return day;
}
