import { Controller } from '@nestjs/common';
import {
  DOSSIER_ASSIGNED_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
  DossierAssignedV1,
  DossierExtendedV1,
  DossierResolvedV1,
  DossierStoppedV1,
  DossierSupplementRequestedV1,
  FEE_ASSESSED_V1,
  FEE_WAIVED_V1,
  FeeAssessedV1,
  FeeWaivedV1,
  PAYMENT_RECORDED_V1,
  PaymentRecordedV1,
  SHIPMENT_DELIVERED_V1,
  ShipmentDeliveredV1,
} from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { DossierProgressService } from './dossier-progress.service';

@Controller()
export class DossierProgressConsumer {
  constructor(private readonly progress: DossierProgressService) {}

  @Subscribe(DOSSIER_ASSIGNED_V1)
  onAssigned(event: DossierAssignedV1, context: MessageContext): Promise<void> {
    return this.progress.markAssigned(context.tx, event);
  }

  @Subscribe(DOSSIER_SUPPLEMENT_REQUESTED_V1)
  onSupplementRequested(event: DossierSupplementRequestedV1, context: MessageContext): Promise<void> {
    return this.progress.markSupplementRequested(context.tx, event);
  }

  @Subscribe(DOSSIER_EXTENDED_V1)
  onExtended(event: DossierExtendedV1, context: MessageContext): Promise<void> {
    return this.progress.markExtended(context.tx, event);
  }

  @Subscribe(DOSSIER_RESOLVED_V1)
  onResolved(event: DossierResolvedV1, context: MessageContext): Promise<void> {
    return this.progress.markResolved(context.tx, event);
  }

  @Subscribe(DOSSIER_STOPPED_V1)
  onStopped(event: DossierStoppedV1, context: MessageContext): Promise<void> {
    return this.progress.markStopped(context.tx, event);
  }

  @Subscribe(FEE_ASSESSED_V1)
  onFeeAssessed(event: FeeAssessedV1, context: MessageContext): Promise<void> {
    return this.progress.markAwaitingPayment(context.tx, event);
  }

  @Subscribe(PAYMENT_RECORDED_V1)
  onPaymentRecorded(event: PaymentRecordedV1, context: MessageContext): Promise<void> {
    return this.progress.markFeesSettled(context.tx, event);
  }

  @Subscribe(FEE_WAIVED_V1)
  onFeeWaived(event: FeeWaivedV1, context: MessageContext): Promise<void> {
    return this.progress.markFeesSettled(context.tx, event);
  }

  @Subscribe(SHIPMENT_DELIVERED_V1)
  onShipmentDelivered(event: ShipmentDeliveredV1, context: MessageContext): Promise<void> {
    return this.progress.markDelivered(context.tx, event);
  }
}
