import { Module } from '@nestjs/common';
import { ShipmentsModule } from '../shipments/shipments.module';
import { PickupsRpc } from './pickups.rpc';
import { PickupsService } from './pickups.service';

@Module({
  imports: [ShipmentsModule],
  controllers: [PickupsRpc],
  providers: [PickupsService],
})
export class PickupsModule {}
