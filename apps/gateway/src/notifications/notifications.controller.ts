import { Body, Controller, Get, HttpCode, MessageEvent, Post, Put, Query, Sse } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ActorV1,
  DeliveryStatsV1,
  GET_DELIVERY_STATS_V1,
  GetDeliveryStatsV1,
  INBOX_ITEM_ADDED_V1,
  InboxPageV1,
  InboxUnreadV1,
  LIST_INBOX_V1,
  LIST_TEMPLATES_V1,
  MARK_INBOX_READ_V1,
  PREVIEW_TEMPLATE_V1,
  PreviewTemplateV1,
  Role,
  SAVE_TEMPLATE_V1,
  TemplateListV1,
  TemplatePreviewV1,
  TemplateV1,
} from '@motcua/contracts';
import { LiveFeed, RpcClient } from '@motcua/messaging';
import { Observable, filter, interval, map, merge } from 'rxjs';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import {
  InboxQuery,
  MARK_READ_BODY_SCHEMA,
  MarkReadBody,
  SAVE_TEMPLATE_BODY_SCHEMA,
  SaveTemplateBody,
} from './notifications.dto';
import { inboxOwner, isForActor } from './inbox-owner';

// Keeps proxies and the browser from closing an idle stream.
const HEARTBEAT_MS = 15_000;

/** Notification templates (administrators), the staff inbox (everyone logged in) and delivery figures. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1')
export class NotificationsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly live: LiveFeed,
  ) {}

  @Get('notification-templates')
  @Roles(Role.Admin)
  @ApiOperation({
    summary: 'Every template in force (event × channel × audience), its version and SMS length',
  })
  @ApiOkResponse({ schema: contractSchema('TemplateListV1') })
  listTemplates(): Promise<TemplateListV1> {
    return this.rpc.send(LIST_TEMPLATES_V1, {});
  }

  @Put('notification-templates')
  @Roles(Role.Admin)
  @ApiOperation({
    summary:
      'Save a new version of a template: `{{placeholder}}`, `{{#if x}}…{{else}}…{{/if}}`; an unknown placeholder is refused',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiBody({ schema: SAVE_TEMPLATE_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('TemplateV1') })
  @ApiBadRequestResponse({ type: ErrorDto, description: 'TEMPLATE_UNKNOWN_PLACEHOLDER, TEMPLATE_MALFORMED' })
  @ApiConflictResponse({ type: ErrorDto, description: 'TEMPLATE_VERSION_CONFLICT: someone saved meanwhile' })
  saveTemplate(
    @Body() body: SaveTemplateBody,
    @CurrentActor() actor: ActorV1,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<TemplateV1> {
    return this.rpc.send(SAVE_TEMPLATE_V1, { ...body, actor, ...(idempotencyKey ? { idempotencyKey } : {}) });
  }

  @Post('notification-templates/preview')
  @HttpCode(200)
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'A draft rendered for a sample dossier, with its SMS segments' })
  @ApiBody({ schema: contractSchema('PreviewTemplateV1') })
  @ApiOkResponse({ schema: contractSchema('TemplatePreviewV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  previewTemplate(@Body() body: PreviewTemplateV1): Promise<TemplatePreviewV1> {
    return this.rpc.send(PREVIEW_TEMPLATE_V1, body);
  }

  @Get('inbox')
  @ApiOperation({
    summary: "The logged-in user's inbox: theirs, their unit's and their role's, newest first",
  })
  @ApiOkResponse({ schema: contractSchema('InboxPageV1') })
  inbox(@Query() query: InboxQuery, @CurrentActor() actor: ActorV1): Promise<InboxPageV1> {
    return this.rpc.send(LIST_INBOX_V1, { owner: inboxOwner(actor), ...query });
  }

  @Post('inbox/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark items (or `all`) read for the logged-in user; answers the unread count' })
  @ApiBody({ schema: MARK_READ_BODY_SCHEMA })
  @ApiOkResponse({ schema: contractSchema('InboxUnreadV1') })
  markRead(@Body() body: MarkReadBody, @CurrentActor() actor: ActorV1): Promise<InboxUnreadV1> {
    return this.rpc.send(MARK_INBOX_READ_V1, { owner: inboxOwner(actor), ...body });
  }

  @Sse('inbox/events')
  @ApiOperation({
    summary: 'The inbox, live: server-sent `item` events as they reach this user, `ping` every 15 s',
  })
  inboxEvents(@CurrentActor() actor: ActorV1): Observable<MessageEvent> {
    return merge(
      this.live.of(INBOX_ITEM_ADDED_V1).pipe(
        filter((envelope) => isForActor(envelope.payload, actor)),
        map((envelope) => ({ type: 'item', id: envelope.payload.itemId, data: envelope.payload })),
      ),
      interval(HEARTBEAT_MS).pipe(map(() => ({ type: 'ping', data: {} }))),
    );
  }

  @Get('notifications/stats')
  @Roles(Role.Manager, Role.Admin)
  @ApiOperation({ summary: "One day's messages by channel and status, and failures by reason" })
  @ApiOkResponse({ schema: contractSchema('DeliveryStatsV1') })
  stats(@Query() query: GetDeliveryStatsV1): Promise<DeliveryStatsV1> {
    return this.rpc.send(GET_DELIVERY_STATS_V1, { day: query.day });
  }
}
