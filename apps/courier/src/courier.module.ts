import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { loadConfig } from './config';
import { COURIER_DATABASE } from './database';

// Platform only for now: the courier issue brings its features.
@Module({
  imports: [PlatformModule.forDomainService({ database: COURIER_DATABASE, loadConfig })],
})
export class CourierModule {}
