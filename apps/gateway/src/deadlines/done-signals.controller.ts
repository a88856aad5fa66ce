import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ActorV1, DoneSignalV1, Role, SIGNAL_DONE_V1 } from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { dossierIdPipe } from '../http/validation';
import { DONE_SIGNAL_BODY_SCHEMA, DoneSignalBody } from './deadlines.dto';

@ApiTags('deadlines')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@Controller('api/v1/dossiers')
export class DoneSignalsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post(':id/done-signals')
  @HttpCode(200)
  @Roles(Role.Officer, Role.UnitLead, Role.Postal, Role.Admin)
  @ApiOperation({
    summary:
      'Report a sign that the work is done (result document attached, result package picked up): alerts the unit lead while the dossier is unconfirmed',
  })
  @ApiBody({ schema: DONE_SIGNAL_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('DoneSignalV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiForbiddenResponse({ type: ErrorDto, description: "Another unit's dossier" })
  @ApiNotFoundResponse({ type: ErrorDto })
  signal(
    @Param('id', dossierIdPipe) id: string,
    @Body() body: DoneSignalBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<DoneSignalV1> {
    return this.rpc.send(SIGNAL_DONE_V1, { ...body, dossierId: id, actor });
  }
}
