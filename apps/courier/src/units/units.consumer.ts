import { Controller } from '@nestjs/common';
import { UNIT_PUBLISHED_V1, UnitPublishedV1 } from '@motcua/contracts';
import { MessageContext, Subscribe } from '@motcua/messaging';
import { UnitsService } from './units.service';

@Controller()
export class UnitsConsumer {
  constructor(private readonly units: UnitsService) {}

  @Subscribe(UNIT_PUBLISHED_V1)
  onUnitPublished(published: UnitPublishedV1, context: MessageContext): Promise<void> {
    return this.units.recordUnit(context.tx, published);
  }
}
