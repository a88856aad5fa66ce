import { AssignmentV1, DossierRoutingV1, RoutingHistoryEntryV1 } from '@motcua/contracts';
import { Assignment } from './assignment.entity';
import { ProcessInstance } from './process-instance.entity';
import { RoutingHistory } from './routing-history.entity';

export function toAssignmentDto(a: Assignment): AssignmentV1 {
  return {
    id: a.id,
    unitCode: a.unitCode,
    officerId: a.officerId,
    stepName: a.stepName,
    assignedAt: a.assignedAt.toISOString(),
    ...(a.stepKey ? { stepKey: a.stepKey } : {}),
    status: a.status,
    ...(a.dueAt ? { dueAt: a.dueAt.toISOString() } : {}),
    ...(a.completedAt ? { completedAt: a.completedAt.toISOString() } : {}),
  };
}

export function toHistoryDto(h: RoutingHistory): RoutingHistoryEntryV1 {
  return {
    kind: h.kind,
    at: h.at.toISOString(),
    ...(h.fromUnitCode ? { fromUnitCode: h.fromUnitCode } : {}),
    ...(h.toUnitCode ? { toUnitCode: h.toUnitCode } : {}),
    ...(h.stepName ? { stepName: h.stepName } : {}),
    ...(h.actorId ? { actorId: h.actorId } : {}),
    ...(h.actorName ? { actorName: h.actorName } : {}),
    ...(h.onTime === null ? {} : { onTime: h.onTime }),
    ...(h.note ? { note: h.note } : {}),
  };
}

/** Routing's view of a dossier: the instance (when it started), its steps and its history. */
export function toRoutingDto(
  dossierId: string,
  instance: ProcessInstance | null,
  assignments: Assignment[],
  history: RoutingHistory[],
): DossierRoutingV1 {
  const base = { dossierId, assignments: assignments.map(toAssignmentDto) };
  if (!instance) return base;
  const iso = (at: Date | null) => at?.toISOString();
  const optional = {
    processVersion: instance.processVersion ?? undefined,
    dueAt: iso(instance.dueAt),
    supplementRequestedAt: iso(instance.supplementRequestedAt),
    supplementClosesAt: iso(instance.supplementClosesAt),
    extendedAt: iso(instance.extendedAt),
    resultReference: instance.resultReference ?? undefined,
    outcome: instance.outcome ?? undefined,
    timeliness: instance.timeliness ?? undefined,
  };
  return {
    ...base,
    code: instance.code,
    status: instance.status,
    version: instance.version,
    isDefaultProcess: instance.processVersionId === null,
    receivedAt: instance.receivedAt.toISOString(),
    ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined)),
    history: history.map(toHistoryDto),
  };
}
