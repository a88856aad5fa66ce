import { Module } from '@nestjs/common';
import { AssignmentsConsumer } from './assignments.consumer';
import { AssignmentsRpc } from './assignments.rpc';
import { AssignmentsService } from './assignments.service';

@Module({
  controllers: [AssignmentsConsumer, AssignmentsRpc],
  providers: [AssignmentsService],
})
export class AssignmentsModule {}
