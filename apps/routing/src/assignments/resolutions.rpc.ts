import { Controller } from '@nestjs/common';
import { CONFIRM_RESOLVED_V1, ConfirmResolvedV1, ConfirmedResolutionsV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { ResolutionsService } from './resolutions.service';

@Controller()
export class ResolutionsRpc {
  constructor(private readonly resolutions: ResolutionsService) {}

  @Respond(CONFIRM_RESOLVED_V1)
  confirmResolved(command: ConfirmResolvedV1): Promise<ConfirmedResolutionsV1> {
    return this.resolutions.confirmResolved(command);
  }
}
