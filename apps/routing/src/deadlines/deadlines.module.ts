import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CalendarModule } from '../calendar/calendar.module';
import type { AppConfig } from '../config';
import { DeadlineWakeups } from './deadline-wakeups';
import { DigestsService } from './digests.service';
import { DoneSignalsService } from './done-signals.service';
import { DEADLINES_QUEUE } from './deadlines.jobs';
import { DeadlinesProcessor } from './deadlines.processor';
import { DeadlinesReconciler } from './deadlines.reconciler';
import { DeadlinesRpc } from './deadlines.rpc';
import { DEADLINES_CONFIG, DeadlinesService } from './deadlines.service';
import { TimeSource } from './time-source';

@Module({
  imports: [CalendarModule, BullModule.registerQueue({ name: DEADLINES_QUEUE })],
  controllers: [DeadlinesRpc],
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
    DigestsService,
    DoneSignalsService,
  ],
  exports: [DeadlinesService, DoneSignalsService, TimeSource],
})
export class DeadlinesModule {}
