import { DOMAIN_SERVICE_NAMES, DomainServiceName, SUBSCRIPTIONS } from '@motcua/contracts';
import type { Channel } from 'amqplib';

/** Every integration event goes through this topic exchange; the routing key is the event type. */
export const EVENTS_EXCHANGE = 'motcua.events';
/** Requests from the gateway; `<service>.#` routes to that service's request queue. */
export const RPC_EXCHANGE = 'motcua.rpc';
/** Dead letters; the routing key is the service whose queue gave the message up. */
export const DEAD_LETTER_EXCHANGE = 'motcua.dead';

/**
 * Deliveries before a quorum queue dead-letters a message. RabbitMQ 3.10 has no default, so it is set here,
 * identically for every declaration (a queue declared twice with different arguments is an error).
 */
export const DELIVERY_LIMIT = 10;

/**
 * A copy of every service's dead letters, for notifications to alert the administrators. The per-service
 * dead-letter queues keep the letters themselves for listing and replay.
 */
export const DEAD_LETTER_ALERTS_QUEUE = 'notifications.dead-letter-alerts';

export const eventsQueue = (service: DomainServiceName) => `${service}.events`;
export const deadLetterQueue = (service: DomainServiceName) => `${service}.events.dead`;
export const rpcQueue = (service: DomainServiceName) => `${service}.rpc`;

function eventsQueueArguments(service: DomainServiceName) {
  return {
    'x-queue-type': 'quorum',
    'x-delivery-limit': DELIVERY_LIMIT,
    'x-dead-letter-exchange': DEAD_LETTER_EXCHANGE,
    'x-dead-letter-routing-key': service,
  };
}

/**
 * Declares the whole topology from `SUBSCRIPTIONS`: exchanges, each service's quorum event queue with its
 * bindings and dead-letter queue, and each service's request queue. Every process runs it before it
 * publishes or consumes, so no event is published to an exchange that has no queue for it yet.
 */
export async function declareTopology(channel: Channel): Promise<void> {
  await channel.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true });
  await channel.assertExchange(RPC_EXCHANGE, 'topic', { durable: true });
  await channel.assertExchange(DEAD_LETTER_EXCHANGE, 'direct', { durable: true });
  // No dead-letter exchange of its own (an alert that cannot be made would come back to this very queue):
  // after the delivery limit the broker drops the copy, and the letter still waits in its service's queue.
  await channel.assertQueue(DEAD_LETTER_ALERTS_QUEUE, {
    durable: true,
    arguments: { 'x-queue-type': 'quorum', 'x-delivery-limit': DELIVERY_LIMIT },
  });
  for (const service of DOMAIN_SERVICE_NAMES) {
    await channel.assertQueue(deadLetterQueue(service), {
      durable: true,
      arguments: { 'x-queue-type': 'quorum' },
    });
    await channel.bindQueue(deadLetterQueue(service), DEAD_LETTER_EXCHANGE, service);
    await channel.bindQueue(DEAD_LETTER_ALERTS_QUEUE, DEAD_LETTER_EXCHANGE, service);
    await channel.assertQueue(eventsQueue(service), {
      durable: true,
      arguments: eventsQueueArguments(service),
    });
    for (const key of SUBSCRIPTIONS[service]) {
      await channel.bindQueue(eventsQueue(service), EVENTS_EXCHANGE, key);
    }
    // Requests live seconds and the caller retries with its idempotency key, so their queue is a light
    // classic one: not durable (redeclared on any node after a failure), messages not persisted.
    await channel.assertQueue(rpcQueue(service), {
      durable: false,
      arguments: { 'x-queue-type': 'classic' },
    });
    await channel.bindQueue(rpcQueue(service), RPC_EXCHANGE, `${service}.#`);
  }
}
