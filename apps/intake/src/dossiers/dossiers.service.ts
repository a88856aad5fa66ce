import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOSSIER_RECEIVED_V1, DossierStatus, DossierV1, ReceiveDossierV1, toE164 } from '@motcua/contracts';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { MAX_DAILY_SEQUENCE, formatDossierCode, vietnamDay } from './dossier-code';
import { Dossier } from './dossier.entity';
import { toDossierDto } from './dossiers.dto';
import { DossierError, DossierErrorCode } from './dossiers.errors';

@Injectable()
export class DossiersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
  ) {}

  /**
   * Receives a complete dossier: gives it the next code of its unit for today, stores it and announces
   * `intake.dossier.received.v1`, all in one transaction. A retry with the same idempotency key returns the
   * first result.
   */
  receiveDossier(request: ReceiveDossierV1): Promise<DossierV1> {
    const { idempotencyKey, ...content } = request;
    return this.idempotency.run('dossier.receive', idempotencyKey, content, async (tx) => {
      const receivedAt = new Date();
      // Until the catalog assigns receiving units, the Center receives on behalf of the deciding unit.
      const unitCode = request.handlingUnitCode;
      const day = vietnamDay(receivedAt);
      const sequence = await this.nextSequence(tx, unitCode, day);
      const dossier = tx.create(Dossier, {
        id: uuidv7(),
        code: formatDossierCode(unitCode, day, sequence),
        status: DossierStatus.Received,
        procedureCode: request.procedureCode,
        procedureName: request.procedureName,
        receivingUnitCode: unitCode,
        handlingUnitCode: request.handlingUnitCode,
        channel: request.channel,
        applicantFullName: request.applicant.fullName.trim(),
        applicantPhone: toE164(request.applicant.phone),
        applicantEmail: request.applicant.email ?? null,
        receivedAt,
        receivedBy: request.actor.id,
      });
      await tx.insert(Dossier, dossier);
      const view = toDossierDto(dossier);
      await this.outbox.publish(tx, DOSSIER_RECEIVED_V1, {
        dossierId: view.id,
        code: view.code,
        procedureCode: view.procedureCode,
        procedureName: view.procedureName,
        receivingUnitCode: view.receivingUnitCode,
        handlingUnitCode: view.handlingUnitCode,
        channel: view.channel,
        applicant: view.applicant,
        receivedAt: view.receivedAt,
        receivedBy: view.receivedBy,
      });
      return view;
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
