import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ActorV1,
  DefaultProcessListV1,
  GET_PROCESS_V1,
  LIST_DEFAULT_PROCESSES_V1,
  PROCEDURE_CODE_PATTERN,
  PUBLISH_PROCESS_V1,
  ProcessDefinitionV1,
  ProcessV1,
  ProcessValidationV1,
  Role,
  VALIDATE_PROCESS_V1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { validationFailed } from '../http/validation';

function procedureCode(code: string): string {
  if (!PROCEDURE_CODE_PATTERN.test(code)) {
    throw validationFailed([
      {
        field: 'procedureCode',
        constraint: 'isProcedureCode',
        message: 'Mã thủ tục không đúng (ví dụ 2.000488)',
      },
    ]);
  }
  return code;
}

/** Internal processes (quy trình nội bộ) of procedures: admins define, validate and publish them. */
@ApiTags('processes')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1/processes')
export class ProcessesController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('validate')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiOperation({
    summary:
      'Check a process: cycles, unreachable steps, unknown next steps, durations against the time limit',
  })
  @ApiBody({ schema: contractSchema('ProcessDefinitionV1') })
  @ApiOkResponse({ schema: contractSchema('ProcessValidationV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  validate(@Body() definition: ProcessDefinitionV1): Promise<ProcessValidationV1> {
    return this.rpc.send(VALIDATE_PROCESS_V1, { definition });
  }

  @Post()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Publish a new version of a procedure’s process; running dossiers keep theirs' })
  @ApiBody({ schema: contractSchema('ProcessDefinitionV1') })
  @ApiCreatedResponse({ schema: contractSchema('ProcessV1') })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'PROCESS_INVALID with every problem in details' })
  publish(@Body() definition: ProcessDefinitionV1, @CurrentActor() actor: ActorV1): Promise<ProcessV1> {
    return this.rpc.send(PUBLISH_PROCESS_V1, { definition, actor });
  }

  @Get('defaults')
  @Roles(Role.Admin, Role.Manager)
  @ApiOperation({
    summary: 'Procedures still on the default one-step process (no internal process published)',
  })
  @ApiOkResponse({ schema: contractSchema('DefaultProcessListV1') })
  listDefaults(): Promise<DefaultProcessListV1> {
    return this.rpc.send(LIST_DEFAULT_PROCESSES_V1, {});
  }

  @Get(':procedureCode')
  @Roles(Role.Admin, Role.Manager)
  @ApiOperation({ summary: 'A procedure’s process with every published version' })
  @ApiOkResponse({ schema: contractSchema('ProcessV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  get(@Param('procedureCode') code: string): Promise<ProcessV1> {
    return this.rpc.send(GET_PROCESS_V1, { procedureCode: procedureCode(code) });
  }
}
