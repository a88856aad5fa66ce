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
}
