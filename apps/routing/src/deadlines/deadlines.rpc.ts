import { Controller } from '@nestjs/common';
import { DoneSignalV1, SIGNAL_DONE_V1, SignalDoneV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { DoneSignalsService } from './done-signals.service';

@Controller()
export class DeadlinesRpc {
  constructor(private readonly doneSignals: DoneSignalsService) {}

  @Respond(SIGNAL_DONE_V1)
  signalDone(command: SignalDoneV1): Promise<DoneSignalV1> {
    return this.doneSignals.signalDone(command);
  }
}
