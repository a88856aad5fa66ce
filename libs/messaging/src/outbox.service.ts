import { Inject, Injectable } from '@nestjs/common';
import {
  AppError,
  CommonErrorCode,
  ErrorKind,
  EVENT_PAYLOADS,
  EventKey,
  EventMap,
  validateContract,
} from '@motcua/contracts';
import { Correlation } from '@motcua/observability';
import type { ClassConstructor } from 'class-transformer';
import type { EntityManager } from 'typeorm';
import { Envelope, createEnvelope } from './envelope';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging.options';
import { ident } from './sql';

/**
 * Writes events to the service's outbox inside the caller's transaction; the relay publishes them after the
 * commit. This is the only way a service emits an event.
 */
@Injectable()
export class OutboxService {
  private readonly table: string;

  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {
    this.table = `${ident(options.service)}.outbox`;
  }

  async publish<K extends EventKey>(tx: EntityManager, type: K, payload: EventMap[K]): Promise<Envelope<K>> {
    const envelope = await this.envelopeOf(tx, type, payload);
    await tx.query(`INSERT INTO ${this.table} (id, message_type, envelope) VALUES ($1, $2, $3)`, [
      envelope.id,
      type,
      JSON.stringify(envelope),
    ]);
    return envelope;
  }

  /**
   * Writes many events of one type with a single statement, in the order given (the relay publishes them in
   * that order); for a change made to many rows at once.
   */
  async publishAll<K extends EventKey>(
    tx: EntityManager,
    type: K,
    payloads: readonly EventMap[K][],
  ): Promise<Envelope<K>[]> {
    const envelopes: Envelope<K>[] = [];
    for (const payload of payloads) envelopes.push(await this.envelopeOf(tx, type, payload));
    if (envelopes.length === 0) return envelopes;
    await tx.query(
      `INSERT INTO ${this.table} (id, message_type, envelope)
       SELECT (e->>'id')::uuid, $1, e FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n`,
      [type, JSON.stringify(envelopes)],
    );
    return envelopes;
  }

  private async envelopeOf<K extends EventKey>(
    tx: EntityManager,
    type: K,
    payload: EventMap[K],
  ): Promise<Envelope<K>> {
    if (!tx.queryRunner?.isTransactionActive) {
      throw new Error(`outbox: ${type} must be written in the transaction of the change it announces`);
    }
    const checked = await validateContract(EVENT_PAYLOADS[type] as ClassConstructor<object>, payload);
    if (!checked.ok) {
      throw new AppError(
        CommonErrorCode.Internal,
        ErrorKind.Internal,
        `Sự kiện ${type} không hợp lệ`,
        checked.errors,
      );
    }
    const scope = Correlation.current();
    return createEnvelope(type, payload, {
      producer: this.options.service,
      correlationId: scope?.correlationId,
      causationId: scope?.causationId,
    });
  }
}
