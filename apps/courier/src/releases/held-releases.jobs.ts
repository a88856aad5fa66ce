export const HELD_RELEASES_QUEUE = 'courier.held-releases';

export enum HeldReleaseJobName {
  ReleaseHeld = 'release-held',
}

export type HeldReleaseJob = { name: HeldReleaseJobName.ReleaseHeld; data: { unitCode: string } };

export type JobData<N extends HeldReleaseJobName> = Extract<HeldReleaseJob, { name: N }>['data'];

/** One job per unit: waking a release already queued or running does nothing. */
export const releaseHeldJobId = (unitCode: string) => `release-held-${unitCode}`;

/** Held shipments released per transaction, oldest first. */
export const RELEASE_BATCH_SIZE = 500;

/** How often the releases due in Postgres are handed to the queue again (a lost or finished job comes back). */
export const RELEASE_SWEEP_MS = 5_000;

/** A failing release job is tried again this soon, doubling; then the sweep starts it over. */
export const RELEASE_RETRY_MS = 1_000;
export const RELEASE_ATTEMPTS = 5;
