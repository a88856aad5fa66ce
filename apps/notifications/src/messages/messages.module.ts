import { Module } from '@nestjs/common';
import { MessagesConsumer } from './messages.consumer';
import { MessagesRpc } from './messages.rpc';
import { MessagesService } from './messages.service';

@Module({
  controllers: [MessagesConsumer, MessagesRpc],
  providers: [MessagesService],
})
export class MessagesModule {}
