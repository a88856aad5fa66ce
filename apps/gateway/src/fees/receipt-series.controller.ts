import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  ActorV1,
  CANCEL_RECEIPT_SERIES_V1,
  CREATE_RECEIPT_SERIES_V1,
  LIST_RECEIPT_SERIES_V1,
  ReceiptSeriesListV1,
  ReceiptSeriesV1,
  Role,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { idPipe, validationFailed } from '../http/validation';
import {
  CANCEL_RECEIPT_SERIES_BODY_SCHEMA,
  CREATE_RECEIPT_SERIES_BODY_SCHEMA,
  CancelReceiptSeriesBody,
  CreateReceiptSeriesBody,
} from './fees.dto';

const seriesIdPipe = idPipe('Mã ký hiệu biên lai');

function optionalYear(year: string | undefined): number | undefined {
  if (year === undefined) return undefined;
  if (!/^\d{4}$/.test(year)) {
    throw validationFailed([
      { field: 'year', constraint: 'isInt', message: 'Năm phải là số nguyên 4 chữ số' },
    ]);
  }
  return Number(year);
}

/** Receipt series (ký hiệu mẫu, ký hiệu biên lai) per collecting unit and year: the admin's register. */
@ApiTags('fees')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto })
@Controller('api/v1/receipt-series')
@Roles(Role.Admin)
export class ReceiptSeriesController {
  constructor(private readonly rpc: RpcClient) {}

  @Post()
  @ApiOperation({
    summary: 'Register a receipt series of a unit for a year; numbers run from 1 without gaps',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: CREATE_RECEIPT_SERIES_BODY_SCHEMA })
  @ApiCreatedResponse({ schema: contractSchema('ReceiptSeriesV1') })
  @ApiConflictResponse({ type: ErrorDto, description: 'RECEIPT_SERIES_EXISTS' })
  create(
    @Body() body: CreateReceiptSeriesBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<ReceiptSeriesV1> {
    return this.rpc.send(CREATE_RECEIPT_SERIES_V1, {
      ...body,
      actor,
      ...(idempotencyKey ? { idempotencyKey } : {}),
    });
  }

  @Get()
  @ApiOperation({ summary: 'Receipt series, newest year first' })
  @ApiQuery({ name: 'unitCode', required: false })
  @ApiQuery({ name: 'year', required: false })
  @ApiOkResponse({ schema: contractSchema('ReceiptSeriesListV1') })
  list(@Query('unitCode') unitCode?: string, @Query('year') year?: string): Promise<ReceiptSeriesListV1> {
    const wantedYear = optionalYear(year);
    return this.rpc.send(LIST_RECEIPT_SERIES_V1, {
      ...(unitCode ? { unitCode } : {}),
      ...(wantedYear ? { year: wantedYear } : {}),
    });
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop using a series (payments of its unit are refused until a new one exists)' })
  @ApiBody({ schema: CANCEL_RECEIPT_SERIES_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('ReceiptSeriesV1') })
  @ApiConflictResponse({ type: ErrorDto, description: 'RECEIPT_SERIES_CANCELLED' })
  cancel(
    @Param('id', seriesIdPipe) id: string,
    @Body() body: CancelReceiptSeriesBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<ReceiptSeriesV1> {
    return this.rpc.send(CANCEL_RECEIPT_SERIES_V1, { seriesId: id, reason: body.reason, actor });
  }
}
