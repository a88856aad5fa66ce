import { Module } from '@nestjs/common';
import { TimeSource } from '../deadlines/time-source';
import { ReportsRpc } from './reports.rpc';
import { ReportsService } from './reports.service';

@Module({
  controllers: [ReportsRpc],
  providers: [ReportsService, TimeSource],
})
export class ReportsModule {}
