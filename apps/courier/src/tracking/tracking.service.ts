import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AppError,
  CommonErrorCode,
  ErrorKind,
  ProviderTrackingBatchV1,
  ProviderTrackingEventV1,
  RecordTrackingWebhookV1,
  TrackingWebhookResultV1,
  summariseFieldErrors,
  validateContract,
} from '@motcua/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig, CourierConfig } from '../config';
import { Incident, IncidentKind } from '../shipments/incident.entity';
import { Shipment } from '../shipments/shipment.entity';
import { ShipmentsService } from '../shipments/shipments.service';
import { TrackingSource } from '../shipments/tracking-event.entity';
import { verifyCallback } from './signature';
import { TrackingError, TrackingErrorCode } from './tracking.errors';

@Injectable()
export class TrackingService {
  private readonly courier: CourierConfig;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.courier = config.get('courier', { infer: true });
  }

  /** A provider callback: signature and age checked first, then the body read and its events recorded. */
  async recordWebhook(callback: RecordTrackingWebhookV1): Promise<TrackingWebhookResultV1> {
    if (!this.courier.webhookSecret) {
      throw new TrackingError(
        TrackingErrorCode.NotConfigured,
        'Chưa cấu hình khóa ký cho nhà cung cấp bưu chính',
      );
    }
    verifyCallback(this.courier.webhookSecret, callback, new Date());
    let body: unknown;
    try {
      body = JSON.parse(callback.body);
    } catch {
      throw new TrackingError(TrackingErrorCode.Malformed, 'Nội dung thông báo hành trình không phải JSON');
    }
    return this.recordBatch(await this.readBatch(body), TrackingSource.Webhook);
  }

  /** Validates a provider batch (callback body or polling answer). */
  async readBatch(body: unknown): Promise<ProviderTrackingBatchV1> {
    const checked = await validateContract(ProviderTrackingBatchV1, body);
    if (!checked.ok) {
      throw new AppError(
        CommonErrorCode.ValidationFailed,
        ErrorKind.Invalid,
        summariseFieldErrors(checked.errors),
        checked.errors,
      );
    }
    return checked.value;
  }

  /**
   * Records a provider's events in event-time order, in one transaction: a known event id is ignored, an
   * unknown tracking number is kept as an incident (nothing is lost), the rest move shipments forward.
   */
  recordBatch(batch: ProviderTrackingBatchV1, source: TrackingSource): Promise<TrackingWebhookResultV1> {
    const events = [...batch.events].sort(
      (a, b) => new Date(a.occurredAt).getTime() - new Date(b.occurredAt).getTime(),
    );
    return this.dataSource.transaction(async (tx) => {
      const result = { applied: 0, duplicates: 0, stale: 0, unknown: [] as string[] };
      for (const event of events) {
        const shipment = await tx.findOne(Shipment, {
          where: { trackingNumber: event.trackingNumber },
          lock: { mode: 'pessimistic_write' },
        });
        if (!shipment) {
          if (await this.recordUnknown(tx, event, source)) result.unknown.push(event.eventId);
          else result.duplicates++;
          continue;
        }
        const outcome = await this.shipments.applyTracking(tx, shipment, {
          status: event.status,
          occurredAt: new Date(event.occurredAt),
          source,
          providerEventId: event.eventId,
          ...(event.location ? { location: event.location } : {}),
          ...(event.note ? { note: event.note } : {}),
          ...(event.reason ? { reason: event.reason } : {}),
        });
        if (outcome === 'applied') result.applied++;
        else if (outcome === 'duplicate') result.duplicates++;
        else result.stale++;
      }
      return result;
    });
  }

  // Kept with its incident so someone can match it by hand; false when this event id was seen already.
  private async recordUnknown(
    tx: EntityManager,
    event: ProviderTrackingEventV1,
    source: TrackingSource,
  ): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO courier.tracking_events
         (id, shipment_id, tracking_number, provider_event_id, status, occurred_at, recorded_at, source, applied,
          location, note)
       VALUES ($1, NULL, $2, $3, $4, $5, now(), $6, false, $7, $8)
       ON CONFLICT (provider_event_id) DO NOTHING RETURNING id`,
      [
        uuidv7(),
        event.trackingNumber,
        event.eventId,
        event.status,
        new Date(event.occurredAt),
        source,
        event.location ?? null,
        event.note ?? null,
      ],
    );
    if (inserted.length === 0) return false;
    await tx.insert(Incident, {
      id: uuidv7(),
      kind: IncidentKind.UnknownTrackingNumber,
      shipmentId: null,
      packageId: null,
      trackingNumber: event.trackingNumber,
      sealNumber: null,
      detail: `Sự kiện ${event.eventId} của mã vận đơn không có trong hệ thống`,
      occurredAt: new Date(event.occurredAt),
    });
    return true;
  }
}
