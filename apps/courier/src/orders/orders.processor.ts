import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { ORDERS_QUEUE, OrderJob, OrderJobName } from './orders.jobs';
import { OrdersService } from './orders.service';

@Processor(ORDERS_QUEUE)
export class OrdersProcessor extends WorkerHost {
  private readonly logger = new Logger(OrdersProcessor.name);

  constructor(private readonly orders: OrdersService) {
    super();
  }

  async process(job: Job<OrderJob['data'], unknown, OrderJob['name']>): Promise<void> {
    const name = job.name;
    switch (name) {
      case OrderJobName.PlaceOrder:
        await this.orders.placeOrder(job.data.shipmentId);
        return;
      default: {
        const unknown: never = name;
        throw new Error(`unknown job ${String(unknown)}`);
      }
    }
  }

  // The shipment stays awaiting its order; the operator sees why in the log.
  @OnWorkerEvent('failed')
  onFailed(job: Job<OrderJob['data']>, error: Error): void {
    this.logger.warn(
      `order of shipment ${job.data.shipmentId} failed (attempt ${job.attemptsMade}): ${error.message}`,
    );
  }
}
