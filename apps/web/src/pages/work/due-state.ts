/** How close a step is to its deadline, as the work queue colours it. */
export type DueState = 'none' | 'in_time' | 'due_soon' | 'overdue';

/** The work queue's "due soon" window (three working days) as calendar time: a weekend only widens it. */
const DUE_SOON_MS = 3 * 86_400_000;

export function dueStateOf(dueAt: string | undefined, now: Date): DueState {
  if (!dueAt) return 'none';
  const left = new Date(dueAt).getTime() - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'due_soon' : 'in_time';
}

export const DUE_STATE_COLOURS: Record<DueState, string> = {
  none: 'default',
  in_time: 'green',
  due_soon: 'gold',
  overdue: 'red',
};
