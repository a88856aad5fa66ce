import { Controller } from '@nestjs/common';
import {
  PROCEDURE_PUBLISHED_V1,
  ProcedurePublishedV1,
  UNIT_PUBLISHED_V1,
  UnitPublishedV1,
} from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { ProceduresService } from './procedures.service';

@Controller()
export class ProceduresConsumer {
  constructor(private readonly procedures: ProceduresService) {}

  @Subscribe(PROCEDURE_PUBLISHED_V1)
  onProcedurePublished(event: ProcedurePublishedV1, context: MessageContext): Promise<void> {
    return this.procedures.keepVersion(context.tx, event);
  }

  @Subscribe(UNIT_PUBLISHED_V1)
  onUnitPublished(event: UnitPublishedV1, context: MessageContext): Promise<void> {
    return this.procedures.keepUnit(context.tx, event);
  }
}
