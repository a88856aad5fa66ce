import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Channel,
  CreateShipmentV1,
  DossierReceivedV1,
  DossierResolvedV1,
  DossierWithdrawnV1,
  ResultDeliveryMethod,
  SHIPMENT_CREATED_V1,
  SHIPMENT_DELIVERED_V1,
  SHIPMENT_FAILED_V1,
  SHIPMENT_HELD_V1,
  SHIPMENT_ORDER_STALLED_V1,
  SHIPMENT_PICKED_UP_V1,
  SHIPMENT_RELEASED_V1,
  ShipmentDossierV1,
  ShipmentFactsV1,
  ShipmentFailureReason,
  ShipmentHoldFactsV1,
  ShipmentHoldReason,
  ShipmentKind,
  ShipmentListV1,
  ShipmentStatus,
  ShipmentV1,
  ListShipmentsV1,
  TrackingStatus,
} from '@motcua/contracts';
import { IdempotencyService, OutboxService } from '@motcua/messaging';
import { DataSource, EntityManager, In } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig, CourierConfig } from '../config';
import { Package } from '../pickups/package.entity';
import { shareContactPoints } from '../units/contact-point-lock';
import { CourierUnit } from '../units/courier-unit.entity';
import { INCIDENT_OF_FAILURE, Incident } from './incident.entity';
import { PaperDossier } from './paper-dossier.entity';
import { ShipmentDossier } from './shipment-dossier.entity';
import { ProviderOrderState, Shipment } from './shipment.entity';
import { ShipmentError, ShipmentErrorCode } from './shipments.errors';
import { TrackingEvent, TrackingSource } from './tracking-event.entity';
import {
  failureReason,
  formatTrackingNumber,
  isTrackingNumberValid,
  needsContactPoint,
  nextStatus,
} from './tracking-rules';

/** News about a shipment, from the provider or from a desk. */
export interface TrackingNews {
  readonly status: TrackingStatus;
  readonly occurredAt: Date;
  readonly source: TrackingSource;
  readonly providerEventId?: string;
  readonly location?: string;
  readonly note?: string;
  readonly reason?: ShipmentFailureReason;
  readonly pickupId?: string;
  readonly receivedByName?: string;
}

export type TrackingOutcome = 'applied' | 'unchanged' | 'duplicate';

interface ReleasedRow {
  readonly id: string;
  readonly kind: ShipmentKind;
  readonly trackingNumber: string | null;
  readonly originUnitCode: string | null;
}

interface ShipmentSpec {
  readonly kind: ShipmentKind;
  readonly dossiers: readonly ShipmentDossierV1[];
  readonly originUnitCode: string | null;
  readonly destinationUnitCode: string | null;
  readonly recipient?: { fullName: string; phone?: string; address: string };
  readonly trackingNumber?: string;
  readonly dedupeKey?: string;
  readonly createdBy?: string;
}

@Injectable()
export class ShipmentsService {
  private readonly courier: CourierConfig;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly idempotency: IdempotencyService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.courier = config.get('courier', { infer: true });
  }

  get centerUnitCode(): string {
    return this.courier.centerUnitCode;
  }

  /**
   * Keeps what later journeys need, and sends a paper dossier received at the Center (directly or by post)
   * to its deciding unit. Online dossiers have no paper; a dossier the Center decides itself stays.
   */
  async recordReceived(tx: EntityManager, dossier: DossierReceivedV1): Promise<void> {
    const byPost = dossier.resultDelivery?.method === ResultDeliveryMethod.Post;
    await tx.upsert(
      PaperDossier,
      {
        dossierId: dossier.dossierId,
        code: dossier.code,
        handlingUnitCode: dossier.handlingUnitCode,
        channel: dossier.channel,
        applicantName: dossier.applicant.fullName,
        applicantPhone: dossier.applicant.phone,
        resultByPost: byPost,
        resultAddress: byPost ? (dossier.resultDelivery?.address ?? null) : null,
        receivedAt: new Date(dossier.receivedAt),
      },
      ['dossierId'],
    );
    if (dossier.channel === Channel.Online || dossier.handlingUnitCode === this.centerUnitCode) return;
    await this.open(tx, {
      kind: ShipmentKind.DossierToUnit,
      dossiers: [{ dossierId: dossier.dossierId, code: dossier.code }],
      originUnitCode: this.centerUnitCode,
      destinationUnitCode: dossier.handlingUnitCode,
      dedupeKey: `${ShipmentKind.DossierToUnit}:${dossier.dossierId}`,
    });
  }

  /**
   * A paper result travels from the deciding unit to the Center; a result without paper (or decided at the
   * Center) goes straight to the citizen's address when they chose postal return.
   */
  async recordResolved(tx: EntityManager, resolved: DossierResolvedV1): Promise<void> {
    const dossier = { dossierId: resolved.dossierId, code: resolved.code };
    if (resolved.paperResult && resolved.unitCode !== this.centerUnitCode) {
      await this.open(tx, {
        kind: ShipmentKind.ResultToCenter,
        dossiers: [dossier],
        originUnitCode: resolved.unitCode,
        destinationUnitCode: this.centerUnitCode,
        dedupeKey: `${ShipmentKind.ResultToCenter}:${resolved.dossierId}`,
      });
      return;
    }
    await this.sendResultHome(tx, dossier);
  }

  /**
   * A withdrawn dossier's paper stays: its shipments not yet packed (held, awaiting their order or waiting for
   * a pickup) are cancelled. What is already packed travels and is handled like any returned paper. An order
   * the provider took, or may have taken while the shipment awaited it, is cancelled with the provider too.
   */
  async recordWithdrawn(tx: EntityManager, withdrawn: DossierWithdrawnV1): Promise<void> {
    await tx.query(
      `UPDATE courier.shipments s
          SET status = $2,
              order_state = CASE WHEN s.order_state = $4 OR s.status = $5 THEN $6 ELSE s.order_state END
        WHERE s.status = ANY($3) AND s.package_id IS NULL
          AND EXISTS (SELECT 1 FROM courier.shipment_dossiers d WHERE d.shipment_id = s.id AND d.dossier_id = $1)
          AND NOT EXISTS (SELECT 1 FROM courier.shipment_dossiers d WHERE d.shipment_id = s.id AND d.dossier_id <> $1)`,
      [
        withdrawn.dossierId,
        ShipmentStatus.Cancelled,
        [ShipmentStatus.Held, ShipmentStatus.AwaitingOrder, ShipmentStatus.Created],
        ProviderOrderState.Placed,
        ShipmentStatus.AwaitingOrder,
        ProviderOrderState.CancelPending,
      ],
    );
    await tx.update(PaperDossier, { dossierId: withdrawn.dossierId }, { resultByPost: false });
  }

  /** Command: a shipment made at the postal desk. */
  createByHand(request: CreateShipmentV1): Promise<ShipmentV1> {
    const { idempotencyKey, ...content } = request;
    const spec = this.manualSpec(request);
    return this.idempotency.run('shipment.create', idempotencyKey, content, async (tx) => {
      if (spec.trackingNumber) {
        const taken = await tx.existsBy(Shipment, { trackingNumber: spec.trackingNumber });
        if (taken) {
          throw new ShipmentError(
            ShipmentErrorCode.TrackingNumberTaken,
            `Mã vận đơn ${spec.trackingNumber} đã gắn với một bưu gửi khác`,
            [{ field: 'trackingNumber', constraint: 'unique', message: 'Mã vận đơn đã được dùng' }],
          );
        }
      }
      const shipment = (await this.open(tx, spec)) as Shipment;
      const [view] = await this.views(tx, [shipment]);
      return view;
    });
  }

  /**
   * Releases up to `limit` of the shipments held for the unit, oldest first, and announces each release once:
   * a shipment leaves `held` under its row lock in the transaction that writes its events. Resolves with how
   * many were released.
   */
  async releaseHeld(tx: EntityManager, unitCode: string, limit: number): Promise<number> {
    // Without its number yet, a released shipment waits for the provider's order.
    const released: ReleasedRow[] = await tx.query(
      `WITH batch AS (
         SELECT id FROM courier.shipments
          WHERE destination_unit_code = $1 AND status = $2
          ORDER BY created_at, id
          LIMIT $3
          FOR UPDATE
       ), released AS (
         UPDATE courier.shipments s
            SET status = CASE WHEN s.tracking_number IS NULL THEN $4 ELSE $5 END
           FROM batch WHERE s.id = batch.id
         RETURNING s.id, s.kind, s.tracking_number, s.origin_unit_code, s.created_at
       )
       SELECT id, kind, tracking_number AS "trackingNumber", origin_unit_code AS "originUnitCode"
         FROM released ORDER BY created_at, id`,
      [unitCode, ShipmentStatus.Held, limit, ShipmentStatus.AwaitingOrder, ShipmentStatus.Created],
    );
    if (released.length > 0) await this.announceReleases(tx, unitCode, released);
    return released.length;
  }

  /**
   * The provider took the order: the shipment gets its tracking number and waits for a pickup. Nothing happens
   * when it no longer awaits one (numbered by an earlier attempt, or cancelled meanwhile).
   */
  recordOrder(shipmentId: string, trackingNumber: string): Promise<void> {
    return this.dataSource.transaction(async (tx) => {
      const shipment = await tx.findOne(Shipment, {
        where: { id: shipmentId },
        lock: { mode: 'pessimistic_write' },
      });
      // Withdrawn while the order was on its way: the provider's order is cancelled with it.
      if (shipment?.status === ShipmentStatus.Cancelled) {
        await tx.update(Shipment, { id: shipmentId }, { orderState: ProviderOrderState.CancelPending });
        return;
      }
      if (shipment?.status !== ShipmentStatus.AwaitingOrder) return;
      if (await tx.existsBy(Shipment, { trackingNumber })) {
        throw new ShipmentError(
          ShipmentErrorCode.TrackingNumberTaken,
          `Bưu điện cấp mã vận đơn ${trackingNumber} đã gắn với một bưu gửi khác`,
          { shipmentId, trackingNumber },
        );
      }
      shipment.trackingNumber = trackingNumber;
      shipment.status = ShipmentStatus.Created;
      shipment.orderState = ProviderOrderState.Placed;
      await tx.save(shipment);
      await this.announceCreated(tx, shipment, new Date());
    });
  }

  /** The provider confirmed the cancellation of the shipment's order (or never had it). */
  async recordOrderCancelled(shipmentId: string): Promise<void> {
    await this.dataSource
      .getRepository(Shipment)
      .update(
        { id: shipmentId, orderState: ProviderOrderState.CancelPending },
        { orderState: ProviderOrderState.Cancelled },
      );
  }

  /**
   * A full round of order attempts ran out while the shipment still awaits its order: the managers are told,
   * once per shipment (`courier.shipment.order-stalled.v1`).
   */
  recordOrderStalled(shipmentId: string, attempts: number, errorCode: string): Promise<void> {
    return this.dataSource.transaction(async (tx) => {
      const shipment = await tx.findOne(Shipment, {
        where: { id: shipmentId },
        lock: { mode: 'pessimistic_write' },
      });
      if (shipment?.status !== ShipmentStatus.AwaitingOrder || shipment.orderStalledAt) return;
      shipment.orderStalledAt = new Date();
      await tx.save(shipment);
      const unit = shipment.destinationUnitCode
        ? await tx.findOneBy(CourierUnit, { code: shipment.destinationUnitCode })
        : null;
      await this.outbox.publish(tx, SHIPMENT_ORDER_STALLED_V1, {
        shipmentId: shipment.id,
        kind: shipment.kind,
        dossiers: await this.dossiersOf(tx, shipment.id),
        ...(shipment.originUnitCode ? { originUnitCode: shipment.originUnitCode } : {}),
        ...(shipment.destinationUnitCode ? { destinationUnitCode: shipment.destinationUnitCode } : {}),
        ...(unit ? { destinationUnitName: unit.name } : {}),
        attempts,
        errorCode,
        stalledAt: shipment.orderStalledAt.toISOString(),
      });
    });
  }

  /**
   * Records tracking news and applies it when it moves the shipment forward in time order; publishes what
   * others act on. The caller holds the shipment's row lock.
   */
  async applyTracking(tx: EntityManager, shipment: Shipment, news: TrackingNews): Promise<TrackingOutcome> {
    const eventId = uuidv7();
    const inserted: unknown[] = await tx.query(
      `INSERT INTO courier.tracking_events
         (id, shipment_id, tracking_number, provider_event_id, status, occurred_at, recorded_at, source, applied,
          location, note)
       VALUES ($1, $2, $3, $4, $5, $6, now(), $7, false, $8, $9)
       ON CONFLICT (provider_event_id) DO NOTHING RETURNING id`,
      [
        eventId,
        shipment.id,
        shipment.trackingNumber,
        news.providerEventId ?? null,
        news.status,
        news.occurredAt,
        news.source,
        news.location ?? null,
        news.note ?? null,
      ],
    );
    if (inserted.length === 0) return 'duplicate';
    const target = nextStatus(shipment, news);
    if (!target) return 'unchanged';
    await tx.update(TrackingEvent, { id: eventId }, { applied: true });
    shipment.status = target;
    shipment.lastEventAt = news.occurredAt;
    shipment.pickedUpAt ??= news.occurredAt;
    if (target === ShipmentStatus.Delivered) shipment.deliveredAt = news.occurredAt;
    await this.announce(tx, shipment, news);
    return 'applied';
  }

  async getShipment(id: string): Promise<ShipmentV1> {
    const shipment = await this.dataSource.getRepository(Shipment).findOneBy({ id });
    if (!shipment) throw new ShipmentError(ShipmentErrorCode.NotFound, 'Không tìm thấy bưu gửi', { id });
    const [view] = await this.views(this.dataSource.manager, [shipment]);
    return view;
  }

  async listShipments(filter: ListShipmentsV1): Promise<ShipmentListV1> {
    const query = this.dataSource
      .getRepository(Shipment)
      .createQueryBuilder('s')
      .orderBy('s.created_at', 'DESC')
      .limit(500);
    if (filter.status) query.andWhere('s.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('s.kind = :kind', { kind: filter.kind });
    if (filter.unitCode) {
      query.andWhere('(s.origin_unit_code = :unit OR s.destination_unit_code = :unit)', {
        unit: filter.unitCode,
      });
    }
    if (filter.dossierId) {
      query.andWhere(
        's.id IN (SELECT shipment_id FROM courier.shipment_dossiers WHERE dossier_id = :dossierId)',
        { dossierId: filter.dossierId },
      );
    }
    return { items: await this.views(this.dataSource.manager, await query.getMany()) };
  }

  /** Views with dossiers, seal numbers and tracking history, in the order given. */
  async views(tx: EntityManager, shipments: readonly Shipment[]): Promise<ShipmentV1[]> {
    if (shipments.length === 0) return [];
    const ids = shipments.map((s) => s.id);
    const packageIds = shipments.flatMap((s) => (s.packageId ? [s.packageId] : []));
    const [dossiers, events, packages] = await Promise.all([
      tx.find(ShipmentDossier, { where: { shipmentId: In(ids) }, order: { dossierCode: 'ASC' } }),
      tx.find(TrackingEvent, {
        where: { shipmentId: In(ids) },
        order: { occurredAt: 'ASC', recordedAt: 'ASC' },
      }),
      packageIds.length > 0 ? tx.find(Package, { where: { id: In(packageIds) } }) : Promise.resolve([]),
    ]);
    const sealOf = new Map(packages.map((p) => [p.id, p.sealNumber]));
    return shipments.map((s) => ({
      id: s.id,
      kind: s.kind,
      status: s.status,
      ...(s.trackingNumber ? { trackingNumber: s.trackingNumber } : {}),
      dossiers: dossiers
        .filter((d) => d.shipmentId === s.id)
        .map((d) => ({ dossierId: d.dossierId, code: d.dossierCode })),
      ...(s.originUnitCode ? { originUnitCode: s.originUnitCode } : {}),
      ...(s.destinationUnitCode ? { destinationUnitCode: s.destinationUnitCode } : {}),
      ...(s.recipientName && s.recipientAddress
        ? {
            recipient: {
              fullName: s.recipientName,
              address: s.recipientAddress,
              ...(s.recipientPhone ? { phone: s.recipientPhone } : {}),
            },
          }
        : {}),
      ...(s.packageId ? { packageId: s.packageId } : {}),
      ...(s.packageId && sealOf.get(s.packageId) ? { sealNumber: sealOf.get(s.packageId) as string } : {}),
      ...(s.failureReason ? { failureReason: s.failureReason } : {}),
      createdAt: s.createdAt.toISOString(),
      tracking: events
        .filter((e) => e.shipmentId === s.id)
        .map((e) => ({
          status: e.status,
          occurredAt: e.occurredAt.toISOString(),
          source: e.source,
          applied: e.applied,
          ...(e.location ? { location: e.location } : {}),
          ...(e.note ? { note: e.note } : {}),
        })),
    }));
  }

  /** What the shipment events say; only a shipment with its tracking number is announced. */
  async facts(tx: EntityManager, shipment: Shipment): Promise<ShipmentFactsV1> {
    if (!shipment.trackingNumber) throw new Error(`shipment ${shipment.id} has no tracking number yet`);
    return {
      shipmentId: shipment.id,
      kind: shipment.kind,
      trackingNumber: shipment.trackingNumber,
      dossiers: await this.dossiersOf(tx, shipment.id),
      ...(shipment.originUnitCode ? { originUnitCode: shipment.originUnitCode } : {}),
      ...(shipment.destinationUnitCode ? { destinationUnitCode: shipment.destinationUnitCode } : {}),
    };
  }

  private async announce(tx: EntityManager, shipment: Shipment, news: TrackingNews): Promise<void> {
    const at = news.occurredAt.toISOString();
    switch (shipment.status) {
      case ShipmentStatus.PickedUp:
        await tx.save(shipment);
        await this.outbox.publish(tx, SHIPMENT_PICKED_UP_V1, {
          ...(await this.facts(tx, shipment)),
          pickedUpAt: at,
          ...(news.pickupId ? { pickupId: news.pickupId } : {}),
        });
        return;
      case ShipmentStatus.Delivered:
        await tx.save(shipment);
        await this.outbox.publish(tx, SHIPMENT_DELIVERED_V1, {
          ...(await this.facts(tx, shipment)),
          deliveredAt: at,
          ...(news.receivedByName ? { receivedByName: news.receivedByName } : {}),
        });
        if (shipment.kind === ShipmentKind.ResultToCenter) {
          for (const dossier of (await this.facts(tx, shipment)).dossiers)
            await this.sendResultHome(tx, dossier);
        }
        return;
      case ShipmentStatus.Failed:
      case ShipmentStatus.Returned: {
        const reason = failureReason(
          news.status as TrackingStatus.Failed | TrackingStatus.Returned,
          news.reason,
        );
        shipment.failureReason = reason;
        await tx.save(shipment);
        // A seal problem is recorded once, on its package, by the receipt.
        if (news.source !== TrackingSource.Receipt)
          await tx.insert(Incident, {
            id: uuidv7(),
            kind: INCIDENT_OF_FAILURE[reason],
            shipmentId: shipment.id,
            packageId: shipment.packageId,
            trackingNumber: shipment.trackingNumber,
            sealNumber: null,
            detail: news.note ?? `Bưu gửi ${shipment.trackingNumber}: ${reason}`,
            occurredAt: news.occurredAt,
          });
        await this.outbox.publish(tx, SHIPMENT_FAILED_V1, {
          ...(await this.facts(tx, shipment)),
          reason,
          ...(news.note ? { note: news.note } : {}),
          failedAt: at,
        });
        return;
      }
      default:
        await tx.save(shipment);
    }
  }

  // The citizen chose postal return: the result leaves the Center for their address.
  private async sendResultHome(tx: EntityManager, dossier: ShipmentDossierV1): Promise<void> {
    const paper = await tx.findOneBy(PaperDossier, { dossierId: dossier.dossierId });
    if (!paper?.resultByPost || !paper.resultAddress) return;
    await this.open(tx, {
      kind: ShipmentKind.ResultToCitizen,
      dossiers: [dossier],
      originUnitCode: this.centerUnitCode,
      destinationUnitCode: null,
      recipient: { fullName: paper.applicantName, phone: paper.applicantPhone, address: paper.resultAddress },
      dedupeKey: `${ShipmentKind.ResultToCitizen}:${dossier.dossierId}`,
    });
  }

  // Stores a shipment (once per dedupe key) held, awaiting its order or ready, and announces it.
  private async open(tx: EntityManager, spec: ShipmentSpec): Promise<Shipment | null> {
    if (spec.dedupeKey && (await tx.existsBy(Shipment, { dedupeKey: spec.dedupeKey }))) return null;
    const held =
      needsContactPoint(spec.kind) &&
      spec.destinationUnitCode !== null &&
      !(await this.hasContactPoint(tx, spec.destinationUnitCode));
    // With the provider's order API configured, the provider numbers what courier sends.
    const trackingNumber =
      spec.trackingNumber ?? (this.courier.provider ? null : await this.nextTrackingNumber(tx));
    const shipment = tx.create(Shipment, {
      id: uuidv7(),
      kind: spec.kind,
      status: held
        ? ShipmentStatus.Held
        : trackingNumber
          ? ShipmentStatus.Created
          : ShipmentStatus.AwaitingOrder,
      trackingNumber,
      originUnitCode: spec.originUnitCode,
      destinationUnitCode: spec.destinationUnitCode,
      recipientName: spec.recipient?.fullName ?? null,
      recipientPhone: spec.recipient?.phone ?? null,
      recipientAddress: spec.recipient?.address ?? null,
      dedupeKey: spec.dedupeKey ?? null,
      packageId: null,
      failureReason: null,
      createdAt: new Date(),
      createdBy: spec.createdBy ?? null,
      pickedUpAt: null,
      deliveredAt: null,
      lastEventAt: null,
    });
    await tx.insert(Shipment, shipment);
    for (const dossier of spec.dossiers) {
      await tx.insert(ShipmentDossier, {
        shipmentId: shipment.id,
        dossierId: dossier.dossierId,
        dossierCode: dossier.code,
      });
    }
    if (held) {
      await this.outbox.publish(tx, SHIPMENT_HELD_V1, {
        ...(await this.holdFacts(tx, shipment)),
        heldAt: shipment.createdAt.toISOString(),
      });
    } else if (shipment.status === ShipmentStatus.Created) {
      await this.announceCreated(tx, shipment, shipment.createdAt);
    }
    return shipment;
  }

  // Released, then created for those numbered already: two statements for the whole batch.
  private async announceReleases(
    tx: EntityManager,
    unitCode: string,
    released: readonly ReleasedRow[],
  ): Promise<void> {
    const unit = await tx.findOneBy(CourierUnit, { code: unitCode });
    const dossiers = await tx.find(ShipmentDossier, {
      where: { shipmentId: In(released.map((row) => row.id)) },
      order: { dossierCode: 'ASC' },
    });
    const dossiersOf = new Map<string, ShipmentDossierV1[]>();
    for (const d of dossiers) {
      const carried = dossiersOf.get(d.shipmentId) ?? [];
      carried.push({ dossierId: d.dossierId, code: d.dossierCode });
      dossiersOf.set(d.shipmentId, carried);
    }
    const at = new Date().toISOString();
    const factsOf = (row: ReleasedRow) => ({
      shipmentId: row.id,
      kind: row.kind,
      dossiers: dossiersOf.get(row.id) ?? [],
      ...(row.originUnitCode ? { originUnitCode: row.originUnitCode } : {}),
      destinationUnitCode: unitCode,
    });
    await this.outbox.publishAll(
      tx,
      SHIPMENT_RELEASED_V1,
      released.map((row) => ({
        ...factsOf(row),
        ...(unit ? { destinationUnitName: unit.name } : {}),
        reason: ShipmentHoldReason.NoContactPoint,
        releasedAt: at,
      })),
    );
    await this.outbox.publishAll(
      tx,
      SHIPMENT_CREATED_V1,
      released.flatMap((row) =>
        row.trackingNumber ? [{ ...factsOf(row), trackingNumber: row.trackingNumber, createdAt: at }] : [],
      ),
    );
  }

  private async announceCreated(tx: EntityManager, shipment: Shipment, at: Date): Promise<void> {
    await this.outbox.publish(tx, SHIPMENT_CREATED_V1, {
      ...(await this.facts(tx, shipment)),
      createdAt: at.toISOString(),
    });
  }

  // Only shipments to a unit are held: the destination is always known.
  private async holdFacts(tx: EntityManager, shipment: Shipment): Promise<ShipmentHoldFactsV1> {
    const unitCode = shipment.destinationUnitCode as string;
    const unit = await tx.findOneBy(CourierUnit, { code: unitCode });
    return {
      shipmentId: shipment.id,
      kind: shipment.kind,
      dossiers: await this.dossiersOf(tx, shipment.id),
      ...(shipment.originUnitCode ? { originUnitCode: shipment.originUnitCode } : {}),
      destinationUnitCode: unitCode,
      ...(unit ? { destinationUnitName: unit.name } : {}),
      reason: ShipmentHoldReason.NoContactPoint,
    };
  }

  private async dossiersOf(tx: EntityManager, shipmentId: string): Promise<ShipmentDossierV1[]> {
    const dossiers = await tx.find(ShipmentDossier, { where: { shipmentId }, order: { dossierCode: 'ASC' } });
    return dossiers.map((d) => ({ dossierId: d.dossierId, code: d.dossierCode }));
  }

  // Under the unit's shared contact-point lock: a naming in progress is waited for, never read half done.
  private async hasContactPoint(tx: EntityManager, unitCode: string): Promise<boolean> {
    await shareContactPoints(tx, unitCode);
    const [row]: { count: number }[] = await tx.query(
      `SELECT count(*)::int AS count FROM courier.contact_points WHERE unit_code = $1`,
      [unitCode],
    );
    return row.count > 0;
  }

  private async nextTrackingNumber(tx: EntityManager): Promise<string> {
    const [row]: { serial: string }[] = await tx.query(`SELECT nextval('courier.tracking_serial') AS serial`);
    return formatTrackingNumber(this.courier.trackingPrefix, Number(row.serial));
  }

  // Each kind names what it needs; what the kind implies (the Center at one end) is filled in.
  private manualSpec(request: CreateShipmentV1): ShipmentSpec {
    const center = this.centerUnitCode;
    const missing = (field: string, message: string) =>
      new ShipmentError(ShipmentErrorCode.IncompleteShipment, message, [
        { field, constraint: 'isDefined', message },
      ]);
    if (request.trackingNumber && !isTrackingNumberValid(request.trackingNumber)) {
      throw new ShipmentError(
        ShipmentErrorCode.TrackingNumberInvalid,
        'Mã vận đơn sai số kiểm tra (chuẩn UPU S10)',
        [{ field: 'trackingNumber', constraint: 's10', message: 'Mã vận đơn sai số kiểm tra' }],
      );
    }
    if (request.kind !== ShipmentKind.DossierFromCitizen && request.dossiers.length === 0) {
      throw missing('dossiers', 'Bưu gửi phải có ít nhất một hồ sơ');
    }
    const base = {
      kind: request.kind,
      dossiers: request.dossiers,
      trackingNumber: request.trackingNumber,
      createdBy: request.actor.id,
    };
    switch (request.kind) {
      case ShipmentKind.DossierToUnit:
        if (!request.destinationUnitCode) throw missing('destinationUnitCode', 'Đơn vị nhận là bắt buộc');
        return { ...base, originUnitCode: center, destinationUnitCode: request.destinationUnitCode };
      case ShipmentKind.ResultToCenter:
        if (!request.originUnitCode) throw missing('originUnitCode', 'Đơn vị gửi là bắt buộc');
        return { ...base, originUnitCode: request.originUnitCode, destinationUnitCode: center };
      case ShipmentKind.ResultToCitizen:
        if (!request.recipient) throw missing('recipient', 'Người nhận là bắt buộc');
        return { ...base, originUnitCode: center, destinationUnitCode: null, recipient: request.recipient };
      case ShipmentKind.DossierFromCitizen:
        if (!request.trackingNumber) throw missing('trackingNumber', 'Mã vận đơn của bưu điện là bắt buộc');
        return { ...base, originUnitCode: null, destinationUnitCode: center };
    }
  }
}
