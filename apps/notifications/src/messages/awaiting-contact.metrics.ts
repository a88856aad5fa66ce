import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';

interface AwaitingFigures {
  readonly count: number;
  readonly oldestSeconds: number;
}

// Registered once per process (prom-client's registry is global); the provider gives them their source.
let source: (() => Promise<AwaitingFigures>) | null = null;

async function read(): Promise<AwaitingFigures | null> {
  return source ? source().catch(() => null) : null;
}

const awaitingCount: Gauge = new Gauge({
  name: 'motcua_notifications_events_awaiting_contact',
  help: 'Citizen events kept until their dossier reception arrives',
  async collect() {
    const figures = await read();
    if (figures) awaitingCount.set(figures.count);
  },
});

const awaitingOldest: Gauge = new Gauge({
  name: 'motcua_notifications_events_awaiting_contact_oldest_seconds',
  help: 'Age of the oldest citizen event still waiting for its dossier reception, 0 when none',
  async collect() {
    const figures = await read();
    if (figures) awaitingOldest.set(figures.oldestSeconds);
  },
});

/**
 * An event that waits for a reception is normally sent within seconds; one that waits for hours means its
 * reception never reached notifications, and the citizen was never told. Prometheus reads both figures when it
 * scrapes, so the wait is visible and alertable instead of silent.
 */
@Injectable()
export class AwaitingContactMetrics implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    source = () => this.figures();
  }

  private async figures(): Promise<AwaitingFigures> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS count,
              coalesce(extract(epoch FROM now() - min(received_at)), 0)::float AS "oldestSeconds"
         FROM notifications.events_awaiting_contact`,
    );
    return row;
  }
}
