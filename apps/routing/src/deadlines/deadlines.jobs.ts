export const DEADLINES_QUEUE = 'routing.deadlines';

export enum DeadlineJobName {
  CheckClock = 'check-clock',
}

export type DeadlineJob = { name: DeadlineJobName.CheckClock; data: { dossierId: string } };

export type JobData<Name extends DeadlineJobName> = Extract<DeadlineJob, { name: Name }>['data'];

// A wake-up runs a little after its alert is due, so the clock it checks has surely crossed the threshold.
export const WAKE_MARGIN_MS = 250;
