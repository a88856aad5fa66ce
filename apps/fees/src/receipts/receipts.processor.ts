import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { ProviderNumberingService } from './provider-numbering.service';
import { JobData, RECEIPTS_QUEUE, ReceiptJob, ReceiptJobName } from './receipts.jobs';

@Processor(RECEIPTS_QUEUE)
export class ReceiptsProcessor extends WorkerHost {
  constructor(private readonly numbering: ProviderNumberingService) {
    super();
  }

  async process(job: Job<ReceiptJob['data'], unknown, ReceiptJob['name']>): Promise<void> {
    const name = job.name;
    switch (name) {
      case ReceiptJobName.NumberReceipt:
        await this.numbering.numberReceipt((job.data as JobData<ReceiptJobName.NumberReceipt>).receiptId);
        return;
      default: {
        const unknown: never = name;
        throw new Error(`unknown job ${String(unknown)}`);
      }
    }
  }
}
