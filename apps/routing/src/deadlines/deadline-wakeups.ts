import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Queue } from 'bullmq';
import { DEADLINES_QUEUE, DeadlineJobName, JobData, WAKE_MARGIN_MS } from './deadlines.jobs';

export interface Wakeup {
  readonly dossierId: string;
  readonly at: Date;
}

/**
 * Delayed BullMQ jobs that wake the checker when a clock's next alert is due. Only a wake-up: the alert state
 * is in Postgres, and the reconciler recreates lost wake-ups, so a Redis failure never blocks a routing change.
 */
@Injectable()
export class DeadlineWakeups {
  private readonly log = new Logger(DeadlineWakeups.name);

  constructor(@InjectQueue(DEADLINES_QUEUE) private readonly queue: Queue) {}

  /** Schedules without waiting: the caller's transaction never depends on Redis. */
  wakeAt(wakeup: Wakeup): void {
    void this.schedule([wakeup]).catch((error: Error) =>
      this.log.warn(`wake-up of ${wakeup.dossierId} not scheduled (the reconciler will): ${error.message}`),
    );
  }

  /** Deterministic job ids: scheduling the same wake-up twice keeps one job. */
  async schedule(wakeups: readonly Wakeup[]): Promise<void> {
    if (wakeups.length === 0) return;
    const now = Date.now();
    await this.queue.addBulk(
      wakeups.map(({ dossierId, at }) => ({
        name: DeadlineJobName.CheckClock,
        data: { dossierId } satisfies JobData<DeadlineJobName.CheckClock>,
        opts: {
          jobId: `check-clock-${dossierId}-${at.getTime()}`,
          delay: Math.max(0, at.getTime() - now) + WAKE_MARGIN_MS,
          removeOnComplete: true,
          removeOnFail: 1000,
        },
      })),
    );
  }
}
