import { Injectable } from '@nestjs/common';
import {
  DOSSIER_RETURNED_V1,
  DOSSIER_STATUS_LABELS,
  DOSSIER_SUPPLEMENTED_V1,
  DossierStatus,
  DossierV1,
  ReceiveSupplementV1,
  ReturnMethod,
  ReturnResultV1,
} from '@motcua/contracts';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { EntityManager } from 'typeorm';
import { Dossier } from '../dossiers/dossier.entity';
import { toDossierDto } from '../dossiers/dossiers.dto';
import { DossierError, DossierErrorCode } from '../dossiers/dossiers.errors';
import { recordStatus } from '../dossiers/status-history';

/** What a counter does for a dossier after reception: take in a supplement, hand the result over. */
@Injectable()
export class CounterActionsService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /** The applicant brought what the unit asked for: processing goes on and routing restarts the clock. */
  receiveSupplement(request: ReceiveSupplementV1): Promise<DossierV1> {
    const { idempotencyKey, ...content } = request;
    return this.idempotency.run('dossier.supplement', idempotencyKey, content, async (tx) => {
      const dossier = await lockInStatus(tx, request.dossierId, DossierStatus.SupplementRequested);
      const supplementedAt = new Date();
      dossier.status = DossierStatus.Processing;
      dossier.supplementRequest = null;
      await tx.save(dossier);
      await recordStatus(
        tx,
        dossier.id,
        DossierStatus.Processing,
        supplementedAt,
        request.actor.id,
        `Đã nhận hồ sơ bổ sung: ${request.documents.join('; ')}`,
      );
      await this.outbox.publish(tx, DOSSIER_SUPPLEMENTED_V1, {
        dossierId: dossier.id,
        code: dossier.code,
        handlingUnitCode: dossier.handlingUnitCode,
        documents: request.documents,
        supplementedAt: supplementedAt.toISOString(),
        receivedBy: request.actor.id,
      });
      return toDossierDto(dossier);
    });
  }

  /** The return counter hands the result over against a signature (status 10). */
  returnResult(request: ReturnResultV1): Promise<DossierV1> {
    const { idempotencyKey, ...content } = request;
    return this.idempotency.run('dossier.return', idempotencyKey, content, async (tx) => {
      const dossier = await lockInStatus(tx, request.dossierId, DossierStatus.Resolved);
      if (!dossier.resultAtCenterAt) {
        throw new DossierError(
          DossierErrorCode.ResultNotAtCenter,
          `Kết quả của hồ sơ ${dossier.code} chưa được chuyển về Trung tâm`,
          { code: dossier.code },
        );
      }
      const returnedAt = new Date();
      dossier.status = DossierStatus.Returned;
      dossier.returnedAt = returnedAt;
      dossier.returnMethod = ReturnMethod.Counter;
      dossier.returnedTo = request.receivedBy;
      await tx.save(dossier);
      await recordStatus(
        tx,
        dossier.id,
        DossierStatus.Returned,
        returnedAt,
        request.actor.id,
        [`Người nhận: ${request.receivedBy}`, request.note].filter(Boolean).join('. '),
      );
      await this.outbox.publish(tx, DOSSIER_RETURNED_V1, {
        dossierId: dossier.id,
        code: dossier.code,
        handlingUnitCode: dossier.handlingUnitCode,
        method: ReturnMethod.Counter,
        returnedAt: returnedAt.toISOString(),
        returnedBy: request.actor.id,
      });
      return toDossierDto(dossier);
    });
  }
}

async function lockInStatus(tx: EntityManager, id: string, status: DossierStatus): Promise<Dossier> {
  const dossier = await tx.findOne(Dossier, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!dossier) throw new DossierError(DossierErrorCode.NotFound, 'Không tìm thấy hồ sơ', { id });
  if (dossier.status !== status) {
    throw new DossierError(
      DossierErrorCode.WrongStatus,
      `Hồ sơ ${dossier.code} đang ở trạng thái "${DOSSIER_STATUS_LABELS[dossier.status]}", cần "${DOSSIER_STATUS_LABELS[status]}"`,
      { status: dossier.status, expected: status },
    );
  }
  return dossier;
}
