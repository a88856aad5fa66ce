import { Body, Controller, Get, HttpCode, MessageEvent, Post, Put, Query, Sse } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import {
  ActorV1,
  DeliveryStatsV1,
  GET_DELIVERY_STATS_V1,
  GetDeliveryStatsV1,
  INBOX_ITEM_ADDED_V1,
  GET_INBOX_PREFERENCES_V1,
  INBOX_DIGEST_EVENT_TYPE,
  InboxPageV1,
  InboxPreferencesV1,
  InboxUnreadV1,
  LIST_INBOX_V1,
  LIST_SINK_MESSAGES_V1,
  LIST_TEMPLATES_V1,
  LIST_TEMPLATE_VERSIONS_V1,
  ListTemplateVersionsV1,
  MARK_INBOX_READ_V1,
  PREVIEW_TEMPLATE_V1,
  PreviewTemplateV1,
  Role,
  SAVE_TEMPLATE_V1,
  SET_INBOX_PREFERENCES_V1,
  SinkMessagesV1,
  TemplateListV1,
  TemplatePreviewV1,
  TemplateV1,
  TemplateVersionListV1,
} from '@motcua/contracts';
import { LiveFeed, RpcClient } from '@motcua/messaging';
import { Observable, filter, from, interval, map, merge, startWith, switchMap } from 'rxjs';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { IdempotencyKey } from '../dossiers/idempotency-key.decorator';
import { contractSchema } from '../http/contract-schemas';
import { ErrorDto } from '../http/error.dto';
import {
  InboxPreferencesBody,
  InboxQuery,
  LimitQuery,
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

  @Get('notification-templates/versions')
  @Roles(Role.Admin)
  @ApiOperation({
    summary: "One template's versions, newest first, down to the built-in wording (version 1)",
  })
  @ApiQuery({ name: 'eventType', example: 'routing.dossier.extended.v1' })
  @ApiQuery({ name: 'channel', enum: ['sms', 'email', 'inbox'] })
  @ApiQuery({ name: 'audience', enum: ['citizen', 'officer', 'unit', 'unit_lead', 'admin'] })
  @ApiOkResponse({ schema: contractSchema('TemplateVersionListV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  @ApiNotFoundResponse({
    type: ErrorDto,
    description: 'TEMPLATE_UNKNOWN: no such event × channel × audience',
  })
  listTemplateVersions(@Query() query: ListTemplateVersionsV1): Promise<TemplateVersionListV1> {
    return this.rpc.send(LIST_TEMPLATE_VERSIONS_V1, {
      eventType: query.eventType,
      channel: query.channel,
      audience: query.audience,
    });
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
  @ApiBody({ schema: contractSchema('TemplateContentV1') })
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

  @Get('inbox/preferences')
  @ApiOperation({
    summary: "The logged-in user's inbox choice: `digest` = non-urgent items in a morning digest",
  })
  @ApiOkResponse({ schema: contractSchema('InboxPreferencesV1') })
  preferences(@CurrentActor() actor: ActorV1): Promise<InboxPreferencesV1> {
    return this.rpc.send(GET_INBOX_PREFERENCES_V1, { owner: inboxOwner(actor) });
  }

  @Put('inbox/preferences')
  @Roles(Role.Officer, Role.UnitLead)
  @ApiOperation({
    summary: 'Officers and unit leads: a morning digest instead of a live stream of non-urgent items',
  })
  @ApiOkResponse({ schema: contractSchema('InboxPreferencesV1') })
  @ApiBadRequestResponse({ type: ErrorDto })
  setPreferences(
    @Body() body: InboxPreferencesBody,
    @CurrentActor() actor: ActorV1,
  ): Promise<InboxPreferencesV1> {
    return this.rpc.send(SET_INBOX_PREFERENCES_V1, { owner: inboxOwner(actor), digest: body.digest });
  }

  @Sse('inbox/events')
  @ApiOperation({
    summary:
      'The inbox, live: `ready` once following, then `item` events as they reach this user (digest readers: only urgent ones and the digest), `ping` every 15 s',
  })
  inboxEvents(@CurrentActor() actor: ActorV1): Observable<MessageEvent> {
    const items = from(this.rpc.send(GET_INBOX_PREFERENCES_V1, { owner: inboxOwner(actor) })).pipe(
      switchMap(({ digest }) =>
        this.live.of(INBOX_ITEM_ADDED_V1).pipe(
          filter(
            ({ payload }) =>
              isForActor(payload, actor) &&
              (!digest || payload.isUrgent || payload.eventType === INBOX_DIGEST_EVENT_TYPE),
          ),
          map((envelope): MessageEvent => ({
            type: 'item',
            id: envelope.payload.itemId,
            data: envelope.payload,
          })),
          // From here on nothing is missed: a client reads the inbox once it sees `ready`.
          startWith<MessageEvent>({ type: 'ready', data: { digest } }),
        ),
      ),
    );
    return merge(items, interval(HEARTBEAT_MS).pipe(map(() => ({ type: 'ping', data: {} })))).pipe(
      this.live.untilShutdown(),
    );
  }

  @Get('notifications/stats')
  @Roles(Role.Manager, Role.Admin)
  @ApiOperation({ summary: "One day's messages by channel and status, and failures by reason" })
  @ApiQuery({ name: 'day', example: '2026-11-28', description: 'A day, Vietnam time' })
  @ApiOkResponse({ schema: contractSchema('DeliveryStatsV1') })
  stats(@Query() query: GetDeliveryStatsV1): Promise<DeliveryStatsV1> {
    return this.rpc.send(GET_DELIVERY_STATS_V1, { day: query.day });
  }

  @Get('notifications/sink')
  @Roles(Role.Manager, Role.Admin)
  @ApiOperation({
    summary:
      'Development and demo systems: the SMS and e-mail the sink stored instead of sending, newest first',
  })
  @ApiOkResponse({ schema: contractSchema('SinkMessagesV1') })
  sink(@Query() query: LimitQuery): Promise<SinkMessagesV1> {
    return this.rpc.send(LIST_SINK_MESSAGES_V1, query);
  }
}
