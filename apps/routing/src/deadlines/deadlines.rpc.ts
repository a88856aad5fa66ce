import { Controller } from '@nestjs/common';
import {
  CONFIRM_RESOLVED_V1,
  ConfirmResolvedV1,
  DoneSignalV1,
  ConfirmedResolutionsV1,
  SIGNAL_DONE_V1,
  SignalDoneV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { DoneSignalsService } from './done-signals.service';
import { ResolutionsService } from './resolutions.service';

@Controller()
export class DeadlinesRpc {
  constructor(
    private readonly resolutions: ResolutionsService,
    private readonly doneSignals: DoneSignalsService,
  ) {}

  @Respond(CONFIRM_RESOLVED_V1)
  confirmResolved(command: ConfirmResolvedV1): Promise<ConfirmedResolutionsV1> {
    return this.resolutions.confirmResolved(command);
  }

  @Respond(SIGNAL_DONE_V1)
  signalDone(command: SignalDoneV1): Promise<DoneSignalV1> {
    return this.doneSignals.signalDone(command);
  }
}
