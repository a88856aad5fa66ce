import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
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
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ActorV1,
  AssessmentV1,
  GET_ASSESSMENT_V1,
  PaymentV1,
  RECORD_PAYMENT_V1,
  Role,
  WAIVE_FEE_V1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { AuthError, AuthErrorCode } from '../auth/auth.errors';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { canSee } from '../dossiers/dossiers.service';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { dossierIdPipe } from '../http/validation';
import {
  RECORD_PAYMENT_BODY_SCHEMA,
  RecordPaymentBody,
  WAIVE_FEE_BODY_SCHEMA,
  WaiveFeeBody,
} from './fees.dto';

/** A dossier's fees: what it owes, counter payments, waivers. */
@ApiTags('fees')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1/dossiers/:id')
export class FeesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('fees')
  @ApiOperation({ summary: 'What the dossier owes (phí and lệ phí apart), its payments and receipts' })
  @ApiOkResponse({ schema: contractSchema('AssessmentV1') })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'FEE_ASSESSMENT_NOT_FOUND' })
  async fees(@Param('id', dossierIdPipe) id: string, @CurrentActor() actor: ActorV1): Promise<AssessmentV1> {
    const assessment = await this.rpc.send(GET_ASSESSMENT_V1, { dossierId: id });
    if (!canSee(actor, assessment.unitCode)) throw new AuthError(AuthErrorCode.UnitForbidden);
    return assessment;
  }

  @Post('payments')
  @Roles(Role.Cashier, Role.Admin)
  @ApiOperation({
    summary:
      'Record a cash or transfer payment at a counter (thu phí): issues one receipt per fee kind with the next numbers',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries return the first result' })
  @ApiBody({ schema: RECORD_PAYMENT_BODY_SCHEMA })
  @ApiCreatedResponse({ schema: contractSchema('PaymentV1') })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'FEE_WRONG_AMOUNT, VALIDATION_FAILED' })
  @ApiConflictResponse({
    type: ErrorDto,
    description:
      'FEE_NOTHING_DUE, FEE_ALREADY_PAID, FEE_NOT_ASSESSED, RECEIPT_NO_ACTIVE_SERIES, FEE_DAY_CLOSED, IDEMPOTENCY_KEY_REUSED',
  })
  recordPayment(
    @Param('id', dossierIdPipe) id: string,
    @Body() body: RecordPaymentBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<PaymentV1> {
    return this.rpc.send(RECORD_PAYMENT_V1, {
      ...body,
      dossierId: id,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  @Post('fees/waive')
  @HttpCode(200)
  @Roles(Role.UnitLead)
  @ApiOperation({ summary: "A unit lead waives the dossier's unpaid fees with a reason (miễn phí, lệ phí)" })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: WAIVE_FEE_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('AssessmentV1') })
  @ApiConflictResponse({ type: ErrorDto, description: 'FEE_NOTHING_DUE, FEE_ALREADY_PAID' })
  waive(
    @Param('id', dossierIdPipe) id: string,
    @Body() body: WaiveFeeBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<AssessmentV1> {
    return this.rpc.send(WAIVE_FEE_V1, {
      dossierId: id,
      reason: body.reason,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }
}
