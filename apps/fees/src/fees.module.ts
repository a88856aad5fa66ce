import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { loadConfig } from './config';
import { FEES_DATABASE } from './database';

// Platform only for now: the fees issue brings its features.
@Module({
  imports: [PlatformModule.forDomainService({ database: FEES_DATABASE, loadConfig })],
})
export class FeesModule {}
