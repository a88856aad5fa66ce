import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { EReceiptProviderClient } from './e-receipt-provider.client';
import { PaperReceiptsRpc } from './paper-receipts.rpc';
import { PaperReceiptsService } from './paper-receipts.service';
import { ProviderNumberingService } from './provider-numbering.service';
import { ReceiptDocumentsService } from './receipt-documents.service';
import { ReceiptSeriesRpc } from './receipt-series.rpc';
import { ReceiptSeriesService } from './receipt-series.service';
import { RECEIPTS_QUEUE } from './receipts.jobs';
import { ReceiptsProcessor } from './receipts.processor';
import { ReceiptsRpc } from './receipts.rpc';
import { ReceiptsService } from './receipts.service';

@Module({
  imports: [CatalogModule, BullModule.registerQueue({ name: RECEIPTS_QUEUE })],
  controllers: [ReceiptSeriesRpc, ReceiptsRpc, PaperReceiptsRpc],
  providers: [
    ReceiptSeriesService,
    ReceiptsService,
    ReceiptDocumentsService,
    EReceiptProviderClient,
    ProviderNumberingService,
    ReceiptsProcessor,
    PaperReceiptsService,
  ],
  exports: [ReceiptsService, ProviderNumberingService],
})
export class ReceiptsModule {}
