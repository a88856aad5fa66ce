import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DOSSIER_ASSIGNED_V1, DossierReceivedV1, DossierRoutingV1 } from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { Assignment } from './assignment.entity';

/** Until internal processes exist, every dossier starts with one appraisal step at its deciding unit. */
export const DEFAULT_FIRST_STEP = 'Thẩm định hồ sơ';

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly deadlines: DeadlinesService,
  ) {}

  /** Starts a received dossier's process: its first step goes to the deciding unit. */
  async assignFirstStep(tx: EntityManager, dossier: DossierReceivedV1): Promise<void> {
    const assignment = tx.create(Assignment, {
      id: uuidv7(),
      dossierId: dossier.dossierId,
      dossierCode: dossier.code,
      stepNumber: 1,
      stepName: DEFAULT_FIRST_STEP,
      unitCode: dossier.handlingUnitCode,
      officerId: null,
      assignedAt: new Date(),
    });
    await tx.insert(Assignment, assignment);
    await this.deadlines.startClock(tx, {
      dossierId: dossier.dossierId,
      code: dossier.code,
      procedureCode: dossier.procedureCode,
      unitCode: dossier.handlingUnitCode,
      channel: dossier.channel,
      receivedAt: new Date(dossier.receivedAt),
      dueAt: dossier.dueAt ? new Date(dossier.dueAt) : null,
    });
    await this.outbox.publish(tx, DOSSIER_ASSIGNED_V1, {
      dossierId: assignment.dossierId,
      code: assignment.dossierCode,
      assignmentId: assignment.id,
      unitCode: assignment.unitCode,
      stepName: assignment.stepName,
      assignedAt: assignment.assignedAt.toISOString(),
    });
  }

  async getRouting(dossierId: string): Promise<DossierRoutingV1> {
    const assignments = await this.dataSource
      .getRepository(Assignment)
      .find({ where: { dossierId }, order: { stepNumber: 'ASC' } });
    return {
      dossierId,
      assignments: assignments.map((a) => ({
        id: a.id,
        unitCode: a.unitCode,
        officerId: a.officerId,
        stepName: a.stepName,
        assignedAt: a.assignedAt.toISOString(),
      })),
    };
  }
}
