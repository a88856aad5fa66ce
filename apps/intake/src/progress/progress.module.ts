import { Module } from '@nestjs/common';
import { CounterActionsRpc } from './counter-actions.rpc';
import { CounterActionsService } from './counter-actions.service';
import { DossierProgressConsumer } from './dossier-progress.consumer';
import { DossierProgressService } from './dossier-progress.service';

@Module({
  controllers: [DossierProgressConsumer, CounterActionsRpc],
  providers: [DossierProgressService, CounterActionsService],
})
export class ProgressModule {}
