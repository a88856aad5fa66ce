import { Controller } from '@nestjs/common';
import { DossierRoutingV1, GET_DOSSIER_ROUTING_V1, GetDossierRoutingV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { AssignmentsService } from './assignments.service';

@Controller()
export class AssignmentsRpc {
  constructor(private readonly assignments: AssignmentsService) {}

  @Respond(GET_DOSSIER_ROUTING_V1)
  getRouting(request: GetDossierRoutingV1): Promise<DossierRoutingV1> {
    return this.assignments.getRouting(request.dossierId);
  }
}
