import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile } from '@nestjs/common';
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
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ActorV1,
  AssignmentRuleV1,
  DossierRoutingV1,
  Role,
  UNIT_CODE_PATTERN,
  WorkPageV1,
} from '@motcua/contracts';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { pdfResponse } from '../http/pdf-response';
import { dossierIdPipe, validationFailed } from '../http/validation';
import {
  ASSIGNMENT_RULE_BODY_SCHEMA,
  AssignmentRuleBody,
  DOSSIER_ACTION_BODY_SCHEMA,
  DossierActionBody,
  UnitOfficerListDto,
  WorkQuery,
} from './work.dto';
import { WorkService } from './work.service';

function checkedUnitCode(unitCode: string): string {
  if (!UNIT_CODE_PATTERN.test(unitCode)) {
    throw validationFailed([
      {
        field: 'unitCode',
        constraint: 'isUnitCode',
        message: 'Mã đơn vị không đúng (ví dụ 000.00.20.H41)',
      },
    ]);
  }
  return unitCode;
}

/** Officers' and unit leads' work: their unit's queue and the actions on its dossiers. */
@ApiTags('work')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1')
export class WorkController {
  constructor(private readonly work: WorkService) {}

  @Get('work')
  @Roles(Role.Officer, Role.UnitLead, Role.Manager, Role.Admin)
  @ApiOperation({
    summary:
      'Work queue (hồ sơ cần xử lý) of my unit, or of a unit for Center-wide staff: new, processing, due soon, overdue, awaiting supplement',
  })
  @ApiOkResponse({ schema: contractSchema('WorkPageV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  queue(@Query() query: WorkQuery, @CurrentActor() actor: ActorV1): Promise<WorkPageV1> {
    return this.work.listQueue(actor, query);
  }

  @Get('work/dossiers/:id')
  @ApiOperation({
    summary: 'Where a dossier is in its process: steps, history, deadlines, version to act on',
  })
  @ApiOkResponse({ schema: contractSchema('DossierRoutingV1') })
  @ApiNotFoundResponse({ type: ErrorDto })
  routing(@Param('id', dossierIdPipe) id: string, @CurrentActor() actor: ActorV1): Promise<DossierRoutingV1> {
    return this.work.getRouting(id, actor);
  }

  @Post('work/dossiers/:id/actions')
  @HttpCode(200)
  @Roles(Role.Officer, Role.UnitLead)
  @ApiOperation({
    summary:
      'Act on a dossier held by my unit: claim, assign, forward, return, request_supplement, attach_result, resolve, stop, extend',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retries with the same key return the first result',
  })
  @ApiBody({ schema: DOSSIER_ACTION_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('DossierRoutingV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({
    type: ErrorDto,
    description:
      'ROUTING_VERSION_STALE (someone acted first), ROUTING_SUPPLEMENT_ALREADY_REQUESTED, ROUTING_EXTENSION_TOO_LATE, ...',
  })
  act(
    @Param('id', dossierIdPipe) id: string,
    @Body() body: DossierActionBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<DossierRoutingV1> {
    return this.work.act(id, body, actor, idempotencyKey);
  }

  @Get('work/units/:unitCode/assignment-rule')
  @Roles(Role.Admin, Role.UnitLead)
  @ApiOperation({
    summary:
      "A unit's rule for new steps: `none` (officers claim them) or `round_robin` among the officers listed",
  })
  @ApiOkResponse({ schema: contractSchema('AssignmentRuleV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  getAssignmentRule(
    @Param('unitCode') unitCode: string,
    @CurrentActor() actor: ActorV1,
  ): Promise<AssignmentRuleV1> {
    return this.work.getAssignmentRule(checkedUnitCode(unitCode), actor);
  }

  @Put('work/units/:unitCode/assignment-rule')
  @Roles(Role.Admin, Role.UnitLead)
  @ApiOperation({
    summary:
      "How a unit's new steps reach its officers: nobody (they claim them) or round-robin among the officers listed",
  })
  @ApiBody({ schema: ASSIGNMENT_RULE_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('AssignmentRuleV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  setAssignmentRule(
    @Param('unitCode') unitCode: string,
    @Body() body: AssignmentRuleBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<AssignmentRuleV1> {
    return this.work.setAssignmentRule(checkedUnitCode(unitCode), body, actor);
  }

  @Get('work/units/:unitCode/officers')
  @Roles(Role.Admin, Role.UnitLead)
  @ApiOperation({ summary: "A unit's active officers and leads, who may take its new steps in turn" })
  @ApiOkResponse({ type: UnitOfficerListDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  unitOfficers(
    @Param('unitCode') unitCode: string,
    @CurrentActor() actor: ActorV1,
  ): Promise<UnitOfficerListDto> {
    return this.work.listUnitOfficers(checkedUnitCode(unitCode), actor);
  }

  @Get('dossiers/:id/control-slip.pdf')
  @ApiOperation({
    summary: 'The process control slip (phiếu kiểm soát quá trình giải quyết hồ sơ, form 05) as PDF',
  })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'The PDF' })
  @ApiNotFoundResponse({ type: ErrorDto })
  async controlSlip(
    @Param('id', dossierIdPipe) id: string,
    @CurrentActor() actor: ActorV1,
  ): Promise<StreamableFile> {
    return pdfResponse(await this.work.renderControlSlip(id, actor));
  }
}
