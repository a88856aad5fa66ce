import { Controller } from '@nestjs/common';
import {
  DossierPageV1,
  EXPORT_DOSSIER_REGISTER_V1,
  ExportDossierRegisterV1,
  ExportedFileV1,
  LIST_DOSSIERS_V1,
  ListDossiersV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { RegisterService } from './register.service';

@Controller()
export class RegisterRpc {
  constructor(private readonly register: RegisterService) {}

  @Respond(LIST_DOSSIERS_V1)
  list(request: ListDossiersV1): Promise<DossierPageV1> {
    return this.register.listDossiers(request);
  }

  @Respond(EXPORT_DOSSIER_REGISTER_V1)
  export(request: ExportDossierRegisterV1): Promise<ExportedFileV1> {
    return this.register.exportRegister(request);
  }
}
