import { Controller } from '@nestjs/common';
import {
  REPUBLISH_REFERENCE_DATA_V1,
  ReferenceDataRepublishedV1,
  RepublishReferenceDataV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { ReferenceDataService } from './reference-data.service';

@Controller()
export class ReferenceDataRpc {
  constructor(private readonly referenceData: ReferenceDataService) {}

  @Respond(REPUBLISH_REFERENCE_DATA_V1)
  republish(_request: RepublishReferenceDataV1): Promise<ReferenceDataRepublishedV1> {
    return this.referenceData.republish();
  }
}
