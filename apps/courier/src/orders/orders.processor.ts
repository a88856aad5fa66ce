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
        await this.orders.placeOrder(job.data.shipmentId, {
          attempt: job.attemptsMade + 1,
          isLastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
        });
        return;
      case OrderJobName.CancelOrder:
        await this.orders.cancelOrder(job.data.shipmentId);
        return;
      default: {
        const unknown: never = name;
        throw new Error(`unknown job ${String(unknown)}`);
      }
    }
  }

  // The shipment stays awaiting its order (or its cancellation); the operator sees why in the log.
  @OnWorkerEvent('failed')
  onFailed(job: Job<OrderJob['data'], unknown, OrderJob['name']>, error: Error): void {
    this.logger.warn(
      `${job.name} of shipment ${job.data.shipmentId} failed (attempt ${job.attemptsMade}): ${error.message}`,
    );
  }
}
