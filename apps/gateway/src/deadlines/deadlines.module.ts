import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller';
import { ResolutionsController } from './resolutions.controller';

/** Routing's SLA clock over HTTP: confirming resolutions and the processing statistics. */
@Module({ controllers: [ResolutionsController, ReportsController] })
export class DeadlinesModule {}
