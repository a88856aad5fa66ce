import { Controller } from '@nestjs/common';
import {
  InboxPageV1,
  InboxUnreadV1,
  LIST_INBOX_V1,
  ListInboxV1,
  MARK_INBOX_READ_V1,
  MarkInboxReadV1,
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
}
