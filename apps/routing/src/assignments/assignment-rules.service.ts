import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ActorV1,
  AssignmentRuleKind,
  AssignmentRuleV1,
  GetAssignmentRuleV1,
  Role,
  SetAssignmentRuleV1,
} from '@motcua/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AssignmentRule } from './assignment-rule.entity';
import { RoutingError, RoutingErrorCode } from './routing.errors';

/** Units' rules for giving new steps to officers. */
@Injectable()
export class AssignmentRulesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Sets a unit's rule: an admin for any unit, a unit lead for their own. */
  async setRule(command: SetAssignmentRuleV1): Promise<AssignmentRuleV1> {
    const { actor } = command;
    assertMayManage(actor, command.unitCode);
    const officerIds = command.rule === AssignmentRuleKind.RoundRobin ? [...new Set(command.officerIds)] : [];
    await this.dataSource.getRepository(AssignmentRule).upsert(
      {
        unitCode: command.unitCode,
        rule: command.rule,
        officerIds,
        nextIndex: 0,
        updatedAt: new Date(),
        updatedBy: actor.id,
      },
      ['unitCode'],
    );
    return { unitCode: command.unitCode, rule: command.rule, officerIds };
  }

  /** A unit's rule as set, or `none` for a unit nobody gave one. */
  async getRule(query: GetAssignmentRuleV1): Promise<AssignmentRuleV1> {
    assertMayManage(query.actor, query.unitCode);
    const saved = await this.dataSource.getRepository(AssignmentRule).findOneBy({ unitCode: query.unitCode });
    return saved
      ? { unitCode: saved.unitCode, rule: saved.rule, officerIds: saved.officerIds }
      : { unitCode: query.unitCode, rule: AssignmentRuleKind.None, officerIds: [] };
  }

  /**
   * The officer whose turn it is at a unit with a round-robin rule, moving the turn on in the caller's
   * transaction (the row lock keeps two dossiers arriving at once from getting the same officer); null when
   * the unit has no rule.
   */
  async nextOfficer(tx: EntityManager, unitCode: string): Promise<string | null> {
    // An UPDATE answers [rows, count].
    const [rows]: [{ officer_id: string | null }[], number] = await tx.query(
      `UPDATE routing.assignment_rules
          SET next_index = (next_index + 1) % cardinality(officer_ids)
        WHERE unit_code = $1 AND rule = $2 AND cardinality(officer_ids) > 0
        RETURNING officer_ids[(next_index + cardinality(officer_ids) - 1) % cardinality(officer_ids) + 1]
                  AS officer_id`,
      [unitCode, AssignmentRuleKind.RoundRobin],
    );
    return rows[0]?.officer_id ?? null;
  }
}

// An admin manages every unit's rule, a unit lead their own unit's.
function assertMayManage(actor: ActorV1, unitCode: string): void {
  const isAdmin = actor.kind === 'user' && actor.roles.includes(Role.Admin);
  const isOwnLead = actor.roles.includes(Role.UnitLead) && actor.unitCode === unitCode;
  if (!isAdmin && !isOwnLead) {
    throw new RoutingError(
      RoutingErrorCode.UnitForbidden,
      'Chỉ quản trị hệ thống hoặc lãnh đạo của đơn vị được xem và đặt cách giao việc cho đơn vị',
    );
  }
}
