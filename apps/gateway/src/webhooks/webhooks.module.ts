import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { PlatformConfig } from '@motcua/config';
import { redisConnection } from '@motcua/bootstrap';
import { WebhookFeed } from './webhook-feed';
import { WebhookWakeups } from './webhook-wakeups';
import { WebhooksController } from './webhooks.controller';
import { WEBHOOKS_QUEUE } from './webhooks.jobs';
import { WebhooksProcessor } from './webhooks.processor';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [
    // The gateway's BullMQ connection; keys carry the deployment prefix like the domain services'.
    BullModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<PlatformConfig, true>) => {
        const redis = config.get('redis', { infer: true });
        return { connection: redisConnection(redis.url), prefix: `${redis.prefix}:gateway` };
      },
    }),
    BullModule.registerQueue({ name: WEBHOOKS_QUEUE }),
  ],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookWakeups, WebhooksProcessor, WebhookFeed],
})
export class WebhooksModule {}
