import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ActorV1, DossierV1, Role } from '@motcua/contracts';
import { contractSchema } from '../http/contract-schemas';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ErrorDto } from '../http/error.dto';
import { validationFailed } from '../http/validation';
import { DossierViewDto, RECEIVE_DOSSIER_BODY_SCHEMA, ReceiveDossierBody } from './dossiers.dto';
import { DossiersService } from './dossiers.service';
import { IdempotencyKey } from './idempotency-key.decorator';

const dossierIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    validationFailed([{ field: 'id', constraint: 'isUuid', message: 'Mã định danh hồ sơ không hợp lệ' }]),
});

@ApiTags('dossiers')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1/dossiers')
export class DossiersController {
  constructor(private readonly dossiers: DossiersService) {}

  @Post()
  @Roles(Role.Reception, Role.Admin)
  @ApiOperation({
    summary:
      'Receive a complete dossier (tiếp nhận hồ sơ): pins the procedure version, gives the code and the appointment',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retries with the same key return the first result',
  })
  @ApiBody({ schema: RECEIVE_DOSSIER_BODY_SCHEMA })
  @ApiCreatedResponse({ schema: contractSchema('DossierV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'Idempotency-Key reused with different content' })
  receive(
    @Body() body: ReceiveDossierBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<DossierV1> {
    return this.dossiers.receiveDossier(body, actor, idempotencyKey);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One dossier as every service sees it' })
  @ApiOkResponse({ type: DossierViewDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  view(@Param('id', dossierIdPipe) id: string, @CurrentActor() actor: ActorV1): Promise<DossierViewDto> {
    return this.dossiers.viewDossier(id, actor);
  }
}
