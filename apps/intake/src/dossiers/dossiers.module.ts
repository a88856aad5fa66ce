import { Module } from '@nestjs/common';
import { DossiersRpc } from './dossiers.rpc';
import { DossiersService } from './dossiers.service';

@Module({
  controllers: [DossiersRpc],
  providers: [DossiersService],
})
export class DossiersModule {}
