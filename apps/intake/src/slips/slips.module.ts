import { Module } from '@nestjs/common';
import { SlipsRpc } from './slips.rpc';
import { SlipsService } from './slips.service';

@Module({
  controllers: [SlipsRpc],
  providers: [SlipsService],
})
export class SlipsModule {}
