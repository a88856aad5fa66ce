import { Controller } from '@nestjs/common';
import {
  GET_INBOX_PREFERENCES_V1,
  GetInboxPreferencesV1,
  InboxPageV1,
  InboxPreferencesV1,
  InboxUnreadV1,
  LIST_INBOX_V1,
  ListInboxV1,
  MARK_INBOX_READ_V1,
  MarkInboxReadV1,
  SET_INBOX_PREFERENCES_V1,
  SetInboxPreferencesV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { InboxService } from './inbox.service';

@Controller()
export class InboxRpc {
  constructor(private readonly inbox: InboxService) {}

  @Respond(LIST_INBOX_V1)
  list(request: ListInboxV1): Promise<InboxPageV1> {
    return this.inbox.listInbox(request);
  }

  @Respond(MARK_INBOX_READ_V1)
  markRead(request: MarkInboxReadV1): Promise<InboxUnreadV1> {
    return this.inbox.markRead(request);
  }

  @Respond(GET_INBOX_PREFERENCES_V1)
  preferences(request: GetInboxPreferencesV1): Promise<InboxPreferencesV1> {
    return this.inbox.getPreferences(request.owner);
  }

  @Respond(SET_INBOX_PREFERENCES_V1)
  setPreferences(request: SetInboxPreferencesV1): Promise<InboxPreferencesV1> {
    return this.inbox.setPreferences(request);
  }
}
