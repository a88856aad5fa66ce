import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  addWorkingHours,
  dueAt as computeDueAt,
  nextWorkingMoment,
  workingTimeBetween,
} from '@motcua/calendar';
import {
  ActorV1,
  AssignmentStatus,
  CENTER_WIDE_ROLES,
  DOSSIER_ASSIGNED_V1,
  DOSSIER_HANDED_OVER_V1,
  DossierReceivedV1,
  DossierRoutingV1,
  DossierSupplementedV1,
  DossierWithdrawnV1,
  ProcessStatus,
  ProcessStepV1,
  RoutingEventKind,
  SupplementRule,
} from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../config';
import { CalendarService } from '../calendar/calendar.service';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { ProceduresService } from '../procedures/procedures.service';
import { ProcessesService } from '../processes/processes.service';
import { insertAssignment, insertHistoryLine, insertProcessInstance } from './assignment-rows';
import { AssignmentRulesService } from './assignment-rules.service';
import { Assignment } from './assignment.entity';
import { ProcessInstance } from './process-instance.entity';
import { RoutingHistory } from './routing-history.entity';
import { RoutingError, RoutingErrorCode } from './routing.errors';
import { toRoutingDto } from './routing-view';

/** A line of the history, as an action records it. */
export interface HistoryLine {
  readonly kind: RoutingEventKind;
  readonly at: Date;
  readonly fromUnitCode?: string | null;
  readonly toUnitCode?: string | null;
  readonly stepName?: string | null;
  readonly actor?: ActorV1 | null;
  readonly onTime?: boolean | null;
  readonly note?: string | null;
}

/** What starts a step: where it comes from (a unit hands it over) and who acts. */
export interface Activation {
  readonly step: ProcessStepV1;
  readonly at: Date;
  readonly fromUnitCode: string;
  readonly unitCode?: string;
  /** The officer to give it to; when absent, the unit's rule decides (round-robin, or nobody). */
  readonly officerId?: string | null;
  readonly actor?: ActorV1 | null;
  /** Whether the step being left was done in time (the hop's result on the control slip). */
  readonly onTime: boolean;
  readonly kind: RoutingEventKind;
  readonly note?: string | null;
}

@Injectable()
export class AssignmentsService {
  private readonly logger = new Logger(AssignmentsService.name);
  private readonly centerUnitCode: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly procedures: ProceduresService,
    private readonly processes: ProcessesService,
    private readonly calendar: CalendarService,
    private readonly rules: AssignmentRulesService,
    private readonly deadlines: DeadlinesService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.centerUnitCode = config.get('center', { infer: true }).unitCode;
  }

  get center(): string {
    return this.centerUnitCode;
  }

  /**
   * Starts a received dossier on the process in force for its procedure (or the default one-step process at
   * its deciding unit) and gives the first step to its unit. A dossier already started is left alone.
   */
  async startProcess(tx: EntityManager, dossier: DossierReceivedV1): Promise<void> {
    const procedure = await this.procedures.findVersion(
      tx,
      dossier.procedureCode,
      dossier.procedureVersionId,
    );
    const process = await this.processes.processInForce(
      tx,
      dossier.procedureCode,
      dossier.handlingUnitCode,
      procedure?.processingTime ?? null,
    );
    const instance = tx.create(ProcessInstance, {
      dossierId: dossier.dossierId,
      code: dossier.code,
      procedureCode: dossier.procedureCode,
      procedureName: dossier.procedureName,
      procedureVersionId: dossier.procedureVersionId ?? null,
      processVersionId: process.versionId,
      processVersion: process.version,
      steps: process.steps,
      receivingUnitCode: this.centerUnitCode,
      supplementRule: procedure?.supplementRule ?? SupplementRule.Restart,
      status: ProcessStatus.Processing,
      version: 1,
      channel: dossier.channel,
      receivedAt: new Date(dossier.receivedAt),
      dueAt: dossier.dueAt ? new Date(dossier.dueAt) : null,
      supplementCount: 0,
      supplementRequestedAt: null,
      supplementClosesAt: null,
      extendedAt: null,
      resultReference: null,
      outcome: null,
      timeliness: null,
      closedAt: null,
    });
    if (!(await insertProcessInstance(tx, instance))) return;
    const first = await this.activate(tx, instance, {
      step: process.steps[0],
      at: new Date(),
      fromUnitCode: this.centerUnitCode,
      onTime: true,
      kind: RoutingEventKind.Received,
    });
    await this.deadlines.startClock(tx, {
      dossierId: instance.dossierId,
      code: instance.code,
      procedureCode: instance.procedureCode,
      ...(procedure ? { sectorCode: procedure.sector } : {}),
      unitCode: first.unitCode,
      ...(first.officerId ? { officerId: first.officerId } : {}),
      channel: instance.channel,
      receivedAt: instance.receivedAt,
      dueAt: instance.dueAt,
    });
  }

  /**
   * Gives a step to its unit: a new assignment, a line of the history, `routing.dossier.assigned.v1` and,
   * when the dossier changes hands, `routing.dossier.handed-over.v1`.
   */
  async activate(tx: EntityManager, instance: ProcessInstance, activation: Activation): Promise<Assignment> {
    const { step, at } = activation;
    const unitCode = activation.unitCode ?? step.unitCode;
    // The step received from the Center is the dossier's first.
    const [{ last }]: { last: number }[] =
      activation.kind === RoutingEventKind.Received
        ? [{ last: 0 }]
        : await tx.query(
            `SELECT coalesce(max(step_number), 0)::int AS last FROM routing.assignments WHERE dossier_id = $1`,
            [instance.dossierId],
          );
    const assignment = tx.create(Assignment, {
      id: uuidv7(),
      dossierId: instance.dossierId,
      dossierCode: instance.code,
      stepNumber: last + 1,
      stepKey: step.key,
      stepName: step.name,
      role: step.role,
      unitCode,
      officerId:
        activation.officerId === undefined
          ? await this.rules.nextOfficer(tx, unitCode)
          : activation.officerId,
      status: AssignmentStatus.Active,
      assignedAt: at,
      dueAt: computeDueAt(await this.calendar.getCalendar(), at, step.duration),
      completedAt: null,
    });
    await insertAssignment(tx, assignment);
    if (activation.kind !== RoutingEventKind.Received) {
      await this.deadlines.moveClock(tx, instance.dossierId, {
        unitCode,
        ...(assignment.officerId ? { officerId: assignment.officerId } : {}),
      });
    }
    await this.record(tx, instance.dossierId, {
      kind: activation.kind,
      at,
      fromUnitCode: activation.fromUnitCode,
      toUnitCode: unitCode,
      stepName: step.name,
      actor: activation.actor,
      onTime: activation.onTime,
      note: activation.note,
    });
    await this.outbox.publish(tx, DOSSIER_ASSIGNED_V1, {
      dossierId: instance.dossierId,
      code: instance.code,
      assignmentId: assignment.id,
      unitCode,
      ...(assignment.officerId ? { officerId: assignment.officerId } : {}),
      stepName: step.name,
      assignedAt: at.toISOString(),
    });
    if (activation.fromUnitCode !== unitCode) {
      await this.outbox.publish(tx, DOSSIER_HANDED_OVER_V1, {
        dossierId: instance.dossierId,
        code: instance.code,
        fromUnitCode: activation.fromUnitCode,
        toUnitCode: unitCode,
        stepName: step.name,
        handedOverAt: at.toISOString(),
        onTime: activation.onTime,
        ...(activation.actor ? { actorId: activation.actor.id } : {}),
      });
    }
    return assignment;
  }

  /** Appends a line to the dossier's history. */
  async record(tx: EntityManager, dossierId: string, line: HistoryLine): Promise<void> {
    await insertHistoryLine(tx, {
      id: uuidv7(),
      dossierId,
      kind: line.kind,
      at: line.at,
      fromUnitCode: line.fromUnitCode ?? null,
      toUnitCode: line.toUnitCode ?? null,
      stepName: line.stepName ?? null,
      actorId: line.actor?.id ?? null,
      actorName: line.actor ? (line.actor.displayName ?? line.actor.name) : null,
      onTime: line.onTime ?? null,
      note: line.note ?? null,
    });
  }

  /** Ends every step still open (stop, withdrawal). */
  async cancelOpenSteps(tx: EntityManager, dossierId: string, at: Date): Promise<void> {
    await tx.update(
      Assignment,
      { dossierId, status: AssignmentStatus.Active },
      { status: AssignmentStatus.Cancelled, completedAt: at },
    );
  }

  /** The applicant withdrew: processing ends where it is. */
  async withdraw(tx: EntityManager, event: DossierWithdrawnV1): Promise<void> {
    const instance = await this.lockStartedInstance(tx, event.dossierId);
    if (!isOpen(instance.status)) return;
    const at = new Date(event.withdrawnAt);
    instance.status = ProcessStatus.Withdrawn;
    instance.closedAt = at;
    instance.version += 1;
    await tx.save(instance);
    await this.cancelOpenSteps(tx, instance.dossierId, at);
    await this.deadlines.stopClock(tx, instance.dossierId, at);
    await this.record(tx, instance.dossierId, {
      kind: RoutingEventKind.Withdrawn,
      at,
      fromUnitCode: event.handlingUnitCode,
      note: event.reason,
    });
  }

  /**
   * The supplement arrived: processing goes on with a new appointment, from zero (Decree 118/2025, the
   * default) or with the time that was left when it was asked for (pause), per the procedure version.
   */
  async resumeAfterSupplement(tx: EntityManager, event: DossierSupplementedV1): Promise<void> {
    const instance = await this.lockStartedInstance(tx, event.dossierId);
    if (instance.status !== ProcessStatus.SupplementRequested) {
      this.logger.debug(`supplement of ${instance.code} arrived while ${instance.status}: nothing to resume`);
      return;
    }
    const at = new Date(event.supplementedAt);
    instance.dueAt = await this.dueAfterSupplement(tx, instance, at);
    instance.status = ProcessStatus.Processing;
    instance.version += 1;
    await tx.save(instance);
    if (instance.dueAt)
      await this.deadlines.resumeClock(tx, instance.dossierId, { at, dueAt: instance.dueAt });
    await this.record(tx, instance.dossierId, {
      kind: RoutingEventKind.Supplemented,
      at,
      toUnitCode: event.handlingUnitCode,
      note:
        instance.supplementRule === SupplementRule.Restart
          ? 'Thời hạn giải quyết tính lại từ đầu'
          : 'Thời hạn giải quyết tiếp tục tính',
    });
  }

  private async dueAfterSupplement(
    tx: EntityManager,
    instance: ProcessInstance,
    at: Date,
  ): Promise<Date | null> {
    const { dueAt } = instance;
    const calendar = await this.calendar.getCalendar();
    if (instance.supplementRule === SupplementRule.Pause) {
      if (!dueAt || !instance.supplementRequestedAt) return dueAt;
      const leftHours = Math.max(0, workingTimeBetween(calendar, instance.supplementRequestedAt, dueAt));
      return addWorkingHours(calendar, nextWorkingMoment(calendar, at), leftHours);
    }
    const procedure = await this.procedures.findVersion(
      tx,
      instance.procedureCode,
      instance.procedureVersionId ?? undefined,
    );
    if (procedure) {
      const { amount, unit, sameDayCutoff } = procedure.processingTime;
      return computeDueAt(calendar, at, { amount, unit, cutoff: sameDayCutoff ?? null });
    }
    // Without routing's copy of the procedure the full limit is the working time first promised.
    if (!dueAt) return null;
    const fullHours = workingTimeBetween(calendar, instance.receivedAt, dueAt);
    return addWorkingHours(calendar, nextWorkingMoment(calendar, at), fullHours);
  }

  /**
   * The instance an intake event is about, locked. An event that overtook the reception (replicas consume
   * concurrently) fails here with a transient error and is retried until the process exists.
   */
  private async lockStartedInstance(tx: EntityManager, dossierId: string): Promise<ProcessInstance> {
    const instance = await tx.findOne(ProcessInstance, {
      where: { dossierId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!instance) throw new Error(`the process of dossier ${dossierId} has not started yet`);
    return instance;
  }

  /** The instance an action is about, locked for the caller's transaction. */
  async lockInstance(tx: EntityManager, dossierId: string): Promise<ProcessInstance> {
    const instance = await tx.findOne(ProcessInstance, {
      where: { dossierId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!instance) {
      throw new RoutingError(RoutingErrorCode.NotFound, 'Hồ sơ chưa được chuyển vào quy trình xử lý', {
        dossierId,
      });
    }
    return instance;
  }

  /** Routing's view of a dossier; with an actor, only for one whose unit has held it or Center-wide staff. */
  async getRouting(dossierId: string, actor?: ActorV1): Promise<DossierRoutingV1> {
    return this.view(this.dataSource.manager, dossierId, actor);
  }

  async view(manager: EntityManager, dossierId: string, actor?: ActorV1): Promise<DossierRoutingV1> {
    const [instance, assignments, history] = await Promise.all([
      manager.findOneBy(ProcessInstance, { dossierId }),
      manager.find(Assignment, { where: { dossierId }, order: { stepNumber: 'ASC' } }),
      manager.find(RoutingHistory, { where: { dossierId }, order: { at: 'ASC', id: 'ASC' } }),
    ]);
    if (actor && !canSeeRouting(actor, assignments)) {
      throw new RoutingError(
        RoutingErrorCode.UnitForbidden,
        'Hồ sơ thuộc đơn vị khác, bạn không được phép xem hoặc xử lý',
      );
    }
    return toRoutingDto(dossierId, instance, assignments, history);
  }

  /** Active steps of a dossier. */
  openSteps(tx: EntityManager, dossierId: string): Promise<Assignment[]> {
    return tx.find(Assignment, {
      where: { dossierId, status: AssignmentStatus.Active },
      order: { stepNumber: 'ASC' },
    });
  }
}

/** Whether a dossier can still be acted on. */
export function isOpen(status: ProcessStatus): boolean {
  return status === ProcessStatus.Processing || status === ProcessStatus.SupplementRequested;
}

/** Center-wide staff see every dossier; a unit sees those it has held. */
export function canSeeRouting(actor: ActorV1, assignments: readonly Assignment[]): boolean {
  if (actor.kind === 'user' && actor.roles.some((role) => CENTER_WIDE_ROLES.includes(role))) return true;
  return actor.unitCode !== undefined && assignments.some((a) => a.unitCode === actor.unitCode);
}
