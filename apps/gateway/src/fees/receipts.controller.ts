import { Body, Controller, Get, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiForbiddenResponse,
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
  CORRECT_RECEIPT_V1,
  PaperFormat,
  RENDER_RECEIPT_V1,
  ReceiptCorrectionV1,
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
import { CORRECT_RECEIPT_BODY_SCHEMA, CorrectReceiptBody } from './fees.dto';

const receiptIdPipe = idPipe('Mã định danh biên lai');

@ApiTags('fees')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1/receipts')
export class ReceiptsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get(':id/pdf')
  @ApiOperation({ summary: 'A receipt as PDF, for printing and handing to the payer' })
  @ApiProduces('application/pdf')
  @ApiQuery({
    name: 'format',
    enum: PaperFormat,
    required: false,
    description: 'A4 (default) or the 80 mm roll',
  })
  @ApiOkResponse({ description: 'The PDF' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'RECEIPT_NOT_FOUND' })
  async pdf(
    @Param('id', receiptIdPipe) id: string,
    @Query('format') format: string | undefined,
    @CurrentActor() actor: ActorV1,
  ): Promise<StreamableFile> {
    const document = await this.rpc.send(RENDER_RECEIPT_V1, { receiptId: id, format: paperFormat(format) });
    if (!canSee(actor, document.unitCode)) throw new AuthError(AuthErrorCode.UnitForbidden);
    return pdfResponse(document);
  }

  @Post(':id/corrections')
  @Roles(Role.UnitLead, Role.Manager, Role.Admin)
  @ApiOperation({
    summary:
      'Cancel, replace or adjust a receipt (hủy, thay thế, điều chỉnh) with a reason; the caller is the approver',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: CORRECT_RECEIPT_BODY_SCHEMA })
  @ApiCreatedResponse({ schema: contractSchema('ReceiptCorrectionV1') })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'RECEIPT_CORRECTION_NOT_ALLOWED, RECEIPT_NO_ACTIVE_SERIES',
  })
  correct(
    @Param('id', receiptIdPipe) id: string,
    @Body() body: CorrectReceiptBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<ReceiptCorrectionV1> {
    return this.rpc.send(CORRECT_RECEIPT_V1, {
      ...body,
      receiptId: id,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }
}
