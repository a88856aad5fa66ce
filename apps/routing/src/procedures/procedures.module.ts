import { Module } from '@nestjs/common';
import { ProceduresConsumer } from './procedures.consumer';
import { ProceduresService } from './procedures.service';

@Module({
  controllers: [ProceduresConsumer],
  providers: [ProceduresService],
  exports: [ProceduresService],
})
export class ProceduresModule {}
