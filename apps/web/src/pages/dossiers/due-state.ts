/** Where a dossier stands against its appointment, for the list colours. */
export type DueState = 'closed' | 'overdue' | 'dueSoon' | 'onTrack' | 'none';

export const DUE_SOON_MS = 24 * 3600 * 1000;

// A dossier whose clock no longer runs: resolved (lateness is judged at resolution), returned, or ended.
const CLOCK_STOPPED = ['resolved', 'returned', 'withdrawn', 'stopped', 'refused_at_reception'];

export const DUE_STATE_COLORS: Record<DueState, string> = {
  closed: 'default',
  overdue: 'red',
  dueSoon: 'orange',
  onTrack: 'green',
  none: 'default',
};

/** Overdue once the appointment passed, due soon within a day of it, on track before that. */
export function dueState(dossier: { status: string; dueAt?: string }, now: Date): DueState {
  if (CLOCK_STOPPED.includes(dossier.status)) return 'closed';
  if (!dossier.dueAt) return 'none';
  const left = Date.parse(dossier.dueAt) - now.getTime();
  if (left < 0) return 'overdue';
  return left <= DUE_SOON_MS ? 'dueSoon' : 'onTrack';
}
