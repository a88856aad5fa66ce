import { Injectable, Logger } from '@nestjs/common';
import {
  DossierExtendedV1,
  DossierAssignedV1,
  DossierResolvedV1,
  DossierStatus,
  DossierStoppedV1,
  DossierSupplementRequestedV1,
  ResolutionOutcome,
} from '@motcua/contracts';
import { EntityManager } from 'typeorm';
import { Dossier } from '../dossiers/dossier.entity';
import { DossierError, DossierErrorCode } from '../dossiers/dossiers.errors';
import { recordStatus } from '../dossiers/status-history';

// Only a dossier still being handled takes routing's news; once resolved, stopped, withdrawn or returned,
// a late event changes nothing at the counter.
const STILL_OPEN: readonly DossierStatus[] = [
  DossierStatus.Received,
  DossierStatus.Processing,
  DossierStatus.SupplementRequested,
  DossierStatus.AwaitingFinancialObligation,
];

const OUTCOME_LABELS: Record<ResolutionOutcome, string> = {
  [ResolutionOutcome.Approved]: 'Giải quyết',
  [ResolutionOutcome.Refused]: 'Từ chối giải quyết',
};

/**
 * What the counter knows of a dossier's journey through the departments, from routing's events: the status
 * citizens see, the open supplement request, the new date of an apology, the result waiting for return.
 * Each change is a milestone of the dossier's history, in the event's transaction.
 */
@Injectable()
export class DossierProgressService {
  private readonly logger = new Logger(DossierProgressService.name);

  async markAssigned(tx: EntityManager, event: DossierAssignedV1): Promise<void> {
    const dossier = await this.lockOpenDossier(tx, event);
    if (!dossier) return;
    const at = new Date(event.assignedAt);
    dossier.forwardedAt ??= at;
    if (dossier.status === DossierStatus.Received) {
      dossier.status = DossierStatus.Processing;
      await recordStatus(tx, dossier.id, DossierStatus.Processing, at, null, event.stepName);
    }
    await tx.save(dossier);
  }

  async markSupplementRequested(tx: EntityManager, event: DossierSupplementRequestedV1): Promise<void> {
    const dossier = await this.lockOpenDossier(tx, event);
    if (!dossier) return;
    dossier.status = DossierStatus.SupplementRequested;
    dossier.supplementRequest = {
      reason: event.reason,
      documents: event.documents,
      requestedAt: event.requestedAt,
      closesAt: event.closesAt,
    };
    await tx.save(dossier);
    await recordStatus(
      tx,
      dossier.id,
      DossierStatus.SupplementRequested,
      new Date(event.requestedAt),
      event.actorId ?? null,
      event.reason,
    );
  }

  async markExtended(tx: EntityManager, event: DossierExtendedV1): Promise<void> {
    const dossier = await this.lockOpenDossier(tx, event);
    if (!dossier) return;
    dossier.extendedDueAt = new Date(event.newDueAt);
    await tx.save(dossier);
  }

  async markResolved(tx: EntityManager, event: DossierResolvedV1): Promise<void> {
    const dossier = await this.lockOpenDossier(tx, event);
    if (!dossier) return;
    const resolvedAt = new Date(event.resolvedAt);
    dossier.status = DossierStatus.Resolved;
    dossier.supplementRequest = null;
    dossier.resolutionOutcome = event.outcome;
    dossier.resultReference = event.resultReference ?? null;
    dossier.resolvedAt = resolvedAt;
    // An electronic result is at the Center the moment it exists; paper waits for the courier.
    if (!event.paperResult) dossier.resultAtCenterAt = new Date(event.confirmedAt);
    await tx.save(dossier);
    const reference = event.resultReference ? ` (số ${event.resultReference})` : '';
    await recordStatus(
      tx,
      dossier.id,
      DossierStatus.Resolved,
      resolvedAt,
      event.actorId ?? null,
      `${OUTCOME_LABELS[event.outcome]}${reference}`,
    );
  }

  async markStopped(tx: EntityManager, event: DossierStoppedV1): Promise<void> {
    const dossier = await this.lockOpenDossier(tx, event);
    if (!dossier) return;
    dossier.status = DossierStatus.Stopped;
    dossier.supplementRequest = null;
    await tx.save(dossier);
    await recordStatus(
      tx,
      dossier.id,
      DossierStatus.Stopped,
      new Date(event.stoppedAt),
      event.actorId ?? null,
      event.reason,
    );
  }

  private async lockOpenDossier(
    tx: EntityManager,
    event: { dossierId: string; code: string },
  ): Promise<Dossier | null> {
    const dossier = await tx.findOne(Dossier, {
      where: { id: event.dossierId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!dossier) {
      throw new DossierError(DossierErrorCode.NotFound, 'Không tìm thấy hồ sơ', { id: event.dossierId });
    }
    if (STILL_OPEN.includes(dossier.status)) return dossier;
    this.logger.log(
      { code: event.code, status: dossier.status },
      'routing event ignored: dossier no longer open',
    );
    return null;
  }
}
