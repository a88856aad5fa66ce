import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { ProcessesModule } from '../processes/processes.module';
import { ActionsService } from './actions.service';
import { AssignmentsConsumer } from './assignments.consumer';
import { AssignmentsRpc } from './assignments.rpc';
import { AssignmentsService } from './assignments.service';
import { ControlSlipService } from './control-slip.service';
import { RoutingCalendar } from './routing-calendar';
import { WorkQueueService } from './work-queue.service';

@Module({
  imports: [ProceduresModule, ProcessesModule],
  controllers: [AssignmentsConsumer, AssignmentsRpc],
  providers: [AssignmentsService, ActionsService, WorkQueueService, ControlSlipService, RoutingCalendar],
})
export class AssignmentsModule {}
