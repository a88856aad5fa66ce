import type { Channel, ConsumeMessage } from 'amqplib';

interface WarningLog {
  warn(message: string): void;
}

/**
 * Acknowledges `message`. A channel that closed under us throws; the ack is then lost and the broker
 * redelivers the message, which the consumer's idempotency makes harmless, so that is logged, never thrown:
 * a throw from a timer or an un-awaited batch would end the process.
 */
export function ackOrLose(channel: Channel, message: ConsumeMessage, log: WarningLog): void {
  try {
    channel.ack(message);
  } catch (error) {
    log.warn(
      `ack lost, message ${message.properties.messageId} will be redelivered: ${(error as Error).message}`,
    );
  }
}

/** Rejects `message`, back to its queue when `requeue`; a closed channel loses the nack as `ackOrLose` does. */
export function nackOrLose(
  channel: Channel,
  message: ConsumeMessage,
  requeue: boolean,
  log: WarningLog,
): void {
  try {
    channel.nack(message, false, requeue);
  } catch (error) {
    log.warn(
      `nack lost, message ${message.properties.messageId} will be redelivered: ${(error as Error).message}`,
    );
  }
}
