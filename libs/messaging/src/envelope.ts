import { EventKey, EventMap, ServiceName } from '@motcua/contracts';
import { v7 as uuidv7 } from 'uuid';

/** What travels on the wire around every event payload. */
export interface Envelope<K extends EventKey = EventKey> {
  /** UUID v7; also the AMQP `messageId` and the inbox key. */
  readonly id: string;
  /** Routing key, e.g. `intake.dossier.received.v1`. */
  readonly type: K;
  readonly version: number;
  readonly occurredAt: string;
  readonly producer: ServiceName;
  readonly correlationId: string;
  /** Id of the message whose handling produced this one, if any. */
  readonly causationId: string | null;
  readonly payload: EventMap[K];
}

export function createEnvelope<K extends EventKey>(
  type: K,
  payload: EventMap[K],
  origin: { producer: ServiceName; correlationId?: string; causationId?: string },
): Envelope<K> {
  const id = uuidv7();
  return {
    id,
    type,
    version: Number(/\.v(\d+)$/.exec(type)?.[1] ?? 1),
    occurredAt: new Date().toISOString(),
    producer: origin.producer,
    correlationId: origin.correlationId ?? id,
    causationId: origin.causationId ?? null,
    payload,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class MalformedEnvelopeError extends Error {
  constructor(reason: string) {
    super(`malformed envelope: ${reason}`);
    this.name = 'MalformedEnvelopeError';
  }
}

/** Parses a message body into an envelope, checking its frame (not its payload: see `validateContract`). */
export function parseEnvelope(content: Buffer): Envelope {
  let value: unknown;
  try {
    value = JSON.parse(content.toString('utf8'));
  } catch {
    throw new MalformedEnvelopeError('body is not JSON');
  }
  if (typeof value !== 'object' || value === null) throw new MalformedEnvelopeError('body is not an object');
  const candidate = value as Record<string, unknown>;
  for (const field of ['id', 'type', 'occurredAt', 'producer', 'correlationId']) {
    if (typeof candidate[field] !== 'string') throw new MalformedEnvelopeError(`${field} is missing`);
  }
  if (!UUID.test(candidate.id as string)) throw new MalformedEnvelopeError('id is not a UUID');
  if (typeof candidate.payload !== 'object' || candidate.payload === null) {
    throw new MalformedEnvelopeError('payload is missing');
  }
  return candidate as unknown as Envelope;
}
