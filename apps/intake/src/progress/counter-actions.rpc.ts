import { Controller } from '@nestjs/common';
import {
  DossierV1,
  RECEIVE_SUPPLEMENT_V1,
  RETURN_RESULT_V1,
  ReceiveSupplementV1,
  ReturnResultV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { CounterActionsService } from './counter-actions.service';

@Controller()
export class CounterActionsRpc {
  constructor(private readonly actions: CounterActionsService) {}

  @Respond(RECEIVE_SUPPLEMENT_V1)
  receiveSupplement(request: ReceiveSupplementV1): Promise<DossierV1> {
    return this.actions.receiveSupplement(request);
  }

  @Respond(RETURN_RESULT_V1)
  returnResult(request: ReturnResultV1): Promise<DossierV1> {
    return this.actions.returnResult(request);
  }
}
