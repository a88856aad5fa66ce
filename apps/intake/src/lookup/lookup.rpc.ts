import { Controller } from '@nestjs/common';
import { LOOKUP_DOSSIER_V1, LookupDossierV1, PublicDossierV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { LookupService } from './lookup.service';

@Controller()
export class LookupRpc {
  constructor(private readonly lookup: LookupService) {}

  @Respond(LOOKUP_DOSSIER_V1)
  lookUp(request: LookupDossierV1): Promise<PublicDossierV1> {
    return this.lookup.lookUp(request.code, request.phone);
  }
}
