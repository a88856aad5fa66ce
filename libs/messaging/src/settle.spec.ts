import type { Channel, ConsumeMessage } from 'amqplib';
import { ackOrLose, nackOrLose } from './settle';

const message = { properties: { messageId: 'm-1' } } as ConsumeMessage;
const closedChannel = {
  ack: () => {
    throw new Error('Channel closed');
  },
  nack: () => {
    throw new Error('Channel closed');
  },
} as unknown as Channel;

describe('settling a message', () => {
  it('should log, not throw, when the channel closed before the ack or the nack', () => {
    const warnings: string[] = [];
    const log = { warn: (line: string) => warnings.push(line) };

    expect(() => ackOrLose(closedChannel, message, log)).not.toThrow();
    expect(() => nackOrLose(closedChannel, message, true, log)).not.toThrow();
    expect(warnings).toEqual([
      'ack lost, message m-1 will be redelivered: Channel closed',
      'nack lost, message m-1 will be redelivered: Channel closed',
    ]);
  });

  it('should pass the ack and the requeue choice to an open channel', () => {
    const calls: unknown[][] = [];
    const channel = {
      ack: (...args: unknown[]) => calls.push(['ack', ...args]),
      nack: (...args: unknown[]) => calls.push(['nack', ...args]),
    } as unknown as Channel;
    const log = { warn: () => undefined };

    ackOrLose(channel, message, log);
    nackOrLose(channel, message, false, log);

    expect(calls).toEqual([
      ['ack', message],
      ['nack', message, false, false],
    ]);
  });
});
