import { Module } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { AssignmentsConsumer } from './assignments.consumer';
import { AssignmentsRpc } from './assignments.rpc';
import { AssignmentsService } from './assignments.service';

@Module({
  imports: [DeadlinesModule],
  controllers: [AssignmentsConsumer, AssignmentsRpc],
  providers: [AssignmentsService],
})
export class AssignmentsModule {}
