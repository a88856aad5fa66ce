import { Module } from '@nestjs/common';
import { FeesController } from './fees.controller';
import { OnlinePaymentsController } from './online-payments.controller';
import { PaperReceiptsController } from './paper-receipts.controller';
import { ReceiptSeriesController } from './receipt-series.controller';
import { ReceiptsController } from './receipts.controller';

@Module({
  controllers: [
    FeesController,
    OnlinePaymentsController,
    PaperReceiptsController,
    ReceiptSeriesController,
    ReceiptsController,
  ],
})
export class FeesModule {}
