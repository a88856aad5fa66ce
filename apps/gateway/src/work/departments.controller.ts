import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ActorV1, DossierAction, DossierRoutingV1, WorkPageV1 } from '@motcua/contracts';
import { CurrentActor } from '../auth/auth.decorators';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import {
  AttachResultBody,
  DOSSIER_ACTION_BODY_SCHEMA,
  DepartmentQueueQuery,
  DossierActionBody,
} from './work.dto';
import { departmentActor } from './department-actor';
import { dossierIdPipe } from '../http/validation';
import { WorkService } from './work.service';

/**
 * Service endpoints for departments' own systems (`POST /api/v1/auth/token` with client credentials): the
 * dossiers their unit holds, the same actions as the staff UI, and result references. A department never
 * sees another department's dossiers.
 */
@ApiTags('departments')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto, description: 'Not a department client, or another unit’s dossier' })
@Controller('api/v1/departments')
export class DepartmentsController {
  constructor(private readonly work: WorkService) {}

  @Get('dossiers')
  @ApiOperation({ summary: 'Dossiers assigned to my unit, filtered and paged' })
  @ApiOkResponse({ schema: contractSchema('WorkPageV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  list(@Query() query: DepartmentQueueQuery, @CurrentActor() actor: ActorV1): Promise<WorkPageV1> {
    return this.work.listQueue(departmentActor(actor), query);
  }

  @Get('dossiers/:id')
  @ApiOperation({ summary: 'One dossier my unit holds or held: steps, history, deadlines, version' })
  @ApiOkResponse({ schema: contractSchema('DossierRoutingV1') })
  @ApiNotFoundResponse({ type: ErrorDto })
  get(@Param('id', dossierIdPipe) id: string, @CurrentActor() actor: ActorV1): Promise<DossierRoutingV1> {
    return this.work.getRouting(id, departmentActor(actor));
  }

  @Post('dossiers/:id/actions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Act on a dossier my unit holds (same actions as the staff UI)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: DOSSIER_ACTION_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('DossierRoutingV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'ROUTING_VERSION_STALE and other state conflicts' })
  act(
    @Param('id', dossierIdPipe) id: string,
    @Body() body: DossierActionBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<DossierRoutingV1> {
    return this.work.act(id, body, departmentActor(actor), idempotencyKey);
  }

  @Post('dossiers/:id/result')
  @HttpCode(200)
  @ApiOperation({ summary: 'Attach the reference of the result document (số, ký hiệu văn bản kết quả)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ schema: contractSchema('DossierRoutingV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto })
  attachResult(
    @Param('id', dossierIdPipe) id: string,
    @Body() body: AttachResultBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<DossierRoutingV1> {
    return this.work.act(
      id,
      { ...body, action: DossierAction.AttachResult },
      departmentActor(actor),
      idempotencyKey,
    );
  }
}
