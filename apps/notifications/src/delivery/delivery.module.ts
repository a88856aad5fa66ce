import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { DevSink } from './dev-sink';
import { DeliveryDispatcher } from './delivery-dispatcher';
import { DeliveryStatsService } from './delivery-stats.service';
import { DELIVERY_QUEUE } from './delivery.jobs';
import { DeliveryProcessor } from './delivery.processor';
import { DeliveryRpc } from './delivery.rpc';
import { DeliveryService } from './delivery.service';
import { MailSender } from './mail-sender';
import { ProviderRateLimiter } from './provider-rate-limiter';
import { SmsSender } from './sms-sender';

@Module({
  imports: [BullModule.registerQueue({ name: DELIVERY_QUEUE })],
  controllers: [DeliveryRpc],
  providers: [
    DeliveryService,
    DeliveryStatsService,
    DeliveryDispatcher,
    DeliveryProcessor,
    DevSink,
    SmsSender,
    MailSender,
    ProviderRateLimiter,
  ],
})
export class DeliveryModule {}
