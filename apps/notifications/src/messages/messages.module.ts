import { Module } from '@nestjs/common';
import { TemplatesModule } from '../templates/templates.module';
import { MessagesConsumer } from './messages.consumer';
import { MessagesRpc } from './messages.rpc';
import { MessagesService } from './messages.service';

@Module({
  imports: [TemplatesModule],
  controllers: [MessagesConsumer, MessagesRpc],
  providers: [MessagesService],
})
export class MessagesModule {}
