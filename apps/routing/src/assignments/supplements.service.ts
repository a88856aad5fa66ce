import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOSSIER_STOPPED_V1, ProcessStatus, RoutingEventKind, StopCause } from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { AssignmentsService } from './assignments.service';
import { ProcessInstance } from './process-instance.entity';

// Each sweep closes at most this many; the next sweep takes the rest.
const BATCH = 100;

export const SUPPLEMENT_EXPIRED_REASON =
  'Quá 15 ngày không bổ sung, hoàn thiện hồ sơ (Nghị định 118/2025, Điều 19)';

/** Decree 118/2025 Art. 19.5: a dossier left incomplete for 15 days after the supplement request is closed. */
@Injectable()
export class SupplementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly assignments: AssignmentsService,
    private readonly outbox: OutboxService,
    private readonly deadlines: DeadlinesService,
  ) {}

  /**
   * Stops every dossier still awaiting its supplement past `supplement_closes_at`. Rows are claimed with
   * SKIP LOCKED and change status in the same transaction as their event, so two replicas never close one
   * dossier twice.
   */
  async closeExpired(now: Date): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const expired = await tx
        .getRepository(ProcessInstance)
        .createQueryBuilder('i')
        .where('i.status = :status', { status: ProcessStatus.SupplementRequested })
        .andWhere('i.supplementClosesAt <= :now', { now })
        .orderBy('i.supplementClosesAt')
        .take(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const instance of expired) await this.close(tx, instance, now);
      return expired.length;
    });
  }

  private async close(tx: EntityManager, instance: ProcessInstance, now: Date): Promise<void> {
    const [held] = await this.assignments.openSteps(tx, instance.dossierId);
    const unitCode = held?.unitCode ?? instance.steps[0].unitCode;
    instance.status = ProcessStatus.Stopped;
    instance.closedAt = now;
    instance.version += 1;
    await tx.save(instance);
    await this.assignments.cancelOpenSteps(tx, instance.dossierId, now);
    await this.deadlines.stopClock(tx, instance.dossierId, now);
    await this.assignments.record(tx, instance.dossierId, {
      kind: RoutingEventKind.Stopped,
      at: now,
      fromUnitCode: unitCode,
      note: SUPPLEMENT_EXPIRED_REASON,
    });
    await this.outbox.publish(tx, DOSSIER_STOPPED_V1, {
      dossierId: instance.dossierId,
      code: instance.code,
      unitCode,
      cause: StopCause.SupplementExpired,
      reason: SUPPLEMENT_EXPIRED_REASON,
      stoppedAt: now.toISOString(),
    });
  }
}
