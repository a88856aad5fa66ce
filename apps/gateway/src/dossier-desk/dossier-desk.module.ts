import { Module } from '@nestjs/common';
import { DossierDeskController } from './dossier-desk.controller';
import { DossierDeskService } from './dossier-desk.service';

@Module({
  controllers: [DossierDeskController],
  providers: [DossierDeskService],
})
export class DossierDeskModule {}
