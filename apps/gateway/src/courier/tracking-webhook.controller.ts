import { Controller, HttpCode, Post, RawBodyRequest, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import {
  RECORD_TRACKING_WEBHOOK_V1,
  TRACKING_SIGNATURE_HEADER,
  TRACKING_TIMESTAMP_HEADER,
  TrackingWebhookResultV1,
} from '@motcua/contracts';
import { RpcClient } from '@motcua/messaging';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/auth.decorators';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';

const header = (request: FastifyRequest, name: string): string => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : '';
};

/** The postal provider's tracking callbacks: signed with HMAC and a timestamp instead of a token. */
@ApiTags('courier')
@Public()
@Controller('api/v1/courier/webhooks')
export class TrackingWebhookController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('tracking')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Tracking events from the postal provider. Signature: sha256=HMAC-SHA256(secret, "<timestamp>.<raw body>"); ' +
      'callbacks older than 5 minutes are refused, event ids already seen are ignored',
  })
  @ApiHeader({ name: 'X-Motcua-Timestamp', required: true, description: 'Unix seconds' })
  @ApiHeader({ name: 'X-Motcua-Signature', required: true, description: 'sha256=<hex>' })
  @ApiBody({ schema: contractSchema('ProviderTrackingBatchV1') })
  @ApiOkResponse({ schema: contractSchema('TrackingWebhookResultV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiUnauthorizedResponse({ type: ErrorDto, description: 'Unsigned, badly signed, stale or replayed' })
  track(@Req() request: RawBodyRequest<FastifyRequest>): Promise<TrackingWebhookResultV1> {
    return this.rpc.send(RECORD_TRACKING_WEBHOOK_V1, {
      timestamp: header(request, TRACKING_TIMESTAMP_HEADER),
      signature: header(request, TRACKING_SIGNATURE_HEADER),
      body: request.rawBody?.toString('utf8') ?? '',
    });
  }
}
