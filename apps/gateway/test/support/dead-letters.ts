import { DOSSIER_RECEIVED_V1, DossierReceivedV1 } from '@motcua/contracts';
import { dossierReceivedV1 } from '@motcua/contracts/test';
import { Envelope, createEnvelope, deadLetterQueue } from '@motcua/messaging';
import type { TestSystem } from '@motcua/testing';
import { connect } from 'amqplib';
import { v7 as uuidv7 } from 'uuid';

/** Publishes a dossier-received event without a code: routing refuses it and dead-letters it as `invalid`. */
export function publishInvalidDossierReceived(system: TestSystem): Promise<Envelope> {
  return system.publishEvent(DOSSIER_RECEIVED_V1, { dossierId: uuidv7() } as DossierReceivedV1, 'intake');
}

/**
 * Puts a valid dossier-received event straight into routing's dead-letter queue, as if routing had given it
 * up after its delivery limit; replayed, routing assigns the dossier.
 */
export async function deadLetterValidDossierReceived(
  system: TestSystem,
  code: string,
): Promise<Envelope<typeof DOSSIER_RECEIVED_V1>> {
  const envelope = createEnvelope(
    DOSSIER_RECEIVED_V1,
    dossierReceivedV1({ dossierId: uuidv7(), code, receivedAt: new Date().toISOString() }),
    { producer: 'intake' },
  );
  const connection = await connect(system.brokerUrl);
  try {
    const channel = await connection.createConfirmChannel();
    channel.sendToQueue(deadLetterQueue('routing'), Buffer.from(JSON.stringify(envelope)), {
      persistent: true,
      messageId: envelope.id,
      type: DOSSIER_RECEIVED_V1,
      headers: {
        'x-death': [
          {
            reason: 'delivery_limit',
            queue: 'routing.events',
            count: 1,
            exchange: 'motcua.events',
            'routing-keys': [DOSSIER_RECEIVED_V1],
          },
        ],
      },
    });
    await channel.waitForConfirms();
  } finally {
    await connection.close();
  }
  return envelope;
}

/** Whether routing holds an assignment of the dossier, i.e. it applied the dossier's received event. */
export async function isAssigned(system: TestSystem, dossierId: string): Promise<boolean> {
  const db = await system.db();
  try {
    const { rows } = await db.query('SELECT 1 FROM routing.assignments WHERE dossier_id = $1', [dossierId]);
    return rows.length > 0;
  } finally {
    await db.end();
  }
}
