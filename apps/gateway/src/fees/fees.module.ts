import { Module } from '@nestjs/common';
import { FeesController } from './fees.controller';
import { ReceiptSeriesController } from './receipt-series.controller';

@Module({
  controllers: [FeesController, ReceiptSeriesController],
})
export class FeesModule {}
