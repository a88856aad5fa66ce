import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { PlatformConfig } from '@motcua/config';
import type { EventKey } from '@motcua/contracts';
import type { Channel } from 'amqplib';
import { AmqpConnectionManager, ChannelWrapper, connect } from 'amqp-connection-manager';
import { MonoTypeOperatorFunction, Observable, ReplaySubject, Subject, filter, takeUntil } from 'rxjs';
import { guardChannel } from './channel-guard';
import { socketOptions } from './connection-options';
import { Envelope, parseEnvelope } from './envelope';
import { EVENTS_EXCHANGE, declareTopology } from './topology';

export const LIVE_FEED_KEYS = Symbol('LIVE_FEED_KEYS');

/**
 * Events a process shows live (the hall display board), as opposed to events it acts on: every replica gets
 * every event on a private queue that disappears with it. Nothing is stored or applied, so there is no inbox;
 * a push missed during a reconnect is made good by the reader asking for the current state.
 */
@Injectable()
export class LiveFeed implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(LiveFeed.name);
  private readonly events = new Subject<Envelope>();
  // Replayed: a stream opened while the process stops ends at once.
  private readonly stopping = new ReplaySubject<void>(1);
  private connection: AmqpConnectionManager | null = null;
  private channel: ChannelWrapper | null = null;
  private closing = false;

  constructor(
    private readonly config: ConfigService<PlatformConfig, true>,
    @Inject(LIVE_FEED_KEYS) private readonly keys: readonly EventKey[],
  ) {}

  onApplicationBootstrap(): void {
    const service = this.config.get('service', { infer: true });
    this.connection = connect(
      [this.config.get('amqp', { infer: true }).url],
      socketOptions(`${service}-live`),
    );
    this.channel = this.connection.createChannel({
      json: false,
      setup: (channel: Channel) => this.setup(channel),
    });
    guardChannel({
      manager: this.connection,
      wrapper: this.channel,
      name: 'live feed',
      logger: this.logger,
      closing: () => this.closing,
    });
  }

  // Before HTTP closes: it waits for open responses, and a live stream never ends by itself.
  beforeApplicationShutdown(): void {
    this.stopping.next();
    this.stopping.complete();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    await this.channel?.close();
    await this.connection?.close();
    this.events.complete();
  }

  /** The events of one type from now on. */
  of<K extends EventKey>(type: K): Observable<Envelope<K>> {
    return this.events.pipe(filter((envelope): envelope is Envelope<K> => envelope.type === type));
  }

  /**
   * Completes a live stream (a server-sent events response, heartbeats included) when the process starts to
   * shut down, so the response ends, HTTP can close and the client reconnects to another replica.
   */
  untilShutdown<T>(): MonoTypeOperatorFunction<T> {
    return takeUntil(this.stopping);
  }

  private async setup(channel: Channel): Promise<void> {
    await declareTopology(channel);
    const { queue } = await channel.assertQueue('', { exclusive: true, autoDelete: true, durable: false });
    for (const key of this.keys) await channel.bindQueue(queue, EVENTS_EXCHANGE, key);
    await channel.prefetch(100);
    await channel.consume(queue, (message) => {
      if (!message) return;
      try {
        this.events.next(parseEnvelope(message.content));
      } catch (error) {
        this.logger.warn(`live event ignored: ${(error as Error).message}`);
      }
      channel.ack(message);
    });
  }
}
