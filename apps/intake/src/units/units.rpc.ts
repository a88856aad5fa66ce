import { Controller } from '@nestjs/common';
import { CounterListV1, LIST_COUNTERS_V1, LIST_UNITS_V1, UnitListV1 } from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { UnitsService } from './units.service';

@Controller()
export class UnitsRpc {
  constructor(private readonly units: UnitsService) {}

  @Respond(LIST_UNITS_V1)
  listUnits(): Promise<UnitListV1> {
    return this.units.listUnits();
  }

  @Respond(LIST_COUNTERS_V1)
  listCounters(): Promise<CounterListV1> {
    return this.units.listCounters();
  }
}
