import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { AssignmentsModule } from './assignments/assignments.module';
import { loadConfig } from './config';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { ROUTING_DATABASE } from './database';
import { ReportsModule } from './reports/reports.module';
import { ProceduresModule } from './procedures/procedures.module';
import { ProcessesModule } from './processes/processes.module';

@Module({
  imports: [
    PlatformModule.forDomainService({ database: ROUTING_DATABASE, loadConfig }),
    ProceduresModule,
    ProcessesModule,
    AssignmentsModule,
    DeadlinesModule,
    ReportsModule,
  ],
})
export class RoutingModule {}
