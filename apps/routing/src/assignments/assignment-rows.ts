import type { EntityManager } from 'typeorm';
import type { Assignment } from './assignment.entity';
import type { ProcessInstance } from './process-instance.entity';
import type { RoutingHistory } from './routing-history.entity';

// Plain SQL for the rows every received dossier writes: TypeORM's insert builder cost more CPU than the
// statements themselves. The entities and migrations stay the description of these tables.

/** Inserts the instance unless the dossier already has one; true when it was inserted. */
export async function insertProcessInstance(tx: EntityManager, instance: ProcessInstance): Promise<boolean> {
  const inserted: unknown[] = await tx.query(
    `INSERT INTO routing.process_instances (dossier_id, code, procedure_code, procedure_name,
       procedure_version_id, process_version_id, process_version, steps, receiving_unit_code, supplement_rule,
       status, version, channel, received_at, due_at, supplement_count, supplement_requested_at,
       supplement_closes_at, extended_at, result_reference, outcome, timeliness, closed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
       $22, $23)
     ON CONFLICT (dossier_id) DO NOTHING RETURNING dossier_id`,
    [
      instance.dossierId,
      instance.code,
      instance.procedureCode,
      instance.procedureName,
      instance.procedureVersionId,
      instance.processVersionId,
      instance.processVersion,
      JSON.stringify(instance.steps),
      instance.receivingUnitCode,
      instance.supplementRule,
      instance.status,
      instance.version,
      instance.channel,
      instance.receivedAt,
      instance.dueAt,
      instance.supplementCount,
      instance.supplementRequestedAt,
      instance.supplementClosesAt,
      instance.extendedAt,
      instance.resultReference,
      instance.outcome,
      instance.timeliness,
      instance.closedAt,
    ],
  );
  return inserted.length > 0;
}

export async function insertAssignment(tx: EntityManager, assignment: Assignment): Promise<void> {
  await tx.query(
    `INSERT INTO routing.assignments (id, dossier_id, dossier_code, step_number, step_key, step_name, role,
       unit_code, officer_id, status, assigned_at, due_at, completed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      assignment.id,
      assignment.dossierId,
      assignment.dossierCode,
      assignment.stepNumber,
      assignment.stepKey,
      assignment.stepName,
      assignment.role,
      assignment.unitCode,
      assignment.officerId,
      assignment.status,
      assignment.assignedAt,
      assignment.dueAt,
      assignment.completedAt,
    ],
  );
}

export async function insertHistoryLine(tx: EntityManager, line: RoutingHistory): Promise<void> {
  await tx.query(
    `INSERT INTO routing.routing_history (id, dossier_id, kind, at, from_unit_code, to_unit_code, step_name,
       actor_id, actor_name, on_time, note)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      line.id,
      line.dossierId,
      line.kind,
      line.at,
      line.fromUnitCode,
      line.toUnitCode,
      line.stepName,
      line.actorId,
      line.actorName,
      line.onTime,
      line.note,
    ],
  );
}
