import { Controller } from '@nestjs/common';
import {
  DossierV1,
  GET_DOSSIER_V1,
  GetDossierV1,
  RECEIVE_DOSSIER_V2,
  ReceiveDossierV2,
  WITHDRAW_DOSSIER_V1,
  WithdrawDossierV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { DossiersService } from './dossiers.service';

@Controller()
export class DossiersRpc {
  constructor(private readonly dossiers: DossiersService) {}

  @Respond(RECEIVE_DOSSIER_V2)
  receive(request: ReceiveDossierV2): Promise<DossierV1> {
    return this.dossiers.receiveDossier(request);
  }

  @Respond(GET_DOSSIER_V1)
  get(request: GetDossierV1): Promise<DossierV1> {
    return this.dossiers.getDossier(request.dossierId);
  }

  @Respond(WITHDRAW_DOSSIER_V1)
  withdraw(request: WithdrawDossierV1): Promise<DossierV1> {
    return this.dossiers.withdrawDossier(request);
  }
}
