import { Module } from '@nestjs/common';
import { ProceduresModule } from '../procedures/procedures.module';
import { ProcessesRpc } from './processes.rpc';
import { ProcessesService } from './processes.service';

@Module({
  imports: [ProceduresModule],
  controllers: [ProcessesRpc],
  providers: [ProcessesService],
  exports: [ProcessesService],
})
export class ProcessesModule {}
