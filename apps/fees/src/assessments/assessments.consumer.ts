import { Controller } from '@nestjs/common';
import { DOSSIER_RECEIVED_V1, DossierReceivedV1 } from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { AssessmentsService } from './assessments.service';

@Controller()
export class AssessmentsConsumer {
  constructor(private readonly assessments: AssessmentsService) {}

  @Subscribe(DOSSIER_RECEIVED_V1)
  onDossierReceived(dossier: DossierReceivedV1, context: MessageContext): Promise<void> {
    return this.assessments.assessDossier(context.tx, dossier);
  }
}
