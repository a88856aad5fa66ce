import { Module } from '@nestjs/common';
import { CourierAdminController } from './courier-admin.controller';
import { CourierDeskController } from './courier-desk.controller';
import { TrackingWebhookController } from './tracking-webhook.controller';

@Module({ controllers: [CourierDeskController, CourierAdminController, TrackingWebhookController] })
export class CourierModule {}
