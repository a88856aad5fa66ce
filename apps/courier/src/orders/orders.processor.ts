import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { ORDERS_QUEUE, OrderJob, OrderJobName } from './orders.jobs';
import { OrdersService } from './orders.service';

@Processor(ORDERS_QUEUE)
export class OrdersProcessor extends WorkerHost {
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
}
