import { Logger } from '@nestjs/common';
import { ServerRMQ } from '@nestjs/microservices';
import type { Channel, ConsumeMessage } from 'amqplib';
import { setTimeout as sleep } from 'node:timers/promises';
import { guardChannel } from './channel-guard';
import { declareTopology } from './topology';
import { socketOptions } from './connection-options';
import { ackOrLose, nackOrLose } from './settle';

export interface QueueServerSettings {
  readonly url: string;
  readonly queue: string;
  readonly prefetch: number;
  /** Longest wait for in-flight messages when closing. */
  readonly drainMs: number;
  /** Shown in RabbitMQ's connection list. */
  readonly connectionName: string;
}

/**
 * Nest's RMQ server made safe: manual acknowledgements only, an explicit prefetch, the whole topology declared
 * before consuming, and a graceful close (stop consuming, let in-flight messages finish, then disconnect;
 * whatever is still unacknowledged goes back to the queue). Subclasses decide what a message means.
 */
export abstract class QueueServer extends ServerRMQ {
  protected readonly log = new Logger(this.constructor.name);
  private readonly inFlight = new Set<Promise<void>>();
  private readonly closing = new AbortController();
  private consumer: { channel: Channel; tag: string } | null = null;

  protected constructor(
    protected readonly settings: QueueServerSettings,
    transportId: symbol,
  ) {
    super({
      urls: [settings.url],
      queue: settings.queue,
      noAck: false,
      prefetchCount: settings.prefetch,
      persistent: true,
      socketOptions: socketOptions(settings.connectionName),
    });
    this.transportId = transportId;
  }

  protected abstract onMessage(message: ConsumeMessage, channel: Channel): Promise<void>;

  /**
   * Our patterns are plain strings, the keys Nest stores handlers under, so a direct lookup finds them. Nest's
   * own lookup first tries `JSON.parse` on the pattern, which throws (and builds a stack trace) for every
   * message; it stays the fallback for anything else.
   */
  override getHandlerByPattern(pattern: string): ReturnType<ServerRMQ['getHandlerByPattern']> {
    return this.messageHandlers.get(pattern) ?? super.getHandlerByPattern(pattern);
  }

  protected get isClosing(): boolean {
    return this.closing.signal.aborted;
  }

  /** Waits, but wakes at once when the server starts closing. */
  protected async pause(ms: number): Promise<void> {
    await sleep(ms, undefined, { signal: this.closing.signal }).catch(() => undefined);
  }

  // Nest opens the channel when the first connection is up; the guard is on it before its set-up runs.
  override async start(callback?: (error?: unknown) => void): Promise<void> {
    await super.start(callback);
    this.server?.once('connect', () =>
      guardChannel({
        manager: this.server,
        wrapper: this.channel,
        name: this.settings.connectionName,
        logger: this.log,
        closing: () => this.isClosing,
      }),
    );
  }

  override async setupChannel(channel: Channel, callback: () => void): Promise<void> {
    await declareTopology(channel);
    await channel.prefetch(this.settings.prefetch);
    const { consumerTag } = await channel.consume(
      this.settings.queue,
      (message) => {
        if (message) this.track(this.settle(message, channel));
      },
      { noAck: false },
    );
    this.consumer = { channel, tag: consumerTag };
    callback();
  }

  override async close(): Promise<void> {
    this.closing.abort();
    const consumer = this.consumer;
    this.consumer = null;
    if (consumer) await consumer.channel.cancel(consumer.tag).catch(() => undefined);
    const drained = Promise.allSettled([...this.inFlight]);
    const timedOut = sleep(this.settings.drainMs, 'timeout' as const, { ref: false });
    if ((await Promise.race([drained, timedOut])) === 'timeout') {
      this.log.warn(
        `${this.inFlight.size} messages still in flight after ${this.settings.drainMs} ms; they return to the queue`,
      );
    }
    await super.close();
  }

  protected ack(channel: Channel, message: ConsumeMessage): void {
    ackOrLose(channel, message, this.log);
  }

  protected nack(channel: Channel, message: ConsumeMessage, requeue: boolean): void {
    nackOrLose(channel, message, requeue, this.log);
  }

  private async settle(message: ConsumeMessage, channel: Channel): Promise<void> {
    try {
      await this.onMessage(message, channel);
    } catch (error) {
      // A bug in the server itself: give the message back rather than leave it unacknowledged forever.
      this.log.error(`message handling crashed: ${(error as Error).message}`, (error as Error).stack);
      this.nack(channel, message, true);
    }
  }

  private track(work: Promise<void>): void {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
  }
}
