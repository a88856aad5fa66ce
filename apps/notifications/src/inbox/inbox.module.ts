import { Module } from '@nestjs/common';
import { DigestScheduler } from './digest-scheduler';
import { DigestService } from './digest.service';
import { InboxRpc } from './inbox.rpc';
import { InboxService } from './inbox.service';
import { InboxWriter } from './inbox-writer';

@Module({
  controllers: [InboxRpc],
  providers: [InboxService, InboxWriter, DigestService, DigestScheduler],
  exports: [InboxWriter],
})
export class InboxModule {}
