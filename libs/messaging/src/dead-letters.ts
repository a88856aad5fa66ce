import { DOMAIN_SERVICE_NAMES, DomainServiceName } from '@motcua/contracts';
import { connect } from 'amqplib';
import type { Message, MessagePropertyHeaders } from 'amqplib';
import { DEAD_LETTER_HEADERS } from './events.server';
import { DELIVERY_LIMIT, deadLetterQueue, eventsQueue } from './topology';

/** Most dead letters one command reads; the rest stay for the next run. */
const MAX_READ = 10_000;

export interface DeadLetter {
  readonly id: string;
  readonly type: string;
  /** `invalid`, `permanent`, `malformed`, `no_handler` (this service decided) or the broker's `delivery_limit`. */
  readonly reason: string;
  readonly detail: string | null;
  readonly deadAt: string | null;
  /** Deliveries to the service before it gave the message up; null when nobody recorded them. */
  readonly deliveryCount: number | null;
  readonly correlationId: string | null;
}

interface XDeath {
  reason?: string;
  time?: { value?: number } | Date;
  'routing-keys'?: string[];
}

function firstDeath(headers: MessagePropertyHeaders | undefined): XDeath | undefined {
  const deaths = headers?.['x-death'] as XDeath[] | undefined;
  return deaths?.[0];
}

// The broker gives a message up once its deliveries went past the queue's limit.
function deliveriesOf(headers: MessagePropertyHeaders | undefined, reason: string): number | null {
  const recorded = Number(headers?.[DEAD_LETTER_HEADERS.deliveries]);
  if (Number.isInteger(recorded) && recorded > 0) return recorded;
  return reason === 'delivery_limit' ? DELIVERY_LIMIT + 1 : null;
}

/** What a dead letter's properties and headers say about it (the body is not read). */
export function describeDeadLetter(message: Message): DeadLetter {
  const headers = message.properties.headers;
  const death = firstDeath(headers);
  const reason = String(headers?.[DEAD_LETTER_HEADERS.reason] ?? death?.reason ?? 'unknown');
  const deathTime =
    death?.time instanceof Date ? death.time : death?.time?.value ? new Date(death.time.value * 1000) : null;
  return {
    id: String(message.properties.messageId ?? ''),
    type: String(
      message.properties.type ??
        headers?.[DEAD_LETTER_HEADERS.routingKey] ??
        death?.['routing-keys']?.[0] ??
        '',
    ),
    reason,
    detail: (headers?.[DEAD_LETTER_HEADERS.detail] as string | undefined) ?? null,
    deadAt: (headers?.[DEAD_LETTER_HEADERS.at] as string | undefined) ?? deathTime?.toISOString() ?? null,
    deliveryCount: deliveriesOf(headers, reason),
    correlationId: message.properties.correlationId ?? null,
  };
}

/** How many dead letters wait in each service's dead-letter queue. */
export async function countDeadLetters(url: string): Promise<Record<DomainServiceName, number>> {
  const connection = await connect(url, { clientProperties: { connection_name: 'dead-letters-count' } });
  try {
    const channel = await connection.createChannel();
    const counts = {} as Record<DomainServiceName, number>;
    for (const service of DOMAIN_SERVICE_NAMES) {
      counts[service] = (await channel.checkQueue(deadLetterQueue(service))).messageCount;
    }
    await channel.close();
    return counts;
  } finally {
    await connection.close();
  }
}

/**
 * Reads a service's dead letters without removing them: messages are taken unacknowledged and go back to the
 * queue when the channel closes.
 */
export async function listDeadLetters(url: string, service: DomainServiceName): Promise<DeadLetter[]> {
  const connection = await connect(url, {
    clientProperties: { connection_name: `dead-letters-list-${service}` },
  });
  try {
    const channel = await connection.createChannel();
    const letters: DeadLetter[] = [];
    for (let i = 0; i < MAX_READ; i++) {
      const message = await channel.get(deadLetterQueue(service), { noAck: false });
      if (!message) break;
      letters.push(describeDeadLetter(message));
    }
    await channel.close();
    return letters;
  } finally {
    await connection.close();
  }
}

/**
 * Sends a service's dead letters (all, or the one with message id `id`) back to its event queue, stripped of
 * their dead-letter headers; each leaves the dead-letter queue only once the broker confirmed the copy.
 * Reads only the messages waiting when it starts. Returns the replayed letters.
 */
export async function replayDeadLetters(
  url: string,
  service: DomainServiceName,
  id?: string,
): Promise<DeadLetter[]> {
  const connection = await connect(url, {
    clientProperties: { connection_name: `dead-letters-replay-${service}` },
  });
  try {
    const channel = await connection.createConfirmChannel();
    // Only what was there at the start: a replayed message the service refuses again comes back behind them,
    // and reading on would replay it again and again.
    const { messageCount } = await channel.checkQueue(deadLetterQueue(service));
    const replayed: DeadLetter[] = [];
    for (let i = 0; i < Math.min(messageCount, MAX_READ); i++) {
      const message = await channel.get(deadLetterQueue(service), { noAck: false });
      if (!message) break;
      if (id && message.properties.messageId !== id) continue;
      const headers = Object.fromEntries(
        Object.entries(message.properties.headers ?? {}).filter(
          ([name]) =>
            name !== 'x-death' &&
            name !== 'x-delivery-count' &&
            !name.startsWith('x-motcua-dead') &&
            name !== 'x-first-death-exchange',
        ),
      );
      await new Promise<void>((resolve, reject) =>
        channel.sendToQueue(
          eventsQueue(service),
          message.content,
          {
            ...message.properties,
            headers: { ...headers, 'x-motcua-replayed-at': new Date().toISOString() },
            persistent: true,
          },
          (error) => (error ? reject(error) : resolve()),
        ),
      );
      channel.ack(message);
      replayed.push(describeDeadLetter(message));
      if (id) break;
    }
    await channel.close();
    return replayed;
  } finally {
    await connection.close();
  }
}
