import { vietnamDay } from '@motcua/calendar';
import { Timeliness } from '@motcua/contracts';

/**
 * Early, on time or late (REFERENCE.md §2.4 and §6): after the appointment is late (QĐ 766: on time when
 * resolved ≤ due); on the appointment's own day is on time; an earlier day is early. No appointment: on time.
 */
export function classifyResolution(resolvedAt: Date, dueAt: Date | null): Timeliness {
  if (!dueAt) return Timeliness.OnTime;
  if (resolvedAt.getTime() > dueAt.getTime()) return Timeliness.Late;
  return vietnamDay(resolvedAt) === vietnamDay(dueAt) ? Timeliness.OnTime : Timeliness.Early;
}
