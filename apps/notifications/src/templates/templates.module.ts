import { Module } from '@nestjs/common';
import { TemplatesRpc } from './templates.rpc';
import { TemplatesService } from './templates.service';

@Module({
  controllers: [TemplatesRpc],
  providers: [TemplatesService],
  exports: [TemplatesService],
})
export class TemplatesModule {}
