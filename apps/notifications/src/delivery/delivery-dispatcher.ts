import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { MessageChannel, MessageStatus } from '@motcua/contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config';
import { DELIVERY_QUEUE, DeliveryJobName, deliveryJobId } from './delivery.jobs';

const BATCH = 500;
/** Messages already handed over are re-handed this often, in case Redis lost their job. */
const RECONCILE_EVERY_POLLS = 60;

/**
 * Postgres holds every message; BullMQ only wakes deliveries. Each poll hands queued messages that are due
 * (quiet hours over) to the delivery queue; now and then it also re-hands those sending or failed, so a job
 * lost with Redis is recreated. Job ids are deterministic: handing a message over twice does nothing.
 */
@Injectable()
export class DeliveryDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(DeliveryDispatcher.name);
  private readonly pollMs: number;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private timer: NodeJS.Timeout | null = null;
  private polls = 0;
  private running: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(DELIVERY_QUEUE) private readonly queue: Queue,
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
  ) {
    const delivery = config.get('delivery', { infer: true });
    this.pollMs = delivery.pollMs;
    this.attempts = delivery.attempts;
    this.backoffMs = delivery.backoffMs;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.poll());
    }, this.pollMs);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Hands due messages to the queue; resolves with how many it handed over. */
  async dispatch(statuses: readonly MessageStatus[]): Promise<number> {
    // Served by messages_to_dispatch_idx: its condition must stay implied by this one.
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM notifications.messages
        WHERE status = ANY($1) AND channel <> '${MessageChannel.Inbox}' AND provider_message_id IS NULL
          AND (send_after IS NULL OR send_after <= now())
        ORDER BY created_at LIMIT ${BATCH}`,
      [statuses],
    );
    if (rows.length === 0) return 0;
    await this.queue.addBulk(
      rows.map(({ id }) => ({
        name: DeliveryJobName.DeliverMessage,
        data: { messageId: id },
        opts: {
          jobId: deliveryJobId(id),
          attempts: this.attempts,
          backoff: { type: 'exponential', delay: this.backoffMs },
          removeOnComplete: { age: 24 * 3600 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      })),
    );
    return rows.length;
  }

  private async poll(): Promise<void> {
    this.polls += 1;
    const reconcile = this.polls % RECONCILE_EVERY_POLLS === 1;
    const statuses = reconcile
      ? [MessageStatus.Queued, MessageStatus.Sending, MessageStatus.Failed]
      : [MessageStatus.Queued];
    try {
      await this.dispatch(statuses);
    } catch (error) {
      this.logger.warn(`dispatch failed, next poll retries: ${(error as Error).message}`);
    }
  }
}
