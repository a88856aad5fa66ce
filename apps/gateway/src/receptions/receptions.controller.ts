import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
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
  PaperFormat,
  RECORD_INCOMPLETE_RECEPTION_V1,
  REFUSE_RECEPTION_V1,
  RENDER_RECEPTION_SLIP_V1,
  ReceptionRecordV1,
  Role,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { AuthError, AuthErrorCode } from '../auth/auth.errors';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { canSee } from '../dossiers/dossiers.service';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { paperFormat, pdfResponse } from '../http/pdf-response';
import { idPipe } from '../http/validation';
import {
  RECORD_INCOMPLETE_BODY_SCHEMA,
  REFUSE_BODY_SCHEMA,
  RecordIncompleteBody,
  RefuseBody,
} from './receptions.dto';

const recordIdPipe = idPipe('Mã phiếu');

/** Counter visits that do not end in a received dossier: guidance for an incomplete one (form 02) or refusal (03). */
@ApiTags('reception')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1/receptions')
export class ReceptionsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('incomplete')
  @Roles(Role.Reception, Role.Admin)
  @ApiOperation({
    summary: 'Incomplete dossier: written guidance listing everything missing at once (form 02); no code',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: RECORD_INCOMPLETE_BODY_SCHEMA })
  @ApiCreatedResponse({ schema: contractSchema('ReceptionRecordV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  recordIncomplete(
    @Body() body: RecordIncompleteBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<ReceptionRecordV1> {
    return this.rpc.send(RECORD_INCOMPLETE_RECEPTION_V1, {
      ...body,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  @Post('refused')
  @Roles(Role.Reception, Role.Admin)
  @ApiOperation({ summary: 'Refusal at reception with its reason (form 03)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: REFUSE_BODY_SCHEMA })
  @ApiCreatedResponse({ schema: contractSchema('ReceptionRecordV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  refuse(
    @Body() body: RefuseBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<ReceptionRecordV1> {
    return this.rpc.send(REFUSE_RECEPTION_V1, {
      ...body,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  @Get(':id/slip.pdf')
  @ApiOperation({ summary: 'The slip of the visit as PDF: form 02 (guidance) or form 03 (refusal)' })
  @ApiProduces('application/pdf')
  @ApiQuery({ name: 'format', enum: PaperFormat, required: false })
  @ApiOkResponse({ description: 'The PDF' })
  @ApiNotFoundResponse({ type: ErrorDto })
  async slip(
    @Param('id', recordIdPipe) id: string,
    @Query('format') format: string | undefined,
    @CurrentActor() actor: ActorV1,
  ): Promise<StreamableFile> {
    const document = await this.rpc.send(RENDER_RECEPTION_SLIP_V1, {
      recordId: id,
      format: paperFormat(format),
    });
    if (!canSee(actor, document.unitCode)) throw new AuthError(AuthErrorCode.UnitForbidden);
    return pdfResponse(document);
  }
}
