import { Module } from '@nestjs/common';
import { PlatformModule } from '@motcua/bootstrap';
import { loadConfig } from './config';
import { INTAKE_DATABASE } from './database';
import { DossiersModule } from './dossiers/dossiers.module';

@Module({
  imports: [PlatformModule.forDomainService({ database: INTAKE_DATABASE, loadConfig }), DossiersModule],
})
export class IntakeModule {}
