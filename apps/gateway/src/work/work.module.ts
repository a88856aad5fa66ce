import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { User } from '../users/user.entity';
import { DepartmentsController } from './departments.controller';
import { ProcessesController } from './processes.controller';
import { WorkController } from './work.controller';
import { WorkService } from './work.service';

@Module({
  imports: [TypeOrmModule.forFeature([User])],
  controllers: [WorkController, DepartmentsController, ProcessesController],
  providers: [WorkService],
})
export class WorkModule {}
