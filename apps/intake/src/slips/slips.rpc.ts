import { Controller } from '@nestjs/common';
import { RENDER_DOSSIER_SLIP_V1, RenderDossierSlipV1, RenderedDocumentV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { SlipsService } from './slips.service';

@Controller()
export class SlipsRpc {
  constructor(private readonly slips: SlipsService) {}

  @Respond(RENDER_DOSSIER_SLIP_V1)
  render(request: RenderDossierSlipV1): Promise<RenderedDocumentV1> {
    return request.form === '04'
      ? this.slips.renderApologyLetter(request.dossierId, request.format)
      : this.slips.renderReceptionSlip(request.dossierId, request.format);
  }
}
