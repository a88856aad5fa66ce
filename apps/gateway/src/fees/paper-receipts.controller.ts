import { Body, Controller, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ActorV1, REGISTER_PAPER_RECEIPT_V1, ReceiptV1, Role } from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { idPipe } from '../http/validation';
import { REGISTER_PAPER_RECEIPT_BODY_SCHEMA, RegisterPaperReceiptBody } from './fees.dto';

const paymentIdPipe = idPipe('Mã định danh khoản thu');

/** Paper receipts of units that may not issue e-receipts (the provincial Police). */
@ApiTags('fees')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1/payments/:id/paper-receipts')
export class PaperReceiptsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @Roles(Role.Cashier, Role.Admin)
  @ApiOperation({ summary: 'Register the paper receipt written for a payment (series, number, amount)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: REGISTER_PAPER_RECEIPT_BODY_SCHEMA })
  @ApiCreatedResponse({ schema: contractSchema('ReceiptV1') })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'RECEIPT_PAPER_WRONG_AMOUNT, VALIDATION_FAILED' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'RECEIPT_PAYMENT_NOT_FOUND' })
  @ApiConflictResponse({ type: ErrorDto, description: 'RECEIPT_PAPER_DUPLICATE, RECEIPT_PAPER_NOT_ALLOWED' })
  register(
    @Param('id', paymentIdPipe) id: string,
    @Body() body: RegisterPaperReceiptBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<ReceiptV1> {
    return this.rpc.send(REGISTER_PAPER_RECEIPT_V1, {
      ...body,
      paymentId: id,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }
}
