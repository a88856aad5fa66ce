import { Processor, WorkerHost } from '@nestjs/bullmq';
import { DelayedError, Job } from 'bullmq';
import { RateLimitedError } from './delivery-errors';
import { DeliveryService } from './delivery.service';
import { DELIVERY_QUEUE, DeliveryJob, DeliveryJobName } from './delivery.jobs';

/** How many messages one process sends at once (SMS providers answer in tens to hundreds of ms). */
const CONCURRENCY = 20;

@Processor(DELIVERY_QUEUE, { concurrency: CONCURRENCY })
export class DeliveryProcessor extends WorkerHost {
  constructor(private readonly delivery: DeliveryService) {
    super();
  }

  async process(job: Job<DeliveryJob['data'], void, DeliveryJob['name']>, token?: string): Promise<void> {
    const name = job.name;
    switch (name) {
      case DeliveryJobName.DeliverMessage: {
        const isLastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
        try {
          await this.delivery.deliver(job.data.messageId, isLastAttempt);
        } catch (error) {
          if (!(error instanceof RateLimitedError)) throw error;
          // Every provider is at its limit: wait without spending an attempt.
          await job.moveToDelayed(Date.now() + error.retryAfterMs, token);
          throw new DelayedError();
        }
        return;
      }
      default: {
        const unknown: never = name;
        throw new Error(`unknown delivery job ${String(unknown)}`);
      }
    }
  }
}
