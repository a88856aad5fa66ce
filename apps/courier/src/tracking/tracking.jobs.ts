export const TRACKING_QUEUE = 'courier.tracking';

export enum TrackingJobName {
  PollTracking = 'poll-tracking',
}

export type TrackingJob = { name: TrackingJobName.PollTracking; data: Record<string, never> };

/** One scheduler for every replica: BullMQ keeps a single repeatable per id. */
export const POLL_SCHEDULER_ID = 'poll-tracking';

/** A provider answering slower than this is skipped until the next round. */
export const POLL_REQUEST_TIMEOUT_MS = 5_000;

/** Shipments asked about per round, oldest first. */
export const POLL_BATCH_SIZE = 500;
