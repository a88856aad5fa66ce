import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { WEBHOOKS_QUEUE, WebhookJobName, attemptJobId } from './webhooks.jobs';

/** Wakes an attempt of a delivery; the same attempt enqueued twice runs once. */
@Injectable()
export class WebhookWakeups {
  constructor(@InjectQueue(WEBHOOKS_QUEUE) private readonly queue: Queue) {}

  async schedule(deliveryId: string, attempt: number, delayMs: number): Promise<void> {
    await this.queue.add(
      WebhookJobName.Deliver,
      { deliveryId },
      {
        jobId: attemptJobId(deliveryId, attempt),
        delay: Math.max(0, delayMs),
        removeOnComplete: true,
        removeOnFail: 1000,
      },
    );
  }
}
