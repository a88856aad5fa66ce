import { Module } from '@nestjs/common';
import { TicketsRpc } from './tickets.rpc';
import { TicketsService } from './tickets.service';

@Module({
  controllers: [TicketsRpc],
  providers: [TicketsService],
  exports: [TicketsService],
})
export class TicketsModule {}
