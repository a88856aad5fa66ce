import { Module } from '@nestjs/common';
import { NotificationsController } from './notifications.controller';
import { PublicNotificationsController } from './public-notifications.controller';

@Module({ controllers: [NotificationsController, PublicNotificationsController] })
export class NotificationsModule {}
