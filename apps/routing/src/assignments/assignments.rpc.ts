import { Controller } from '@nestjs/common';
import {
  ACT_ON_DOSSIER_V1,
  DossierActionV1,
  DossierRoutingV1,
  GET_DOSSIER_ROUTING_V1,
  GetDossierRoutingV1,
  LIST_WORK_V1,
  ListWorkV1,
  RENDER_CONTROL_SLIP_V1,
  RenderControlSlipV1,
  RenderedDocumentV1,
  SET_ASSIGNMENT_RULE_V1,
  GET_ASSIGNMENT_RULE_V1,
  GetAssignmentRuleV1,
  AssignmentRuleV1,
  SetAssignmentRuleV1,
  WorkPageV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { ActionsService } from './actions.service';
import { AssignmentRulesService } from './assignment-rules.service';
import { AssignmentsService } from './assignments.service';
import { ControlSlipService } from './control-slip.service';
import { WorkQueueService } from './work-queue.service';

@Controller()
export class AssignmentsRpc {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly actions: ActionsService,
    private readonly queue: WorkQueueService,
    private readonly slips: ControlSlipService,
    private readonly rules: AssignmentRulesService,
  ) {}

  @Respond(GET_DOSSIER_ROUTING_V1)
  getRouting(request: GetDossierRoutingV1): Promise<DossierRoutingV1> {
    return this.assignments.getRouting(request.dossierId, request.actor);
  }

  @Respond(ACT_ON_DOSSIER_V1)
  act(request: DossierActionV1): Promise<DossierRoutingV1> {
    return this.actions.act(request);
  }

  @Respond(LIST_WORK_V1)
  listWork(request: ListWorkV1): Promise<WorkPageV1> {
    return this.queue.listWork(request);
  }

  @Respond(RENDER_CONTROL_SLIP_V1)
  renderControlSlip(request: RenderControlSlipV1): Promise<RenderedDocumentV1> {
    return this.slips.renderControlSlip(request.dossierId, request.actor);
  }

  @Respond(SET_ASSIGNMENT_RULE_V1)
  setAssignmentRule(request: SetAssignmentRuleV1): Promise<AssignmentRuleV1> {
    return this.rules.setRule(request);
  }

  @Respond(GET_ASSIGNMENT_RULE_V1)
  getAssignmentRule(request: GetAssignmentRuleV1): Promise<AssignmentRuleV1> {
    return this.rules.getRule(request);
  }
}
