import { Module } from '@nestjs/common';
import { ShipmentsModule } from '../shipments/shipments.module';
import { UnitsConsumer } from './units.consumer';
import { UnitsRpc } from './units.rpc';
import { UnitsService } from './units.service';

@Module({
  imports: [ShipmentsModule],
  controllers: [UnitsConsumer, UnitsRpc],
  providers: [UnitsService],
})
export class UnitsModule {}
