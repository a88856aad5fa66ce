import { Controller } from '@nestjs/common';
import {
  RECORD_INCOMPLETE_RECEPTION_V1,
  REFUSE_RECEPTION_V1,
  RENDER_RECEPTION_SLIP_V1,
  ReceptionRecordV1,
  RecordIncompleteReceptionV1,
  RefuseReceptionV1,
  RenderReceptionSlipV1,
  RenderedDocumentV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { ReceptionRecordsService } from './reception-records.service';

@Controller()
export class ReceptionRecordsRpc {
  constructor(private readonly records: ReceptionRecordsService) {}

  @Respond(RECORD_INCOMPLETE_RECEPTION_V1)
  recordIncomplete(request: RecordIncompleteReceptionV1): Promise<ReceptionRecordV1> {
    return this.records.recordIncomplete(request);
  }

  @Respond(REFUSE_RECEPTION_V1)
  refuse(request: RefuseReceptionV1): Promise<ReceptionRecordV1> {
    return this.records.refuse(request);
  }

  @Respond(RENDER_RECEPTION_SLIP_V1)
  renderSlip(request: RenderReceptionSlipV1): Promise<RenderedDocumentV1> {
    return this.records.renderSlip(request.recordId, request.format);
  }
}
