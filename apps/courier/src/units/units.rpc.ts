import { Controller } from '@nestjs/common';
import {
  CourierUnitListV1,
  CourierUnitV1,
  LIST_COURIER_UNITS_V1,
  ListCourierUnitsV1,
  REPLACE_CONTACT_POINTS_V1,
  ReplaceContactPointsV1,
} from '@motcua/contracts';
import { Respond } from '@motcua/messaging';
import { UnitsService } from './units.service';

@Controller()
export class UnitsRpc {
  constructor(private readonly units: UnitsService) {}

  @Respond(REPLACE_CONTACT_POINTS_V1)
  replaceContactPoints(request: ReplaceContactPointsV1): Promise<CourierUnitV1> {
    return this.units.replaceContactPoints(request);
  }

  @Respond(LIST_COURIER_UNITS_V1)
  list(request: ListCourierUnitsV1): Promise<CourierUnitListV1> {
    return this.units.listUnits(request);
  }
}
