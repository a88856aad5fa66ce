import type { DossierStatus } from '@motcua/contracts';
import type { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { DossierHistory } from './dossier-history.entity';

/** Appends a milestone (status, when, who, why) in the caller's transaction. */
export async function recordStatus(
  tx: EntityManager,
  dossierId: string,
  status: DossierStatus,
  at: Date,
  actorId: string | null,
  note: string | null,
): Promise<void> {
  await tx.insert(DossierHistory, { id: uuidv7(), dossierId, status, at, actorId, note });
}
