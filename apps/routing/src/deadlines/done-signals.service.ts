import { Injectable } from '@nestjs/common';
import {
  ActorV1,
  CENTER_WIDE_ROLES,
  DOSSIER_DONE_UNCONFIRMED_V1,
  DoneSignal,
  DoneSignalV1,
  SignalDoneV1,
} from '@motcua/contracts';
import { OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { DeadlineError, DeadlineErrorCode } from './deadlines.errors';
import { ClockStatus, DossierClock } from './dossier-clock.entity';
import { TimeSource } from './time-source';

/**
 * Signs that work is done but unconfirmed — a result document attached, the courier carrying a result package
 * from the unit — alert the unit lead, once per dossier and signal, while the dossier is not confirmed resolved.
 */
@Injectable()
export class DoneSignalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly time: TimeSource,
  ) {}

  /** From the gateway: a staff member or a department system reports the sign. */
  signalDone(command: SignalDoneV1): Promise<DoneSignalV1> {
    return this.dataSource.transaction(async (tx) => {
      const clock = await tx.findOneBy(DossierClock, { dossierId: command.dossierId });
      if (!clock) throw new DeadlineError(DeadlineErrorCode.ClockNotFound, { dossierId: command.dossierId });
      if (!mayReport(command.actor, clock.unitCode)) {
        throw new DeadlineError(DeadlineErrorCode.UnitForbidden, { dossierId: command.dossierId });
      }
      const isAlerted = await this.recordSignal(tx, command.dossierId, {
        signal: command.signal,
        reference: command.reference,
        actorId: command.actor.id,
      });
      return { dossierId: command.dossierId, signal: command.signal, isAlerted };
    });
  }

  /**
   * In the caller's transaction (an action attaching a result, a courier event): records the sign and alerts the
   * unit lead if the dossier is still open. Returns whether an alert went out.
   */
  async recordSignal(
    tx: EntityManager,
    dossierId: string,
    sign: { signal: DoneSignal; reference?: string; actorId?: string },
  ): Promise<boolean> {
    const clock = await tx.findOne(DossierClock, {
      where: { dossierId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!clock || clock.status === ClockStatus.Resolved || clock.status === ClockStatus.Stopped) return false;
    const now = this.time.now();
    const recorded: unknown[] = await tx.query(
      `INSERT INTO routing.done_signals (dossier_id, signal, reference, signalled_at, actor_id)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING dossier_id`,
      [dossierId, sign.signal, sign.reference ?? null, now, sign.actorId ?? null],
    );
    if (recorded.length === 0) return false;
    await this.outbox.publish(tx, DOSSIER_DONE_UNCONFIRMED_V1, {
      dossierId,
      code: clock.dossierCode,
      unitCode: clock.unitCode,
      signal: sign.signal,
      ...(sign.reference ? { reference: sign.reference } : {}),
      ...(clock.dueAt ? { dueAt: clock.dueAt.toISOString() } : {}),
      signalledAt: now.toISOString(),
    });
    return true;
  }
}

// The unit's own staff and systems, and Center-wide staff (postal carries the packages).
function mayReport(actor: ActorV1, unitCode: string): boolean {
  return actor.roles.some((role) => CENTER_WIDE_ROLES.includes(role)) || actor.unitCode === unitCode;
}
