import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ActorV1,
  CREATE_PROCEDURE_V1,
  CounterListV1,
  GET_PROCEDURE_V1,
  LIST_COUNTERS_V1,
  LIST_UNITS_V1,
  PROCEDURE_CODE_PATTERN,
  REPUBLISH_REFERENCE_DATA_V1,
  ReferenceDataRepublishedV1,
  ProcedureDefinitionV1,
  ProcedurePageV1,
  ProcedureV1,
  RETIRE_PROCEDURE_V1,
  REVISE_PROCEDURE_V1,
  Role,
  SEARCH_PROCEDURES_V1,
  UnitListV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ErrorDto } from '../http/error.dto';
import { contractSchema } from '../http/contract-schemas';
import { validationFailed } from '../http/validation';
import { RetireProcedureBody, ReviseProcedureBody, SearchProceduresQuery } from './catalog.dto';

function procedureCode(code: string): string {
  if (!PROCEDURE_CODE_PATTERN.test(code)) {
    throw validationFailed([
      { field: 'code', constraint: 'isProcedureCode', message: 'Mã thủ tục không đúng (ví dụ 2.000488)' },
    ]);
  }
  return code;
}

function sameCode(path: string, definition: ProcedureDefinitionV1): void {
  if (definition.code !== path) {
    throw validationFailed([
      {
        field: 'definition.code',
        constraint: 'matchesPath',
        message: `Mã thủ tục phải là ${path} như trên đường dẫn`,
      },
    ]);
  }
}

/** The procedure catalog (danh mục TTHC): everyone searches it; admins create, revise and retire. */
@ApiTags('catalog')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1')
export class CatalogController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('procedures')
  @ApiOperation({ summary: 'Search procedures by code or name (accents optional), sector and unit' })
  @ApiOkResponse({ schema: contractSchema('ProcedurePageV1') })
  search(@Query() query: SearchProceduresQuery): Promise<ProcedurePageV1> {
    return this.rpc.send(SEARCH_PROCEDURES_V1, {
      ...(query.q ? { query: query.q } : {}),
      ...(query.sector ? { sector: query.sector } : {}),
      ...(query.unitCode ? { unitCode: query.unitCode } : {}),
      includeRetired: query.includeRetired ?? false,
      page: query.page,
      pageSize: query.pageSize,
    });
  }

  @Get('procedures/:code')
  @ApiOperation({ summary: 'One procedure: its version in force and its version history' })
  @ApiOkResponse({ schema: contractSchema('ProcedureV1') })
  @ApiNotFoundResponse({ type: ErrorDto })
  get(@Param('code') code: string): Promise<ProcedureV1> {
    return this.rpc.send(GET_PROCEDURE_V1, { code: procedureCode(code) });
  }

  @Post('procedures')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Add a procedure (version 1); announced as intake.procedure.published.v1' })
  @ApiBody({ schema: contractSchema('ProcedureDefinitionV1') })
  @ApiCreatedResponse({ schema: contractSchema('ProcedureV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'PROCEDURE_EXISTS' })
  create(@Body() definition: ProcedureDefinitionV1, @CurrentActor() actor: ActorV1): Promise<ProcedureV1> {
    return this.rpc.send(CREATE_PROCEDURE_V1, { definition, actor });
  }

  @Put('procedures/:code')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Publish a new version; dossiers already received keep theirs' })
  @ApiOkResponse({ schema: contractSchema('ProcedureV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'PROCEDURE_VERSION_STALE, PROCEDURE_RETIRED' })
  revise(
    @Param('code') code: string,
    @Body() body: ReviseProcedureBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<ProcedureV1> {
    sameCode(procedureCode(code), body.definition);
    return this.rpc.send(REVISE_PROCEDURE_V1, {
      definition: body.definition,
      expectedVersion: body.expectedVersion,
      actor,
    });
  }

  @Post('procedures/:code/retire')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Stop receiving dossiers for a procedure' })
  @ApiOkResponse({ schema: contractSchema('ProcedureV1') })
  @ApiConflictResponse({ type: ErrorDto })
  retire(
    @Param('code') code: string,
    @Body() body: RetireProcedureBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<ProcedureV1> {
    return this.rpc.send(RETIRE_PROCEDURE_V1, { code: procedureCode(code), ...body, actor });
  }

  @Get('units')
  @ApiOperation({ summary: 'Units (đơn vị) of the Center directory with their QCVN 102 codes' })
  @ApiOkResponse({ schema: contractSchema('UnitListV1') })
  units(): Promise<UnitListV1> {
    return this.rpc.send(LIST_UNITS_V1, {});
  }

  @Get('counters')
  @ApiOperation({ summary: 'Counters (quầy) of the Center and the units each serves' })
  @ApiOkResponse({ schema: contractSchema('CounterListV1') })
  counters(): Promise<CounterListV1> {
    return this.rpc.send(LIST_COUNTERS_V1, {});
  }

  @Post('reference-data/republish')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiOperation({
    summary:
      'Announce every unit, procedure version and calendar year again, for a service whose copy missed them',
  })
  @ApiOkResponse({ schema: contractSchema('ReferenceDataRepublishedV1') })
  republish(@CurrentActor() actor: ActorV1): Promise<ReferenceDataRepublishedV1> {
    return this.rpc.send(REPUBLISH_REFERENCE_DATA_V1, { actor });
  }
}
