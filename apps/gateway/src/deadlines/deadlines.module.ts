import { Module } from '@nestjs/common';
import { DoneSignalsController } from './done-signals.controller';
import { ReportsController } from './reports.controller';
import { ResolutionsController } from './resolutions.controller';

/** Routing's SLA clock over HTTP: confirming resolutions, signs of unconfirmed work, the processing statistics. */
@Module({ controllers: [ResolutionsController, DoneSignalsController, ReportsController] })
export class DeadlinesModule {}
