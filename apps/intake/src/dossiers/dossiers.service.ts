import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  CommonErrorCode,
  DOSSIER_RECEIVED_V1,
  DOSSIER_STATUS_LABELS,
  DOSSIER_WITHDRAWN_V1,
  DossierStatus,
  DossierV1,
  ErrorKind,
  ReceiveDossierV2,
  WithdrawDossierV1,
  summariseFieldErrors,
  toE164,
} from '@motcua/contracts';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { CalendarService } from '../calendar/calendar.service';
import { TicketsService } from '../tickets/tickets.service';
import { MAX_DAILY_SEQUENCE, formatDossierCode, vietnamDay } from './dossier-code';
import { recordStatus } from './status-history';
import { Dossier } from './dossier.entity';
import { toDossierDto } from './dossiers.dto';
import { DossierError, DossierErrorCode } from './dossiers.errors';
import { ProcedureVersionsService } from './procedure-versions.service';
import { receivedDocuments, receptionProblems } from './reception-rules';

// Statuses from which the applicant may still withdraw.
const WITHDRAWABLE: readonly DossierStatus[] = [
  DossierStatus.Received,
  DossierStatus.Processing,
  DossierStatus.SupplementRequested,
  DossierStatus.AwaitingFinancialObligation,
];

@Injectable()
export class DossiersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    private readonly versions: ProcedureVersionsService,
    private readonly calendar: CalendarService,
    private readonly tickets: TicketsService,
  ) {}

  /**
   * Receives a complete dossier (status 2): pins the procedure version in force, checks the reception against
   * it, computes the appointment on the working calendar, gives the next code of the deciding unit for today,
   * stores it and announces `intake.dossier.received.v1` — or refuses with every problem named and stores
   * nothing. A retry with the same idempotency key returns the first result.
   */
  async receiveDossier(request: ReceiveDossierV2): Promise<DossierV1> {
    const version = await this.versions.versionInForce(request.procedureCode);
    const procedure = version.definition;
    const problems = receptionProblems(procedure, request);
    if (problems.length > 0) {
      throw new AppError(
        CommonErrorCode.ValidationFailed,
        ErrorKind.Invalid,
        summariseFieldErrors(problems),
        problems,
      );
    }
    const receivedAt = new Date();
    const { countedFrom, dueAt } = await this.calendar.computeDueDate(receivedAt, {
      amount: procedure.processingTime.amount,
      unit: procedure.processingTime.unit,
      cutoff: procedure.processingTime.sameDayCutoff ?? null,
    });
    const { idempotencyKey, ...content } = request;
    return this.idempotency.run('dossier.receive', idempotencyKey, content, async (tx) => {
      // The Center receives on behalf of the deciding unit, whose code prefixes the dossier code.
      const unitCode = procedure.handlingUnitCodes[0];
      const day = vietnamDay(receivedAt);
      const dossier = tx.create(Dossier, {
        id: uuidv7(),
        code: formatDossierCode(unitCode, day, await this.nextSequence(tx, unitCode, day)),
        status: DossierStatus.Received,
        procedureCode: procedure.code,
        procedureVersionId: version.id,
        procedureName: procedure.name,
        receivingUnitCode: unitCode,
        handlingUnitCode: unitCode,
        channel: request.channel,
        applicantFullName: request.applicant.fullName.trim(),
        applicantPhone: toE164(request.applicant.phone),
        applicantEmail: request.applicant.email ?? null,
        applicantIdNumber: request.applicant.idNumber,
        applicantAddress: request.applicant.address.trim(),
        documents: receivedDocuments(procedure, request),
        resultDeliveryMethod: request.resultDelivery.method,
        resultDeliveryAddress: request.resultDelivery.address?.trim() ?? null,
        receivedAt,
        receivedBy: request.actor.id,
        receivedByName: request.actor.displayName ?? request.actor.name,
        counterNumber: request.counterNumber ?? null,
        countedFrom,
        dueAt,
      });
      await insertReceivedDossier(tx, dossier);
      await recordStatus(tx, dossier.id, DossierStatus.Received, receivedAt, request.actor.id, null);
      if (request.ticketId) await this.tickets.completeWithDossier(tx, request.ticketId, dossier.id);
      const view = toDossierDto(dossier);
      await this.outbox.publish(tx, DOSSIER_RECEIVED_V1, {
        dossierId: view.id,
        code: view.code,
        procedureCode: view.procedureCode,
        procedureName: view.procedureName,
        procedureVersionId: version.id,
        receivingUnitCode: view.receivingUnitCode,
        handlingUnitCode: view.handlingUnitCode,
        channel: view.channel,
        applicant: {
          fullName: view.applicant.fullName,
          phone: view.applicant.phone,
          ...(view.applicant.email ? { email: view.applicant.email } : {}),
        },
        receivedAt: view.receivedAt,
        dueAt: dueAt.toISOString(),
        resultDelivery: {
          method: request.resultDelivery.method,
          ...(view.resultDelivery?.address ? { address: view.resultDelivery.address } : {}),
        },
        receivedBy: view.receivedBy,
      });
      return view;
    });
  }

  /**
   * The applicant withdraws the dossier (status 7). Only a dossier still being handled can be withdrawn: not
   * one resolved, returned, stopped or already withdrawn.
   */
  withdrawDossier(request: WithdrawDossierV1): Promise<DossierV1> {
    const { idempotencyKey, ...content } = request;
    return this.idempotency.run('dossier.withdraw', idempotencyKey, content, async (tx) => {
      const dossier = await tx.findOne(Dossier, {
        where: { id: request.dossierId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!dossier)
        throw new DossierError(DossierErrorCode.NotFound, 'Không tìm thấy hồ sơ', { id: request.dossierId });
      if (!WITHDRAWABLE.includes(dossier.status)) {
        throw new DossierError(
          DossierErrorCode.WrongStatus,
          `Hồ sơ ${dossier.code} đang ở trạng thái "${DOSSIER_STATUS_LABELS[dossier.status]}", không rút được`,
          { status: dossier.status },
        );
      }
      const withdrawnAt = new Date();
      dossier.status = DossierStatus.Withdrawn;
      await tx.save(dossier);
      await recordStatus(
        tx,
        dossier.id,
        DossierStatus.Withdrawn,
        withdrawnAt,
        request.actor.id,
        request.reason,
      );
      await this.outbox.publish(tx, DOSSIER_WITHDRAWN_V1, {
        dossierId: dossier.id,
        code: dossier.code,
        handlingUnitCode: dossier.handlingUnitCode,
        reason: request.reason,
        withdrawnAt: withdrawnAt.toISOString(),
      });
      return toDossierDto(dossier);
    });
  }

  async getDossier(id: string): Promise<DossierV1> {
    const dossier = await this.dataSource.getRepository(Dossier).findOneBy({ id });
    if (!dossier) throw new DossierError(DossierErrorCode.NotFound, 'Không tìm thấy hồ sơ', { id });
    return toDossierDto(dossier);
  }

  // A counter row per unit and day, incremented in the reception's transaction: numbers are unique and have
  // no gaps, because a rolled-back reception rolls its number back too.
  private async nextSequence(tx: EntityManager, unitCode: string, day: string): Promise<number> {
    const [row]: { last_sequence: number }[] = await tx.query(
      `INSERT INTO intake.dossier_code_counters AS c (unit_code, day, last_sequence) VALUES ($1, $2, 1)
       ON CONFLICT (unit_code, day) DO UPDATE SET last_sequence = c.last_sequence + 1
       RETURNING last_sequence`,
      [unitCode, day],
    );
    if (row.last_sequence > MAX_DAILY_SEQUENCE) {
      throw new DossierError(
        DossierErrorCode.DailySequenceExhausted,
        `Đơn vị ${unitCode} đã dùng hết ${MAX_DAILY_SEQUENCE} số hồ sơ của ngày ${day}`,
        { unitCode, day },
      );
    }
    return row.last_sequence;
  }
}

// Plain SQL: every reception runs it, and TypeORM's insert builder cost more CPU than the statement itself.
async function insertReceivedDossier(tx: EntityManager, dossier: Dossier): Promise<void> {
  await tx.query(
    `INSERT INTO intake.dossiers (id, code, status, procedure_code, procedure_version_id, procedure_name,
       receiving_unit_code, handling_unit_code, channel, applicant_full_name, applicant_phone, applicant_email,
       applicant_id_number, applicant_address, documents, result_delivery_method, result_delivery_address,
       received_at, received_by, received_by_name, counter_number, counted_from, due_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
       $22, $23)`,
    [
      dossier.id,
      dossier.code,
      dossier.status,
      dossier.procedureCode,
      dossier.procedureVersionId,
      dossier.procedureName,
      dossier.receivingUnitCode,
      dossier.handlingUnitCode,
      dossier.channel,
      dossier.applicantFullName,
      dossier.applicantPhone,
      dossier.applicantEmail,
      dossier.applicantIdNumber,
      dossier.applicantAddress,
      dossier.documents === null ? null : JSON.stringify(dossier.documents),
      dossier.resultDeliveryMethod,
      dossier.resultDeliveryAddress,
      dossier.receivedAt,
      dossier.receivedBy,
      dossier.receivedByName,
      dossier.counterNumber,
      dossier.countedFrom,
      dossier.dueAt,
    ],
  );
  dossier.version = 1;
}
