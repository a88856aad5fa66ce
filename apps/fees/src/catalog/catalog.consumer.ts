import { Controller } from '@nestjs/common';
import {
  PROCEDURE_PUBLISHED_V1,
  ProcedurePublishedV1,
  UNIT_PUBLISHED_V1,
  UnitPublishedV1,
} from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { AssessmentsService } from '../assessments/assessments.service';
import { CatalogService } from './catalog.service';

@Controller()
export class CatalogConsumer {
  constructor(
    private readonly catalog: CatalogService,
    private readonly assessments: AssessmentsService,
  ) {}

  @Subscribe(PROCEDURE_PUBLISHED_V1)
  async onProcedurePublished(event: ProcedurePublishedV1, context: MessageContext): Promise<void> {
    const copy = await this.catalog.keepProcedureVersion(context.tx, event);
    await this.assessments.assessWaiting(context.tx, copy);
  }

  @Subscribe(UNIT_PUBLISHED_V1)
  onUnitPublished(event: UnitPublishedV1, context: MessageContext): Promise<void> {
    return this.catalog.keepUnit(context.tx, event);
  }
}
