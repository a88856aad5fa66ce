import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module';
import { ReceptionRecordsRpc } from './reception-records.rpc';
import { ReceptionRecordsService } from './reception-records.service';

@Module({
  imports: [DossiersModule],
  controllers: [ReceptionRecordsRpc],
  providers: [ReceptionRecordsService],
})
export class ReceptionRecordsModule {}
