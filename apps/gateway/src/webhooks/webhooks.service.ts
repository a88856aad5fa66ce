import { Injectable, Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ActorV1 } from '@motcua/contracts';
import type { Envelope } from '@motcua/messaging';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig } from '../config';
import { DeliveryStatus, WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEventType, unitsConcerned } from './webhook-events';
import {
  DELIVERY_HEADER,
  EVENT_HEADER,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  signWebhook,
} from './webhook-signature';
import { WebhookSubscription } from './webhook-subscription.entity';
import { DeliveryPageDto, WebhookCreatedDto, WebhookDto } from './webhooks.dto';
import { WebhookError, WebhookErrorCode } from './webhooks.errors';

type Department = ActorV1 & { unitCode: string };

/** What an attempt leaves to do: nothing, or the next attempt after a wait. */
export type AttemptOutcome =
  { readonly retry: false } | { readonly retry: true; readonly attempt: number; readonly delayMs: number };

const toDto = (s: WebhookSubscription): WebhookDto => ({
  id: s.id,
  url: s.url,
  eventTypes: s.eventTypes,
  isActive: s.isActive,
  createdAt: s.createdAt.toISOString(),
});

/**
 * Webhook subscriptions of department systems and their deliveries: each event about a unit's dossier is
 * signed (HMAC with a timestamp) and posted to every matching subscription of that unit, retried on a fixed
 * ladder, and logged.
 */
@Injectable()
export class WebhooksService {
  private readonly logger = new Logger(WebhooksService.name);
  private readonly config: AppConfig['webhooks'];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService<AppConfig, true>,
  ) {
    this.config = config.get('webhooks', { infer: true });
  }

  async subscribe(
    actor: Department,
    url: string,
    eventTypes: WebhookEventType[],
  ): Promise<WebhookCreatedDto> {
    const subscription = this.dataSource.getRepository(WebhookSubscription).create({
      id: uuidv7(),
      clientId: actor.id,
      unitCode: actor.unitCode,
      url,
      secret: randomBytes(32).toString('base64url'),
      eventTypes: [...new Set(eventTypes)],
      isActive: true,
      createdAt: new Date(),
    });
    await this.dataSource.getRepository(WebhookSubscription).insert(subscription);
    return { ...toDto(subscription), secret: subscription.secret };
  }

  async list(actor: Department): Promise<WebhookDto[]> {
    const subscriptions = await this.dataSource
      .getRepository(WebhookSubscription)
      .find({ where: { clientId: actor.id }, order: { createdAt: 'ASC' } });
    return subscriptions.map(toDto);
  }

  /** Stops deliveries to a subscription; its log stays. */
  async unsubscribe(actor: Department, id: string): Promise<void> {
    const { affected } = await this.dataSource
      .getRepository(WebhookSubscription)
      .update({ id, clientId: actor.id }, { isActive: false });
    if (!affected) throw new WebhookError(WebhookErrorCode.NotFound, { id });
  }

  async listDeliveries(
    actor: Department,
    id: string,
    page: number,
    pageSize: number,
  ): Promise<DeliveryPageDto> {
    const owned = await this.dataSource
      .getRepository(WebhookSubscription)
      .existsBy({ id, clientId: actor.id });
    if (!owned) throw new WebhookError(WebhookErrorCode.NotFound, { id });
    const [rows, total] = await this.dataSource.getRepository(WebhookDelivery).findAndCount({
      where: { subscriptionId: id },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const iso = (at: Date | null) => at?.toISOString() ?? null;
    return {
      items: rows.map((d) => ({
        id: d.id,
        eventId: d.eventId,
        eventType: d.eventType,
        status: d.status,
        attempts: d.attempts,
        lastStatusCode: d.lastStatusCode,
        lastError: d.lastError,
        nextAttemptAt: iso(d.nextAttemptAt),
        deliveredAt: iso(d.deliveredAt),
        createdAt: d.createdAt.toISOString(),
      })),
      total,
    };
  }

  /**
   * Records a delivery per matching subscription of each event; an event seen again adds nothing. Returns the
   * new ones. Called for every routing event of every dossier, mostly about units nobody subscribed for: the
   * events that arrived together are matched in one plain statement (building and hydrating TypeORM's query
   * cost the gateway more CPU than the statement itself), and only matches are written.
   */
  async recordEvents(envelopes: readonly Envelope[]): Promise<string[]> {
    const concerned = envelopes.flatMap((envelope, index) =>
      unitsConcerned(envelope.payload).map((unitCode) => ({ index, unitCode, type: envelope.type })),
    );
    if (concerned.length === 0) return [];
    const matches: { event_index: number; subscription_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT e.event_index, s.id AS subscription_id
         FROM unnest($1::int[], $2::text[], $3::text[]) AS e(event_index, unit_code, event_type)
         JOIN gateway.webhook_subscriptions s
           ON s.is_active AND s.unit_code = e.unit_code AND e.event_type = ANY(s.event_types)`,
      [concerned.map((c) => c.index), concerned.map((c) => c.unitCode), concerned.map((c) => c.type)],
    );
    if (matches.length === 0) return [];
    const now = new Date();
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(WebhookDelivery)
      .values(
        matches.map((match) => {
          const envelope = envelopes[match.event_index];
          return {
            id: uuidv7(),
            subscriptionId: match.subscription_id,
            eventId: envelope.id,
            eventType: envelope.type,
            body: JSON.stringify(envelope),
            status: DeliveryStatus.Pending,
            attempts: 0,
            lastStatusCode: null,
            lastError: null,
            nextAttemptAt: now,
            deliveredAt: null,
            createdAt: now,
          };
        }),
      )
      .orIgnore()
      .returning(['id'])
      .execute();
    return (result.raw as { id: string }[]).map((row) => row.id);
  }

  /**
   * One attempt of a pending delivery: posts the signed body; a 2xx delivers it, anything else waits for the
   * next rung of the ladder, and after the last rung the delivery is failed.
   */
  async attempt(deliveryId: string): Promise<AttemptOutcome> {
    const delivery = await this.dataSource.getRepository(WebhookDelivery).findOneBy({ id: deliveryId });
    if (!delivery || delivery.status !== DeliveryStatus.Pending) {
      this.logger.debug(`delivery ${deliveryId} is not pending`);
      return { retry: false };
    }
    const subscription = await this.dataSource
      .getRepository(WebhookSubscription)
      .findOneByOrFail({ id: delivery.subscriptionId });
    const { statusCode, error } = subscription.isActive
      ? await this.post(subscription, delivery)
      : { statusCode: null, error: 'Đăng ký đã bị hủy' };
    const attempts = delivery.attempts + 1;
    const isDelivered = statusCode !== null && statusCode >= 200 && statusCode < 300;
    const delayMs = this.config.retryLadderMs[attempts - 1];
    const canRetry = !isDelivered && subscription.isActive && delayMs !== undefined;
    const now = new Date();
    await this.dataSource.getRepository(WebhookDelivery).update(
      { id: deliveryId, status: DeliveryStatus.Pending },
      {
        attempts,
        lastStatusCode: statusCode,
        lastError: error,
        status: isDelivered
          ? DeliveryStatus.Delivered
          : canRetry
            ? DeliveryStatus.Pending
            : DeliveryStatus.Failed,
        nextAttemptAt: canRetry ? new Date(now.getTime() + delayMs) : null,
        deliveredAt: isDelivered ? now : null,
      },
    );
    return canRetry ? { retry: true, attempt: attempts + 1, delayMs } : { retry: false };
  }

  /** Pending deliveries with the attempt each is waiting for, for the reconciler. */
  async pending(): Promise<{ id: string; attempt: number; dueAt: Date }[]> {
    const rows = await this.dataSource
      .getRepository(WebhookDelivery)
      .find({ where: { status: DeliveryStatus.Pending }, order: { nextAttemptAt: 'ASC' }, take: 1000 });
    return rows.map((d) => ({ id: d.id, attempt: d.attempts + 1, dueAt: d.nextAttemptAt ?? d.createdAt }));
  }

  private async post(
    subscription: WebhookSubscription,
    delivery: WebhookDelivery,
  ): Promise<{ statusCode: number | null; error: string | null }> {
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const response = await fetch(subscription.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [EVENT_HEADER]: delivery.eventType,
          [DELIVERY_HEADER]: delivery.id,
          [TIMESTAMP_HEADER]: String(timestamp),
          [SIGNATURE_HEADER]: signWebhook(subscription.secret, timestamp, delivery.body),
        },
        body: delivery.body,
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      await response.body?.cancel();
      return { statusCode: response.status, error: response.ok ? null : `HTTP ${response.status}` };
    } catch (error) {
      return { statusCode: null, error: (error as Error).message.slice(0, 500) };
    }
  }
}
