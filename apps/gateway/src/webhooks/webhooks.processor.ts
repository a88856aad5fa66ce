import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { Job } from 'bullmq';
import type { AppConfig } from '../config';
import { WebhookWakeups } from './webhook-wakeups';
import { WEBHOOKS_QUEUE, WebhookJob, WebhookJobName } from './webhooks.jobs';
import { WebhooksService } from './webhooks.service';

/**
 * Runs webhook attempts when BullMQ wakes them, and reschedules every pending delivery from Postgres at boot
 * and every `MOTCUA_WEBHOOK_RECONCILE_MS`, so a Redis restart delays deliveries but never loses them.
 */
@Processor(WEBHOOKS_QUEUE)
export class WebhooksProcessor extends WorkerHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhooksProcessor.name);
  private readonly reconcileMs: number;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly webhooks: WebhooksService,
    private readonly wakeups: WebhookWakeups,
    config: ConfigService<AppConfig, true>,
  ) {
    super();
    this.reconcileMs = config.get('webhooks', { infer: true }).reconcileMs;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.reconcile();
    this.timer = setInterval(() => {
      this.reconcile().catch((error: Error) =>
        this.logger.warn(`webhook reconciliation failed: ${error.message}`),
      );
    }, this.reconcileMs);
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async process(job: Job): Promise<void> {
    const { name, data } = job as unknown as WebhookJob;
    switch (name) {
      case WebhookJobName.Deliver: {
        const outcome = await this.webhooks.attempt(data.deliveryId);
        if (outcome.retry) await this.wakeups.schedule(data.deliveryId, outcome.attempt, outcome.delayMs);
        return;
      }
      default: {
        const unknown: never = name;
        this.logger.debug(`unknown job ${String(unknown)}`);
      }
    }
  }

  private async reconcile(): Promise<void> {
    const now = Date.now();
    for (const delivery of await this.webhooks.pending()) {
      await this.wakeups.schedule(delivery.id, delivery.attempt, delivery.dueAt.getTime() - now);
    }
  }
}
