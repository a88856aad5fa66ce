import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ActorV1, CONFIRM_RESOLVED_V1, ConfirmedResolutionsV1, Role } from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { CONFIRM_RESOLVED_BODY_SCHEMA, ConfirmResolvedBody } from './deadlines.dto';

@ApiTags('deadlines')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@Controller('api/v1/resolutions')
export class ResolutionsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @HttpCode(200)
  @Roles(Role.Officer, Role.UnitLead, Role.Admin)
  @ApiOperation({
    summary:
      'Confirm dossiers resolved (xác nhận đã xử lý xong, status 9), one or many at once; a unit lead may record an earlier actual time with a reason and evidence',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: CONFIRM_RESOLVED_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('ConfirmedResolutionsV1') })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'Invalid body, or a time before the last hand-over' })
  @ApiForbiddenResponse({
    type: ErrorDto,
    description: "Another unit's dossier, or an earlier time without unit lead",
  })
  @ApiConflictResponse({ type: ErrorDto, description: 'Already resolved or stopped' })
  confirm(
    @Body() body: ConfirmResolvedBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<ConfirmedResolutionsV1> {
    return this.rpc.send(CONFIRM_RESOLVED_V1, {
      ...body,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }
}
