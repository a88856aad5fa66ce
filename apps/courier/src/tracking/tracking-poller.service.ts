import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShipmentStatus } from '@motcua/contracts';
import { Queue } from 'bullmq';
import { DataSource, In } from 'typeorm';
import type { AppConfig, CourierConfig } from '../config';
import { Shipment } from '../shipments/shipment.entity';
import { TrackingSource } from '../shipments/tracking-event.entity';
import {
  POLL_BATCH_SIZE,
  POLL_REQUEST_TIMEOUT_MS,
  POLL_SCHEDULER_ID,
  TRACKING_QUEUE,
  TrackingJobName,
} from './tracking.jobs';
import { TrackingService } from './tracking.service';

const ON_THE_WAY = [ShipmentStatus.Created, ShipmentStatus.PickedUp, ShipmentStatus.InTransit];

/**
 * For a provider without callbacks: asks its tracking API about every shipment on the way
 * (`GET <url>/items/<tracking number>/events`, the callback body's shape) and records the answers like
 * callbacks, so duplicates and old events are handled the same way.
 */
@Injectable()
export class TrackingPoller implements OnApplicationBootstrap {
  private readonly logger = new Logger(TrackingPoller.name);
  private readonly courier: CourierConfig;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(TRACKING_QUEUE) private readonly queue: Queue,
    private readonly tracking: TrackingService,
    config: ConfigService<AppConfig, true>,
  ) {
    this.courier = config.get('courier', { infer: true });
  }

  // Redis keeps nothing across restarts: the schedule is declared again at every boot.
  async onApplicationBootstrap(): Promise<void> {
    if (!this.courier.pollUrl) {
      await this.queue.removeJobScheduler(POLL_SCHEDULER_ID);
      return;
    }
    await this.queue.upsertJobScheduler(
      POLL_SCHEDULER_ID,
      { every: this.courier.pollEveryMs },
      { name: TrackingJobName.PollTracking, data: {} },
    );
  }

  /** One round over the shipments on the way; returns how many events were applied. */
  async pollOnce(): Promise<number> {
    const url = this.courier.pollUrl;
    if (!url) return 0;
    const shipments = await this.dataSource.getRepository(Shipment).find({
      where: { status: In(ON_THE_WAY) },
      order: { createdAt: 'ASC' },
      take: POLL_BATCH_SIZE,
    });
    let applied = 0;
    for (const shipment of shipments) {
      const response = await fetch(`${url}/items/${shipment.trackingNumber}/events`, {
        signal: AbortSignal.timeout(POLL_REQUEST_TIMEOUT_MS),
      }).catch((error: Error) => {
        this.logger.warn(`tracking poll of ${shipment.trackingNumber} failed: ${error.message}`);
        return null;
      });
      if (!response?.ok) continue;
      const batch = await this.tracking.readBatch(await response.json());
      applied += (await this.tracking.recordBatch(batch, TrackingSource.Poll)).applied;
    }
    return applied;
  }
}
