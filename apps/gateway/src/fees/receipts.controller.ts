import { Controller, Get, Param, ParseUUIDPipe, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ActorV1, PaperFormat, RENDER_RECEIPT_V1 } from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor } from '../auth/auth.decorators';
import { AuthError, AuthErrorCode } from '../auth/auth.errors';
import { canSee } from '../dossiers/dossiers.service';
import { ErrorDto } from '../http/error.dto';
import { paperFormat, pdfResponse } from '../http/pdf-response';
import { validationFailed } from '../http/validation';

export const receiptIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    validationFailed([{ field: 'id', constraint: 'isUuid', message: 'Mã định danh biên lai không hợp lệ' }]),
});

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
}
