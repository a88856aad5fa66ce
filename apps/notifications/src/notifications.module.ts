import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { loadConfig } from './config';
import { NOTIFICATIONS_DATABASE } from './database';
import { MessagesModule } from './messages/messages.module';

@Module({
  imports: [
    PlatformModule.forDomainService({ database: NOTIFICATIONS_DATABASE, loadConfig }),
    MessagesModule,
  ],
})
export class NotificationsModule {}
