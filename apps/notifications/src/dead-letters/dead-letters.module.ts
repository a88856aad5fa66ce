import { Module } from '@nestjs/common';
import { InboxModule } from '../inbox/inbox.module';
import { DeadLetterAlertsConsumer } from './dead-letter-alerts.consumer';
import { DeadLetterAlertsScheduler } from './dead-letter-alerts.scheduler';
import { DeadLetterAlertsService } from './dead-letter-alerts.service';

@Module({
  imports: [InboxModule],
  providers: [DeadLetterAlertsService, DeadLetterAlertsConsumer, DeadLetterAlertsScheduler],
})
export class DeadLettersModule {}
