import { Controller } from '@nestjs/common';
import {
  DOSSIER_RECEIVED_V1,
  DOSSIER_RESOLVED_V1,
  DossierReceivedV1,
  DossierResolvedV1,
} from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { ShipmentsService } from './shipments.service';

@Controller()
export class ShipmentsConsumer {
  constructor(private readonly shipments: ShipmentsService) {}

  @Subscribe(DOSSIER_RECEIVED_V1)
  onDossierReceived(dossier: DossierReceivedV1, context: MessageContext): Promise<void> {
    return this.shipments.recordReceived(context.tx, dossier);
  }

  @Subscribe(DOSSIER_RESOLVED_V1)
  onDossierResolved(resolved: DossierResolvedV1, context: MessageContext): Promise<void> {
    return this.shipments.recordResolved(context.tx, resolved);
  }
}
