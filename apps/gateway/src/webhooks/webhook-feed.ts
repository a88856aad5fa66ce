import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  EVENTS_EXCHANGE,
  Envelope,
  ackOrLose,
  declareTopology,
  guardChannel,
  nackOrLose,
  parseEnvelope,
} from '@motcua/messaging';
import type { Channel, ConsumeMessage } from 'amqplib';
import { AmqpConnectionManager, ChannelWrapper, connect } from 'amqp-connection-manager';
import type { AppConfig } from '../config';
import { WEBHOOK_EVENT_TYPES } from './webhook-events';
import { WebhookWakeups } from './webhook-wakeups';
import { WebhooksService } from './webhooks.service';

/** Durable queue shared by the gateway replicas: each event is turned into deliveries once. */
export const WEBHOOK_EVENTS_QUEUE = 'gateway.webhook-events';

interface ReceivedEvent {
  readonly channel: Channel;
  readonly message: ConsumeMessage;
  readonly envelope: Envelope;
}

/**
 * Consumes the events department systems may subscribe to and records a delivery per matching subscription
 * in Postgres before acknowledging; a delivery recorded but not yet woken is picked up by the reconciler.
 * Events that arrive together (one socket read, under load) are matched together.
 */
@Injectable()
export class WebhookFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WebhookFeed.name);
  private connection: AmqpConnectionManager | null = null;
  private channel: ChannelWrapper | null = null;
  private closing = false;
  private readonly waiting: ReceivedEvent[] = [];
  private isFlushScheduled = false;

  constructor(
    private readonly config: ConfigService<AppConfig, true>,
    private readonly webhooks: WebhooksService,
    private readonly wakeups: WebhookWakeups,
  ) {}

  onApplicationBootstrap(): void {
    this.connection = connect([this.config.get('amqp', { infer: true }).url], {
      heartbeatIntervalInSeconds: 15,
      connectionOptions: { clientProperties: { connection_name: 'gateway-webhooks' } },
    });
    this.channel = this.connection.createChannel({ json: false, setup: (c: Channel) => this.setup(c) });
    guardChannel({
      manager: this.connection,
      wrapper: this.channel,
      name: 'webhooks',
      logger: this.logger,
      closing: () => this.closing,
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.channel?.close();
    await this.connection?.close();
  }

  private async setup(channel: Channel): Promise<void> {
    await declareTopology(channel);
    await channel.assertQueue(WEBHOOK_EVENTS_QUEUE, { durable: true });
    for (const key of WEBHOOK_EVENT_TYPES)
      await channel.bindQueue(WEBHOOK_EVENTS_QUEUE, EVENTS_EXCHANGE, key);
    await channel.prefetch(20);
    await channel.consume(WEBHOOK_EVENTS_QUEUE, (message) => {
      if (message) this.handle(channel, message);
    });
  }

  private handle(channel: Channel, message: ConsumeMessage): void {
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(message.content);
    } catch (error) {
      this.logger.warn(`webhook event ignored: ${(error as Error).message}`);
      ackOrLose(channel, message, this.logger);
      return;
    }
    this.waiting.push({ channel, message, envelope });
    if (this.isFlushScheduled) return;
    this.isFlushScheduled = true;
    // After the current I/O callbacks: the events that arrived in the same read are recorded together.
    setImmediate(() => {
      this.isFlushScheduled = false;
      void this.record(this.waiting.splice(0));
    });
  }

  /** Records the events' deliveries, acknowledges them after, then wakes the new deliveries' first attempt. */
  private async record(batch: readonly ReceivedEvent[]): Promise<void> {
    let created: string[];
    try {
      created = await this.webhooks.recordEvents(batch.map((event) => event.envelope));
    } catch (error) {
      if (batch.length > 1) {
        // Settle each alone, so only the event that fails is retried.
        for (const event of batch) await this.record([event]);
        return;
      }
      const [{ channel, message, envelope }] = batch;
      this.logger.warn(`webhook event ${envelope.id} not recorded, retried: ${(error as Error).message}`);
      setTimeout(() => nackOrLose(channel, message, true, this.logger), 1000);
      return;
    }
    // A connection dropped meanwhile loses the acks: the events come again, and recording is idempotent.
    for (const { channel, message } of batch) ackOrLose(channel, message, this.logger);
    try {
      for (const id of created) await this.wakeups.schedule(id, 1, 0);
    } catch (error) {
      this.logger.warn(`webhook deliveries recorded, the reconciler wakes them: ${(error as Error).message}`);
    }
  }
}
