import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CourierFiguresV1, GetCourierFiguresV1 } from '@motcua/contracts';
import { DataSource } from 'typeorm';

interface RouteRow {
  origin: string | null;
  destination: string | null;
  delivered: number;
  average: number;
  max: number;
}

interface PickupRow {
  id: string;
  origin: string;
  slot_at: Date;
  packages: number;
  shipments: number;
}

interface IncidentRow {
  kind: string;
  tracking_number: string | null;
  seal_number: string | null;
  detail: string;
  occurred_at: Date;
}

const MINUTES = `extract(epoch FROM s.delivered_at - s.picked_up_at) / 60`;

/** Figures for the Center manager over a period: transport time per route and unit, pickups, incidents. */
@Injectable()
export class FiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async figures(request: GetCourierFiguresV1): Promise<CourierFiguresV1> {
    const period = [new Date(request.from), new Date(request.to)];
    const delivered = `FROM courier.shipments s
      WHERE s.status = 'delivered' AND s.picked_up_at IS NOT NULL AND s.delivered_at >= $1 AND s.delivered_at < $2`;
    const [routes, units, pickups, incidentCounts, incidents] = await Promise.all([
      this.dataSource.query<RouteRow[]>(
        `SELECT s.origin_unit_code AS origin, s.destination_unit_code AS destination, count(*)::int AS delivered,
                round(avg(${MINUTES}), 1)::float AS average, round(max(${MINUTES}), 1)::float AS max
           ${delivered} GROUP BY 1, 2 ORDER BY 1, 2`,
        period,
      ),
      this.dataSource.query<RouteRow[]>(
        `SELECT unit AS origin, NULL AS destination, count(*)::int AS delivered,
                round(avg(minutes), 1)::float AS average, round(max(minutes), 1)::float AS max
           FROM (SELECT s.origin_unit_code AS unit, ${MINUTES} AS minutes ${delivered}
                 UNION ALL
                 SELECT s.destination_unit_code, ${MINUTES} ${delivered}) moves
          WHERE unit IS NOT NULL GROUP BY unit ORDER BY unit`,
        period,
      ),
      this.dataSource.query<PickupRow[]>(
        `SELECT p.id, p.origin_unit_code AS origin, p.slot_at,
                (SELECT count(*)::int FROM courier.packages k WHERE k.pickup_id = p.id) AS packages,
                (SELECT count(*)::int FROM courier.shipments s
                   JOIN courier.packages k ON k.id = s.package_id WHERE k.pickup_id = p.id) AS shipments
           FROM courier.pickups p
          WHERE p.status = 'handed_over' AND p.handed_over_at >= $1 AND p.handed_over_at < $2
          ORDER BY p.slot_at, p.origin_unit_code`,
        period,
      ),
      this.dataSource.query<{ kind: string; count: number }[]>(
        `SELECT kind, count(*)::int AS count FROM courier.incidents
          WHERE occurred_at >= $1 AND occurred_at < $2 GROUP BY kind ORDER BY kind`,
        period,
      ),
      this.dataSource.query<IncidentRow[]>(
        `SELECT kind, tracking_number, seal_number, detail, occurred_at FROM courier.incidents
          WHERE occurred_at >= $1 AND occurred_at < $2 ORDER BY occurred_at DESC LIMIT 50`,
        period,
      ),
    ]);
    const packages = pickups.reduce((total, p) => total + p.packages, 0);
    return {
      routes: routes.map((r) => ({
        ...(r.origin ? { originUnitCode: r.origin } : {}),
        ...(r.destination ? { destinationUnitCode: r.destination } : {}),
        delivered: r.delivered,
        averageMinutes: r.average,
        maxMinutes: r.max,
      })),
      units: units.map((u) => ({
        unitCode: u.origin as string,
        delivered: u.delivered,
        averageMinutes: u.average,
      })),
      pickups: pickups.map((p) => ({
        pickupId: p.id,
        originUnitCode: p.origin,
        slotAt: p.slot_at.toISOString(),
        packages: p.packages,
        shipments: p.shipments,
      })),
      averagePackagesPerPickup: pickups.length === 0 ? 0 : Math.round((packages / pickups.length) * 10) / 10,
      incidentCounts,
      incidents: incidents.map((i) => ({
        kind: i.kind,
        ...(i.tracking_number ? { trackingNumber: i.tracking_number } : {}),
        ...(i.seal_number ? { sealNumber: i.seal_number } : {}),
        detail: i.detail,
        occurredAt: i.occurred_at.toISOString(),
      })),
    };
  }
}
