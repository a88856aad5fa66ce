import { createVhost, deleteVhost, uniqueName, waitFor } from '@motcua/testing';
import type { Channel } from 'amqplib';
import { AmqpConnectionManager, ChannelWrapper, connect } from 'amqp-connection-manager';
import { guardChannel } from '../src/channel-guard';

const QUEUE = 'guarded';

/** A consumer on a guarded channel, as every motcua server sets one up, against a real broker. */
describe('guardChannel (real RabbitMQ)', () => {
  let vhost: string;
  let url: string;
  let manager: AmqpConnectionManager;
  let wrapper: ChannelWrapper;
  let closing: boolean;
  const received: string[] = [];
  const warnings: string[] = [];
  let setups: number;
  let failNextSetup: boolean;
  let current: Channel | undefined;

  beforeAll(async () => {
    vhost = uniqueName('int');
    url = await createVhost(vhost);
  });

  afterAll(async () => {
    await deleteVhost(vhost);
  });

  beforeEach(async () => {
    closing = false;
    received.length = 0;
    warnings.length = 0;
    setups = 0;
    failNextSetup = false;
    manager = connect([url], { reconnectTimeInSeconds: 0.2 });
    wrapper = manager.createChannel({
      json: false,
      setup: async (channel: Channel) => {
        setups++;
        current = channel;
        await channel.assertQueue(QUEUE, { durable: false });
        if (failNextSetup) {
          failNextSetup = false;
          throw new Error('set-up failed once');
        }
        await channel.consume(QUEUE, (message) => {
          if (!message) return;
          received.push(message.content.toString());
          channel.ack(message);
        });
      },
    });
    guardChannel({
      manager,
      wrapper,
      name: 'test',
      logger: { warn: (message) => warnings.push(message) },
      closing: () => closing,
    });
    await wrapper.waitForConnect();
  });

  afterEach(async () => {
    closing = true;
    await wrapper.close();
    await manager.close();
  });

  const send = (text: string) => wrapper.sendToQueue(QUEUE, Buffer.from(text));

  it('should log a failed set-up instead of crashing, and run the set-up again', async () => {
    failNextSetup = true;
    // A channel-level error (an unknown delivery tag): amqplib renews the connection, the set-up runs again
    // and fails half-way, before its consumer.
    current!.ack({ fields: { deliveryTag: 999 } } as never);

    await waitFor(async () => (setups >= 3 ? true : undefined), { description: 'the set-up run once more' });
    await send('consumed after a failed set-up');

    await waitFor(async () => received.includes('consumed after a failed set-up') || undefined, {
      description: 'the message',
    });
    expect(warnings).toEqual([
      'test channel: set-up failed once',
      'test channel: renewing the connection to run the set-up again',
    ]);
  });
});
