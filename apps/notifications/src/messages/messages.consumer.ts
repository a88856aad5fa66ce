import { Controller } from '@nestjs/common';
import {
  DOSSIER_ASSIGNED_V1,
  DOSSIER_RECEIVED_V1,
  DossierAssignedV1,
  DossierReceivedV1,
} from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { MessagesService } from './messages.service';

@Controller()
export class MessagesConsumer {
  constructor(private readonly messages: MessagesService) {}

  @Subscribe(DOSSIER_RECEIVED_V1)
  onDossierReceived(event: DossierReceivedV1, context: MessageContext): Promise<void> {
    return this.messages.noteReception(context.tx, context.envelope, event);
  }

  @Subscribe(DOSSIER_ASSIGNED_V1)
  onDossierAssigned(event: DossierAssignedV1, context: MessageContext): Promise<void> {
    return this.messages.noteAssignment(context.tx, context.envelope, event);
  }
}
