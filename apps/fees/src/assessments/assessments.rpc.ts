import { Controller } from '@nestjs/common';
import {
  AssessmentV1,
  GET_ASSESSMENT_V1,
  GetAssessmentV1,
  WAIVE_FEE_V1,
  WaiveFeeV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { AssessmentsService } from './assessments.service';

@Controller()
export class AssessmentsRpc {
  constructor(private readonly assessments: AssessmentsService) {}

  @Respond(GET_ASSESSMENT_V1)
  get(request: GetAssessmentV1): Promise<AssessmentV1> {
    return this.assessments.getAssessment(request.dossierId);
  }

  @Respond(WAIVE_FEE_V1)
  waive(request: WaiveFeeV1): Promise<AssessmentV1> {
    return this.assessments.waiveFee(request);
  }
}
