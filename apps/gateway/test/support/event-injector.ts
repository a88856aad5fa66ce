import { EventKey, EventMap, ServiceName } from '@motcua/contracts';
import { EVENTS_EXCHANGE, Envelope, createEnvelope } from '@motcua/messaging';
import { ChannelModel, ConfirmChannel, connect } from 'amqplib';

/**
 * Publishes integration events to a test system's broker as their producer would (same envelope, persistent,
 * confirmed), for events whose producer's feature is not built yet, and to deliver one event twice.
 */
export class EventInjector {
  private constructor(
    private readonly connection: ChannelModel,
    private readonly channel: ConfirmChannel,
  ) {}

  static async connect(brokerUrl: string): Promise<EventInjector> {
    const connection = await connect(brokerUrl);
    return new EventInjector(connection, await connection.createConfirmChannel());
  }

  envelope<K extends EventKey>(type: K, payload: EventMap[K]): Envelope<K> {
    return createEnvelope(type, payload, { producer: type.split('.')[0] as ServiceName });
  }

  async publish<K extends EventKey>(envelope: Envelope<K>): Promise<void> {
    this.channel.publish(EVENTS_EXCHANGE, envelope.type, Buffer.from(JSON.stringify(envelope)), {
      persistent: true,
      messageId: envelope.id,
      contentType: 'application/json',
    });
    await this.channel.waitForConfirms();
  }

  async close(): Promise<void> {
    await this.channel.close();
    await this.connection.close();
  }
}
