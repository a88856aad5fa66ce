import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  ACT_ON_DOSSIER_V1,
  ActorV1,
  CENTER_WIDE_ROLES,
  DossierActionV1,
  DossierRoutingV1,
  GET_DOSSIER_ROUTING_V1,
  LIST_WORK_V1,
  RENDER_CONTROL_SLIP_V1,
  RenderedDocumentV1,
  AssignmentRuleV1,
  GET_ASSIGNMENT_RULE_V1,
  Role,
  SET_ASSIGNMENT_RULE_V1,
  SetAssignmentRuleV1,
  WorkFilter,
  WorkPageV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { ArrayOverlap, Repository } from 'typeorm';
import { AuthError, AuthErrorCode } from '../auth/auth.errors';
import { validationFailed } from '../http/validation';
import { User } from '../users/user.entity';
import { UnitOfficerListDto } from './work.dto';

export interface QueueRequest {
  readonly filter: WorkFilter;
  readonly page: number;
  readonly pageSize: number;
  readonly unitCode?: string;
  readonly mine?: boolean;
}

function isCenterWide(actor: ActorV1): boolean {
  return actor.kind === 'user' && actor.roles.some((role) => CENTER_WIDE_ROLES.includes(role));
}

/** Work queues and dossier actions, for staff and department systems alike; routing checks each action. */
@Injectable()
export class WorkService {
  constructor(
    private readonly rpc: RpcClient,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /** A unit's queue: the actor's own unit, or any unit for Center-wide staff who name it. */
  listQueue(actor: ActorV1, request: QueueRequest): Promise<WorkPageV1> {
    const unitCode = isCenterWide(actor) ? request.unitCode : actor.unitCode;
    if (!unitCode) {
      throw validationFailed([{ field: 'unitCode', constraint: 'isDefined', message: 'Đơn vị là bắt buộc' }]);
    }
    if (request.unitCode && request.unitCode !== unitCode) throw new AuthError(AuthErrorCode.UnitForbidden);
    return this.rpc.send(LIST_WORK_V1, {
      unitCode,
      filter: request.filter,
      page: request.page,
      pageSize: request.pageSize,
      ...(request.mine ? { officerId: actor.id } : {}),
    });
  }

  getRouting(dossierId: string, actor: ActorV1): Promise<DossierRoutingV1> {
    return this.rpc.send(GET_DOSSIER_ROUTING_V1, { dossierId, actor });
  }

  act(
    dossierId: string,
    action: Omit<DossierActionV1, 'actor' | 'idempotencyKey' | 'dossierId'>,
    actor: ActorV1,
    idempotencyKey?: string,
  ): Promise<DossierRoutingV1> {
    return this.rpc.send(ACT_ON_DOSSIER_V1, {
      ...action,
      dossierId,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  setAssignmentRule(
    unitCode: string,
    rule: Omit<SetAssignmentRuleV1, 'actor' | 'unitCode'>,
    actor: ActorV1,
  ): Promise<AssignmentRuleV1> {
    return this.rpc.send(SET_ASSIGNMENT_RULE_V1, { ...rule, unitCode, actor });
  }

  getAssignmentRule(unitCode: string, actor: ActorV1): Promise<AssignmentRuleV1> {
    return this.rpc.send(GET_ASSIGNMENT_RULE_V1, { unitCode, actor });
  }

  /** The active officers and leads of a unit, for an admin or the unit's own lead choosing who takes turns. */
  async listUnitOfficers(unitCode: string, actor: ActorV1): Promise<UnitOfficerListDto> {
    const isAdmin = actor.kind === 'user' && actor.roles.includes(Role.Admin);
    const isOwnLead = actor.roles.includes(Role.UnitLead) && actor.unitCode === unitCode;
    if (!isAdmin && !isOwnLead) throw new AuthError(AuthErrorCode.UnitForbidden);
    const officers = await this.users.find({
      select: { id: true, fullName: true, roles: true },
      where: { unitCode, isActive: true, roles: ArrayOverlap([Role.Officer, Role.UnitLead]) },
      order: { fullName: 'ASC' },
    });
    return { items: officers.map(({ id, fullName, roles }) => ({ id, fullName, roles })) };
  }

  renderControlSlip(dossierId: string, actor: ActorV1): Promise<RenderedDocumentV1> {
    return this.rpc.send(RENDER_CONTROL_SLIP_V1, { dossierId, actor });
  }
}
