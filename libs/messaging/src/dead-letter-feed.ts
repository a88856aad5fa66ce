import { Logger } from '@nestjs/common';
import type { Channel, ConsumeMessage } from 'amqplib';
import { AmqpConnectionManager, ChannelWrapper, connect } from 'amqp-connection-manager';
import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { guardChannel } from './channel-guard';
import { socketOptions } from './connection-options';
import { DeadLetter, describeDeadLetter } from './dead-letters';
import { describeError } from './failure';
import { DEAD_LETTER_ALERTS_QUEUE, declareTopology } from './topology';

/** A dead letter as it reached the alerts queue: which service gave it up, and a key to recognise it again. */
export interface ArrivedDeadLetter extends DeadLetter {
  readonly service: string;
  /** The message id, or a digest of the body for a message that had none. */
  readonly key: string;
}

const PREFETCH = 20;
/** A copy that could not be handled waits this long before it goes back to the queue. */
const RETRY_DELAY_MS = 1000;

/**
 * Consumes `notifications.dead-letter-alerts` (a copy of every dead letter) with manual acks, one copy at a
 * time: a copy is acknowledged once its handler resolved, and requeued after a pause when it threw (the
 * queue's delivery limit ends a copy that always fails; the letter itself stays in its service's queue).
 */
export class DeadLetterFeed {
  private readonly logger = new Logger(DeadLetterFeed.name);
  private connection: AmqpConnectionManager | null = null;
  private channel: ChannelWrapper | null = null;
  private settling: Promise<void> = Promise.resolve();
  private closing = false;

  constructor(
    private readonly url: string,
    private readonly connectionName: string,
    private readonly handler: (letter: ArrivedDeadLetter) => Promise<void>,
  ) {}

  start(): void {
    this.connection = connect([this.url], socketOptions(this.connectionName));
    this.channel = this.connection.createChannel({
      json: false,
      setup: (channel: Channel) => this.setup(channel),
    });
    guardChannel({
      manager: this.connection,
      wrapper: this.channel,
      name: this.connectionName,
      logger: this.logger,
      closing: () => this.closing,
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.channel?.close();
    await this.settling;
    await this.connection?.close();
  }

  private async setup(channel: Channel): Promise<void> {
    await declareTopology(channel);
    await channel.prefetch(PREFETCH);
    await channel.consume(DEAD_LETTER_ALERTS_QUEUE, (message) => {
      if (!message) return;
      this.settling = this.settling.then(() => this.settle(channel, message));
    });
  }

  private async settle(channel: Channel, message: ConsumeMessage): Promise<void> {
    const letter = describeDeadLetter(message);
    const key = letter.id || `sha256:${createHash('sha256').update(message.content).digest('hex')}`;
    let isHandled = false;
    try {
      await this.handler({ ...letter, service: message.fields.routingKey, key });
      isHandled = true;
    } catch (error) {
      this.logger.warn(`dead letter ${key} not handled, retried: ${describeError(error)}`);
      await sleep(RETRY_DELAY_MS);
    }
    try {
      if (isHandled) channel.ack(message);
      else channel.nack(message, false, true);
    } catch {
      // The channel closed meanwhile: the broker gives the copy back by itself, and a handled copy that comes
      // again only counts as one more copy.
    }
  }
}
