import type { EntityManager } from 'typeorm';
import type { Envelope } from './envelope';

/**
 * Second argument of every `@Subscribe` handler. `tx` is the transaction that also records the message in
 * the inbox: write effects and outbox rows through it and they commit, or roll back, together.
 */
export class MessageContext {
  constructor(
    readonly envelope: Envelope,
    readonly tx: EntityManager,
  ) {}
}

/** Second argument of every `@Respond` handler. */
export class RequestContext {
  constructor(readonly correlationId: string) {}
}
