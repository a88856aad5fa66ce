import { Controller } from '@nestjs/common';
import {
  DOSSIER_RECEIVED_V1,
  DOSSIER_SUPPLEMENTED_V1,
  DOSSIER_WITHDRAWN_V1,
  DossierReceivedV1,
  DossierSupplementedV1,
  DossierWithdrawnV1,
} from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { AssignmentsService } from './assignments.service';

@Controller()
export class AssignmentsConsumer {
  constructor(private readonly assignments: AssignmentsService) {}

  @Subscribe(DOSSIER_RECEIVED_V1)
  onDossierReceived(dossier: DossierReceivedV1, context: MessageContext): Promise<void> {
    return this.assignments.startProcess(context.tx, dossier);
  }

  @Subscribe(DOSSIER_WITHDRAWN_V1)
  onDossierWithdrawn(event: DossierWithdrawnV1, context: MessageContext): Promise<void> {
    return this.assignments.withdraw(context.tx, event);
  }

  @Subscribe(DOSSIER_SUPPLEMENTED_V1)
  onDossierSupplemented(event: DossierSupplementedV1, context: MessageContext): Promise<void> {
    return this.assignments.resumeAfterSupplement(context.tx, event);
  }
}
