import { Controller } from '@nestjs/common';
import {
  DOSSIER_ASSIGNED_V1,
  DOSSIER_DUE_SOON_V1,
  DOSSIER_EXTENDED_V1,
  DOSSIER_OVERDUE_V1,
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESOLVED_V1,
  DOSSIER_STOPPED_V1,
  DOSSIER_SUPPLEMENT_REQUESTED_V1,
  DossierAssignedV1,
  DossierDueSoonV1,
  DossierExtendedV1,
  DossierOverdueV1,
  DossierReceivedV1,
  DossierResolvedV1,
  DossierStoppedV1,
  DossierSupplementRequestedV1,
  FEE_ASSESSED_V1,
  FeeAssessedV1,
  SHIPMENT_FAILED_V1,
  DOSSIER_DONE_UNCONFIRMED_V1,
  DUE_DIGEST_COMPILED_V1,
  DueDigestCompiledV1,
  DossierDoneUnconfirmedV1,
  SHIPMENT_HELD_V1,
  SHIPMENT_ORDER_STALLED_V1,
  SHIPMENT_PICKED_UP_V1,
  SHIPMENT_RELEASED_V1,
  ShipmentFailedV1,
  ShipmentHeldV1,
  ShipmentOrderStalledV1,
  ShipmentPickedUpV1,
  ShipmentReleasedV1,
} from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { MessagesService } from './messages.service';

/** Every event a person should hear about; what each causes is in `NOTIFICATION_RULES`. */
@Controller()
export class MessagesConsumer {
  constructor(private readonly messages: MessagesService) {}

  @Subscribe(DOSSIER_RECEIVED_V1)
  onDossierReceived(event: DossierReceivedV1, context: MessageContext): Promise<void> {
    return this.messages.noteReception(context.tx, event, context.envelope);
  }

  @Subscribe(DOSSIER_ASSIGNED_V1)
  onDossierAssigned(_event: DossierAssignedV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(DOSSIER_SUPPLEMENT_REQUESTED_V1)
  onSupplementRequested(_event: DossierSupplementRequestedV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(DOSSIER_EXTENDED_V1)
  onDossierExtended(_event: DossierExtendedV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(DOSSIER_RESOLVED_V1)
  onDossierResolved(_event: DossierResolvedV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(DOSSIER_DUE_SOON_V1)
  onDossierDueSoon(_event: DossierDueSoonV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(DOSSIER_OVERDUE_V1)
  onDossierOverdue(_event: DossierOverdueV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(DOSSIER_STOPPED_V1)
  onDossierStopped(_event: DossierStoppedV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(FEE_ASSESSED_V1)
  onFeeAssessed(_event: FeeAssessedV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(SHIPMENT_PICKED_UP_V1)
  onShipmentPickedUp(_event: ShipmentPickedUpV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(SHIPMENT_FAILED_V1)
  onShipmentFailed(_event: ShipmentFailedV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(SHIPMENT_HELD_V1)
  onShipmentHeld(_event: ShipmentHeldV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(SHIPMENT_RELEASED_V1)
  onShipmentReleased(_event: ShipmentReleasedV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(SHIPMENT_ORDER_STALLED_V1)
  onShipmentOrderStalled(_event: ShipmentOrderStalledV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(DOSSIER_DONE_UNCONFIRMED_V1)
  onDossierDoneUnconfirmed(_event: DossierDoneUnconfirmedV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }

  @Subscribe(DUE_DIGEST_COMPILED_V1)
  onDueDigestCompiled(_event: DueDigestCompiledV1, context: MessageContext): Promise<void> {
    return this.messages.notify(context.tx, context.envelope);
  }
}
