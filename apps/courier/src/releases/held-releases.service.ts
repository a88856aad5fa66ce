import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShipmentStatus } from '@motcua/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ShipmentsService } from '../shipments/shipments.service';
import { HeldRelease } from './held-release.entity';
import { RELEASE_BATCH_SIZE } from './held-releases.jobs';

/** How one batch of a release went. */
export interface ReleaseBatch {
  readonly released: number;
  /** Nothing is held for the unit any more (or its release is no longer due): the release is over. */
  readonly isDone: boolean;
}

/**
 * Releases the shipments held for a unit once it has a contact point, after the naming commits: batch by
 * batch, each in its own transaction, as long as Postgres says the release is due. A crash or a lost wake-up
 * loses nothing: the next run picks up what is still held.
 */
@Injectable()
export class HeldReleasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly shipments: ShipmentsService,
  ) {}

  /**
   * In the transaction that replaces the unit's contact points (under its contact-point lock): with a contact
   * point, the release is due when something is held for the unit; without one, nothing is released any more.
   * Resolves with whether a release is due.
   */
  async recordContactPoints(
    tx: EntityManager,
    change: { unitCode: string; hasContactPoint: boolean; actorId: string },
  ): Promise<boolean> {
    if (!change.hasContactPoint) {
      await tx.delete(HeldRelease, { unitCode: change.unitCode });
      return false;
    }
    const due: unknown[] = await tx.query(
      `INSERT INTO courier.held_releases (unit_code, requested_at, requested_by)
       SELECT $1, now(), $2
        WHERE EXISTS (SELECT 1 FROM courier.shipments WHERE destination_unit_code = $1 AND status = $3)
       ON CONFLICT (unit_code) DO UPDATE SET requested_at = excluded.requested_at, requested_by = excluded.requested_by
       RETURNING unit_code`,
      [change.unitCode, change.actorId, ShipmentStatus.Held],
    );
    return due.length > 0;
  }

  /**
   * One batch under the lock of the unit's release row, so two workers never release the same shipments and
   * a new naming (or the removal of the contact points) waits for the batch. The row goes with the last batch.
   */
  releaseBatch(unitCode: string, limit = RELEASE_BATCH_SIZE): Promise<ReleaseBatch> {
    return this.dataSource.transaction(async (tx) => {
      const due: unknown[] = await tx.query(
        `SELECT unit_code FROM courier.held_releases WHERE unit_code = $1 FOR UPDATE`,
        [unitCode],
      );
      if (due.length === 0) return { released: 0, isDone: true };
      const released = await this.shipments.releaseHeld(tx, unitCode, limit);
      if (released === limit) return { released, isDone: false };
      const [, removed]: [unknown, number] = await tx.query(
        `DELETE FROM courier.held_releases
          WHERE unit_code = $1
            AND NOT EXISTS (SELECT 1 FROM courier.shipments WHERE destination_unit_code = $1 AND status = $2)`,
        [unitCode, ShipmentStatus.Held],
      );
      return { released, isDone: removed > 0 };
    });
  }

  /** Releases batch after batch until the unit's release is over; resolves with how many were released. */
  async releaseAll(unitCode: string): Promise<number> {
    let total = 0;
    for (;;) {
      const batch = await this.releaseBatch(unitCode);
      total += batch.released;
      if (batch.isDone) return total;
    }
  }

  /** Units whose release is due, the oldest request first. */
  async listDue(): Promise<string[]> {
    const due = await this.dataSource
      .getRepository(HeldRelease)
      .find({ select: { unitCode: true }, order: { requestedAt: 'ASC' } });
    return due.map((release) => release.unitCode);
  }
}
