import { Module } from '@nestjs/common';
import { UnitsRpc } from './units.rpc';
import { UnitsService } from './units.service';

@Module({
  controllers: [UnitsRpc],
  providers: [UnitsService],
  exports: [UnitsService],
})
export class UnitsModule {}
