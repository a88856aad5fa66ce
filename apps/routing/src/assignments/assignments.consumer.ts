import { Controller } from '@nestjs/common';
import { DOSSIER_RECEIVED_V1, DossierReceivedV1 } from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { AssignmentsService } from './assignments.service';

@Controller()
export class AssignmentsConsumer {
  constructor(private readonly assignments: AssignmentsService) {}

  @Subscribe(DOSSIER_RECEIVED_V1)
  onDossierReceived(dossier: DossierReceivedV1, context: MessageContext): Promise<void> {
    return this.assignments.assignFirstStep(context.tx, dossier);
  }
}
