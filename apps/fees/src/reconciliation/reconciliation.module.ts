import { Module } from '@nestjs/common';
import { ReconciliationRpc } from './reconciliation.rpc';
import { ReconciliationService } from './reconciliation.service';

@Module({
  controllers: [ReconciliationRpc],
  providers: [ReconciliationService],
  exports: [ReconciliationService],
})
export class ReconciliationModule {}
