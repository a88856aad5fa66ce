import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { loadConfig } from './config';
import { NOTIFICATIONS_DATABASE } from './database';
import { DeadLettersModule } from './dead-letters/dead-letters.module';
import { DeliveryModule } from './delivery/delivery.module';
import { InboxModule } from './inbox/inbox.module';
import { MessagesModule } from './messages/messages.module';
import { TemplatesModule } from './templates/templates.module';

@Module({
  imports: [
    PlatformModule.forDomainService({ database: NOTIFICATIONS_DATABASE, loadConfig }),
    MessagesModule,
    TemplatesModule,
    InboxModule,
    DeliveryModule,
    DeadLettersModule,
  ],
})
export class NotificationsModule {}
