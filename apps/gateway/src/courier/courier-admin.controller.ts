import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ActorV1,
  CourierFiguresV1,
  CourierUnitListV1,
  CourierUnitV1,
  GET_COURIER_FIGURES_V1,
  LIST_COURIER_UNITS_V1,
  REPLACE_CONTACT_POINTS_V1,
  Role,
  UNIT_CODE_PATTERN,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { validationFailed } from '../http/validation';
import {
  CourierUnitsQuery,
  FiguresQuery,
  REPLACE_CONTACT_POINTS_BODY_SCHEMA,
  ReplaceContactPointsBody,
} from './courier.dto';

/** Contact points per unit (đầu mối giao nhận) and the manager's transport figures. */
@ApiTags('courier')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1/courier')
export class CourierAdminController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('units')
  @Roles(Role.Admin, Role.Manager, Role.Postal, Role.Reception)
  @ApiOperation({
    summary: 'Units with their contact points; `hasContactPoint: false` and `heldShipments` tell what waits',
  })
  @ApiOkResponse({ schema: contractSchema('CourierUnitListV1') })
  units(@Query() query: CourierUnitsQuery): Promise<CourierUnitListV1> {
    return this.rpc.send(LIST_COURIER_UNITS_V1, {
      withoutContactPoint: query.withoutContactPoint === 'true',
    });
  }

  @Put('units/:code/contact-points')
  @Roles(Role.Admin, Role.Manager)
  @ApiOperation({
    summary: "Replace a unit's contact points; shipments held for it are then released in the background",
    description:
      'Answers once the contact points are stored. Shipments held for the unit are released after the answer, ' +
      'in batches (each announced once with `courier.shipment.released.v1`); `releasingShipments` counts those ' +
      'not yet released, `heldShipments` those still waiting for a contact point.',
  })
  @ApiBody({ schema: REPLACE_CONTACT_POINTS_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('CourierUnitV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  replaceContactPoints(
    @Param('code') unitCode: string,
    @Body() body: ReplaceContactPointsBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<CourierUnitV1> {
    if (!UNIT_CODE_PATTERN.test(unitCode)) {
      throw validationFailed([
        {
          field: 'code',
          constraint: 'isUnitCode',
          message: 'Mã đơn vị không đúng QCVN 102 (ví dụ 000.00.20.H41)',
        },
      ]);
    }
    return this.rpc.send(REPLACE_CONTACT_POINTS_V1, { unitCode, contactPoints: body.contactPoints, actor });
  }

  @Get('figures')
  @Roles(Role.Manager, Role.Admin)
  @ApiOperation({
    summary: 'Transport time per route and unit, packages per pickup, incidents, over a period',
  })
  @ApiOkResponse({ schema: contractSchema('CourierFiguresV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  figures(@Query() query: FiguresQuery): Promise<CourierFiguresV1> {
    return this.rpc.send(GET_COURIER_FIGURES_V1, { from: query.from, to: query.to });
  }
}
