import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { ReceiptSeriesRpc } from './receipt-series.rpc';
import { ReceiptSeriesService } from './receipt-series.service';
import { ReceiptsService } from './receipts.service';

@Module({
  imports: [CatalogModule],
  controllers: [ReceiptSeriesRpc],
  providers: [ReceiptSeriesService, ReceiptsService],
  exports: [ReceiptsService],
})
export class ReceiptsModule {}
