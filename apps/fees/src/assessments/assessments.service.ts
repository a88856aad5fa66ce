import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AssessmentStatus,
  AssessmentV1,
  DossierReceivedV1,
  FEE_ASSESSED_V1,
  FEE_WAIVED_V1,
  WaiveFeeV1,
} from '@motcua/contracts';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { ProcedureCopy } from '../catalog/procedure-copy.entity';
import { Payment } from '../payments/payment.entity';
import { toPaymentDto } from '../payments/payments.dto';
import { Receipt } from '../receipts/receipt.entity';
import { toReceiptDto } from '../receipts/receipts.dto';
import { Assessment } from './assessment.entity';
import { assessFees, awaitsPayment } from './assessment-rules';
import { AssessmentError, AssessmentErrorCode } from './assessments.errors';

/** Procedure versions kept in memory; the oldest kept goes first. */
const KEPT_VERSIONS = 1000;

@Injectable()
export class AssessmentsService {
  private readonly versions = new Map<string, ProcedureCopy>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /**
   * Assesses a received dossier from its pinned procedure version and announces it. When fees has not heard
   * of that version yet, the dossier waits (`awaiting_procedure`) and is assessed when the version arrives.
   * A second delivery of the same dossier changes nothing.
   */
  async assessDossier(tx: EntityManager, dossier: DossierReceivedV1): Promise<void> {
    const procedure = await this.procedureOf(tx, dossier);
    const assessedAt = new Date();
    const assessment = tx.create(Assessment, {
      dossierId: dossier.dossierId,
      dossierCode: dossier.code,
      procedureCode: dossier.procedureCode,
      procedureVersionId: dossier.procedureVersionId ?? procedure?.id ?? null,
      unitCode: dossier.handlingUnitCode,
      payerName: dossier.applicant.fullName,
      status: AssessmentStatus.AwaitingProcedure,
      items: [],
      totalDong: 0,
      paidDong: 0,
      payBeforeProcessing: false,
      partialPaymentAllowed: false,
      waiverReason: null,
      waivedBy: null,
      waivedAt: null,
      receivedAt: new Date(dossier.receivedAt),
      assessedAt,
    });
    if (procedure) Object.assign(assessment, this.assessmentFrom(procedure));
    const isNew = await insertAssessment(tx, assessment);
    if (!isNew || !procedure) return;
    await this.announce(tx, assessment);
  }

  /** A procedure version arrived: assesses the dossiers that were waiting for it. */
  async assessWaiting(tx: EntityManager, procedure: ProcedureCopy): Promise<void> {
    const waiting = await tx
      .createQueryBuilder(Assessment, 'a')
      .setLock('pessimistic_write')
      .where('a.status = :status', { status: AssessmentStatus.AwaitingProcedure })
      .andWhere('a.procedure_code = :code', { code: procedure.procedureCode })
      .andWhere('(a.procedure_version_id = :id OR a.procedure_version_id IS NULL)', { id: procedure.id })
      .getMany();
    for (const assessment of waiting) {
      Object.assign(assessment, this.assessmentFrom(procedure), {
        procedureVersionId: procedure.id,
        assessedAt: new Date(),
      });
      await tx.save(assessment);
      await this.announce(tx, assessment);
    }
  }

  /** A unit lead of the collecting unit waives what is still owed, with a reason. */
  waiveFee(request: WaiveFeeV1): Promise<AssessmentV1> {
    const { idempotencyKey, ...content } = request;
    return this.idempotency.run('fee.waive', idempotencyKey, content, async (tx) => {
      const assessment = await this.lockAssessment(tx, request.dossierId);
      if (request.actor.unitCode !== assessment.unitCode) {
        throw new AssessmentError(
          AssessmentErrorCode.WaiverNotAllowed,
          'Chỉ lãnh đạo đơn vị thu phí của hồ sơ được miễn phí, lệ phí',
        );
      }
      if (assessment.status !== AssessmentStatus.Due) {
        throw new AssessmentError(
          assessment.status === AssessmentStatus.NothingDue
            ? AssessmentErrorCode.NothingDue
            : AssessmentErrorCode.AlreadySettled,
          'Chỉ miễn được phí, lệ phí của hồ sơ chưa nộp khoản nào',
          { status: assessment.status },
        );
      }
      const waivedAt = new Date();
      Object.assign(assessment, {
        status: AssessmentStatus.Waived,
        waiverReason: request.reason,
        waivedBy: request.actor.id,
        waivedAt,
      });
      await tx.save(assessment);
      await this.outbox.publish(tx, FEE_WAIVED_V1, {
        dossierId: assessment.dossierId,
        code: assessment.dossierCode,
        unitCode: assessment.unitCode,
        reason: request.reason,
        waivedBy: request.actor.id,
        waivedAt: waivedAt.toISOString(),
      });
      return this.view(tx, assessment);
    });
  }

  /** The assessment row, locked for the rest of the transaction (payments and waivers go one at a time). */
  async lockAssessment(tx: EntityManager, dossierId: string): Promise<Assessment> {
    const assessment = await tx.findOne(Assessment, {
      where: { dossierId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!assessment) throw notFound(dossierId);
    return assessment;
  }

  async getAssessment(dossierId: string): Promise<AssessmentV1> {
    const assessment = await this.dataSource.getRepository(Assessment).findOneBy({ dossierId });
    if (!assessment) throw notFound(dossierId);
    return this.view(this.dataSource.manager, assessment);
  }

  private async view(manager: EntityManager, assessment: Assessment): Promise<AssessmentV1> {
    const [payments, receipts] = await Promise.all([
      manager.find(Payment, { where: { dossierId: assessment.dossierId }, order: { paidAt: 'ASC' } }),
      manager.find(Receipt, { where: { dossierId: assessment.dossierId }, order: { issuedAt: 'ASC' } }),
    ]);
    return {
      dossierId: assessment.dossierId,
      dossierCode: assessment.dossierCode,
      status: assessment.status,
      unitCode: assessment.unitCode,
      payerName: assessment.payerName,
      items: assessment.items,
      totalDong: assessment.totalDong,
      paidDong: assessment.paidDong,
      outstandingDong:
        assessment.status === AssessmentStatus.Waived ? 0 : assessment.totalDong - assessment.paidDong,
      awaitsPayment: awaitsPayment(assessment),
      partialPaymentAllowed: assessment.partialPaymentAllowed,
      assessedAt: assessment.assessedAt.toISOString(),
      ...(assessment.waiverReason ? { waiverReason: assessment.waiverReason } : {}),
      payments: payments.map((payment) => toPaymentDto(payment, receipts)),
      receipts: receipts.map(toReceiptDto),
    };
  }

  private async procedureOf(tx: EntityManager, dossier: DossierReceivedV1): Promise<ProcedureCopy | null> {
    if (dossier.procedureVersionId) return this.pinnedVersion(tx, dossier.procedureVersionId);
    // Dossiers received before intake pinned versions: the latest version fees knows.
    return tx.findOne(ProcedureCopy, {
      where: { procedureCode: dossier.procedureCode },
      order: { version: 'DESC' },
    });
  }

  // A published version never changes, so one found is kept in memory: most dossiers name a handful of them.
  private async pinnedVersion(tx: EntityManager, id: string): Promise<ProcedureCopy | null> {
    const known = this.versions.get(id);
    if (known) return known;
    const version = await tx.findOneBy(ProcedureCopy, { id });
    if (!version) return null;
    if (this.versions.size >= KEPT_VERSIONS)
      this.versions.delete(this.versions.keys().next().value as string);
    this.versions.set(id, version);
    return version;
  }

  private assessmentFrom(procedure: ProcedureCopy): Partial<Assessment> {
    const { items, totalDong, status } = assessFees(procedure);
    return {
      items,
      totalDong,
      status,
      payBeforeProcessing: procedure.payBeforeProcessing,
      partialPaymentAllowed: procedure.partialPaymentAllowed,
    };
  }

  private async announce(tx: EntityManager, assessment: Assessment): Promise<void> {
    await this.outbox.publish(tx, FEE_ASSESSED_V1, {
      dossierId: assessment.dossierId,
      code: assessment.dossierCode,
      unitCode: assessment.unitCode,
      items: assessment.items,
      totalDong: assessment.totalDong,
      awaitsPayment: awaitsPayment(assessment),
      assessedAt: assessment.assessedAt.toISOString(),
    });
  }
}

// The first copy of a received dossier wins: false when it was assessed before.
async function insertAssessment(tx: EntityManager, a: Assessment): Promise<boolean> {
  const inserted: unknown[] = await tx.query(
    `INSERT INTO fees.assessments
       (dossier_id, dossier_code, procedure_code, procedure_version_id, unit_code, payer_name, status, items,
        total_dong, paid_dong, pay_before_processing, partial_payment_allowed, received_at, assessed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT DO NOTHING RETURNING dossier_id`,
    [
      a.dossierId,
      a.dossierCode,
      a.procedureCode,
      a.procedureVersionId,
      a.unitCode,
      a.payerName,
      a.status,
      JSON.stringify(a.items),
      a.totalDong,
      a.paidDong,
      a.payBeforeProcessing,
      a.partialPaymentAllowed,
      a.receivedAt,
      a.assessedAt,
    ],
  );
  return inserted.length > 0;
}

function notFound(dossierId: string): AssessmentError {
  return new AssessmentError(AssessmentErrorCode.NotFound, 'Không tìm thấy thông tin phí, lệ phí của hồ sơ', {
    dossierId,
  });
}
