import type { DossierStatus } from '@motcua/contracts';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';

/**
 * Appends a milestone (status, when, who, why) in the caller's transaction, as plain SQL: every change of
 * status writes one, and TypeORM's insert builder cost more CPU than the statement.
 */
export async function recordStatus(
  tx: EntityManager,
  dossierId: string,
  status: DossierStatus,
  at: Date,
  actorId: string | null,
  note: string | null,
): Promise<void> {
  await tx.query(
    `INSERT INTO intake.dossier_history (id, dossier_id, status, at, actor_id, note)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [uuidv7(), dossierId, status, at, actorId, note],
  );
}
