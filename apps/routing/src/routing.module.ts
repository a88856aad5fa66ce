import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { AssignmentsModule } from './assignments/assignments.module';
import { loadConfig } from './config';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { ROUTING_DATABASE } from './database';

@Module({
  imports: [
    PlatformModule.forDomainService({ database: ROUTING_DATABASE, loadConfig }),
    AssignmentsModule,
    DeadlinesModule,
  ],
})
export class RoutingModule {}
