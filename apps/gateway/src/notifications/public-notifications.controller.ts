import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  DeliveryReportResultV1,
  OptOutV1,
  RECORD_DELIVERY_REPORT_V1,
  SET_OPT_OUT_V1,
  SetOptOutV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import { Public } from '../auth/auth.decorators';
import { PublicRateLimit } from '../auth/rate-limits';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import { SMS_REPORT_BODY_SCHEMA, SmsReportBody } from './notifications.dto';

const REPORT_TOKEN_HEADER = 'x-report-token';

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

  @Post('sms-reports')
  @HttpCode(200)
  @ApiOperation({
    summary: "An SMS provider's delivery report; late, repeated or out-of-order reports are harmless",
  })
  @ApiHeader({ name: REPORT_TOKEN_HEADER, required: true, description: 'The token given to the providers' })
  @ApiBody({ schema: SMS_REPORT_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('DeliveryReportResultV1') })
  @ApiForbiddenResponse({ type: ErrorDto, description: 'DELIVERY_REPORT_FORBIDDEN: missing or wrong token' })
  @ApiNotFoundResponse({ type: ErrorDto })
  smsReport(
    @Body() body: SmsReportBody,
    @Headers(REPORT_TOKEN_HEADER) token: string | undefined,
  ): Promise<DeliveryReportResultV1> {
    return this.rpc.send(RECORD_DELIVERY_REPORT_V1, { ...body, token: token ?? '' });
  }
}
