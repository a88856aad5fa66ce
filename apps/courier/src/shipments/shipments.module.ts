import { Module } from '@nestjs/common';
import { ShipmentsConsumer } from './shipments.consumer';
import { ShipmentsRpc } from './shipments.rpc';
import { ShipmentsService } from './shipments.service';

@Module({
  controllers: [ShipmentsConsumer, ShipmentsRpc],
  providers: [ShipmentsService],
  exports: [ShipmentsService],
})
export class ShipmentsModule {}
