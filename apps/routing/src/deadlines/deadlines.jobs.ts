export const DEADLINES_QUEUE = 'routing.deadlines';

export enum DeadlineJobName {
  CheckClock = 'check-clock',
}

export type DeadlineJob = { name: DeadlineJobName.CheckClock; data: { dossierId: string } };

export type JobData<Name extends DeadlineJobName> = Extract<DeadlineJob, { name: Name }>['data'];

// A wake-up runs a little after its alert is due, so the clock it checks has surely crossed the threshold.
export const WAKE_MARGIN_MS = 250;

// Wake-ups due within this time (or two reconciler runs, if longer) are scheduled when a clock changes and
// recreated by every reconciler run; later ones wait for the run that brings them within it.
const MIN_WAKEUP_HORIZON_MS = 60 * 60 * 1000;

export function wakeupHorizonMs(reconcileMs: number): number {
  return Math.max(MIN_WAKEUP_HORIZON_MS, 2 * reconcileMs);
}
