import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
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
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ActorV1,
  DOSSIER_SLIP_FORMS,
  DossierSlipForm,
  DossierV1,
  PaperFormat,
  Role,
} from '@motcua/contracts';
import { contractSchema } from '../http/contract-schemas';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ErrorDto } from '../http/error.dto';
import { paperFormat, pdfResponse } from '../http/pdf-response';
import { dossierIdPipe, validationFailed } from '../http/validation';
import {
  DossierViewDto,
  RECEIVE_DOSSIER_BODY_SCHEMA,
  ReceiveDossierBody,
  WITHDRAW_DOSSIER_BODY_SCHEMA,
  WithdrawDossierBody,
} from './dossiers.dto';
import { DossiersService } from './dossiers.service';
import { IdempotencyKey } from './idempotency-key.decorator';

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

  @Get(':id/slips/:file')
  @ApiOperation({
    summary:
      'A printed slip of the dossier as PDF: 01.pdf, the reception and appointment slip; 04.pdf, the apology with the new date once extended',
  })
  @ApiProduces('application/pdf')
  @ApiQuery({
    name: 'format',
    enum: PaperFormat,
    required: false,
    description: 'A4 (default) or the 80 mm counter roll',
  })
  @ApiOkResponse({ description: 'The PDF' })
  @ApiNotFoundResponse({ type: ErrorDto })
  async slip(
    @Param('id', dossierIdPipe) id: string,
    @Param('file') file: string,
    @Query('format') format: string | undefined,
    @CurrentActor() actor: ActorV1,
  ): Promise<StreamableFile> {
    const form = /^(\d{2})\.pdf$/.exec(file)?.[1];
    if (!form || !(DOSSIER_SLIP_FORMS as readonly string[]).includes(form)) {
      throw validationFailed([
        {
          field: 'form',
          constraint: 'isIn',
          message: `Mẫu phiếu phải là một trong: ${DOSSIER_SLIP_FORMS.join(', ')}`,
        },
      ]);
    }
    return pdfResponse(
      await this.dossiers.renderSlip(id, form as DossierSlipForm, paperFormat(format), actor),
    );
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Roles(Role.Reception, Role.Admin)
  @ApiOperation({ summary: 'The applicant withdraws the dossier (rút hồ sơ, status 7)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: WITHDRAW_DOSSIER_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('DossierV1') })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'DOSSIER_WRONG_STATUS: resolved, returned, stopped or withdrawn',
  })
  withdraw(
    @Param('id', dossierIdPipe) id: string,
    @Body() body: WithdrawDossierBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<DossierV1> {
    return this.dossiers.withdrawDossier(id, body.reason, actor, idempotencyKey);
  }
}
