import { Module } from '@nestjs/common';
import { DepartmentsController } from './departments.controller';
import { ProcessesController } from './processes.controller';
import { WorkController } from './work.controller';
import { WorkService } from './work.service';

@Module({
  controllers: [WorkController, DepartmentsController, ProcessesController],
  providers: [WorkService],
})
export class WorkModule {}
