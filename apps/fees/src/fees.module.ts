import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { AssessmentsModule } from './assessments/assessments.module';
import { CatalogModule } from './catalog/catalog.module';
import { loadConfig } from './config';
import { FEES_DATABASE } from './database';
import { PaymentsModule } from './payments/payments.module';
import { ReceiptsModule } from './receipts/receipts.module';

@Module({
  imports: [
    PlatformModule.forDomainService({ database: FEES_DATABASE, loadConfig }),
    CatalogModule,
    AssessmentsModule,
    ReceiptsModule,
    PaymentsModule,
  ],
})
export class FeesModule {}
