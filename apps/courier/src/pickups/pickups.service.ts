import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ActorV1,
  CENTER_WIDE_ROLES,
  HandOverPickupV1,
  PackageV1,
  PickupV1,
  PreparePickupV1,
  ReceivePackageV1,
  RenderedDocumentV1,
  SealPackageV1,
  ShipmentFailureReason,
  ShipmentKind,
  ShipmentStatus,
  TrackingStatus,
} from '@motcua/contracts';
import { renderTableDocument } from '@motcua/documents';
import { IdempotencyService } from '@motcua/messaging';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import type { AppConfig, CourierConfig } from '../config';
import { Incident, IncidentKind } from '../shipments/incident.entity';
import { Shipment } from '../shipments/shipment.entity';
import { ShipmentsService } from '../shipments/shipments.service';
import { TrackingSource } from '../shipments/tracking-event.entity';
import { CourierUnit } from '../units/courier-unit.entity';
import { HandoverRecordInput, HandoverRecordLine, handoverRecordDocument } from './handover-record';
import { Package, PackageStatus } from './package.entity';
import { Pickup, PickupStatus } from './pickup.entity';
import { PickupError, PickupErrorCode } from './pickups.errors';
import { slotInstant } from './slot';

const actorName = (actor: ActorV1) => actor.displayName ?? actor.name;
const POST_OFFICE = 'Bưu điện';

@Injectable()
export class PickupsService {
  private readonly courier: CourierConfig;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idempotency: IdempotencyService,
    private readonly shipments: ShipmentsService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.courier = config.get('courier', { infer: true });
  }

  /**
   * Packs what is ready to leave a unit at one of today's pickup times: one package per destination unit,
   * one per citizen's address. Asked again before the hand-over, it adds what became ready meanwhile.
   */
  async preparePickup(request: PreparePickupV1): Promise<PickupV1> {
    if (!this.courier.pickupTimes.includes(request.slot)) {
      throw new PickupError(
        PickupErrorCode.UnknownSlot,
        `Giờ lấy bưu gửi phải là một trong: ${this.courier.pickupTimes.join(', ')}`,
        [{ field: 'slot', constraint: 'isIn', message: 'Giờ lấy bưu gửi không có trong lịch' }],
      );
    }
    const slotAt = slotInstant(new Date(), request.slot);
    const pickupId = await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO courier.pickups (id, origin_unit_code, slot_at, status, created_at, created_by)
         VALUES ($1, $2, $3, $4, now(), $5) ON CONFLICT (origin_unit_code, slot_at) DO NOTHING`,
        [uuidv7(), request.originUnitCode, slotAt, PickupStatus.Packing, request.actor.id],
      );
      const pickup = await tx.findOneOrFail(Pickup, {
        where: { originUnitCode: request.originUnitCode, slotAt },
        lock: { mode: 'pessimistic_write' },
      });
      if (pickup.status !== PickupStatus.Packing) {
        throw new PickupError(PickupErrorCode.AlreadyHandedOver, 'Chuyến lấy này đã bàn giao cho bưu điện', {
          pickupId: pickup.id,
        });
      }
      const ready = await tx.find(Shipment, {
        where: {
          originUnitCode: request.originUnitCode,
          status: ShipmentStatus.Created,
          packageId: IsNull(),
          kind: In([ShipmentKind.DossierToUnit, ShipmentKind.ResultToCenter, ShipmentKind.ResultToCitizen]),
        },
        order: { createdAt: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const packed = await tx.countBy(Package, { pickupId: pickup.id });
      if (ready.length === 0 && packed === 0) {
        throw new PickupError(PickupErrorCode.NothingToPickUp, 'Không có bưu gửi nào chờ lấy tại đơn vị này');
      }
      for (const shipment of ready) shipment.packageId = await this.packageFor(tx, pickup.id, shipment);
      await tx.save(ready);
      return pickup.id;
    });
    return this.view(this.dataSource.manager, pickupId);
  }

  /** The seal number put on a package; it can be corrected until the hand-over. */
  async sealPackage(request: SealPackageV1): Promise<PackageV1> {
    const packageId = await this.dataSource.transaction(async (tx) => {
      const pack = await this.lockPackage(tx, request.packageId);
      if (pack.status !== PackageStatus.Packing && pack.status !== PackageStatus.Sealed) {
        throw new PickupError(
          PickupErrorCode.AlreadyHandedOver,
          'Túi đã bàn giao cho bưu điện, không niêm phong lại',
        );
      }
      const taken = await tx.findOneBy(Package, { sealNumber: request.sealNumber });
      if (taken && taken.id !== pack.id) {
        throw new PickupError(
          PickupErrorCode.SealNumberTaken,
          `Số niêm phong ${request.sealNumber} đã dùng`,
          [{ field: 'sealNumber', constraint: 'unique', message: 'Số niêm phong đã dùng cho túi khác' }],
        );
      }
      pack.sealNumber = request.sealNumber;
      pack.sealedAt = new Date();
      pack.status = PackageStatus.Sealed;
      await tx.save(pack);
      return pack.id;
    });
    return this.packageView(this.dataSource.manager, packageId);
  }

  /** The postal worker takes the sealed packages: every shipment in them is picked up, under one record. */
  handOverPickup(request: HandOverPickupV1): Promise<PickupV1> {
    const { idempotencyKey, ...content } = request;
    return this.idempotency.run('pickup.hand-over', idempotencyKey, content, async (tx) => {
      const pickup = await tx.findOne(Pickup, {
        where: { id: request.pickupId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!pickup) throw new PickupError(PickupErrorCode.PickupNotFound, 'Không tìm thấy chuyến lấy bưu gửi');
      if (pickup.status !== PickupStatus.Packing) {
        throw new PickupError(PickupErrorCode.AlreadyHandedOver, 'Chuyến lấy này đã bàn giao cho bưu điện');
      }
      const packages = await tx.find(Package, { where: { pickupId: pickup.id } });
      const unsealed = packages.filter((p) => p.status !== PackageStatus.Sealed);
      if (unsealed.length > 0) {
        throw new PickupError(PickupErrorCode.PackageNotSealed, 'Còn túi chưa niêm phong', {
          packageIds: unsealed.map((p) => p.id),
        });
      }
      const now = new Date();
      pickup.status = PickupStatus.HandedOver;
      pickup.givenByName = actorName(request.actor);
      pickup.takenByName = request.takenByName.trim();
      pickup.handedOverAt = now;
      await tx.save(pickup);
      for (const pack of packages) pack.status = PackageStatus.InTransit;
      await tx.save(packages);
      const shipments = await tx.find(Shipment, {
        where: { packageId: In(packages.map((p) => p.id)) },
        order: { trackingNumber: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      for (const shipment of shipments) {
        await this.shipments.applyTracking(tx, shipment, {
          status: TrackingStatus.PickedUp,
          occurredAt: now,
          source: TrackingSource.HandOver,
          pickupId: pickup.id,
          note: `Bàn giao cho bưu điện: ${pickup.takenByName}`,
        });
      }
      return this.view(tx, pickup.id);
    });
  }

  /**
   * The destination's contact point takes a package and checks its seal: the number read and an intact seal
   * deliver its shipments; anything else is an incident and fails them, so people are alerted.
   */
  receivePackage(request: ReceivePackageV1): Promise<PackageV1> {
    const { idempotencyKey, ...content } = request;
    return this.idempotency.run('package.receive', idempotencyKey, content, async (tx) => {
      const pack = await this.lockPackage(tx, request.packageId);
      if (!pack.destinationUnitCode) {
        throw new PickupError(
          PickupErrorCode.PackageToCitizen,
          'Túi gửi đến địa chỉ công dân: theo dõi qua bưu điện',
        );
      }
      if (!this.mayReceive(request.actor, pack.destinationUnitCode)) {
        throw new PickupError(PickupErrorCode.OtherUnit, 'Túi này gửi đến đơn vị khác');
      }
      if (pack.status === PackageStatus.Received || pack.status === PackageStatus.Incident) {
        throw new PickupError(PickupErrorCode.PackageAlreadyReceived, 'Túi này đã được nhận');
      }
      if (pack.status !== PackageStatus.InTransit) {
        throw new PickupError(PickupErrorCode.NotHandedOver, 'Túi chưa bàn giao cho bưu điện');
      }
      const now = new Date();
      const receiver = actorName(request.actor);
      const problem = this.sealProblem(pack, request);
      pack.receivedAt = now;
      pack.receivedByName = receiver;
      pack.givenByName = request.givenByName.trim();
      pack.status = problem ? PackageStatus.Incident : PackageStatus.Received;
      pack.incident = problem?.detail ?? null;
      await tx.save(pack);
      if (problem) {
        await tx.insert(Incident, {
          id: uuidv7(),
          kind: problem.kind,
          shipmentId: null,
          packageId: pack.id,
          trackingNumber: null,
          sealNumber: request.sealNumber,
          detail: problem.detail,
          occurredAt: now,
        });
      }
      const shipments = await tx.find(Shipment, {
        where: { packageId: pack.id },
        order: { trackingNumber: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      for (const shipment of shipments) {
        await this.shipments.applyTracking(tx, shipment, {
          status: problem ? TrackingStatus.Failed : TrackingStatus.Delivered,
          occurredAt: now,
          source: TrackingSource.Receipt,
          receivedByName: receiver,
          ...(problem
            ? { reason: problem.reason, note: problem.detail }
            : { note: `Đầu mối nhận: ${receiver}` }),
        });
      }
      return this.packageView(tx, pack.id);
    });
  }

  /** The record of a pickup's hand-over to the post (Center or unit → post), as PDF. */
  async renderHandoverRecord(pickupId: string): Promise<RenderedDocumentV1> {
    const manager = this.dataSource.manager;
    const pickup = await manager.findOneBy(Pickup, { id: pickupId });
    if (!pickup) throw new PickupError(PickupErrorCode.PickupNotFound, 'Không tìm thấy chuyến lấy bưu gửi');
    if (pickup.status !== PickupStatus.HandedOver || !pickup.handedOverAt) {
      throw new PickupError(PickupErrorCode.NotHandedOver, 'Chuyến lấy chưa bàn giao, chưa có biên bản');
    }
    const view = await this.view(manager, pickupId);
    const nameOf = await this.unitNames();
    const origin = nameOf(pickup.originUnitCode);
    return this.renderRecord(`bien-ban-giao-nhan-${pickupId}.pdf`, pickup.originUnitCode, {
      recordId: pickupId,
      issuer: origin,
      giver: origin,
      givenByName: pickup.givenByName ?? '',
      taker: POST_OFFICE,
      takenByName: pickup.takenByName ?? '',
      at: pickup.handedOverAt,
      slotAt: pickup.slotAt,
      packages: view.packages.length,
      lines: view.packages.flatMap((pack) => this.recordLines(pack, nameOf)),
    });
  }

  /** The record of a package's receipt from the post at its destination, with the seal check, as PDF. */
  async renderReceiptRecord(packageId: string): Promise<RenderedDocumentV1> {
    const manager = this.dataSource.manager;
    const pack = await manager.findOneBy(Package, { id: packageId });
    if (!pack) throw new PickupError(PickupErrorCode.PackageNotFound, 'Không tìm thấy túi bưu gửi');
    if (!pack.receivedAt || !pack.destinationUnitCode) {
      throw new PickupError(PickupErrorCode.NotReceived, 'Túi chưa được đơn vị nhận, chưa có biên bản');
    }
    const nameOf = await this.unitNames();
    const destination = nameOf(pack.destinationUnitCode);
    return this.renderRecord(`bien-ban-nhan-${packageId}.pdf`, pack.destinationUnitCode, {
      recordId: packageId,
      issuer: destination,
      giver: POST_OFFICE,
      givenByName: pack.givenByName ?? '',
      taker: destination,
      takenByName: pack.receivedByName ?? '',
      at: pack.receivedAt,
      packages: 1,
      sealCheck: pack.incident ?? 'Đúng số niêm phong, niêm phong nguyên vẹn',
      lines: this.recordLines(await this.packageView(manager, packageId), nameOf),
    });
  }

  private async renderRecord(
    filename: string,
    unitCode: string,
    input: HandoverRecordInput,
  ): Promise<RenderedDocumentV1> {
    const pdf = await renderTableDocument(handoverRecordDocument(input));
    return { filename, contentType: 'application/pdf', contentBase64: pdf.toString('base64'), unitCode };
  }

  private recordLines(pack: PackageV1, nameOf: (code: string) => string): HandoverRecordLine[] {
    return pack.shipments.flatMap((shipment) =>
      shipment.dossiers.map((dossier) => ({
        dossierCode: dossier.code,
        destination: pack.destinationUnitCode
          ? nameOf(pack.destinationUnitCode)
          : (shipment.recipient?.address ?? 'Địa chỉ công dân'),
        // Only numbered shipments are packed.
        trackingNumber: shipment.trackingNumber ?? '',
        sealNumber: pack.sealNumber ?? '',
      })),
    );
  }

  // Names from courier's copy of the directory; the code itself while the copy lacks the unit.
  private async unitNames(): Promise<(code: string) => string> {
    const units = await this.dataSource.manager.find(CourierUnit);
    return (code) => units.find((u) => u.code === code)?.name ?? code;
  }

  // Officers and unit leads receive for their own unit; Center-wide staff (the postal desk) for any.
  private mayReceive(actor: ActorV1, unitCode: string): boolean {
    if (actor.kind === 'user' && actor.roles.some((role) => CENTER_WIDE_ROLES.includes(role))) return true;
    return actor.unitCode === unitCode;
  }

  private sealProblem(
    pack: Package,
    request: ReceivePackageV1,
  ): { kind: IncidentKind; reason: ShipmentFailureReason; detail: string } | null {
    if (pack.sealNumber !== request.sealNumber) {
      return {
        kind: IncidentKind.SealMismatch,
        reason: ShipmentFailureReason.SealMismatch,
        detail: `Số niêm phong ${request.sealNumber} khác số đã niêm phong ${pack.sealNumber ?? ''}`,
      };
    }
    if (!request.sealIntact) {
      return {
        kind: IncidentKind.SealBroken,
        reason: ShipmentFailureReason.SealBroken,
        detail: `Niêm phong ${request.sealNumber} không còn nguyên vẹn`,
      };
    }
    return null;
  }

  // A unit's shipments share the pickup's open package for that unit; each citizen's gets its own.
  private async packageFor(tx: EntityManager, pickupId: string, shipment: Shipment): Promise<string> {
    if (shipment.destinationUnitCode) {
      const open = await tx.findOneBy(Package, {
        pickupId,
        destinationUnitCode: shipment.destinationUnitCode,
        status: PackageStatus.Packing,
      });
      if (open) return open.id;
    }
    const id = uuidv7();
    await tx.insert(Package, {
      id,
      pickupId,
      destinationUnitCode: shipment.destinationUnitCode,
      status: PackageStatus.Packing,
      sealNumber: null,
      sealedAt: null,
      receivedAt: null,
      receivedByName: null,
      givenByName: null,
      incident: null,
    });
    return id;
  }

  private async lockPackage(tx: EntityManager, id: string): Promise<Package> {
    const pack = await tx.findOne(Package, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!pack) throw new PickupError(PickupErrorCode.PackageNotFound, 'Không tìm thấy túi bưu gửi', { id });
    return pack;
  }

  private async view(tx: EntityManager, pickupId: string): Promise<PickupV1> {
    const pickup = await tx.findOneByOrFail(Pickup, { id: pickupId });
    const packages = await tx.find(Package, { where: { pickupId }, order: { id: 'ASC' } });
    return {
      id: pickup.id,
      originUnitCode: pickup.originUnitCode,
      slotAt: pickup.slotAt.toISOString(),
      status: pickup.status,
      packages: await Promise.all(packages.map((p) => this.packageView(tx, p.id))),
      ...(pickup.givenByName ? { givenByName: pickup.givenByName } : {}),
      ...(pickup.takenByName ? { takenByName: pickup.takenByName } : {}),
      ...(pickup.handedOverAt ? { handedOverAt: pickup.handedOverAt.toISOString() } : {}),
    };
  }

  private async packageView(tx: EntityManager, packageId: string): Promise<PackageV1> {
    const pack = await tx.findOneByOrFail(Package, { id: packageId });
    const shipments = await tx.find(Shipment, { where: { packageId }, order: { createdAt: 'ASC' } });
    return {
      id: pack.id,
      ...(pack.destinationUnitCode ? { destinationUnitCode: pack.destinationUnitCode } : {}),
      status: pack.status,
      ...(pack.sealNumber ? { sealNumber: pack.sealNumber } : {}),
      shipments: await this.shipments.views(tx, shipments),
      ...(pack.incident ? { incident: pack.incident } : {}),
    };
  }
}
