import { Body, Controller, HttpCode, Param, Post, RawBodyRequest, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  DeliveryReportResultV1,
  OptOutV1,
  RECORD_DELIVERY_REPORT_V2,
  SET_OPT_OUT_V1,
  SMS_REPORT_SIGNATURE_HEADER,
  SMS_REPORT_TIMESTAMP_HEADER,
  SetOptOutV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { PublicRateLimit } from '../auth/rate-limits';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';

const header = (request: FastifyRequest, name: string): string => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : '';
};

/** Without login: citizens' message preferences and SMS providers' delivery reports. Rate limited. */
@ApiTags('public')
@Public()
@PublicRateLimit()
@Controller('public/v1/notifications')
export class PublicNotificationsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('opt-out')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'A citizen stops (or resumes) messages that are not legal notices, proving the dossier by code and phone',
  })
  @ApiOkResponse({ schema: contractSchema('OptOutV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({ type: ErrorDto, description: 'Unknown code and wrong phone look the same' })
  optOut(@Body() body: SetOptOutV1): Promise<OptOutV1> {
    return this.rpc.send(SET_OPT_OUT_V1, body);
  }

  @Post('sms-reports/:provider')
  @HttpCode(200)
  @ApiOperation({
    summary:
      "An SMS provider's delivery report, signed with that provider's own secret: " +
      'sha256=HMAC-SHA256(secret, "<timestamp>.<raw body>"); reports older than 5 minutes are refused, ' +
      'a report seen before changes nothing, late or out-of-order reports never move a status back',
  })
  @ApiParam({
    name: 'provider',
    description: "The provider's name in MOTCUA_SMS_PROVIDERS",
    example: 'primary',
  })
  @ApiHeader({ name: 'X-Motcua-Timestamp', required: true, description: 'Unix seconds' })
  @ApiHeader({ name: 'X-Motcua-Signature', required: true, description: 'sha256=<hex>' })
  @ApiBody({ schema: contractSchema('SmsDeliveryReportV1') })
  @ApiOkResponse({ schema: contractSchema('DeliveryReportResultV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiUnauthorizedResponse({
    type: ErrorDto,
    description:
      'DELIVERY_REPORT_SIGNATURE_INVALID: unsigned, unknown provider or signed with another secret; ' +
      'DELIVERY_REPORT_STALE: signed too long ago',
  })
  @ApiNotFoundResponse({ type: ErrorDto })
  smsReport(
    @Param('provider') provider: string,
    @Req() request: RawBodyRequest<FastifyRequest>,
  ): Promise<DeliveryReportResultV1> {
    return this.rpc.send(RECORD_DELIVERY_REPORT_V2, {
      provider,
      timestamp: header(request, SMS_REPORT_TIMESTAMP_HEADER),
      signature: header(request, SMS_REPORT_SIGNATURE_HEADER),
      body: request.rawBody?.toString('utf8') ?? '',
    });
  }
}
