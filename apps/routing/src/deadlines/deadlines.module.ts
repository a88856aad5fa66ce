import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CalendarModule } from '../calendar/calendar.module';
import type { AppConfig } from '../config';
import { DeadlineWakeups } from './deadline-wakeups';
import { DEADLINES_QUEUE } from './deadlines.jobs';
import { DeadlinesProcessor } from './deadlines.processor';
import { DeadlinesReconciler } from './deadlines.reconciler';
import { DEADLINES_CONFIG, DeadlinesService } from './deadlines.service';
import { TimeSource } from './time-source';

@Module({
  imports: [CalendarModule, BullModule.registerQueue({ name: DEADLINES_QUEUE })],
  providers: [
    {
      provide: DEADLINES_CONFIG,
      inject: [ConfigService],
      useFactory: (config: ConfigService<AppConfig, true>) => config.get('deadlines', { infer: true }),
    },
    TimeSource,
    DeadlineWakeups,
    DeadlinesService,
    DeadlinesProcessor,
    DeadlinesReconciler,
  ],
  exports: [DeadlinesService],
})
export class DeadlinesModule {}
