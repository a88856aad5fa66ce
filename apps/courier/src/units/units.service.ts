import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ContactPointV1,
  CourierUnitListV1,
  CourierUnitV1,
  ListCourierUnitsV1,
  ReplaceContactPointsV1,
  UnitPublishedV1,
} from '@motcua/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { HeldReleaseWakeups } from '../releases/held-release-wakeups';
import { HeldReleasesService } from '../releases/held-releases.service';
import { lockContactPoints } from './contact-point-lock';
import { ContactPoint } from './contact-point.entity';
import { CourierUnit } from './courier-unit.entity';

interface UnitRow {
  code: string;
  name: string | null;
  held: number;
  isReleasing: boolean;
}

const toContactPointDto = (c: ContactPoint): ContactPointV1 => ({
  fullName: c.fullName,
  phone: c.phone,
  ...(c.email ? { email: c.email } : {}),
  hours: c.hours,
});

@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly releases: HeldReleasesService,
    private readonly wakeups: HeldReleaseWakeups,
  ) {}

  /** Keeps courier's copy of intake's unit directory. */
  async recordUnit(tx: EntityManager, published: UnitPublishedV1): Promise<void> {
    const { unit } = published;
    await tx.upsert(
      CourierUnit,
      {
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName,
        kind: unit.kind,
        updatedAt: new Date(published.publishedAt),
      },
      ['code'],
    );
  }

  /**
   * Replaces a unit's contact points as a whole. A unit still missing from courier's copy of the directory is
   * accepted (the copy may lag). Shipments held for a unit that now has a contact point are released after
   * the commit, in batches (`releasingShipments` counts those still on their way out); the answer never waits.
   */
  async replaceContactPoints(request: ReplaceContactPointsV1): Promise<CourierUnitV1> {
    const isReleaseDue = await this.dataSource.transaction(async (tx) => {
      await lockContactPoints(tx, request.unitCode);
      await tx.delete(ContactPoint, { unitCode: request.unitCode });
      const updatedAt = new Date();
      if (request.contactPoints.length > 0) {
        await tx.insert(
          ContactPoint,
          request.contactPoints.map((contact, position) => ({
            id: uuidv7(),
            unitCode: request.unitCode,
            position,
            fullName: contact.fullName.trim(),
            phone: contact.phone,
            email: contact.email ?? null,
            hours: contact.hours.trim(),
            updatedAt,
            updatedBy: request.actor.id,
          })),
        );
      }
      return this.releases.recordContactPoints(tx, {
        unitCode: request.unitCode,
        hasContactPoint: request.contactPoints.length > 0,
        actorId: request.actor.id,
      });
    });
    if (isReleaseDue) this.wakeups.wakeSoon(request.unitCode);
    const [unit] = await this.units([request.unitCode]);
    return unit;
  }

  /** Every unit known from the directory, contact points or shipments, with the held flag for the manager. */
  async listUnits(request: ListCourierUnitsV1): Promise<CourierUnitListV1> {
    const units = await this.units(null);
    return {
      items: request.withoutContactPoint ? units.filter((u) => !u.hasContactPoint) : units,
    };
  }

  private async units(codes: string[] | null): Promise<CourierUnitV1[]> {
    const rows: UnitRow[] = await this.dataSource.query(
      `WITH codes AS (
         SELECT code FROM courier.units
         UNION SELECT unit_code FROM courier.contact_points
         UNION SELECT destination_unit_code FROM courier.shipments WHERE destination_unit_code IS NOT NULL
       )
       SELECT c.code, u.name,
              (SELECT count(*)::int FROM courier.shipments s
                WHERE s.destination_unit_code = c.code AND s.status = 'held') AS held,
              EXISTS (SELECT 1 FROM courier.held_releases r WHERE r.unit_code = c.code) AS "isReleasing"
         FROM codes c LEFT JOIN courier.units u ON u.code = c.code
        WHERE $1::text[] IS NULL OR c.code = ANY($1::text[])
        ORDER BY c.code`,
      [codes],
    );
    const contacts = await this.dataSource
      .getRepository(ContactPoint)
      .find({ order: { unitCode: 'ASC', position: 'ASC' } });
    const fallback = codes?.filter((code) => !rows.some((r) => r.code === code)) ?? [];
    return [...rows, ...fallback.map((code) => ({ code, name: null, held: 0, isReleasing: false }))].map(
      (row) => {
        const own = contacts.filter((c) => c.unitCode === row.code).map(toContactPointDto);
        return {
          code: row.code,
          ...(row.name ? { name: row.name } : {}),
          contactPoints: own,
          hasContactPoint: own.length > 0,
          // Held shipments whose release is under way no longer wait for anyone: they count apart.
          heldShipments: row.isReleasing ? 0 : row.held,
          releasingShipments: row.isReleasing ? row.held : 0,
        };
      },
    );
  }
}
