import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { ReceiptDocumentsService } from './receipt-documents.service';
import { ReceiptSeriesRpc } from './receipt-series.rpc';
import { ReceiptSeriesService } from './receipt-series.service';
import { ReceiptsRpc } from './receipts.rpc';
import { ReceiptsService } from './receipts.service';

@Module({
  imports: [CatalogModule],
  controllers: [ReceiptSeriesRpc, ReceiptsRpc],
  providers: [ReceiptSeriesService, ReceiptsService, ReceiptDocumentsService],
  exports: [ReceiptsService],
})
export class ReceiptsModule {}
