import { Controller } from '@nestjs/common';
import {
  SHIPMENT_DELIVERED_V1,
  SHIPMENT_PICKED_UP_V1,
  ShipmentDeliveredV1,
  ShipmentPickedUpV1,
} from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { PaperTrailService } from './paper-trail.service';

@Controller()
export class PaperTrailConsumer {
  constructor(private readonly paperTrail: PaperTrailService) {}

  @Subscribe(SHIPMENT_DELIVERED_V1)
  onDelivered(event: ShipmentDeliveredV1, context: MessageContext): Promise<void> {
    return this.paperTrail.recordDelivery(context.tx, event);
  }

  @Subscribe(SHIPMENT_PICKED_UP_V1)
  onPickedUp(event: ShipmentPickedUpV1, context: MessageContext): Promise<void> {
    return this.paperTrail.recordResultPickedUp(context.tx, event);
  }
}
