import {
  DomainServiceName,
  EVENT_PAYLOADS,
  SUBSCRIPTIONS,
  isEventKey,
  validateContract,
} from '@motcua/contracts';
import { Correlation } from '@motcua/observability';
import type { Channel, ConsumeMessage } from 'amqplib';
import type { ChannelWrapper } from 'amqp-connection-manager';
import type { ClassConstructor } from 'class-transformer';
import { lastValueFrom } from 'rxjs';
import type { DataSource, EntityManager } from 'typeorm';
import { EVENTS_TRANSPORT } from './decorators';
import { Envelope, parseEnvelope } from './envelope';
import { backoffMs, classifyFailure, describeError } from './failure';
import { MessageContext } from './message-context';
import { messageHandlingDuration, messagesDeadLettered, messagesFailed, messagesHandled } from './metrics';
import { QueueServer } from './queue-server';
import { ident } from './sql';
import { DEAD_LETTER_EXCHANGE, DELIVERY_LIMIT, eventsQueue } from './topology';

export interface EventsServerSettings {
  readonly service: DomainServiceName;
  readonly url: string;
  readonly prefetch: number;
  readonly drainMs: number;
  readonly dataSource: DataSource;
  /** First retry delay; doubles per delivery up to 5 s. */
  readonly retryBaseMs: number;
}

/** Header names recorded on messages this service dead-letters itself. */
export const DEAD_LETTER_HEADERS = {
  reason: 'x-motcua-dead-reason',
  detail: 'x-motcua-dead-detail',
  at: 'x-motcua-dead-at',
  routingKey: 'x-motcua-original-routing-key',
  deliveries: 'x-motcua-dead-deliveries',
} as const;

type DeadReason = 'malformed' | 'no_handler' | 'invalid' | 'permanent';

/** A valid message waiting to be applied, and how to tell its sender it is settled. */
interface Delivery {
  readonly message: ConsumeMessage;
  readonly channel: Channel;
  readonly envelope: Envelope;
  readonly settled: () => void;
}

/**
 * Consumes the service's event queue. Each message is parsed, validated against its contract class and
 * handled in one transaction with its inbox row, then acknowledged after the commit:
 * a redelivery finds the inbox row and changes nothing. Invalid messages and permanent refusals are
 * dead-lettered at once with the reason in their headers; other failures are retried with backoff until the
 * queue's delivery limit dead-letters them; a database outage holds the message until the database is back.
 *
 * Messages that arrive together (one socket read, under load) are applied together: one transaction, one
 * inbox statement, each handler in turn, one commit. If any of them fails, the batch rolls back and each
 * message is settled on its own with the rules above, so a batch never changes what happens to a message.
 */
export class EventsServer extends QueueServer {
  private readonly inbox: string;
  private readonly waiting: Delivery[] = [];
  private flushScheduled = false;

  constructor(private readonly events: EventsServerSettings) {
    super(
      {
        url: events.url,
        queue: eventsQueue(events.service),
        prefetch: events.prefetch,
        drainMs: events.drainMs,
        connectionName: `${events.service}-events`,
      },
      EVENTS_TRANSPORT,
    );
    this.inbox = `${ident(events.service)}.inbox`;
  }

  override async listen(callback: (error?: unknown) => void): Promise<void> {
    const declared = new Set<string>(SUBSCRIPTIONS[this.events.service]);
    const handled = new Set(this.getHandlers().keys());
    const problems = [
      ...[...declared]
        .filter((key) => !handled.has(key))
        .map((key) => `${key} is subscribed but has no @Subscribe handler`),
      ...[...handled]
        .filter((key) => !declared.has(key))
        .map((key) => `${key} has a handler but is not in SUBSCRIPTIONS`),
    ];
    if (problems.length > 0) return callback(new Error(`${this.events.service}: ${problems.join('; ')}`));
    return super.listen(callback);
  }

  protected async onMessage(message: ConsumeMessage, channel: Channel): Promise<void> {
    const stopTimer = messageHandlingDuration.startTimer();
    let envelope: Envelope;
    try {
      envelope = parseEnvelope(message.content);
    } catch (error) {
      return this.deadLetter(message, channel, 'malformed', describeError(error), 'unknown');
    }
    const { type } = envelope;
    if (!isEventKey(type) || !this.getHandlerByPattern(type)) {
      return this.deadLetter(message, channel, 'no_handler', `no handler for ${type}`, type);
    }
    const checked = await validateContract(
      EVENT_PAYLOADS[type] as ClassConstructor<object>,
      envelope.payload,
    );
    if (!checked.ok) {
      return this.deadLetter(message, channel, 'invalid', JSON.stringify(checked.errors), type);
    }
    await new Promise<void>((settled) =>
      this.enqueue({
        message,
        channel,
        envelope: { ...envelope, payload: checked.value } as Envelope,
        settled,
      }),
    );
    stopTimer({ type });
  }

  private enqueue(delivery: Delivery): void {
    this.waiting.push(delivery);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // After the current I/O callbacks: everything that arrived in the same read is in the batch.
    setImmediate(() => {
      this.flushScheduled = false;
      while (this.waiting.length > 0) void this.settleBatch(this.waiting.splice(0, this.settings.prefetch));
    });
  }

  private async settleBatch(batch: Delivery[]): Promise<void> {
    if (batch.length > 1) {
      try {
        const outcomes = await this.apply(batch.map((d) => d.envelope));
        batch.forEach((delivery, i) => {
          this.ack(delivery.channel, delivery.message);
          messagesHandled.inc({ type: delivery.envelope.type, outcome: outcomes[i] });
          delivery.settled();
        });
        return;
      } catch {
        // Someone in the batch failed; settle each alone so only that one is retried or dead-lettered.
      }
    }
    for (const delivery of batch) {
      await this.handle(delivery.message, delivery.channel, delivery.envelope);
      delivery.settled();
    }
  }

  private async handle(message: ConsumeMessage, channel: Channel, envelope: Envelope): Promise<void> {
    const { type } = envelope;
    for (let outages = 1; ; outages++) {
      try {
        const [outcome] = await this.apply([envelope]);
        this.ack(channel, message);
        messagesHandled.inc({ type, outcome });
        return;
      } catch (error) {
        const failure = classifyFailure(error);
        if (failure === 'permanent') {
          return this.deadLetter(message, channel, 'permanent', describeError(error), type);
        }
        messagesFailed.inc({ type, reason: failure });
        if (failure === 'outage' && !this.isClosing) {
          this.log.warn(
            `${type} ${envelope.id}: dependency unavailable, holding the message: ${describeError(error)}`,
          );
          await this.pause(backoffMs(outages, this.events.retryBaseMs));
          continue;
        }
        const delivery = Number(message.properties.headers?.['x-delivery-count'] ?? 0) + 1;
        const failed = `${type} ${envelope.id} failed on delivery ${delivery}: ${describeError(error)}`;
        // A delivery that will be retried is a warning (events of one dossier may arrive out of order); the
        // last one, after which the broker dead-letters the message, is an error.
        if (delivery > DELIVERY_LIMIT) this.log.error(failed, (error as Error).stack);
        else this.log.warn(failed);
        await this.pause(backoffMs(delivery, this.events.retryBaseMs));
        this.nack(channel, message, true);
        return;
      }
    }
  }

  /** Records the envelopes in the inbox and runs the handler of each new one, all in one transaction. */
  private apply(envelopes: Envelope[]): Promise<('applied' | 'duplicate')[]> {
    return this.events.dataSource.transaction(async (tx) => {
      const fresh: { message_id: string }[] = await tx.query(
        `INSERT INTO ${this.inbox} (message_id, message_type)
         SELECT * FROM unnest($1::uuid[], $2::text[])
         ON CONFLICT (message_id) DO NOTHING RETURNING message_id`,
        [envelopes.map((e) => e.id), envelopes.map((e) => e.type)],
      );
      const unapplied = new Set(fresh.map((row) => row.message_id));
      const outcomes: ('applied' | 'duplicate')[] = [];
      for (const envelope of envelopes) {
        // `delete` also catches the same message twice in one batch.
        if (!unapplied.delete(envelope.id)) {
          outcomes.push('duplicate');
          continue;
        }
        await Correlation.run({ correlationId: envelope.correlationId, causationId: envelope.id }, () =>
          this.runHandler(envelope, tx),
        );
        outcomes.push('applied');
      }
      return outcomes;
    });
  }

  private async runHandler(envelope: Envelope, tx: EntityManager): Promise<void> {
    const handler = this.getHandlerByPattern(envelope.type);
    if (!handler) throw new Error(`no handler for ${envelope.type}`);
    const result = await handler(envelope.payload, new MessageContext(envelope, tx));
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }

  private async deadLetter(
    message: ConsumeMessage,
    channel: Channel,
    reason: DeadReason,
    detail: string,
    type: string,
  ): Promise<void> {
    messagesDeadLettered.inc({ type, reason });
    this.log.warn(`dead-lettering ${type} ${message.properties.messageId ?? ''}: ${reason}: ${detail}`);
    try {
      await (this.channel as ChannelWrapper).publish(
        DEAD_LETTER_EXCHANGE,
        this.events.service,
        message.content,
        {
          ...message.properties,
          persistent: true,
          headers: {
            ...message.properties.headers,
            [DEAD_LETTER_HEADERS.reason]: reason,
            [DEAD_LETTER_HEADERS.detail]: detail.slice(0, 4000),
            [DEAD_LETTER_HEADERS.at]: new Date().toISOString(),
            [DEAD_LETTER_HEADERS.routingKey]: message.fields.routingKey,
            [DEAD_LETTER_HEADERS.deliveries]:
              Number(message.properties.headers?.['x-delivery-count'] ?? 0) + 1,
          },
        },
      );
      this.ack(channel, message);
    } catch (error) {
      // The reason could not be recorded; the broker's own dead-lettering still keeps the message.
      this.log.warn(`could not publish the dead letter, rejecting instead: ${describeError(error)}`);
      this.nack(channel, message, false);
    }
  }
}
