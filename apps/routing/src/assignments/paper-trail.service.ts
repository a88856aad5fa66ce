import { Injectable, Logger } from '@nestjs/common';
import {
  DoneSignal,
  RoutingEventKind,
  ShipmentDeliveredV1,
  ShipmentKind,
  ShipmentPickedUpV1,
} from '@motcua/contracts';
import { EntityManager } from 'typeorm';
import { DoneSignalsService } from '../deadlines/done-signals.service';
import { AssignmentsService } from './assignments.service';
import { ProcessInstance } from './process-instance.entity';

/**
 * What the post tells routing: a paper dossier delivered to a unit is a hand-over of the control slip (form 05);
 * a result package picked up at a unit is a sign the work is done, which alerts the unit lead while the
 * resolution is not confirmed.
 */
@Injectable()
export class PaperTrailService {
  private readonly logger = new Logger(PaperTrailService.name);

  constructor(
    private readonly assignments: AssignmentsService,
    private readonly doneSignals: DoneSignalsService,
  ) {}

  async recordDelivery(tx: EntityManager, event: ShipmentDeliveredV1): Promise<void> {
    if (event.kind !== ShipmentKind.DossierToUnit) return;
    for (const { dossierId, code } of event.dossiers) {
      if (!(await tx.existsBy(ProcessInstance, { dossierId }))) {
        this.logger.warn({ code }, 'paper delivered for a dossier routing does not know');
        continue;
      }
      await this.assignments.record(tx, dossierId, {
        kind: RoutingEventKind.PaperHandedOver,
        at: new Date(event.deliveredAt),
        fromUnitCode: event.originUnitCode ?? null,
        toUnitCode: event.destinationUnitCode ?? null,
        note: [
          `Hồ sơ giấy qua bưu điện, mã vận đơn ${event.trackingNumber}`,
          event.receivedByName ? `người nhận: ${event.receivedByName}` : '',
        ]
          .filter(Boolean)
          .join(', '),
      });
    }
  }

  async recordResultPickedUp(tx: EntityManager, event: ShipmentPickedUpV1): Promise<void> {
    if (event.kind !== ShipmentKind.ResultToCenter) return;
    for (const { dossierId } of event.dossiers) {
      await this.doneSignals.recordSignal(tx, dossierId, {
        signal: DoneSignal.ResultPackagePickedUp,
        reference: event.trackingNumber,
      });
    }
  }
}
