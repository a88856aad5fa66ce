import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module';
import { CatalogModule } from '../catalog/catalog.module';
import { ReceiptsModule } from '../receipts/receipts.module';
import { OnlinePaymentsRpc } from './online-payments.rpc';
import { OnlinePaymentsService } from './online-payments.service';
import { SimulatorPaymentProvider } from './payment-provider';
import { PaymentsRpc } from './payments.rpc';
import { PaymentsService } from './payments.service';

@Module({
  imports: [AssessmentsModule, CatalogModule, ReceiptsModule],
  controllers: [PaymentsRpc, OnlinePaymentsRpc],
  providers: [PaymentsService, OnlinePaymentsService, SimulatorPaymentProvider],
  exports: [PaymentsService],
})
export class PaymentsModule {}
