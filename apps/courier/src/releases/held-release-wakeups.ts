import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import {
  HELD_RELEASES_QUEUE,
  HeldReleaseJobName,
  JobData,
  RELEASE_ATTEMPTS,
  RELEASE_RETRY_MS,
  releaseHeldJobId,
} from './held-releases.jobs';

/**
 * BullMQ jobs that wake the release of units' held shipments. Only a wake-up: Postgres says which releases are
 * due, and the sweep hands them to the queue again, so a Redis failure never fails the naming of a contact point.
 */
@Injectable()
export class HeldReleaseWakeups {
  private readonly logger = new Logger(HeldReleaseWakeups.name);

  constructor(@InjectQueue(HELD_RELEASES_QUEUE) private readonly queue: Queue) {}

  /** Wakes the release without waiting: the caller answers at once, whatever Redis does. */
  wakeSoon(unitCode: string): void {
    void this.wake([unitCode]).catch((error: Error) =>
      this.logger.warn(`release of ${unitCode} not woken (the sweep will): ${error.message}`),
    );
  }

  /** Deterministic job ids: a release already queued or running is not queued twice. */
  async wake(unitCodes: readonly string[]): Promise<void> {
    if (unitCodes.length === 0) return;
    await this.queue.addBulk(
      unitCodes.map((unitCode) => ({
        name: HeldReleaseJobName.ReleaseHeld,
        data: { unitCode } satisfies JobData<HeldReleaseJobName.ReleaseHeld>,
        opts: {
          jobId: releaseHeldJobId(unitCode),
          attempts: RELEASE_ATTEMPTS,
          backoff: { type: 'exponential', delay: RELEASE_RETRY_MS },
          removeOnComplete: true,
          removeOnFail: true,
        },
      })),
    );
  }
}
