import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ActorV1, DossierPageV1, DossierV1, REGISTER_FORMATS, Role } from '@motcua/contracts';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { dossierIdPipe, validationFailed } from '../http/validation';
import {
  ListDossiersQuery,
  RECEIVE_SUPPLEMENT_BODY_SCHEMA,
  RETURN_RESULT_BODY_SCHEMA,
  ReceiveSupplementBody,
  RegisterQuery,
  ReturnResultBody,
  registerFormat,
} from './dossier-desk.dto';
import { DossierDeskService } from './dossier-desk.service';

/** After reception: supplements brought to a counter, results handed over, the dossier lists and register 06. */
@ApiTags('dossiers')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1')
export class DossierDeskController {
  constructor(private readonly desk: DossierDeskService) {}

  @Get('dossiers')
  @ApiOperation({
    summary:
      'Dossiers newest first, paged; view=ready_for_return is the return counter list. Department staff see their unit only',
  })
  @ApiOkResponse({ schema: contractSchema('DossierPageV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  list(@Query() query: ListDossiersQuery, @CurrentActor() actor: ActorV1): Promise<DossierPageV1> {
    return this.desk.listDossiers(query, actor);
  }

  @Post('dossiers/:id/supplements')
  @HttpCode(200)
  @Roles(Role.Reception, Role.Admin)
  @ApiOperation({
    summary: 'The applicant brought the requested documents (status 5 → 4); routing restarts the clock',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: RECEIVE_SUPPLEMENT_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('DossierV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({ type: ErrorDto, description: 'DOSSIER_WRONG_STATUS: no supplement was requested' })
  receiveSupplement(
    @Param('id', dossierIdPipe) id: string,
    @Body() body: ReceiveSupplementBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<DossierV1> {
    return this.desk.receiveSupplement(id, body.documents, actor, idempotencyKey);
  }

  @Post('dossiers/:id/return')
  @HttpCode(200)
  @Roles(Role.Reception, Role.Admin)
  @ApiOperation({ summary: 'Hand the result over at the return counter (trả kết quả, status 10)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: RETURN_RESULT_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('DossierV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiConflictResponse({
    type: ErrorDto,
    description:
      'DOSSIER_WRONG_STATUS: not resolved; DOSSIER_RESULT_NOT_AT_CENTER: the paper result is on its way',
  })
  returnResult(
    @Param('id', dossierIdPipe) id: string,
    @Body() body: ReturnResultBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<DossierV1> {
    return this.desk.returnResult(id, body, actor, idempotencyKey);
  }

  @Get('registers/:file')
  @Roles(Role.Reception, Role.Manager, Role.Admin, Role.UnitLead)
  @ApiOperation({
    summary: `The dossier register (form 06, sổ theo dõi hồ sơ) of a reception period: dossiers.${REGISTER_FORMATS.join(' or dossiers.')}`,
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'The file' })
  @ApiBadRequestResponse({ type: ErrorDto })
  async register(
    @Param('file') file: string,
    @Query() query: RegisterQuery,
    @CurrentActor() actor: ActorV1,
  ): Promise<StreamableFile> {
    const format = registerFormat(file);
    if (!format) {
      throw validationFailed([
        { field: 'format', constraint: 'isIn', message: 'Tệp phải là dossiers.csv hoặc dossiers.xlsx' },
      ]);
    }
    const exported = await this.desk.exportRegister(query, format, actor);
    return new StreamableFile(Buffer.from(exported.contentBase64, 'base64'), {
      type: exported.contentType,
      disposition: `attachment; filename="${exported.filename}"`,
    });
  }
}
