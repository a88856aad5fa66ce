import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { ActorV1 } from '@motcua/contracts';
import { CurrentActor } from '../auth/auth.decorators';
import { ErrorDto } from '../http/error.dto';
import { idPipe } from '../http/validation';
import { departmentActor } from '../work/department-actor';
import {
  CreateWebhookBody,
  DeliveryPageDto,
  DeliveryQuery,
  WebhookCreatedDto,
  WebhookDto,
} from './webhooks.dto';
import { WebhooksService } from './webhooks.service';

const webhookIdPipe = idPipe('Mã đăng ký webhook');

/**
 * Webhooks of a department system: events about its unit's dossiers posted to its own endpoint, signed with
 * HMAC-SHA256 over the timestamp and the body, retried on a fixed ladder, with a delivery log.
 */
@ApiTags('departments')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorDto })
@ApiForbiddenResponse({ type: ErrorDto, description: 'Not a department client' })
@Controller('api/v1/departments/webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Post()
  @ApiOperation({
    summary: 'Subscribe an endpoint to events of my unit’s dossiers; the secret is shown once',
  })
  @ApiCreatedResponse({ type: WebhookCreatedDto })
  @ApiBadRequestResponse({ type: ErrorDto })
  subscribe(@Body() body: CreateWebhookBody, @CurrentActor() actor: ActorV1): Promise<WebhookCreatedDto> {
    return this.webhooks.subscribe(departmentActor(actor), body.url, body.eventTypes);
  }

  @Get()
  @ApiOperation({ summary: 'My webhook subscriptions' })
  @ApiOkResponse({ type: [WebhookDto] })
  list(@CurrentActor() actor: ActorV1): Promise<WebhookDto[]> {
    return this.webhooks.list(departmentActor(actor));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Stop a subscription (its delivery log stays)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorDto })
  async unsubscribe(@Param('id', webhookIdPipe) id: string, @CurrentActor() actor: ActorV1): Promise<void> {
    await this.webhooks.unsubscribe(departmentActor(actor), id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Delivery log of a subscription, newest first: status, attempts, last answer' })
  @ApiOkResponse({ type: DeliveryPageDto })
  @ApiNotFoundResponse({ type: ErrorDto })
  deliveries(
    @Param('id', webhookIdPipe) id: string,
    @Query() query: DeliveryQuery,
    @CurrentActor() actor: ActorV1,
  ): Promise<DeliveryPageDto> {
    return this.webhooks.listDeliveries(departmentActor(actor), id, query.page, query.pageSize);
  }
}
