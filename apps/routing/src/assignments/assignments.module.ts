import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { ProceduresModule } from '../procedures/procedures.module';
import { ProcessesModule } from '../processes/processes.module';
import { ActionsService } from './actions.service';
import { AssignmentRulesService } from './assignment-rules.service';
import { AssignmentsConsumer } from './assignments.consumer';
import { AssignmentsRpc } from './assignments.rpc';
import { AssignmentsService } from './assignments.service';
import { ControlSlipService } from './control-slip.service';
import { PaperTrailConsumer } from './paper-trail.consumer';
import { PaperTrailService } from './paper-trail.service';
import { ResolutionsRpc } from './resolutions.rpc';
import { ResolutionsService } from './resolutions.service';
import { SUPPLEMENTS_QUEUE } from './supplements.jobs';
import { SupplementsProcessor } from './supplements.processor';
import { SupplementsService } from './supplements.service';
import { WorkQueueService } from './work-queue.service';

@Module({
  imports: [
    ProceduresModule,
    ProcessesModule,
    CalendarModule,
    DeadlinesModule,
    BullModule.registerQueue({ name: SUPPLEMENTS_QUEUE }),
  ],
  controllers: [AssignmentsConsumer, AssignmentsRpc, ResolutionsRpc, PaperTrailConsumer],
  providers: [
    AssignmentsService,
    ActionsService,
    WorkQueueService,
    ControlSlipService,
    AssignmentRulesService,
    SupplementsService,
    SupplementsProcessor,
    ResolutionsService,
    PaperTrailService,
  ],
})
export class AssignmentsModule {}
