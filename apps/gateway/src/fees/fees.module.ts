import { Module } from '@nestjs/common';
import { FeesController } from './fees.controller';
import { OnlinePaymentsController } from './online-payments.controller';
import { PaperReceiptsController } from './paper-receipts.controller';
import { ReceiptSeriesController } from './receipt-series.controller';
import { ReceiptsController } from './receipts.controller';
import { ReconciliationController } from './reconciliation.controller';

@Module({
  controllers: [
    FeesController,
    OnlinePaymentsController,
    PaperReceiptsController,
    ReceiptSeriesController,
    ReceiptsController,
    ReconciliationController,
  ],
})
export class FeesModule {}
