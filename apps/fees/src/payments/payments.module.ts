import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { CatalogModule } from '../catalog/catalog.module';
import { ReceiptsModule } from '../receipts/receipts.module';
import { PaymentsRpc } from './payments.rpc';
import { PaymentsService } from './payments.service';

@Module({
  imports: [AssessmentsModule, CatalogModule, ReceiptsModule],
  controllers: [PaymentsRpc],
  providers: [PaymentsService],
  exports: [PaymentsService],
})
export class PaymentsModule {}
