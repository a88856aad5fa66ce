import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { ShipmentStatus } from '@motcua/contracts';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AppConfig, ProviderConfig } from '../config';
import { ProviderOrderState } from '../shipments/shipment.entity';
import {
  ORDERS_QUEUE,
  ORDER_DISPATCH_BATCH,
  ORDER_DISPATCH_MS,
  OrderJobName,
  cancelOrderJobId,
  placeOrderJobId,
} from './orders.jobs';

/**
 * Postgres says which shipments await their order, or the cancellation of their order; BullMQ only wakes and
 * retries the attempts. Each round hands those shipments to the queue under deterministic job ids, so a
 * shipment waiting or retrying is not handed twice, and one whose job Redis lost (or whose attempts ran out)
 * starts over.
 */
@Injectable()
export class OrderDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OrderDispatcher.name);
  private readonly provider: ProviderConfig | null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(ORDERS_QUEUE) private readonly queue: Queue,
    config: ConfigService<AppConfig, true>,
  ) {
    this.provider = config.get('courier', { infer: true }).provider;
  }

  onApplicationBootstrap(): void {
    const provider = this.provider;
    if (!provider) return;
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.poll(provider));
    }, ORDER_DISPATCH_MS);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Hands the shipments awaiting their order or its cancellation to the queue; resolves with how many. */
  async dispatch(provider: Pick<ProviderConfig, 'backoffMs' | 'attempts'>): Promise<number> {
    const [toOrder, toCancel]: { id: string }[][] = await Promise.all([
      this.dataSource.query(
        `SELECT id FROM courier.shipments WHERE status = $1 ORDER BY created_at LIMIT ${ORDER_DISPATCH_BATCH}`,
        [ShipmentStatus.AwaitingOrder],
      ),
      this.dataSource.query(
        `SELECT id FROM courier.shipments WHERE order_state = $1 ORDER BY created_at LIMIT ${ORDER_DISPATCH_BATCH}`,
        [ProviderOrderState.CancelPending],
      ),
    ]);
    const opts = {
      attempts: provider.attempts,
      backoff: { type: 'exponential', delay: provider.backoffMs },
      removeOnComplete: true,
      removeOnFail: true,
    };
    const jobs = [
      ...toOrder.map(({ id }) => ({
        name: OrderJobName.PlaceOrder,
        data: { shipmentId: id },
        opts: { ...opts, jobId: placeOrderJobId(id) },
      })),
      ...toCancel.map(({ id }) => ({
        name: OrderJobName.CancelOrder,
        data: { shipmentId: id },
        opts: { ...opts, jobId: cancelOrderJobId(id) },
      })),
    ];
    if (jobs.length > 0) await this.queue.addBulk(jobs);
    return jobs.length;
  }

  private async poll(provider: ProviderConfig): Promise<void> {
    try {
      await this.dispatch(provider);
    } catch (error) {
      this.logger.warn(`order dispatch failed, the next round retries: ${(error as Error).message}`);
    }
  }
}
