import { Module } from '@nestjs/common';
import { AssessmentsConsumer } from './assessments.consumer';
import { AssessmentsRpc } from './assessments.rpc';
import { AssessmentsService } from './assessments.service';

@Module({
  controllers: [AssessmentsConsumer, AssessmentsRpc],
  providers: [AssessmentsService],
  exports: [AssessmentsService],
})
export class AssessmentsModule {}
