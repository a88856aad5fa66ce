import { vietnamDay } from '@motcua/calendar';
import { Timeliness } from '@motcua/contracts';

/**
 * How a resolution counts against its deadline (REFERENCE §2.4 and §6): late after the due instant or with
 * more than one supplement request; early when done on an earlier day than the due day; otherwise on time.
 * A dossier without a time limit is on time.
 */
export function classifyResolution(
  dueAt: Date | null,
  resolvedAt: Date,
  supplementCount: number,
): Timeliness {
  if (supplementCount > 1) return Timeliness.Late;
  if (dueAt === null) return Timeliness.OnTime;
  if (resolvedAt.getTime() > dueAt.getTime()) return Timeliness.Late;
  return vietnamDay(resolvedAt) < vietnamDay(dueAt) ? Timeliness.Early : Timeliness.OnTime;
}
