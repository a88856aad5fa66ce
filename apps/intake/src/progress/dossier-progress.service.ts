import { Injectable, Logger } from '@nestjs/common';
import {
  DOSSIER_RETURNED_V1,
  DossierExtendedV1,
  DossierAssignedV1,
  FeeAssessedV1,
  FeeWaivedV1,
  PaymentRecordedV1,
  ReturnMethod,
  ShipmentDeliveredV1,
  ShipmentKind,
  DossierResolvedV1,
  DossierStatus,
  DossierStoppedV1,
  DossierSupplementRequestedV1,
  ResolutionOutcome,
} from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
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
 * What the counter knows of a dossier's journey, from the other services' events: the status citizens see
 * (routing's steps, fees owed before processing), the open supplement request, the new date of an apology,
 * the paper result reaching the Center or the citizen's home. Each change is a milestone of the dossier's
 * history, in the event's transaction.
 */
@Injectable()
export class DossierProgressService {
  private readonly logger = new Logger(DossierProgressService.name);

  constructor(private readonly outbox: OutboxService) {}

  async markAssigned(tx: EntityManager, event: DossierAssignedV1): Promise<void> {
    const status = await this.lockOpenStatus(tx, event);
    if (!status) return;
    const at = new Date(event.assignedAt);
    const isFirstStep = status === DossierStatus.Received;
    await tx.query(
      `UPDATE intake.dossiers SET status = $2, forwarded_at = coalesce(forwarded_at, $3), version = version + 1
        WHERE id = $1 AND (status <> $2 OR forwarded_at IS NULL)`,
      [event.dossierId, isFirstStep ? DossierStatus.Processing : status, at],
    );
    if (isFirstStep) {
      await recordStatus(tx, event.dossierId, DossierStatus.Processing, at, null, event.stepName);
    }
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
    dossier.extensionReason = event.reason;
    dossier.extendedAt = new Date(event.extendedAt);
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

  /** The procedure must be paid before processing: status 6 until fees says it is paid or waived. */
  async markAwaitingPayment(tx: EntityManager, event: FeeAssessedV1): Promise<void> {
    if (!event.awaitsPayment) return;
    const status = await this.lockOpenStatus(tx, event);
    if (!status || status === DossierStatus.AwaitingFinancialObligation) return;
    await tx.query(`UPDATE intake.dossiers SET status = $2, version = version + 1 WHERE id = $1`, [
      event.dossierId,
      DossierStatus.AwaitingFinancialObligation,
    ]);
    await recordStatus(
      tx,
      event.dossierId,
      DossierStatus.AwaitingFinancialObligation,
      new Date(event.assessedAt),
      null,
      `Phải nộp ${event.totalDong.toLocaleString('vi-VN')} đồng trước khi giải quyết`,
    );
  }

  /** Paid in full or waived: a dossier waiting in status 6 goes on being processed. */
  async markFeesSettled(tx: EntityManager, event: PaymentRecordedV1 | FeeWaivedV1): Promise<void> {
    if ('isFullyPaid' in event && !event.isFullyPaid) return;
    const dossier = await this.lockOpenDossier(tx, event);
    if (!dossier || dossier.status !== DossierStatus.AwaitingFinancialObligation) return;
    const at = new Date('paidAt' in event ? event.paidAt : event.waivedAt);
    dossier.status = DossierStatus.Processing;
    await tx.save(dossier);
    await recordStatus(
      tx,
      dossier.id,
      DossierStatus.Processing,
      at,
      null,
      'paidAt' in event ? 'Đã nộp phí, lệ phí' : `Được miễn phí, lệ phí: ${event.reason}`,
    );
  }

  /**
   * The post delivered paper: a result at the Center is ready for the return counter; a result at the
   * citizen's home is returned (status 10), and everyone hears of it.
   */
  async markDelivered(tx: EntityManager, event: ShipmentDeliveredV1): Promise<void> {
    if (event.kind !== ShipmentKind.ResultToCenter && event.kind !== ShipmentKind.ResultToCitizen) return;
    const deliveredAt = new Date(event.deliveredAt);
    for (const { dossierId } of event.dossiers) {
      const dossier = await tx.findOne(Dossier, {
        where: { id: dossierId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!dossier)
        throw new DossierError(DossierErrorCode.NotFound, 'Không tìm thấy hồ sơ', { id: dossierId });
      if (dossier.status !== DossierStatus.Resolved) {
        this.logger.log(
          { code: dossier.code, status: dossier.status },
          'delivery ignored: dossier not resolved',
        );
        continue;
      }
      dossier.resultAtCenterAt ??= deliveredAt;
      if (event.kind === ShipmentKind.ResultToCitizen)
        await this.returnByPost(tx, dossier, deliveredAt, event);
      else await tx.save(dossier);
    }
  }

  private async returnByPost(
    tx: EntityManager,
    dossier: Dossier,
    deliveredAt: Date,
    event: ShipmentDeliveredV1,
  ): Promise<void> {
    dossier.status = DossierStatus.Returned;
    dossier.returnedAt = deliveredAt;
    dossier.returnMethod = ReturnMethod.Post;
    dossier.returnedTo = event.receivedByName ?? null;
    await tx.save(dossier);
    await recordStatus(
      tx,
      dossier.id,
      DossierStatus.Returned,
      deliveredAt,
      null,
      `Bưu điện đã phát kết quả (mã vận đơn ${event.trackingNumber})`,
    );
    await this.outbox.publish(tx, DOSSIER_RETURNED_V1, {
      dossierId: dossier.id,
      code: dossier.code,
      handlingUnitCode: dossier.handlingUnitCode,
      method: ReturnMethod.Post,
      returnedAt: deliveredAt.toISOString(),
    });
  }

  private async lockOpenDossier(
    tx: EntityManager,
    event: { dossierId: string; code: string },
  ): Promise<Dossier | null> {
    const dossier = await tx.findOne(Dossier, {
      where: { id: event.dossierId },
      lock: { mode: 'pessimistic_write' },
    });
    return this.isOpen(dossier?.status, event) ? dossier : null;
  }

  // Plain SQL for the changes every dossier goes through (its first step, its fees): loading and saving the
  // whole entity read the row twice and cost more CPU than the statements.
  private async lockOpenStatus(
    tx: EntityManager,
    event: { dossierId: string; code: string },
  ): Promise<DossierStatus | null> {
    const [row]: { status: DossierStatus }[] = await tx.query(
      'SELECT status FROM intake.dossiers WHERE id = $1 FOR UPDATE',
      [event.dossierId],
    );
    return this.isOpen(row?.status, event) ? row.status : null;
  }

  private isOpen(status: DossierStatus | undefined, event: { dossierId: string; code: string }): boolean {
    if (!status) {
      throw new DossierError(DossierErrorCode.NotFound, 'Không tìm thấy hồ sơ', { id: event.dossierId });
    }
    if (STILL_OPEN.includes(status)) return true;
    this.logger.log({ code: event.code, status }, 'routing event ignored: dossier no longer open');
    return false;
  }
}
