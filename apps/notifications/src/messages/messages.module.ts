import { Module } from '@nestjs/common';
import { InboxModule } from '../inbox/inbox.module';
import { TemplatesModule } from '../templates/templates.module';
import { AwaitingContactMetrics } from './awaiting-contact.metrics';
import { MessagesConsumer } from './messages.consumer';
import { MessagesRpc } from './messages.rpc';
import { MessagesService } from './messages.service';

@Module({
  imports: [TemplatesModule, InboxModule],
  controllers: [MessagesConsumer, MessagesRpc],
  providers: [MessagesService, AwaitingContactMetrics],
})
export class MessagesModule {}
