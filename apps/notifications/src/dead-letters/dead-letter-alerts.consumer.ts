import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { DeadLetterFeed } from '@motcua/messaging';
import type { AppConfig } from '../config';
import { DeadLetterAlertsService } from './dead-letter-alerts.service';

/** Every service's dead letters, from the alerts queue, each recorded for the administrators' alert. */
@Injectable()
export class DeadLetterAlertsConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly feed: DeadLetterFeed;

  constructor(
    @Inject(ConfigService) config: ConfigService<AppConfig, true>,
    alerts: DeadLetterAlertsService,
  ) {
    this.feed = new DeadLetterFeed(
      config.get('amqp', { infer: true }).url,
      'notifications-dead-letter-alerts',
      (letter) => alerts.recordDeadLetter(letter),
    );
  }

  onApplicationBootstrap(): void {
    this.feed.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.feed.close();
  }
}
