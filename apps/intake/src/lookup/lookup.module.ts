import { Module } from '@nestjs/common';
import { LookupRpc } from './lookup.rpc';
import { LookupService } from './lookup.service';

@Module({
  controllers: [LookupRpc],
  providers: [LookupService],
})
export class LookupModule {}
