import { Injectable } from '@nestjs/common';
import { workingTimeBetween } from '@motcua/calendar';
import {
  ActorV1,
  AssignmentStatus,
  DOSSIER_ASSIGNED_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
  DossierAction,
  DossierActionV1,
  DossierRoutingV1,
  PROCESS_STATUS_LABELS,
  ProcessStatus,
  ProcessStepV1,
  ResolutionOutcome,
  Timeliness,
  Role,
  RoutingEventKind,
  StopCause,
} from '@motcua/contracts';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { DeadlinesService } from '../deadlines/deadlines.service';
import { WORKING_DAY_HOURS, predecessorsOf } from '../processes/process-rules';
import { Assignment } from './assignment.entity';
import { AssignmentsService, isOpen } from './assignments.service';
import { ProcessInstance } from './process-instance.entity';
import { RoutingError, RoutingErrorCode } from './routing.errors';

/** Decree 118/2025 Art. 19.5: a dossier left without its supplement for 15 days is closed. */
export const SUPPLEMENT_WINDOW_MS = 15 * 24 * 60 * 60 * 1000;

const ACTION_LABELS: Record<DossierAction, string> = {
  [DossierAction.Claim]: 'nhận xử lý',
  [DossierAction.Assign]: 'giao cán bộ',
  [DossierAction.Forward]: 'chuyển bước tiếp theo',
  [DossierAction.Return]: 'trả lại bước trước',
  [DossierAction.RequestSupplement]: 'yêu cầu bổ sung',
  [DossierAction.AttachResult]: 'cập nhật kết quả',
  [DossierAction.Resolve]: 'hoàn thành giải quyết',
  [DossierAction.Stop]: 'dừng xử lý',
  [DossierAction.Extend]: 'gia hạn',
};

// Actions a unit lead alone may take.
const LEAD_ONLY: readonly DossierAction[] = [DossierAction.Assign, DossierAction.Extend];

// Actions possible while the dossier waits for the applicant's supplement.
const WHILE_AWAITING_SUPPLEMENT: readonly DossierAction[] = [
  DossierAction.Assign,
  DossierAction.AttachResult,
  DossierAction.Stop,
  DossierAction.Extend,
];

interface Context {
  readonly tx: EntityManager;
  readonly instance: ProcessInstance;
  readonly current: Assignment;
  readonly step: ProcessStepV1;
  readonly command: DossierActionV1;
  readonly now: Date;
}

/**
 * The actions of officers, unit leads and department systems on a dossier. Each checks the actor's unit
 * (403), the version the actor saw (409), the dossier's state and the actor's role, then changes the
 * dossier, appends to its history and announces what happened, in one transaction.
 */
@Injectable()
export class ActionsService {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    private readonly calendar: CalendarService,
    private readonly deadlines: DeadlinesService,
  ) {}

  act(command: DossierActionV1): Promise<DossierRoutingV1> {
    const { idempotencyKey, ...content } = command;
    return this.idempotency.run('dossier.act', idempotencyKey, content, async (tx) => {
      const instance = await this.assignments.lockInstance(tx, command.dossierId);
      if (!isOpen(instance.status)) throw wrongStatus(instance, command.action);
      const current = await this.currentStep(tx, instance, command);
      if (instance.version !== command.expectedVersion) {
        throw new RoutingError(
          RoutingErrorCode.StaleVersion,
          `Hồ sơ ${instance.code} vừa được người khác xử lý (phiên bản ${instance.version}), vui lòng tải lại`,
          { version: instance.version, expectedVersion: command.expectedVersion },
        );
      }
      if (command.action === DossierAction.RequestSupplement) checkFirstSupplement(instance);
      checkStatus(instance, command.action);
      const step = instance.steps.find((s) => s.key === current.stepKey) ?? instance.steps[0];
      checkRole(command.actor, step, command.action);
      instance.version += 1;
      const context: Context = { tx, instance, current, step, command, now: new Date() };
      await this.perform(context);
      await tx.save(instance);
      return this.assignments.view(tx, instance.dossierId);
    });
  }

  private perform(context: Context): Promise<void> {
    switch (context.command.action) {
      case DossierAction.Claim:
        return this.claim(context);
      case DossierAction.Assign:
        return this.assign(context);
      case DossierAction.Forward:
        return this.forward(context);
      case DossierAction.Return:
        return this.returnToPrevious(context);
      case DossierAction.RequestSupplement:
        return this.requestSupplement(context);
      case DossierAction.AttachResult:
        return this.attachResult(context);
      case DossierAction.Resolve:
        return this.resolve(context);
      case DossierAction.Stop:
        return this.stop(context);
      case DossierAction.Extend:
        return this.extend(context);
      default: {
        const unknown: never = context.command.action;
        throw new Error(`unknown action ${String(unknown)}`);
      }
    }
  }

  // The step the actor's unit holds: the one named, or the only one it has.
  private async currentStep(
    tx: EntityManager,
    instance: ProcessInstance,
    command: DossierActionV1,
  ): Promise<Assignment> {
    const open = await this.assignments.openSteps(tx, instance.dossierId);
    const mine = open.filter((a) => a.unitCode === command.actor.unitCode);
    if (mine.length === 0) {
      throw new RoutingError(
        RoutingErrorCode.UnitForbidden,
        `Hồ sơ ${instance.code} không ở đơn vị của bạn, bạn không được phép xử lý`,
        { unitCodes: open.map((a) => a.unitCode) },
      );
    }
    if (command.assignmentId) {
      const named = mine.find((a) => a.id === command.assignmentId);
      if (!named) {
        throw new RoutingError(
          RoutingErrorCode.UnitForbidden,
          'Bước này không thuộc đơn vị của bạn hoặc đã kết thúc',
          { assignmentId: command.assignmentId },
        );
      }
      return named;
    }
    if (mine.length > 1) {
      throw new RoutingError(
        RoutingErrorCode.StepAmbiguous,
        'Đơn vị đang giữ nhiều bước của hồ sơ này, hãy chọn bước cần xử lý',
        [{ field: 'assignmentId', constraint: 'isDefined', message: 'Bước đang xử lý là bắt buộc' }],
      );
    }
    return mine[0];
  }

  private async claim({ tx, instance, current, command, now }: Context): Promise<void> {
    if (current.officerId && current.officerId !== command.actor.id) {
      throw new RoutingError(
        RoutingErrorCode.AlreadyClaimed,
        `Bước "${current.stepName}" của hồ sơ ${instance.code} đã có cán bộ khác nhận xử lý`,
      );
    }
    current.officerId = command.actor.id;
    await tx.save(current);
    await this.assignments.record(tx, instance.dossierId, {
      kind: RoutingEventKind.Claimed,
      at: now,
      toUnitCode: current.unitCode,
      stepName: current.stepName,
      actor: command.actor,
    });
  }

  private async assign({ tx, instance, current, command, now }: Context): Promise<void> {
    current.officerId = command.officerId as string;
    await tx.save(current);
    await this.deadlines.moveClock(tx, instance.dossierId, {
      unitCode: current.unitCode,
      officerId: current.officerId,
    });
    await this.assignments.record(tx, instance.dossierId, {
      kind: RoutingEventKind.Assigned,
      at: now,
      toUnitCode: current.unitCode,
      stepName: current.stepName,
      actor: command.actor,
      note: command.note,
    });
    await this.outbox.publish(tx, DOSSIER_ASSIGNED_V1, {
      dossierId: instance.dossierId,
      code: instance.code,
      assignmentId: current.id,
      unitCode: current.unitCode,
      officerId: current.officerId,
      stepName: current.stepName,
      assignedAt: now.toISOString(),
    });
  }

  private async forward(context: Context): Promise<void> {
    const { tx, instance, current, step, command, now } = context;
    const onTime = await this.complete(tx, current, AssignmentStatus.Done, now);
    if (command.toUnitCode) {
      await this.assignments.activate(tx, instance, {
        step,
        at: now,
        fromUnitCode: current.unitCode,
        unitCode: command.toUnitCode,
        actor: command.actor,
        onTime,
        kind: RoutingEventKind.Forwarded,
        note: command.note,
      });
      return;
    }
    const targets = this.nextSteps(instance, step, command.toStepKey);
    const open = await this.assignments.openSteps(tx, instance.dossierId);
    for (const next of targets) {
      const waitingFor = predecessorsOf(instance.steps, next.key).filter((key) =>
        open.some((a) => a.stepKey === key),
      );
      if (waitingFor.length > 0 || open.some((a) => a.stepKey === next.key)) {
        await this.assignments.record(tx, instance.dossierId, {
          kind: RoutingEventKind.Forwarded,
          at: now,
          fromUnitCode: current.unitCode,
          stepName: current.stepName,
          actor: command.actor,
          onTime,
          note: `Chờ các bước song song hoàn thành trước bước "${next.name}"`,
        });
        continue;
      }
      await this.assignments.activate(tx, instance, {
        step: next,
        at: now,
        fromUnitCode: current.unitCode,
        actor: command.actor,
        onTime,
        kind: RoutingEventKind.Forwarded,
        note: command.note,
      });
    }
  }

  private nextSteps(instance: ProcessInstance, step: ProcessStepV1, toStepKey?: string): ProcessStepV1[] {
    if (step.next.length === 0) {
      throw new RoutingError(
        RoutingErrorCode.NoNextStep,
        `"${step.name}" là bước cuối của quy trình: hãy hoàn thành giải quyết hồ sơ ${instance.code}`,
      );
    }
    if (toStepKey && !step.next.includes(toStepKey)) {
      throw new RoutingError(
        RoutingErrorCode.NotNextStep,
        `Bước "${toStepKey}" không phải bước tiếp theo của "${step.name}"`,
        [{ field: 'toStepKey', constraint: 'isNextStep', message: 'Bước chuyển đến không hợp lệ' }],
      );
    }
    const keys = toStepKey ? [toStepKey] : step.next;
    return keys.map((key) => instance.steps.find((s) => s.key === key) as ProcessStepV1);
  }

  private async returnToPrevious({ tx, instance, current, step, command, now }: Context): Promise<void> {
    const predecessors = predecessorsOf(instance.steps, step.key);
    const [previous] =
      predecessors.length === 0
        ? []
        : await tx.find(Assignment, {
            where: predecessors.map((key) => ({
              dossierId: instance.dossierId,
              stepKey: key,
              status: AssignmentStatus.Done,
            })),
            order: { stepNumber: 'DESC' },
            take: 1,
          });
    if (!previous) {
      throw new RoutingError(
        RoutingErrorCode.NoPreviousStep,
        `"${step.name}" là bước đầu của quy trình, không có bước trước để trả lại`,
      );
    }
    const onTime = await this.complete(tx, current, AssignmentStatus.Returned, now);
    const previousStep = instance.steps.find((s) => s.key === previous.stepKey) as ProcessStepV1;
    await this.assignments.activate(tx, instance, {
      step: previousStep,
      at: now,
      fromUnitCode: current.unitCode,
      unitCode: previous.unitCode,
      officerId: previous.officerId,
      actor: command.actor,
      onTime,
      kind: RoutingEventKind.Returned,
      note: command.reason,
    });
  }

  private async requestSupplement({ tx, instance, current, command, now }: Context): Promise<void> {
    const closesAt = new Date(now.getTime() + SUPPLEMENT_WINDOW_MS);
    instance.status = ProcessStatus.SupplementRequested;
    instance.supplementCount += 1;
    instance.supplementRequestedAt = now;
    instance.supplementClosesAt = closesAt;
    await this.deadlines.pauseClock(tx, instance.dossierId, now);
    await this.assignments.record(tx, instance.dossierId, {
      kind: RoutingEventKind.SupplementRequested,
      at: now,
      fromUnitCode: current.unitCode,
      stepName: current.stepName,
      actor: command.actor,
      note: command.reason,
    });
    await this.outbox.publish(tx, DOSSIER_SUPPLEMENT_REQUESTED_V1, {
      dossierId: instance.dossierId,
      code: instance.code,
      unitCode: current.unitCode,
      reason: command.reason as string,
      documents: command.documents as string[],
      requestedAt: now.toISOString(),
      closesAt: closesAt.toISOString(),
      actorId: command.actor.id,
    });
  }

  private async attachResult({ tx, instance, current, command, now }: Context): Promise<void> {
    instance.resultReference = command.resultReference as string;
    await this.assignments.record(tx, instance.dossierId, {
      kind: RoutingEventKind.ResultAttached,
      at: now,
      toUnitCode: current.unitCode,
      stepName: current.stepName,
      actor: command.actor,
      note: command.resultReference,
    });
  }

  private async resolve({ tx, instance, current, step, command, now }: Context): Promise<void> {
    const open = await this.assignments.openSteps(tx, instance.dossierId);
    if (step.next.length > 0 || open.length > 1) {
      throw new RoutingError(
        RoutingErrorCode.NotFinalStep,
        `Hồ sơ ${instance.code} chưa đến bước quyết định cuối cùng, chưa hoàn thành được`,
      );
    }
    const outcome = command.outcome as ResolutionOutcome;
    const onTime = await this.complete(tx, current, AssignmentStatus.Done, now);
    const timeliness = await this.deadlines.resolveClock(tx, instance.dossierId, {
      resolvedAt: now,
      confirmedAt: now,
    });
    instance.status = ProcessStatus.Resolved;
    instance.outcome = outcome;
    instance.resultReference = command.resultReference ?? instance.resultReference;
    instance.timeliness = timeliness;
    instance.closedAt = now;
    await this.assignments.record(tx, instance.dossierId, {
      kind: RoutingEventKind.Resolved,
      at: now,
      fromUnitCode: current.unitCode,
      toUnitCode: instance.receivingUnitCode,
      stepName: current.stepName,
      actor: command.actor,
      onTime,
      note: [outcome === ResolutionOutcome.Approved ? 'Giải quyết' : 'Từ chối', instance.resultReference]
        .filter(Boolean)
        .join(': '),
    });
    await this.outbox.publish(tx, DOSSIER_RESOLVED_V1, {
      dossierId: instance.dossierId,
      code: instance.code,
      unitCode: current.unitCode,
      outcome,
      ...(instance.resultReference ? { resultReference: instance.resultReference } : {}),
      resolvedAt: now.toISOString(),
      confirmedAt: now.toISOString(),
      timeliness,
      paperResult: command.paperResult ?? true,
      actorId: command.actor.id,
    });
  }

  private async stop({ tx, instance, current, command, now }: Context): Promise<void> {
    instance.status = ProcessStatus.Stopped;
    instance.closedAt = now;
    await this.assignments.cancelOpenSteps(tx, instance.dossierId, now);
    await this.deadlines.stopClock(tx, instance.dossierId, now);
    await this.assignments.record(tx, instance.dossierId, {
      kind: RoutingEventKind.Stopped,
      at: now,
      fromUnitCode: current.unitCode,
      stepName: current.stepName,
      actor: command.actor,
      note: command.reason,
    });
    await this.outbox.publish(tx, DOSSIER_STOPPED_V1, {
      dossierId: instance.dossierId,
      code: instance.code,
      unitCode: current.unitCode,
      cause: StopCause.Decision,
      reason: command.reason as string,
      stoppedAt: now.toISOString(),
      actorId: command.actor.id,
    });
  }

  // Form 04: at least one working day before the deadline, once, with the reason and a later date.
  private async extend({ tx, instance, current, command, now }: Context): Promise<void> {
    if (instance.extendedAt) {
      throw new RoutingError(
        RoutingErrorCode.AlreadyExtended,
        `Hồ sơ ${instance.code} đã được gia hạn một lần; ngày hẹn trả chỉ được hẹn lại một lần`,
      );
    }
    const previousDueAt = instance.dueAt;
    if (!previousDueAt) {
      throw new RoutingError(RoutingErrorCode.WrongStatus, `Hồ sơ ${instance.code} không có ngày hẹn trả`);
    }
    const hoursLeft = workingTimeBetween(await this.calendar.getCalendar(), now, previousDueAt);
    if (hoursLeft < WORKING_DAY_HOURS) {
      throw new RoutingError(
        RoutingErrorCode.ExtensionTooLate,
        `Phải đề nghị gia hạn chậm nhất 01 ngày làm việc trước hạn trả kết quả; hồ sơ ${instance.code} chỉ còn ${Math.max(0, Math.round(hoursLeft * 10) / 10)} giờ làm việc`,
        { dueAt: previousDueAt.toISOString() },
      );
    }
    const newDueAt = new Date(command.newDueAt as string);
    if (newDueAt.getTime() <= previousDueAt.getTime()) {
      throw new RoutingError(
        RoutingErrorCode.ExtensionNotLater,
        'Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại',
        [
          {
            field: 'newDueAt',
            constraint: 'isLater',
            message: 'Ngày hẹn trả mới phải sau ngày hẹn trả hiện tại',
          },
        ],
      );
    }
    instance.dueAt = newDueAt;
    instance.extendedAt = now;
    await this.deadlines.extendClock(tx, instance.dossierId, newDueAt);
    await this.assignments.record(tx, instance.dossierId, {
      kind: RoutingEventKind.Extended,
      at: now,
      toUnitCode: current.unitCode,
      stepName: current.stepName,
      actor: command.actor,
      note: command.reason,
    });
    await this.outbox.publish(tx, DOSSIER_EXTENDED_V1, {
      dossierId: instance.dossierId,
      code: instance.code,
      unitCode: current.unitCode,
      reason: command.reason as string,
      previousDueAt: previousDueAt.toISOString(),
      newDueAt: newDueAt.toISOString(),
      extendedAt: now.toISOString(),
      actorId: command.actor.id,
    });
  }

  // Closes a step and says whether it was done within its own time limit.
  /**
   * A confirmation that the work is done — one click, a bulk confirmation, or an earlier actual time recorded by
   * a unit lead: the process closes as resolved from whichever steps hold it, the clock classifies the
   * resolution, and the history says so. The caller announces it.
   */
  async closeAsResolved(
    tx: EntityManager,
    dossierId: string,
    resolution: {
      outcome: ResolutionOutcome;
      resultReference?: string;
      resolvedAt: Date;
      confirmedAt: Date;
      actor: ActorV1;
    },
  ): Promise<Timeliness> {
    const instance = await this.assignments.lockInstance(tx, dossierId);
    if (!isOpen(instance.status)) throw wrongStatus(instance, DossierAction.Resolve);
    const open = await this.assignments.openSteps(tx, dossierId);
    let onTime = true;
    for (const step of open)
      onTime = (await this.complete(tx, step, AssignmentStatus.Done, resolution.resolvedAt)) && onTime;
    const timeliness = await this.deadlines.resolveClock(tx, dossierId, {
      resolvedAt: resolution.resolvedAt,
      confirmedAt: resolution.confirmedAt,
    });
    instance.status = ProcessStatus.Resolved;
    instance.outcome = resolution.outcome;
    instance.resultReference = resolution.resultReference ?? instance.resultReference;
    instance.timeliness = timeliness;
    instance.closedAt = resolution.confirmedAt;
    instance.version += 1;
    await tx.save(instance);
    const last = open.at(-1);
    await this.assignments.record(tx, dossierId, {
      kind: RoutingEventKind.Resolved,
      at: resolution.resolvedAt,
      ...(last ? { fromUnitCode: last.unitCode, stepName: last.stepName } : {}),
      toUnitCode: instance.receivingUnitCode,
      actor: resolution.actor,
      onTime,
      note: ['Xác nhận đã xử lý xong', instance.resultReference].filter(Boolean).join(': '),
    });
    return timeliness;
  }

  private async complete(
    tx: EntityManager,
    assignment: Assignment,
    status: AssignmentStatus,
    at: Date,
  ): Promise<boolean> {
    assignment.status = status;
    assignment.completedAt = at;
    await tx.save(assignment);
    return !assignment.dueAt || at.getTime() <= assignment.dueAt.getTime();
  }
}

// More than one supplement request counts the dossier late (QĐ 766 §2.1): the second one is refused.
function checkFirstSupplement(instance: ProcessInstance): void {
  if (instance.supplementCount > 0) {
    throw new RoutingError(
      RoutingErrorCode.SupplementAlreadyRequested,
      `Hồ sơ ${instance.code} đã được yêu cầu bổ sung một lần; chỉ được yêu cầu bổ sung một lần trong quá trình giải quyết`,
    );
  }
}

function checkStatus(instance: ProcessInstance, action: DossierAction): void {
  const allowed =
    instance.status === ProcessStatus.Processing ||
    (instance.status === ProcessStatus.SupplementRequested && WHILE_AWAITING_SUPPLEMENT.includes(action));
  if (!allowed) throw wrongStatus(instance, action);
}

function wrongStatus(instance: ProcessInstance, action: DossierAction): RoutingError {
  return new RoutingError(
    RoutingErrorCode.WrongStatus,
    `Hồ sơ ${instance.code} đang ở trạng thái "${PROCESS_STATUS_LABELS[instance.status]}", không thể ${ACTION_LABELS[action]}`,
    { status: instance.status },
  );
}

function checkRole(actor: ActorV1, step: ProcessStepV1, action: DossierAction): void {
  const isLead = actor.roles.includes(Role.UnitLead);
  const required = LEAD_ONLY.includes(action) ? Role.UnitLead : step.role;
  if (isLead || actor.roles.includes(required)) return;
  throw new RoutingError(
    RoutingErrorCode.RoleForbidden,
    `Chỉ ${required === Role.UnitLead ? 'lãnh đạo đơn vị' : 'chuyên viên xử lý'} được ${ACTION_LABELS[action]} ở bước "${step.name}"`,
    { required },
  );
}
