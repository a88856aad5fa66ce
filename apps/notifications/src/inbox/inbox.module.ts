import { Module } from '@nestjs/common';
import { InboxRpc } from './inbox.rpc';
import { InboxService } from './inbox.service';

@Module({
  controllers: [InboxRpc],
  providers: [InboxService],
})
export class InboxModule {}
