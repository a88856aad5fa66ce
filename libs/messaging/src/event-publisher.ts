import { ClientRMQ } from '@nestjs/microservices';
import type { ServiceName } from '@motcua/contracts';
import type { Channel } from 'amqplib';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { Envelope } from './envelope';
import { guardChannel } from './channel-guard';
import { EVENTS_EXCHANGE, declareTopology } from './topology';
import { socketOptions } from './connection-options';

/** How long a batch may wait for the broker's confirms before the relay gives up and retries it later. */
const CONFIRM_TIMEOUT_MS = 10_000;

/**
 * Publishes envelopes to the events exchange as persistent messages on a confirm channel, on Nest's RMQ
 * client connection (which reconnects by itself). Resolves once the broker has confirmed every message.
 */
export class EventPublisher extends ClientRMQ {
  private closing = false;

  constructor(
    url: string,
    private readonly service: ServiceName,
  ) {
    super({
      urls: [url],
      socketOptions: socketOptions(`${service}-publisher`),
    });
  }

  // Nest may open the channel twice on the first connect; each wrapper is guarded as it is made.
  override createChannel(): Promise<void> {
    const created = super.createChannel();
    guardChannel({
      manager: this.client,
      wrapper: this.channel,
      name: `${this.service}-publisher`,
      logger: this.logger,
      closing: () => this.closing,
    });
    return created;
  }

  override async setupChannel(channel: Channel, resolve: () => void): Promise<void> {
    await declareTopology(channel);
    resolve();
  }

  override async close(): Promise<void> {
    this.closing = true;
    await super.close();
  }

  isConnected(): boolean {
    return this.client?.isConnected() ?? false;
  }

  async publishEnvelopes(envelopes: readonly Envelope[]): Promise<void> {
    await this.connect();
    const channel = this.channel as ChannelWrapper;
    const confirms = envelopes.map((envelope) =>
      channel.publish(EVENTS_EXCHANGE, envelope.type, Buffer.from(JSON.stringify(envelope)), {
        persistent: true,
        messageId: envelope.id,
        type: envelope.type,
        correlationId: envelope.correlationId,
        timestamp: Math.floor(Date.parse(envelope.occurredAt) / 1000),
        contentType: 'application/json',
        appId: envelope.producer,
        timeout: CONFIRM_TIMEOUT_MS,
      }),
    );
    await Promise.all(confirms);
  }
}
