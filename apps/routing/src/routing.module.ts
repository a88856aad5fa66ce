import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { AssignmentsModule } from './assignments/assignments.module';
import { loadConfig } from './config';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { ROUTING_DATABASE } from './database';
import { ReportsModule } from './reports/reports.module';

@Module({
  imports: [
    PlatformModule.forDomainService({ database: ROUTING_DATABASE, loadConfig }),
    AssignmentsModule,
    DeadlinesModule,
    ReportsModule,
  ],
})
export class RoutingModule {}
