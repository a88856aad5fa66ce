import { Module } from '@nestjs/common';
import { FeesController } from './fees.controller';
import { ReceiptSeriesController } from './receipt-series.controller';
import { ReceiptsController } from './receipts.controller';

@Module({
  controllers: [FeesController, ReceiptSeriesController, ReceiptsController],
})
export class FeesModule {}
