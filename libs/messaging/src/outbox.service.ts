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
    const envelope = createEnvelope(type, payload, {
      producer: this.options.service,
      correlationId: scope?.correlationId,
      causationId: scope?.causationId,
    });
    await tx.query(`INSERT INTO ${this.table} (id, message_type, envelope) VALUES ($1, $2, $3)`, [
      envelope.id,
      type,
      JSON.stringify(envelope),
    ]);
    return envelope;
  }
}
