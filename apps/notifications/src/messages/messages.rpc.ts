import { Controller } from '@nestjs/common';
import {
  DossierMessagesV1,
  LIST_DOSSIER_MESSAGES_V1,
  ListDossierMessagesV1,
  OptOutV1,
  SET_OPT_OUT_V1,
  SetOptOutV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { MessagesService } from './messages.service';

@Controller()
export class MessagesRpc {
  constructor(private readonly messages: MessagesService) {}

  @Respond(LIST_DOSSIER_MESSAGES_V1)
  listForDossier(request: ListDossierMessagesV1): Promise<DossierMessagesV1> {
    return this.messages.listForDossier(request.dossierId);
  }

  @Respond(SET_OPT_OUT_V1)
  setOptOut(request: SetOptOutV1): Promise<OptOutV1> {
    return this.messages.setOptOut(request);
  }
}
