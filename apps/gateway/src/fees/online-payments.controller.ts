import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ActorV1,
  CONFIRM_ONLINE_PAYMENT_V1,
  CallbackResultV1,
  ConfirmOnlinePaymentV1,
  PaymentRequestV1,
  REQUEST_ONLINE_PAYMENT_V1,
  Role,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Public, Roles } from '../auth/auth.decorators';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { dossierIdPipe } from '../http/validation';

/** Online payment: a payment request for a dossier, and the provider's signed callback. */
@ApiTags('fees')
@Controller('api/v1')
export class OnlinePaymentsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('dossiers/:id/payment-requests')
  @ApiBearerAuth()
  @Roles(Role.Cashier, Role.Reception, Role.Admin)
  @ApiOperation({ summary: 'Open an online payment of what the dossier owes; the applicant pays at payUrl' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ schema: contractSchema('PaymentRequestV1') })
  @ApiConflictResponse({
    type: ErrorDto,
    description: 'FEE_NOTHING_DUE, FEE_ALREADY_PAID, PAYMENT_PROVIDER_NOT_CONFIGURED',
  })
  request(
    @Param('id', dossierIdPipe) id: string,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<PaymentRequestV1> {
    return this.rpc.send(REQUEST_ONLINE_PAYMENT_V1, {
      dossierId: id,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  @Post('payments/provider-callback')
  @Public()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Payment provider callback (HMAC-SHA256 of reference|transactionId|amountDong|status|paidAt); replays change nothing',
  })
  @ApiBody({ schema: contractSchema('ConfirmOnlinePaymentV1') })
  @ApiOkResponse({ schema: contractSchema('CallbackResultV1') })
  @ApiBadRequestResponse({
    type: ErrorDto,
    description: 'PAYMENT_CALLBACK_AMOUNT_MISMATCH, VALIDATION_FAILED',
  })
  @ApiUnauthorizedResponse({ type: ErrorDto, description: 'PAYMENT_CALLBACK_SIGNATURE_INVALID' })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'PAYMENT_CALLBACK_UNKNOWN_REFERENCE' })
  @ApiConflictResponse({ type: ErrorDto, description: 'PAYMENT_REQUEST_ALREADY_PAID, FEE_ALREADY_PAID' })
  callback(@Body() callback: ConfirmOnlinePaymentV1): Promise<CallbackResultV1> {
    return this.rpc.send(CONFIRM_ONLINE_PAYMENT_V1, { ...callback });
  }
}
