import { Injectable } from '@nestjs/common';
import {
  ActorV1,
  ConfirmResolvedV1,
  DOSSIER_RESOLVED_V1,
  ConfirmedResolutionV1,
  ConfirmedResolutionsV1,
  Role,
} from '@motcua/contracts';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { DeadlineError, DeadlineErrorCode } from '../deadlines/deadlines.errors';
import { DossierClock } from '../deadlines/dossier-clock.entity';
import { ResolutionAudit } from '../deadlines/resolution-audit.entity';
import { TimeSource } from '../deadlines/time-source';
import { ActionsService } from './actions.service';

/**
 * "Xác nhận đã xử lý xong": the one-click and bulk confirmation that ends false "late" reports. It closes the
 * process as resolved (`ActionsService.closeAsResolved`, which runs the clock's `resolveClock`) and announces
 * `routing.dossier.resolved.v1`, as the resolve action does.
 */
@Injectable()
export class ResolutionsService {
  constructor(
    private readonly actions: ActionsService,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    private readonly time: TimeSource,
  ) {}

  /** Confirms every listed dossier or none; an earlier actual time needs a unit lead and is audited. */
  confirmResolved(command: ConfirmResolvedV1): Promise<ConfirmedResolutionsV1> {
    const { idempotencyKey, ...content } = command;
    return this.idempotency.run('dossier.confirm-resolved', idempotencyKey, content, async (tx) => {
      if (command.resolvedAt !== undefined && !command.actor.roles.includes(Role.UnitLead)) {
        throw new DeadlineError(DeadlineErrorCode.EarlierTimeNeedsUnitLead, { field: 'resolvedAt' });
      }
      const items: ConfirmedResolutionV1[] = [];
      for (const dossierId of command.dossierIds) items.push(await this.confirmOne(tx, dossierId, command));
      return { items };
    });
  }

  private async confirmOne(
    tx: EntityManager,
    dossierId: string,
    command: ConfirmResolvedV1,
  ): Promise<ConfirmedResolutionV1> {
    const clock = await tx.findOneBy(DossierClock, { dossierId });
    if (!clock) throw new DeadlineError(DeadlineErrorCode.ClockNotFound, { dossierId });
    if (!actsFor(command.actor, clock.unitCode)) {
      throw new DeadlineError(DeadlineErrorCode.UnitForbidden, { dossierId, unitCode: clock.unitCode });
    }
    const confirmedAt = this.time.now();
    const resolvedAt = command.resolvedAt ? new Date(command.resolvedAt) : confirmedAt;
    const timeliness = await this.actions.closeAsResolved(tx, dossierId, {
      outcome: command.outcome,
      ...(command.resultReference ? { resultReference: command.resultReference } : {}),
      resolvedAt,
      confirmedAt,
      actor: command.actor,
    });
    if (command.resolvedAt !== undefined) {
      await tx.insert(ResolutionAudit, {
        id: uuidv7(),
        dossierId,
        resolvedAt,
        confirmedAt,
        reason: command.reason as string,
        evidenceReference: command.evidenceReference as string,
        actorId: command.actor.id,
        actorName: command.actor.name,
      });
    }
    await this.outbox.publish(tx, DOSSIER_RESOLVED_V1, {
      dossierId,
      code: clock.dossierCode,
      unitCode: clock.unitCode,
      outcome: command.outcome,
      ...(command.resultReference ? { resultReference: command.resultReference } : {}),
      resolvedAt: resolvedAt.toISOString(),
      confirmedAt: confirmedAt.toISOString(),
      timeliness,
      paperResult: command.paperResult ?? false,
      actorId: command.actor.id,
    });
    return {
      dossierId,
      code: clock.dossierCode,
      timeliness,
      resolvedAt: resolvedAt.toISOString(),
      confirmedAt: confirmedAt.toISOString(),
    };
  }
}

/** An admin acts for every unit; officers, unit leads and department systems for their own. */
function actsFor(actor: ActorV1, unitCode: string): boolean {
  return actor.roles.includes(Role.Admin) || actor.unitCode === unitCode;
}
